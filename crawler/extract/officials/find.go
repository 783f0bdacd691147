package officials

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
)

// person collects what the text says about one official.
type person struct {
	key     string
	name    string
	first   int // byte offset of the first mention
	strong  bool
	titles  []titleRef
	lastPos int // byte offset of the latest mention that gave a title
}

type titleRef struct {
	pos  int
	text string
}

// given records one title given, for "Thủ tướng làm Trưởng Ban Chỉ đạo":
// a title met again names whoever was last given a title with the same
// leading words (up to eight: "thủ tướng" for "Thủ tướng Chính phủ").
type given struct {
	text  string // the title as written
	keyed bool   // key is set (made when holderOf first needs it)
	key   string // vn.Key of the title
	who   *person
	pos   int
}

// Find returns the officials named in text: every person presented with a
// position, office or rank, or as "đồng chí", one entry each in order of
// first mention, with every title the text gives them (verbatim spans,
// deduplicated, in order of first appearance). text is an article's title,
// a blank line and its main text, or any passage; it may be NFD or use
// either tone-mark placement. Find is safe for concurrent use and never
// panics.
func Find(text string) []data.Official { return find(text, true) }

// find is Find; quiet lets it pass over the scanner and the grammar when
// no word of the text can start a title or an address term (mayHoldPosts):
// then only a signature block can name someone. find(text, false), which
// scans every text, is what FuzzQuietFind compares Find with.
func find(text string, quiet bool) []data.Official {
	// The text is read as it is, and normalised and read again only when
	// the tokenizer meets a rune NFC may change (tokFlags.unstable): most
	// texts are NFC already. (unwrap changes line breaks alone, which NFC
	// keeps.)
	orig := text
	text = unwrap(text)
	// (texts have about one token in five bytes)
	want := len(text)/4 + 16
	buf := getFindBuf(want > maxKeptTokens)
	p, g := &buf.p, &buf.g
	p.reset(text, theLexicon())
	var raw []token // the tokens as tokenizeInto wrote them into buf.toks
	defer func() {
		items := p.items
		long := len(p.text) > maxStaleText
		if g.p != nil {
			// (nil: g was not reset for this text, and is released)
			g.release(true)
		}
		p.reset("", nil)
		size := max(cap(raw), cap(items), cap(p.nextBuf))
		switch {
		case size > maxBigTokens:
			// too large to keep: let go as they are
			buf.toks, buf.items, p.headBuf, p.nextBuf = nil, nil, nil, nil
			buf.staleToks, buf.staleItems = 0, 0
		case long:
			// drop the strings the slices point into, where this call
			// wrote and beyond
			clear(raw[:max(len(raw), min(buf.staleToks, cap(raw)))])
			clear(items[:max(len(items), min(buf.staleItems, cap(items)))])
			buf.staleToks, buf.staleItems = 0, 0
			buf.toks, buf.items = raw[:0], items[:0]
		default:
			// the slices keep pointing into this text (and no other) until
			// the next call overwrites them
			buf.staleToks = dropStale(raw, buf.staleToks)
			buf.staleItems = dropStale(items, buf.staleItems)
			buf.toks, buf.items = raw[:0], items[:0]
		}
		putFindBuf(buf, size > maxKeptTokens)
	}()
	if cap(buf.toks) < want {
		buf.toks = make([]token, 0, want)
	}
	var fl tokFlags
	if buf.recent == nil {
		buf.recent = make([]int32, maxRecent)
	}
	raw, fl = tokenizeText(buf.toks[:0], p.text, p.lex, buf.recent, true)
	if fl.unstable {
		// (the tokens stop where the rune was met)
		clear(raw)
		if t := unwrap(vn.NFC(orig)); t != text {
			p.reset(t, p.lex)
		}
		raw, fl = tokenizeFlagged(raw[:0], p.text, p.lex, buf.recent)
	}
	p.toks = raw
	if fl.dotted {
		p.toks = mergeDotted(p.toks, p.lex, p.text)
		// a merged word is in capitals: it may start a pair
		fl.upperPair = fl.upperPair || len(p.toks) < len(raw)
	}
	if fl.upperPair {
		p.toks = splitGluedCaps(p.toks, p.lex, p.text)
		if len(p.toks) > len(raw) {
			raw = p.toks // grown in place or moved: the tokens to clear
		}
	}
	if fl.dotted || fl.upperPair {
		// the tokens the tokenizer made have their starts; merged and cut
		// ones may not
		p.lex.setStarts(p.toks)
	}
	if quiet && !p.mayHoldPosts() {
		// no title, address term, rank or degree: the grammar would name
		// no one (every title it gives is a title item, every "strong"
		// person follows an address term), and the signatures read the
		// text itself
		p.items = buf.items[:0] // (kept by the deferred release)
		if !fl.dotted && !fl.upperPair {
			// the tokens of a line are those its words make alone, and
			// none starts a head: no signature has a title line either
			return []data.Official{}
		}
		g.reset(p)
		g.signatures()
		return g.result()
	}
	if want := len(p.toks)/2 + 16; cap(buf.items) < want {
		// (texts have an item in two or three tokens)
		buf.items = make([]item, 0, want)
	}
	p.items = buf.items[:0]
	p.scan()
	g.reset(p)
	g.run()
	g.officeLinks()
	g.farLinks()
	g.sharedLinks()
	g.bracketLinks()
	g.pronounLinks()
	g.electedLinks()
	g.signatures()
	g.capsHeadlines()
	return g.result()
}

// findBuf holds the state of one Find, reused by later calls: Find's
// result shares no memory with it.
//
// Between calls, toks[:staleToks] and items[:staleItems] still hold the
// tokens and items of the last text read (never read again: every call
// writes each token and item before reading it), so that a short Find
// need not clear the memory it wrote, pointers and all. They keep that one
// text alive, no older one (dropStale), and only while it is at most
// maxStaleText bytes long: with the kept findBufs, a few megabytes at
// most.
type findBuf struct {
	toks   []token
	items  []item
	recent []int32 // the shape reader's
	p      parser
	g      grammar
	// staleToks and staleItems count the elements of toks and items, from
	// the start, that a call wrote and did not clear
	staleToks, staleItems int
}

// maxStaleText is the longest text whose tokens and items a kept findBuf
// may still point into after the call (findBuf).
const maxStaleText = 1 << 20

// dropStale clears s[len(s):stale], what an earlier call wrote beyond the
// elements s holds of this one, so that s's memory points into this
// call's text alone, and returns how many elements hold it.
func dropStale[T any](s []T, stale int) int {
	if stale > len(s) {
		clear(s[len(s):min(stale, cap(s))])
	}
	return len(s)
}

// findBufs keeps a few findBufs between calls, and bigFindBufs one with
// the memory of a long text (up to maxBigTokens tokens), so that Find on
// long texts one after another neither allocates nor clears megabytes
// each time. (A sync.Pool would lose them at every garbage collection,
// which extraction triggers often; a channel costs a short Find a tenth
// of its time, a mutex much less.)
var (
	findBufs    = bufStack{max: 4}
	bigFindBufs = bufStack{max: 1}
)

// bufStack is a stack of up to max kept findBufs, safe for concurrent
// use.
type bufStack struct {
	mu   sync.Mutex
	bufs []*findBuf
	max  int
}

// pop returns a kept findBuf, or nil.
func (st *bufStack) pop() *findBuf {
	st.mu.Lock()
	defer st.mu.Unlock()
	n := len(st.bufs)
	if n == 0 {
		return nil
	}
	b := st.bufs[n-1]
	st.bufs[n-1] = nil
	st.bufs = st.bufs[:n-1]
	return b
}

// push keeps b unless the stack is full.
func (st *bufStack) push(b *findBuf) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if len(st.bufs) < st.max {
		st.bufs = append(st.bufs, b)
	}
}

// maxKeptTokens bounds the token slices findBufs keeps, maxBigTokens those
// bigFindBufs keeps (about 4 MB of tokens, 8 MB of items); maxKeptPeople
// and maxBigPeople the people.
const (
	maxKeptTokens = 1 << 14
	maxBigTokens  = 1 << 16
	maxKeptPeople = 1 << 8
	maxBigPeople  = 1 << 12
)

// getFindBuf returns a kept findBuf, one kept for a long text first when
// big, or a new one.
func getFindBuf(big bool) *findBuf {
	if big {
		if b := bigFindBufs.pop(); b != nil {
			return b
		}
	}
	if b := findBufs.pop(); b != nil {
		return b
	}
	return &findBuf{}
}

// putFindBuf keeps b for a later call: with the long texts' when big.
func putFindBuf(b *findBuf, big bool) {
	bufs, people := &findBufs, maxKeptPeople
	if big {
		bufs, people = &bigFindBufs, maxBigPeople
	}
	if len(b.g.pool) > people {
		return
	}
	bufs.push(b)
}

// grammar attaches titles to names over the item sequence.
type grammar struct {
	p       *parser
	items   []item
	claimed []bool // title items already given to someone
	people  map[string]*person
	order   []*person
	given   []given
	// strongList is set while the names of a "Các đồng chí: …" list are read
	strongList bool
	spans      map[nameSpan]*person // personOf's answers
	keyBuf     []byte               // nameKey's
	pool       []*person            // newPerson's: pool[:used] are in use
	used       int
	holders    map[string]holder // holderOf's index of given[:indexed]
	indexed    int
	lineRecent []int32 // tokenizeLine's
	// seen and seenText are result's sets of the titles of one person
	seen, seenText strSet
}

func newGrammar(p *parser) *grammar {
	g := &grammar{}
	g.reset(p)
	return g
}

// reset readies g for the items of p, keeping the memory of an earlier
// text (emptied by release).
func (g *grammar) reset(p *parser) {
	names := 0
	for i := range p.items {
		if p.items[i].kind == iName {
			names++
		}
	}
	g.p, g.items = p, p.items
	g.claimed = slices.Grow(g.claimed[:0], len(p.items))[:len(p.items)]
	clear(g.claimed)
	if g.people == nil {
		g.people = make(map[string]*person, names)
	}
	clear(g.people)
	clear(g.spans)
	g.order, g.given = g.order[:0], g.given[:0]
	g.strongList = false
	g.used = 0
	clear(g.holders)
	g.indexed = 0
}

// release drops what g points to of the text just read, keeping the
// memory; a map that grew large is let go. The maps of a text that is not
// long (maxStaleText) are emptied by the next reset instead: till then
// they keep that one text alive.
func (g *grammar) release(long bool) {
	for _, pp := range g.pool[:g.used] {
		clear(pp.titles)
		*pp = person{titles: pp.titles[:0]}
	}
	clear(g.order)
	clear(g.given)
	if len(g.people) > maxKeptPeople {
		g.people = nil
	}
	if len(g.spans) > maxKeptPeople {
		g.spans = nil
	}
	if len(g.holders) > maxKeptPeople {
		g.holders = nil
	}
	if long {
		clear(g.people)
		clear(g.spans)
		clear(g.holders)
	}
	g.order, g.given = g.order[:0], g.given[:0]
	g.indexed = 0
	g.p, g.items = nil, nil
	g.used = 0
	g.seen.reset()
	g.seenText.reset()
}

// newPerson returns a zero person, kept from an earlier text when there is
// one (with the memory of its title list).
func (g *grammar) newPerson() *person {
	if g.used == len(g.pool) {
		g.pool = append(g.pool, &person{})
	}
	pp := g.pool[g.used]
	g.used++
	*pp = person{titles: pp.titles[:0]}
	return pp
}

// nameText is the name as written, single-spaced: the text itself when
// its words are one space apart.
func (g *grammar) nameText(ns nameSpan) string {
	toks := g.p.toks
	if ns.end > ns.start {
		plain := true
		for j := ns.start + 1; j < ns.end && plain; j++ {
			plain = toks[j].start == toks[j-1].end+1 && g.p.text[toks[j-1].end] == ' '
		}
		if plain {
			return g.p.text[toks[ns.start].start:toks[ns.end-1].end]
		}
	}
	parts := make([]string, 0, ns.end-ns.start)
	for j := ns.start; j < ns.end; j++ {
		parts = append(parts, toks[j].text)
	}
	return strings.Join(parts, " ")
}

// nameKey is vn.Key(g.nameText(ns)), written into g.keyBuf. A name's
// tokens are words shaped as name syllables (letters, their keys vn.Key of
// their text); vn.Key of such words joined by spaces is their keys joined
// by spaces (FuzzNameKey), so the key is made without vn.Key.
func (g *grammar) nameKey(ns nameSpan) []byte {
	toks := g.p.toks
	buf := g.keyBuf[:0]
	for j := ns.start; j < ns.end; j++ {
		if !toks[j].nameShape || toks[j].kind != kWord || toks[j].key == "" {
			buf = append(buf[:0], vn.Key(g.nameText(ns))...)
			break
		}
		if j > ns.start {
			buf = append(buf, ' ')
		}
		buf = append(buf, toks[j].key...)
	}
	g.keyBuf = buf
	return buf
}

func (g *grammar) personOf(ns nameSpan) *person {
	// Once a span has its person, asking again changes nothing: the
	// person of a key is never replaced, and the spelling kept is settled.
	if pp := g.spans[ns]; pp != nil {
		return pp
	}
	pp := g.personOfSpan(ns)
	if g.spans == nil {
		g.spans = map[nameSpan]*person{}
	}
	g.spans[ns] = pp
	return pp
}

func (g *grammar) personOfSpan(ns nameSpan) *person {
	name := g.nameText(ns)
	key := g.nameKey(ns)
	pp := g.people[string(key)]
	if pp == nil {
		pp = g.newPerson()
		pp.key, pp.name, pp.first = string(key), name, g.p.toks[ns.start].start
		g.people[pp.key] = pp
		g.order = append(g.order, pp)
	} else if isAllUpper(pp.name) && !isAllUpper(name) {
		pp.name = name
	}
	return pp
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// give attaches title item ti to the person named by name item ni.
func (g *grammar) give(ni, ti int) {
	pp := g.personOf(g.items[ni].name)
	t := g.items[ti].title
	text := g.p.span(t.start, t.end)
	if text == "" {
		return
	}
	g.claimed[ti] = true
	pos := g.p.toks[t.start].start
	pp.titles = append(pp.titles, titleRef{pos: pos, text: text})
	if pos > pp.lastPos {
		pp.lastPos = pos
	}
	g.given = append(g.given, given{text: text, who: pp, pos: pos})
}

// holderOf returns who was last given a title whose key starts with the
// words of key (eight at most), by position in the text: the last given
// (in the order given) of those at the greatest position.
func (g *grammar) holderOf(key string) (*person, bool) {
	if key == "" || strings.Count(key, " ") >= 8 {
		return nil, false
	}
	// The titles given since the last call join the index: each under its
	// key and every leading run of its words, so that a look-up finds
	// exactly the keys equal to key or going on after it with a space.
	if g.holders == nil {
		g.holders = map[string]holder{}
	}
	for ; g.indexed < len(g.given); g.indexed++ {
		gv := &g.given[g.indexed]
		if !gv.keyed {
			gv.key, gv.keyed = titleVnKeys.get(gv.text, vn.Key), true
		}
		g.addHolder(gv.key, gv)
		for i := 0; i < len(gv.key); i++ {
			if gv.key[i] == ' ' {
				g.addHolder(gv.key[:i], gv)
			}
		}
	}
	h, ok := g.holders[key]
	return h.who, ok
}

// holder is the answer of holderOf for one key so far.
type holder struct {
	who *person
	pos int
}

// addHolder records gv under k unless a title at a greater position is
// there already.
func (g *grammar) addHolder(k string, gv *given) {
	if h, ok := g.holders[k]; !ok || gv.pos >= h.pos {
		g.holders[k] = holder{who: gv.who, pos: gv.pos}
	}
}

// span is the text of tokens [a, b) as written, white space made single.
func (p *parser) span(a, b int) string {
	if a >= b || b > len(p.toks) {
		return ""
	}
	s := p.text[p.toks[a].start:p.toks[b-1].end]
	if p.spacedBetween(a, b) || plainSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// spacedBetween reports whether tokens [a, b) are no line break and
// stand one ASCII space apart or none: then the text they span is
// plainSpaced (no token holds white space), which is seen from the
// tokens' places rather than read byte by byte. False says nothing
// (FuzzSpacedBetween).
func (p *parser) spacedBetween(a, b int) bool {
	toks := p.toks
	if toks[a].kind == kLine {
		return false
	}
	for j := a + 1; j < b; j++ {
		gap := toks[j].start - toks[j-1].end
		if toks[j].kind == kLine || gap > 1 || gap == 1 && p.text[toks[j-1].end] != ' ' {
			return false
		}
	}
	return true
}

// plainSpaced reports whether s is ASCII-space separated with no runs of
// spaces and no other white space, so that Fields and Join keep it. Most
// bytes need no look (spacedBytes); plainSpacedRef, in the tests, is the
// form that looks at each.
func plainSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if spacedBytes[c] == 0 {
			continue
		}
		switch {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case spacedBytes[c] == 2:
			return false
		default:
			// lead bytes of the non-ASCII spaces (U+0085, U+00A0, U+1680,
			// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000)
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

// spacedBytes marks the bytes plainSpaced looks at: 1 for the space and
// the lead bytes of the non-ASCII spaces, 2 for the other ASCII white
// space.
var spacedBytes = func() (t [256]uint8) {
	for _, c := range []byte{' ', 0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = 1
	}
	for _, c := range []byte{'\t', '\n', '\v', '\f', '\r'} {
		t[c] = 2
	}
	return t
}()

// corefer handles "Thủ tướng làm Trưởng Ban Chỉ đạo": the title at ti
// names someone already met; give them the title at t2.
func (g *grammar) corefer(ti, t2 int) {
	key := titleVnKeys.get(g.p.span(g.items[ti].title.start, g.items[ti].title.end), vn.Key)
	who, ok := g.holderOf(key)
	if !ok {
		return
	}
	t := g.items[t2].title
	who.titles = append(who.titles, titleRef{pos: g.p.toks[t.start].start, text: g.p.span(t.start, t.end)})
	g.claimed[t2] = true
}

// result orders the people found and their titles.
func (g *grammar) result() []data.Official {
	out := make([]data.Official, 0, len(g.order))
	slices.SortStableFunc(g.order, func(a, b *person) int { return cmp.Compare(a.first, b.first) })
	// (a text met again has a key met again)
	seen, seenText := &g.seen, &g.seenText
	// the titles of all are cut from one slice, each person's with no room
	// after it
	n := 0
	for _, pp := range g.order {
		n += len(pp.titles)
	}
	all := make([]string, 0, n)
	for _, pp := range g.order {
		if len(pp.titles) == 0 && !pp.strong {
			continue
		}
		slices.SortStableFunc(pp.titles, func(a, b titleRef) int { return cmp.Compare(a.pos, b.pos) })
		seen.reset()
		seenText.reset()
		first := len(all)
		for _, t := range pp.titles {
			text := trimTermTail(t.text)
			if !seenText.add(text) {
				continue
			}
			k := titleKey(text)
			if k == "" || !seen.add(k) {
				continue
			}
			all = append(all, text)
		}
		out = append(out, data.Official{Name: pp.name, Titles: all[first:len(all):len(all)]})
	}
	return out
}

// trimTermTail drops the Party or council term that ends a title ("Chủ
// tịch UBND tỉnh khóa IX" → "Chủ tịch UBND tỉnh", also ", Khoá 12"): the
// term says when, not what, the post is; one inside the title stays
// ("Trưởng đoàn ĐBQH khóa XV tỉnh").
func trimTermTail(s string) string {
	sp := strings.LastIndexByte(s, ' ')
	if sp <= 0 || !(romanNumeral(s[sp+1:]) || isTermNumber(s[sp+1:])) {
		return s
	}
	head := strings.TrimRight(s[:sp], " ")
	wp := strings.LastIndexByte(head, ' ')
	if w := head[wp+1:]; wp <= 0 || !strings.EqualFold(w, "khóa") && !strings.EqualFold(w, "khoá") {
		return s
	}
	if rest := strings.TrimRight(head[:wp], " ,"); rest != "" {
		return rest
	}
	return s
}

// isTermNumber reports whether w is a term written in one or two digits.
func isTermNumber(w string) bool {
	return len(w) >= 1 && len(w) <= 2 && strings.Trim(w, "0123456789") == ""
}

// strSet is a set of strings: a slice while small, a map beyond.
type strSet struct {
	list []string
	m    map[string]bool
}

// reset empties the set, keeping its list's memory.
func (set *strSet) reset() {
	clear(set.list)
	set.list, set.m = set.list[:0], nil
}

// add adds s and reports whether it was new.
func (set *strSet) add(s string) bool {
	if set.m != nil {
		if set.m[s] {
			return false
		}
		set.m[s] = true
		return true
	}
	for _, x := range set.list {
		if x == s {
			return false
		}
	}
	set.list = append(set.list, s)
	if len(set.list) > 16 {
		set.m = make(map[string]bool, 2*len(set.list))
		for _, x := range set.list {
			set.m[x] = true
		}
	}
	return true
}

// titleKey folds the spellings of one title: case, tone-mark placement,
// punctuation and spaces ("TP.HCM" = "TPHCM", "Quận uỷ" = "Quận ủy").
// The keys are kept (titleKeys): most titles recur from text to text.
func titleKey(s string) string { return titleKeys.get(s, foldTitle) }

// foldTitle is titleKey without the table.
func foldTitle(s string) string {
	var b strings.Builder
	for _, r := range vn.Key(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titleKeys holds the titleKey of the titles met, titleVnKeys their
// vn.Key.
var titleKeys, titleVnKeys keyCache

// keyCache keeps the keys of strings made by one function, up to
// maxCachedKeys of them (then it starts afresh), each string at most
// maxCachedLen bytes long.
type keyCache struct {
	mu sync.RWMutex
	m  map[string]string
}

const (
	maxCachedKeys = 1 << 13
	maxCachedLen  = 200
)

// get returns f(s), from the cache when s is in it; f is always the same
// function for one cache.
func (c *keyCache) get(s string, f func(string) string) string {
	c.mu.RLock()
	k, ok := c.m[s]
	c.mu.RUnlock()
	if ok {
		return k
	}
	k = f(s)
	if len(s) <= maxCachedLen {
		c.mu.Lock()
		if c.m == nil || len(c.m) >= maxCachedKeys {
			c.m = make(map[string]string) // start afresh
		}
		// a copy of s: the cache keeps no text it was read from alive
		c.m[strings.Clone(s)] = k
		c.mu.Unlock()
	}
	return k
}
