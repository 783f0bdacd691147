package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The generic fallback: what the extractor does on a portal no profile
// knows, and for the fields a profile leaves out.

// genericTitle picks the title from the page's headings, og:title and
// <title>: the first <h1> outside page chrome that <title> contains, else
// og:title, else the first such <h1>, else <title> without its site (and
// category) suffix.
func (pg *page) genericTitle() string {
	var titleTag string
	if pg.title != nil {
		titleTag = lineText(pg.title)
	}
	og := normLine(pg.metas["property:og:title"])
	var h1s []string
	var buf [8]*html.Node
	for _, h := range pg.titleHeadings(buf[:0]) {
		if pg.inChrome(h) {
			continue
		}
		if t := lineText(h); t != "" && !runesOver(t, 400) {
			h1s = append(h1s, t)
		}
	}
	for _, h := range h1s {
		if titleTag != "" && strings.Contains(titleTag, h) && runesOver(h, 9) {
			return h
		}
	}
	if og != "" {
		return og
	}
	if len(h1s) > 0 {
		return h1s[0]
	}
	return stripTitleSuffix(titleTag)
}

// stripTitleSuffix drops the " - Category - Site" tail of a <title>.
func stripTitleSuffix(t string) string {
	for _, sep := range []string{" - ", " | ", " – ", " :: "} {
		parts := strings.Split(t, sep)
		switch {
		case len(parts) >= 3:
			return strings.Join(parts[:len(parts)-2], sep)
		case len(parts) == 2:
			return parts[0]
		}
	}
	return t
}

// inChrome reports whether n sits in the page's header, navigation, footer
// or a side column.
func (pg *page) inChrome(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Header, atom.Nav, atom.Footer, atom.Aside:
			return true
		}
		if pg.chromeClass(p) {
			return true
		}
	}
	return false
}

// Verdicts on an element's class and id names.
const (
	classNeg uint8 = 1 << iota // boilerplate-like (reNegClass)
	classPos                   // article-like (rePosClass)
	classSet                   // computed
)

// classOf says whether n's class or id names are boilerplate-like or
// article-like. Elements without either cost no regexp; the others are
// weighed once per page.
func (pg *page) classOf(n *html.Node) uint8 {
	if !hasClassOrID(n) {
		return 0
	}
	if v := pg.classMemo[n]; v&classSet != 0 {
		return v
	}
	var buf [128]byte
	v := uint8(0)
	if ci, ok := classIDShort(n, &buf); ok {
		v = classVerdictBytes(ci)
	} else {
		v = classVerdict(classID(n))
	}
	if pg.classMemo == nil {
		pg.classMemo = map[*html.Node]uint8{}
	}
	pg.classMemo[n] = v
	return v
}

// classVerdicts holds classVerdict's answers across pages: a portal writes
// the same class names on every page.
var classVerdicts = struct {
	sync.RWMutex
	m map[string]uint8
}{m: map[string]uint8{}}

// maxClassVerdicts bounds classVerdicts; names met after it is full are
// weighed every time.
const maxClassVerdicts = 1 << 14

// classVerdict weighs a lower-cased "class id" string (classSet included).
func classVerdict(ci string) uint8 {
	classVerdicts.RLock()
	v, ok := classVerdicts.m[ci]
	classVerdicts.RUnlock()
	if ok {
		return v
	}
	v = classSet
	if reNegClass.MatchString(ci) {
		v |= classNeg
	}
	if rePosClass.MatchString(ci) {
		v |= classPos
	}
	classVerdicts.Lock()
	if len(classVerdicts.m) < maxClassVerdicts {
		classVerdicts.m[strings.Clone(ci)] = v
	}
	classVerdicts.Unlock()
	return v
}

// classIDShort is classID(n) written into buf when the class and id are
// ASCII and fit (lower-casing is then byte by byte), false otherwise.
func classIDShort(n *html.Node, buf *[128]byte) ([]byte, bool) {
	cls, id := attr(n, "class"), attr(n, "id")
	if len(cls)+1+len(id) > len(buf) || !isASCIIString(cls) || !isASCIIString(id) {
		return nil, false
	}
	b := append(append(append(buf[:0], cls...), ' '), id...)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b, true
}

// classVerdictBytes is classVerdict(string(ci)), with no string made when
// the verdict is known.
func classVerdictBytes(ci []byte) uint8 {
	classVerdicts.RLock()
	v, ok := classVerdicts.m[string(ci)]
	classVerdicts.RUnlock()
	if ok {
		return v
	}
	return classVerdict(string(ci))
}

// chromeClass reports whether n's class or id names page chrome (and not
// article content).
func (pg *page) chromeClass(n *html.Node) bool {
	return pg.classOf(n)&(classNeg|classPos) == classNeg
}

// hasClassOrID reports whether n has a non-blank class or id attribute.
func hasClassOrID(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && strings.TrimSpace(a.Val) != "" {
			return true
		}
	}
	return false
}

// mainContent finds the element holding the article text by scoring the
// parents of text paragraphs (the readability idea): long, comma-rich
// paragraphs add to their parent and less to their grandparents; class and
// id names and link density adjust the score. One walk of the page counts
// the text of every element, scores the paragraphs under the body and
// keeps the counts of the elements scored.
func (pg *page) mainContent() *html.Node {
	body := pg.body
	if body == nil {
		body = pg.root
	}
	sc := &pg.scratch
	clear(sc.candsIndex)
	cs := contentScorer{body: body, cands: sc.cands[:0], index: sc.candsIndex}
	cs.walk(pg.root, false)
	sc.cands, sc.candsIndex = cs.cands[:0], cs.index // the room, for the next page
	// Class names and link density are costly to weigh: only the best
	// candidates by text score get them.
	order := cs.cands
	slices.SortStableFunc(order, func(a, b candidate) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
	if len(order) > 10 {
		order = order[:10]
	}
	var best *html.Node
	bestScore := 0.0
	for i := range order {
		c := &order[i]
		s := (c.score + pg.classWeight(c.n)) * (1 - c.linkDensity())
		if best == nil || s > bestScore {
			best, bestScore = c.n, s
		}
	}
	if best == nil {
		return body
	}
	return best
}

// candidate is an element mainContent scores: its text score and, once
// its subtree is walked, its rune counts.
type candidate struct {
	n             *html.Node
	score         float64
	runes, linked int
	counted       bool
}

// linkDensity is linkDensity(c.n), from the counts when they were kept.
func (c *candidate) linkDensity() float64 {
	if !c.counted {
		return linkDensity(c.n) // inside a script or style: not walked
	}
	if c.runes == 0 {
		return 1
	}
	return min(float64(c.linked)/float64(c.runes), 1)
}

// contentScorer is the state of mainContent's walk.
type contentScorer struct {
	body  *html.Node
	cands []candidate // in the order first scored
	// index holds cands' elements once there are more than
	// smallCandidates of them (a small page's few are searched in turn,
	// from the last: a paragraph's parent is most often its sibling's);
	// empty before.
	index map[*html.Node]int32
}

// smallCandidates is how many candidates add searches in turn before it
// indexes them in a map (past 8 the search costs the real pages more than
// the lookups it spares).
const smallCandidates = 8

// find returns the index in cands of element n, if there.
func (cs *contentScorer) find(n *html.Node) (int32, bool) {
	if len(cs.cands) > smallCandidates {
		i, ok := cs.index[n]
		return i, ok
	}
	for i := len(cs.cands) - 1; i >= 0; i-- {
		if cs.cands[i].n == n {
			return int32(i), true
		}
	}
	return 0, false
}

// add adds s to the score of element n.
func (cs *contentScorer) add(n *html.Node, s float64) {
	if n == nil || n.Type != html.ElementNode {
		return
	}
	i, ok := cs.find(n)
	if !ok {
		i = int32(len(cs.cands))
		cs.cands = append(cs.cands, candidate{n: n})
		switch {
		case len(cs.cands) == smallCandidates+1:
			// from now on in a map
			if cs.index == nil {
				cs.index = map[*html.Node]int32{}
			}
			for j := range cs.cands {
				cs.index[cs.cands[j].n] = int32(j)
			}
		case len(cs.cands) > smallCandidates+1:
			cs.index[n] = i
		}
	}
	cs.cands[i].score += s
}

// walk counts n's subtree as textStats does (runes, linked runes,
// commas) and, where scoring (under the body, outside skipped elements,
// page chrome and paragraphs), scores the paragraphs: in document order,
// as a walk of the body alone would. near is how many levels below n the
// nearest paragraph scored lies (0: n itself, -1: none within three): n
// is a candidate only then, and keeps its counts.
func (cs *contentScorer) walk(n *html.Node, scoring bool) (runes, linked, commas, near int) {
	if n == cs.body {
		scoring = true
	}
	near = -1
	switch n.Type {
	case html.TextNode:
		runes, commas = countText(n.Data)
		return runes, 0, commas, -1
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return 0, 0, 0, -1 // never a candidate: mainContent skips them
		}
		if scoring {
			if skipped(n) {
				scoring = false
			} else {
				switch n.DataAtom {
				case atom.Nav, atom.Footer, atom.Aside, atom.Header:
					scoring = false
				}
			}
		}
	}
	para := scoring && n.Type == html.ElementNode && paragraphLike(n)
	childScoring := scoring && !para
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r, l, k, cn := cs.walk(c, childScoring)
		runes += r
		linked += l
		commas += k
		if cn >= 0 && cn < 3 && (near < 0 || cn+1 < near) {
			near = cn + 1
		}
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		linked = runes
	}
	if para && runes >= 25 {
		s := 1 + float64(commas) + min(float64(runes)/100, 3)
		cs.add(n.Parent, s)
		if n.Parent != nil {
			cs.add(n.Parent.Parent, s/2)
			if n.Parent.Parent != nil {
				cs.add(n.Parent.Parent.Parent, s/3)
			}
		}
		near = 0
	}
	if near > 0 {
		if i, ok := cs.find(n); ok {
			c := &cs.cands[i]
			c.runes, c.linked, c.counted = runes, linked, true
		}
	}
	return runes, linked, commas, near
}

// paragraphLike reports whether n is a unit of text for scoring: a <p>,
// <pre>, <blockquote>, a table cell, or a <div> without block children.
func paragraphLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Blockquote, atom.Td:
		return true
	case atom.Div, atom.Span:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && isBlock(c.DataAtom) {
				return false
			}
		}
		return n.DataAtom == atom.Div
	}
	return false
}

// classWeight is +25 for article-like class or id names and −25 for
// boilerplate-like ones.
func (pg *page) classWeight(n *html.Node) float64 {
	v := pg.classOf(n)
	w := 0.0
	if v&classNeg != 0 {
		w -= 25
	}
	if v&classPos != 0 {
		w += 25
	}
	return w
}

// linkDensity is the share of n's text that sits inside links.
func linkDensity(n *html.Node) float64 {
	total, linked, _ := textStats(n)
	if total == 0 {
		return 1
	}
	return min(float64(linked)/float64(total), 1)
}

// textStats counts, without building strings, the non-space runes of the
// text under n, those of them inside links, and the commas.
func textStats(n *html.Node) (runes, linked, commas int) {
	var c textCounts
	c.count(n, false)
	return c.runes, c.linked, c.commas
}

// textCounts are textStats's counts.
type textCounts struct{ runes, linked, commas int }

// count adds the counts of n's subtree, inLink when n is inside a link.
func (tc *textCounts) count(n *html.Node, inLink bool) {
	switch n.Type {
	case html.TextNode:
		runes, commas := countText(n.Data)
		tc.runes += runes
		tc.commas += commas
		if inLink {
			tc.linked += runes
		}
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		case atom.A:
			inLink = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		tc.count(c, inLink)
	}
}

// countText counts the runes of d that are not ' ', '\n', '\t' or '\r',
// and the commas, reading the two- and three-byte letters in line.
func countText(d string) (runes, commas int) {
	for i := 0; i < len(d); {
		c := d[i]
		if c < utf8.RuneSelf {
			i++
			switch c {
			case ' ', '\n', '\t', '\r':
				continue
			case ',':
				commas++
			}
			runes++
			continue
		}
		switch {
		case 0xC2 <= c && c <= 0xDF && i+1 < len(d) && d[i+1]&0xC0 == 0x80:
			i += 2
		case (0xE1 <= c && c <= 0xEC || c == 0xEE || c == 0xEF) && i+2 < len(d) && d[i+1]&0xC0 == 0x80 && d[i+2]&0xC0 == 0x80:
			i += 3
		default:
			_, size := utf8.DecodeRuneInString(d[i:])
			i += size
		}
		runes++
	}
	return runes, commas
}

// dropBoilerplate marks the chrome inside a detected body: navigation,
// forms, side boxes, link lists, and containers with boilerplate names. It
// returns drop with them, made when nil and there is something to mark.
func (pg *page) dropBoilerplate(body *html.Node, drop map[*html.Node]bool) map[*html.Node]bool {
	if body == nil {
		return drop
	}
	mark := func(n *html.Node) {
		if drop == nil {
			drop = map[*html.Node]bool{}
		}
		drop[n] = true
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Header:
				if c.DataAtom != atom.Header || linkDensity(c) > 0.5 {
					mark(c)
					continue
				}
			case atom.Ul, atom.Ol:
				if linkDensity(c) > 0.7 && countTag(c, "a", 3) >= 3 {
					mark(c)
					continue
				}
			}
			if pg.chromeClass(c) {
				mark(c)
				continue
			}
			walk(c)
		}
	}
	walk(body)
	return drop
}

// The fixed selector groups the generic fallback queries with
// pg.queryGroup: headings for the title, image captions.
var (
	titleGroup   = newFixedGroup("h1, h2.title, h2.detail-title, h3.title")
	captionGroup = newFixedGroup("figcaption, .caption, .image-caption, .img-caption, .chuthich, .chu-thich, .PhotoCMS_Caption, .expNoEdit, td.caption, p.caption")
)

// The fixed selectors the generic fallback asks pg.q about: the lead, the
// author, the breadcrumb trail.
var (
	summarySelectors    = []string{".sapo", ".lead", ".summary", ".article-summary", ".detail-sapo", ".tomtat", ".chapeau", "[itemprop=description]", "h2.sapo", "p.description"}
	authorSelectors     = []string{".detail-author", ".article-author", ".news-author", ".author", ".tac-gia", ".tacgia", "[itemprop=author]"}
	breadcrumbSelectors = []string{".breadcrumb", ".breadcrumbs", "[itemtype*=BreadcrumbList]", `nav[aria-label*=readcrumb]`, "#breadcrumb", ".bread-crumb", ".duongdan", ".path", ".dd_chuyenmuc"}
)

// The same compiled once, for pg.qSel.
var (
	summaryFixed    = newFixedList(summarySelectors)
	authorFixed     = newFixedList(authorSelectors)
	breadcrumbFixed = newFixedList(breadcrumbSelectors)
)

// trailItems appends to out the elements under n (n left out) that
// queryAll(n, "li, a, span, p") finds, in document order.
func trailItems(n *html.Node, out []*html.Node) []*html.Node {
	for c := next(n, n); c != nil; c = next(n, c) {
		if c.Type == html.ElementNode {
			switch c.Data { // the names, as cascadia compares them
			case "li", "a", "span", "p":
				out = append(out, c)
			}
		}
	}
	return out
}

// genericSummary is the lead paragraph when the page marks one.
func (pg *page) genericSummary(body *html.Node) string {
	for i := range summaryFixed {
		if n := pg.qSel(&summaryFixed[i]); n != nil && !pg.inChrome(n) {
			if t := lineText(n); t != "" {
				return t
			}
		}
	}
	return ""
}

// metaAuthor is the author an element outside the body names (a
// "detail-author" line, itemprop=author), else <meta name="author">.
func (pg *page) metaAuthor(body *html.Node) string {
	for i := range authorFixed {
		n := pg.qSel(&authorFixed[i])
		if n == nil || (body != nil && hasAncestor(n, body)) || pg.inChrome(n) {
			continue
		}
		if t := cleanAuthor(lineText(n)); t != "" && !runesOver(t, 80) {
			return t
		}
	}
	if t := cleanAuthor(normLine(pg.metas["name:author"])); t != "" && !runesOver(t, 80) {
		return t
	}
	return ""
}

// genericCategory is the last breadcrumb item that is neither the home
// page nor the title, else article:section, else the middle part of a
// three-part <title>.
func (pg *page) genericCategory(title string) string {
	for i := range breadcrumbFixed {
		n := pg.qSel(&breadcrumbFixed[i])
		if n == nil {
			continue
		}
		// The last item that qualifies: looked for from the end.
		var buf [32]*html.Node
		items := trailItems(n, buf[:0])
		var last string
		for i := len(items) - 1; i >= 0; i-- {
			t := lineText(items[i])
			if t == "" || t == title || isBoilerLine(t) || strings.ContainsAny(t, "›»>/") && runesOver(t, 60) {
				continue
			}
			last = t
			break
		}
		if last == "" {
			// A plain text trail: "Trang chủ > Tin tức > Category".
			parts := strings.FieldsFunc(lineText(n), func(r rune) bool { return r == '>' || r == '»' || r == '›' || r == '/' })
			for i := len(parts) - 1; i >= 0; i-- {
				if t := strings.TrimSpace(parts[i]); t != "" && t != title && !isBoilerLine(t) {
					last = t
					break
				}
			}
		}
		if last != "" {
			return last
		}
	}
	if t := normLine(pg.metas["property:article:section"]); t != "" {
		return t
	}
	if pg.title != nil {
		parts := strings.Split(lineText(pg.title), " - ")
		if len(parts) >= 3 {
			return strings.TrimSpace(parts[len(parts)-2])
		}
	}
	return ""
}
