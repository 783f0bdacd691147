package extract

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of the attribute key of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// tokens are the classes (".x"), ids ("#x") and attribute names ("@x")
// present in a page, each with the first element (in document order) that
// has it; nil allows every selector.
type tokens = *tokenIndex

// tokenIndex holds a page's tokens. With a filter it indexes only the
// tokens that pass it (those the extractor's selectors need) and indexes
// the rest of the page when asked about a token that does not pass.
type tokenIndex struct {
	m      map[string]*html.Node // every token (filter nil)
	list   []tokenEntry          // with a filter: the tokens passing it, searched in turn (a page has a dozen)
	filter *tokenFilter          // nil: m holds every token
	root   *html.Node
	// present has bit tokenHash&255 set for each token of list: a token
	// whose bit is clear is not in the page, without a search of list.
	present [4]uint64
	buf     [16]tokenEntry // list's first array
}

// tokenEntry is one token of a filtered index: mark+v, its tokenHash
// and its first element.
type tokenEntry struct {
	mark byte
	h    uint16
	v    string
	el   *html.Node
}

// find returns the element of mark+v in list, or nil.
func find(list []tokenEntry, mark byte, v string) *html.Node {
	return findHashed(list, uint16(tokenHash(mark, v)), mark, v)
}

// findHashed is find for a token whose tokenHash is h: the strings of
// the entries with another hash are not compared.
func findHashed(list []tokenEntry, h uint16, mark byte, v string) *html.Node {
	for i := range list {
		if e := &list[i]; e.h == h && e.mark == mark && e.v == v {
			return e.el
		}
	}
	return nil
}

// get returns the first element with token n, or nil.
func (t *tokenIndex) get(n string) *html.Node {
	if t.filter != nil {
		if t.filter.hasToken(n) {
			return find(t.list, n[0], n[1:])
		}
		// a token no selector was registered for: index every token
		x := &indexer{tok: map[string]*html.Node{}}
		x.walk(t.root)
		t.m, t.list, t.filter = x.tok, nil, nil
	}
	return t.m[n]
}

// tokenFilter is a bitset over a hash of tokens: a token that some
// selector needs passes it (and a few others with it). The attribute
// names needed are listed too: most attributes are then passed over
// without hashing their names.
type tokenFilter struct {
	bits  [1 << 16 / 64]uint64
	attrs []string // the names of the "@name" tokens added
	// attrLens has bit len(name) set for each name of attrs (below 64):
	// an attribute of another length is none of them.
	attrLens uint64
}

// tokenHash hashes mark+v from its length and a few of its bytes.
func tokenHash(mark byte, v string) uint32 {
	h := (uint32(2166136261) ^ uint32(mark)) * 16777619
	h = (h ^ uint32(len(v))) * 16777619
	if len(v) > 0 {
		h = (h ^ uint32(v[0])) * 16777619
		h = (h ^ uint32(v[len(v)-1])) * 16777619
		h = (h ^ uint32(v[len(v)/2])) * 16777619
	}
	return (h ^ h>>16) & 0xFFFF
}

func (f *tokenFilter) add(tok string) {
	if tok == "" {
		return
	}
	h := tokenHash(tok[0], tok[1:])
	f.bits[h/64] |= 1 << (h % 64)
	if tok[0] == '@' && !slices.Contains(f.attrs, tok[1:]) {
		f.attrs = append(f.attrs, tok[1:])
		if len(tok)-1 < 64 {
			f.attrLens |= 1 << (len(tok) - 1)
		} else {
			f.attrLens = ^uint64(0) // a name that long: every attribute is compared
		}
	}
}

func (f *tokenFilter) has(mark byte, v string) bool {
	h := tokenHash(mark, v)
	return f.bits[h/64]&(1<<(h%64)) != 0
}

func (f *tokenFilter) hasToken(tok string) bool {
	return tok != "" && f.has(tok[0], tok[1:])
}

// pageIndex is what one walk over a page collects for the extractor: the
// classes and ids present, the <head> metadata, and landmarks.
type pageIndex struct {
	tok       *tokenIndex // &tokIx
	tokIx     tokenIndex
	title     *html.Node
	body      *html.Node
	metas     map[string]string // "name:author", "property:og:title", "itemprop:datepublished" → content
	canonical string
	base      string
	lang      string
	ldjson    []*html.Node
	// headings are the <h1>, <h2> and <h3> elements in document order:
	// every element titleGroup can match.
	headings []*html.Node
	headBuf  [4]*html.Node // headings' first array
}

// indexPage walks root once; the tokens kept are those passing filter
// (nil: all).
func indexPage(root *html.Node, filter *tokenFilter) *pageIndex {
	ix := &pageIndex{}
	ix.fill(root, filter)
	return ix
}

// fill is indexPage into ix, a zero pageIndex (a page holds its index, in
// one allocation with it).
func (ix *pageIndex) fill(root *html.Node, filter *tokenFilter) {
	x := &indexer{filter: filter}
	if filter == nil {
		x.tok = map[string]*html.Node{}
	}
	// (fields set one by one: a copy of the whole struct would cost
	// write barriers for its buffer)
	ix.tokIx.m, ix.tokIx.filter, ix.tokIx.root = x.tok, filter, root // metas made on the first
	ix.tok = &ix.tokIx
	x.list = ix.tok.buf[:0]
	ix.headings = ix.headBuf[:0]
	for n := root; n != nil; n = next(root, n) {
		if n.Type != html.ElementNode {
			continue
		}
		x.element(n)
		switch n.DataAtom {
		case atom.Html:
			if ix.lang == "" {
				ix.lang = attr(n, "lang")
			}
		case atom.H1, atom.H2, atom.H3:
			ix.headings = append(ix.headings, n)
		case atom.Title:
			if ix.title == nil {
				ix.title = n
			}
		case atom.Body:
			if ix.body == nil {
				ix.body = n
			}
		case atom.Meta:
			content := attr(n, "content")
			for _, k := range []string{"name", "property", "itemprop"} {
				if v := attr(n, k); v != "" {
					key := k + ":" + strings.ToLower(v)
					if _, seen := ix.metas[key]; !seen {
						if ix.metas == nil {
							ix.metas = map[string]string{}
						}
						ix.metas[key] = content
					}
				}
			}
		case atom.Link:
			if ix.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
				ix.canonical = attr(n, "href")
			}
		case atom.Base:
			if ix.base == "" {
				ix.base = attr(n, "href")
			}
		case atom.Script:
			if strings.EqualFold(attr(n, "type"), "application/ld+json") {
				ix.ldjson = append(ix.ldjson, n)
			}
		}
	}
	ix.tok.list, ix.tok.present = x.list, x.present
}

// indexer fills a page's tokens.
type indexer struct {
	tok     map[string]*html.Node // without a filter
	list    []tokenEntry          // with one
	present [4]uint64             // tokenIndex.present of list
	filter  *tokenFilter          // nil: every token
	key     [64]byte              // ".class" or "#id", built without a string per element
}

// element indexes the class, id and attribute names of element n.
func (x *indexer) element(n *html.Node) {
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			x.classes(a.Val, n)
		case "id":
			x.add('#', a.Val, n)
		}
		if x.filter == nil {
			x.add('@', a.Key, n)
			continue
		}
		// Only the attribute names asked about are kept (the filter
		// would pass these and drop nearly all others).
		if len(a.Key) < 64 && x.filter.attrLens&(1<<len(a.Key)) == 0 {
			continue
		}
		for _, name := range x.filter.attrs {
			if a.Key == name {
				x.add('@', a.Key, n)
				break
			}
		}
	}
}

// walk indexes the elements under root.
func (x *indexer) walk(root *html.Node) {
	for n := root; n != nil; n = next(root, n) {
		if n.Type == html.ElementNode {
			x.element(n)
		}
	}
}

// add records token mark+v for el unless an earlier element has it.
func (x *indexer) add(mark byte, v string, el *html.Node) {
	if x.filter != nil {
		h := tokenHash(mark, v)
		if x.filter.bits[h/64]&(1<<(h%64)) != 0 && findHashed(x.list, uint16(h), mark, v) == nil {
			x.list = append(x.list, tokenEntry{mark: mark, h: uint16(h), v: v, el: el})
			x.present[h&255/64] |= 1 << (h % 64)
		}
		return
	}
	if len(v) >= len(x.key) {
		if k := string(mark) + v; x.tok[k] == nil {
			x.tok[k] = el
		}
		return
	}
	x.key[0] = mark
	k := x.key[:1+copy(x.key[1:], v)]
	if x.tok[string(k)] == nil {
		x.tok[string(k)] = el
	}
}

// classes adds each class of a class attribute value, split as
// strings.Fields splits it.
func (x *indexer) classes(v string, el *html.Node) {
	if plainASCII(v) {
		// no white space but ' ': the classes lie between the spaces
		for v != "" {
			i := strings.IndexByte(v, ' ')
			if i < 0 {
				x.add('.', v, el)
				return
			}
			if i > 0 {
				x.add('.', v[:i], el)
			}
			v = v[i+1:]
		}
		return
	}
	start := -1
	for i := 0; i < len(v); i++ {
		switch classByte[v[i]] {
		case classNonASCII:
			// Fields splits at Unicode spaces too; the classes added so
			// far are the first of its, and adding one again is a no-op.
			for _, c := range strings.Fields(v) {
				x.add('.', c, el)
			}
			return
		case classSpace:
			if start >= 0 {
				x.add('.', v[start:i], el)
				start = -1
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		x.add('.', v[start:], el)
	}
}

// plainASCII reports, eight bytes at a time, whether every byte of s is
// from 0x20 to 0x7F (no white space but ' ', nothing outside ASCII); it
// may say false for a few such strings too.
func plainASCII(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8)) // one load
		// a byte at or above 0x80, or (with some false alarms) below 0x20
		if (w|(w-0x20*ones))&highs != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x80 {
			return false
		}
	}
	return true
}

// Kinds of bytes in a class attribute.
const (
	className     = iota
	classSpace    // ASCII white space, as strings.Fields splits at
	classNonASCII // the start or middle of a multi-byte rune
)

// classByte is the kind of each byte.
var classByte = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = classNonASCII
	}
	for _, c := range " \t\n\v\f\r" {
		t[c] = classSpace
	}
	return t
}()

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// possible reports whether s can match anything in a page with these
// tokens; a nil set allows everything.
func (t tokens) possible(s selector) bool { return t.possibleAt(&s) }

// possibleAt is possible for a selector passed by its address.
func (t tokens) possibleAt(s *selector) bool {
	if t == nil {
		return true
	}
	for i, n := range s.need {
		if t.filter != nil && len(s.needHash) == len(s.need) && n != "" {
			// get, with the hash made when the selector was compiled
			h := s.needHash[i]
			if t.filter.bits[h/64]&(1<<(h%64)) != 0 {
				if t.present[h&255/64]&(1<<(h%64)) == 0 || findHashed(t.list, uint16(h), n[0], n[1:]) == nil {
					return false
				}
				continue
			}
		}
		if t.get(n) == nil {
			return false
		}
	}
	return true
}

// needHashes are the filter hashes of need tokens.
func needHashes(need []string) []uint32 {
	out := make([]uint32, len(need))
	for i, n := range need {
		if n != "" {
			out[i] = tokenHash(n[0], n[1:])
		}
	}
	return out
}

// start returns the element a walk of root for s can start at: the first
// element of the page with the class or id of s's anchor, when it lies
// under root (no element before it can match); nil when s has no anchor or
// the element is not under root.
func (t tokens) start(root *html.Node, s *selector) *html.Node {
	if t == nil || s.anchor == "" {
		return nil
	}
	st := t.get(s.anchor)
	for p := st; p != nil; p = p.Parent {
		if p == root {
			return st
		}
	}
	return nil
}

// next is the node after n in document order under root, nil at the end.
func next(root, n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for n != root && n.NextSibling == nil {
		n = n.Parent
	}
	if n == root {
		return nil
	}
	return n.NextSibling
}

// first returns the first node any of sels matches, trying them in order,
// whose text is not empty.
func (t tokens) first(root *html.Node, sels []selector) *html.Node {
	for i := range sels {
		s := &sels[i]
		if !t.possibleAt(s) {
			continue
		}
		if st := t.start(root, s); st != nil {
			// findFirst from st on: what comes before cannot match
			for n := st; n != nil; n = next(root, n) {
				if n.Type == html.ElementNode && s.matches(n) && hasText(n) {
					return n
				}
			}
			continue
		}
		for n := root; n != nil; n = next(root, n) {
			// findFirst(root, s.m)
			if n.Type == html.ElementNode && s.matches(n) && hasText(n) {
				return n
			}
		}
	}
	return nil
}

// findFirst walks root in document order and stops at the first node m
// matches that holds text.
func findFirst(root *html.Node, m cascadia.Matcher) *html.Node {
	if root.Type == html.ElementNode && m.Match(root) && hasText(root) {
		return root
	}
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, m); f != nil {
			return f
		}
	}
	return nil
}

// hasText reports whether n's subtree holds non-blank text outside scripts
// and styles.
func hasText(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		return strings.TrimSpace(n.Data) != ""
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return false
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasText(c) {
			return true
		}
	}
	return false
}

// firstText is the normalised one-line text of t.first(root, sels).
func (t tokens) firstText(root *html.Node, sels []selector) string {
	if n := t.first(root, sels); n != nil {
		return lineText(n)
	}
	return ""
}

// anyMatch reports whether any of sels matches a node under root.
func (t tokens) anyMatch(root *html.Node, sels []selector) bool {
	for i := range sels {
		s := &sels[i]
		if !t.possibleAt(s) {
			continue
		}
		if st := t.start(root, s); st != nil {
			// cascadia.Query from st on (root itself is never a match)
			for n := st; n != nil; n = next(root, n) {
				if n != root && s.matches(n) {
					return true
				}
			}
			continue
		}
		for n := next(root, root); n != nil; n = next(root, n) {
			// cascadia.Query(root, s.m) != nil
			if s.matches(n) {
				return true
			}
		}
	}
	return false
}

// rawText is the text of n's subtree as the parser gave it (entities
// decoded), scripts and styles left out.
func rawText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode && n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Br:
		default:
			return c.Data // one text node: the walk below would copy it
		}
	}
	var b strings.Builder
	writeRaw(&b, n)
	return b.String()
}

// writeRaw writes rawText(n) to b.
func writeRaw(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Br:
			b.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeRaw(b, c)
	}
}

// lineText is the text of n normalised to one line.
func lineText(n *html.Node) string { return normLine(rawText(n)) }

// isBlock reports whether an element starts a new paragraph of text.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Table, atom.Tr, atom.Td, atom.Th,
		atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption, atom.Blockquote, atom.Pre, atom.Section, atom.Article,
		atom.Header, atom.Footer, atom.Aside, atom.Nav, atom.Main, atom.Figure, atom.Figcaption, atom.Hr,
		atom.Address, atom.Center, atom.Form, atom.Fieldset:
		return true
	}
	return false
}

// skipped reports whether an element never holds article text.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Select, atom.Option,
		atom.Button, atom.Input, atom.Textarea, atom.Svg, atom.Canvas, atom.Object, atom.Embed, atom.Map, atom.Head:
		return true
	}
	// The first style, hidden and aria-hidden attributes, in one pass.
	var seen uint8
	for _, a := range n.Attr {
		switch a.Key {
		case "style":
			if seen&1 == 0 && a.Val != "" && hidesStyle(a.Val) {
				return true
			}
			seen |= 1
		case "hidden":
			if seen&2 == 0 && a.Val != "" {
				return true
			}
			seen |= 2
		case "aria-hidden":
			if seen&4 == 0 && a.Val == "true" {
				return true
			}
			seen |= 4
		}
	}
	return false
}

// hidesStyle reports whether a style attribute, lower-cased and without
// spaces, holds "display:none" or "visibility:hidden". ASCII values up to
// 256 bytes are squeezed into a buffer on the stack; others (whose
// lower-casing may change lengths or make ASCII) go the long way.
func hidesStyle(s string) bool {
	if len(s) > 256 || !isASCIIString(s) {
		s = strings.ReplaceAll(strings.ToLower(s), " ", "")
		return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
	}
	var buf [256]byte
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return bytes.Contains(b, []byte("display:none")) || bytes.Contains(b, []byte("visibility:hidden"))
}

// para is one paragraph of text and the block element it came from.
type para struct {
	text  string
	block *html.Node
}

// paragraphs splits the text under root into paragraphs at block elements;
// <br> becomes a line break inside a paragraph. Nodes in drop, and elements
// that never hold text, are left out.
func paragraphs(root *html.Node, drop map[*html.Node]bool) []para {
	w := paraWalker{drop: drop, out: make([]para, 0, 8)} // one allocation for most bodies
	w.walk(root, root)
	w.flush()
	return w.out
}

// bodyParagraphs is paragraphs(root, drop) in the page's scratch lists:
// what it returns lasts as long as the page.
func (pg *page) bodyParagraphs(root *html.Node, drop map[*html.Node]bool) []para {
	sc := &pg.scratch
	w := paraWalker{drop: drop, out: sc.paras[:0], buf: sc.text[:0]}
	w.walk(root, root)
	w.flush()
	sc.paras, sc.text = w.out[:0], w.buf[:0] // the room, for the next page
	return w.out
}

// paraWalker is the state of paragraphs' walk. A paragraph of one text
// node is read from the node (pending) without a copy; buf holds the text
// of the others.
type paraWalker struct {
	drop    map[*html.Node]bool
	out     []para
	buf     []byte // the paragraph's text so far, reused
	pending string // the paragraph's one text node, not yet copied to buf
	cur     *html.Node
}

// flush ends the paragraph so far.
func (w *paraWalker) flush() {
	var l string
	switch {
	case w.pending != "":
		l = paraText(w.pending)
		w.pending = ""
	case len(w.buf) > 0:
		// paraText reads the bytes in place; what it returns is copied
		// only when it is still those bytes (or part of them).
		l = paraText(unsafe.String(unsafe.SliceData(w.buf), len(w.buf)))
		if within(l, w.buf) {
			l = strings.Clone(l)
		}
		w.buf = w.buf[:0]
	default:
		return
	}
	if l != "" {
		w.out = append(w.out, para{text: l, block: w.cur})
	}
}

// within reports whether the bytes of s lie in b's array.
func within(s string, b []byte) bool {
	if len(s) == 0 || cap(b) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return p >= lo && p < lo+uintptr(cap(b))
}

// spill copies the pending text node to buf, for more text to follow it.
func (w *paraWalker) spill() {
	if w.pending != "" {
		w.buf = append(w.buf, w.pending...)
		w.pending = ""
	}
}

func (w *paraWalker) walk(n *html.Node, block *html.Node) {
	switch n.Type {
	case html.TextNode:
		if len(w.buf) == 0 && w.pending == "" {
			if strings.TrimSpace(n.Data) == "" {
				return
			}
			w.cur = block
			w.pending = n.Data
			return
		}
		w.spill()
		w.buf = append(w.buf, n.Data...)
		return
	case html.ElementNode:
		if w.drop[n] || skipped(n) {
			return
		}
		if n.DataAtom == atom.Br {
			if len(w.buf) > 0 || w.pending != "" {
				w.spill()
				w.buf = append(w.buf, '\n')
			}
			return
		}
		if isBlock(n.DataAtom) {
			w.flush()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c, n)
			}
			w.flush()
			return
		}
	case html.CommentNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, block)
	}
}

// paraText is a paragraph's text as paragraphs keeps it: each line
// normalised, the blank ones left out, "" when none is left.
func paraText(text string) string {
	if strings.IndexByte(text, '\n') < 0 {
		return normLine(text)
	}
	var b strings.Builder
	first := ""
	n := 0
	for rest := text; ; {
		line := rest
		i := strings.IndexByte(rest, '\n')
		if i >= 0 {
			line = rest[:i]
		}
		if l := normLine(line); l != "" {
			switch n {
			case 0:
				first = l
			case 1:
				b.Grow(len(text))
				b.WriteString(first)
				fallthrough
			default:
				b.WriteByte('\n')
				b.WriteString(l)
			}
			n++
		}
		if i < 0 {
			break
		}
		rest = rest[i+1:]
	}
	if n <= 1 {
		return first
	}
	return b.String()
}

// matchSet returns every node under root that one of sels matches, in
// one walk for all of them; nil when none.
func (t tokens) matchSet(root *html.Node, sels []selector) map[*html.Node]bool {
	return t.matchSetInto(root, sels, nil)
}

// matchSetInto is matchSet adding the nodes to m, an empty map or nil (made
// on the first match); it returns m.
func (t tokens) matchSetInto(root *html.Node, sels []selector, m map[*html.Node]bool) map[*html.Node]bool {
	var buf [16]selector
	live := buf[:0]
	for i := range sels {
		if t.possibleAt(&sels[i]) {
			live = append(live, sels[i])
		}
	}
	if len(live) == 0 {
		return m
	}
	for n := next(root, root); n != nil; n = next(root, n) {
		for i := range live {
			if live[i].matches(n) {
				if m == nil {
					m = map[*html.Node]bool{}
				}
				m[n] = true
				break
			}
		}
	}
	return m
}

// hasAncestor reports whether a is n or one of n's ancestors.
func hasAncestor(n, a *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// classID is the lower-cased class and id of n, for boilerplate patterns.
func classID(n *html.Node) string {
	return strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
}

// selCache holds the fixed selectors the extractor's code uses.
var selCache sync.Map // string → cascadia.Matcher

// sel compiles a fixed selector once.
func sel(s string) cascadia.Matcher {
	if v, ok := selCache.Load(s); ok {
		return v.(cascadia.Matcher)
	}
	c, err := cascadia.ParseGroup(s)
	if err != nil {
		panic(fmt.Sprintf("extract: bad fixed selector %q: %v", s, err))
	}
	selCache.Store(s, c)
	return c
}

// queryFirst returns the first node under root that the fixed selector s
// matches, or nil.
func queryFirst(root *html.Node, s string) *html.Node {
	return cascadia.Query(root, sel(s))
}

// reAttrName finds the attribute names of a selector's brackets.
var reAttrName = regexp.MustCompile(`\[\s*([a-z][a-z0-9-]*)`)

// fixedNeeds is needTokens(s) and, for a selector without parentheses, an
// "@name" token for each attribute it tests ("[itemprop=author]" needs an
// element with an itemprop attribute).
func fixedNeeds(s string) []string {
	need := needTokens(s)
	if strings.Contains(s, ",") || strings.Contains(s, "(") {
		return need
	}
	for _, m := range reAttrName.FindAllStringSubmatch(s, -1) {
		need = append(need, "@"+m[1])
	}
	return need
}

// needCache holds the tokens fixed selectors need.
var needCache sync.Map // string → []string

// q returns the first node the fixed selector s matches in the page, or nil;
// it skips the walk when the page lacks a class or id s requires.
func (pg *page) q(s string) *html.Node {
	need, ok := needCache.Load(s)
	if !ok {
		need = fixedNeeds(s)
		needCache.Store(s, need)
	}
	if !pg.tok.possible(selector{need: need.([]string)}) {
		return nil
	}
	return queryFirst(pg.root, s)
}

// newFixedList compiles fixed selectors as pg.q reads them: each a group
// (cascadia.ParseGroup), needing fixedNeeds, anchored at the class or id
// of its subject or nearest it.
func newFixedList(list []string) []selector {
	out := make([]selector, len(list))
	for i, s := range list {
		out[i] = selector{m: sel(s), need: fixedNeeds(s), subject: subjectToken(s), elem: subjectElem(s), simple: parseSimple(s)}
		out[i].needHash = needHashes(out[i].need)
		out[i].anchor = anchorToken(s, out[i].subject, needTokens(s))
	}
	return out
}

// qSel is pg.q for a selector of newFixedList: the first node under the
// page's root it matches, walking from its anchor's first element.
func (pg *page) qSel(s *selector) *html.Node {
	if !pg.tok.possibleAt(s) {
		return nil
	}
	if st := pg.tok.start(pg.root, s); st != nil {
		// cascadia.Query from st on (the root itself is never a match)
		for n := st; n != nil; n = next(pg.root, n) {
			if n != pg.root && s.matches(n) {
				return n
			}
		}
		return nil
	}
	for n := next(pg.root, pg.root); n != nil; n = next(pg.root, n) {
		if s.matches(n) { // cascadia.Query(pg.root, s.m)
			return n
		}
	}
	return nil
}

// fixedGroup is a fixed selector group split in its selectors, each with
// the classes and ids it needs.
type fixedGroup struct {
	sels []selector
}

// newFixedGroup splits a group of simple selectors (no commas inside
// brackets or parentheses) at its commas.
func newFixedGroup(group string) *fixedGroup {
	g := &fixedGroup{}
	for _, s := range strings.Split(group, ",") {
		s = strings.TrimSpace(s)
		m, err := cascadia.Parse(s)
		if err != nil {
			panic(fmt.Sprintf("extract: bad fixed selector %q: %v", s, err))
		}
		sl := selector{m: m, need: needTokens(s), subject: subjectToken(s), tag: bareTag(s), elem: subjectElem(s), simple: parseSimple(s)}
		sl.needHash = needHashes(sl.need)
		sl.anchor = anchorToken(s, sl.subject, sl.need)
		g.sels = append(g.sels, sl)
	}
	return g
}

// queryGroup is queryAll(root, group) for a fixed group, with the
// selectors that need a class or id the page lacks left out: they match
// nothing, and every node left matches as before, in document order.
func (pg *page) queryGroup(root *html.Node, g *fixedGroup) []*html.Node {
	var buf [16]selector
	live := buf[:0]
	for i := range g.sels {
		if pg.tok.possibleAt(&g.sels[i]) {
			live = append(live, g.sels[i])
		}
	}
	if len(live) == 0 {
		return nil
	}
	var out []*html.Node
	for n := next(root, root); n != nil; n = next(root, n) {
		for i := range live {
			if live[i].matches(n) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// titleHeadings appends to out what pg.queryGroup(pg.root, titleGroup)
// returns, read from the page's headings instead of a walk of the page.
func (pg *page) titleHeadings(out []*html.Node) []*html.Node {
	var buf [16]selector
	live := buf[:0]
	for i := range titleGroup.sels {
		if pg.tok.possibleAt(&titleGroup.sels[i]) {
			live = append(live, titleGroup.sels[i])
		}
	}
	for _, n := range pg.headings {
		for i := range live {
			if live[i].matches(n) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// countTag is min(len(queryAll(root, tag)), limit) for an element name:
// the elements under root (root left out) of that name, counted up to
// limit.
func countTag(root *html.Node, tag string, limit int) int {
	k := 0
	for n := next(root, root); n != nil && k < limit; n = next(root, n) {
		if n.Type == html.ElementNode && n.Data == tag {
			k++
		}
	}
	return k
}

// queryAll returns every node under root that the fixed selector s matches.
func queryAll(root *html.Node, s string) []*html.Node {
	return cascadia.QueryAll(root, sel(s))
}
