package officials

import (
	"cmp"
	"slices"
	"strings"
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
func Find(text string) []data.Official {
	p := &parser{text: unwrap(vn.NFC(text)), lex: theLexicon()}
	buf := getFindBuf()
	var raw []token // the tokens as tokenizeInto wrote them into buf.toks
	defer func() {
		// drop the strings the slices point into, where this call wrote
		clear(raw)
		clear(p.items)
		buf.toks, buf.items = raw[:0], p.items[:0]
		putFindBuf(buf)
	}()
	if want := len(p.text)/5 + 1; cap(buf.toks) < want {
		buf.toks = make([]token, 0, want)
	}
	var fl tokFlags
	raw, fl = tokenizeFlagged(buf.toks[:0], p.text, p.lex)
	p.toks = raw
	if fl.dotted {
		p.toks = mergeDotted(p.toks, p.lex, p.text)
		// a merged word is in capitals: it may start a pair
		fl.upperPair = fl.upperPair || len(p.toks) < len(raw)
	}
	if fl.upperPair {
		p.toks = splitGluedCaps(p.toks, p.lex, p.text)
	}
	if fl.dotted || fl.upperPair {
		// the tokens the tokenizer made have their starts; merged and cut
		// ones may not
		p.lex.setStarts(p.toks)
	}
	if want := len(p.toks)/3 + 1; cap(buf.items) < want {
		buf.items = make([]item, 0, want)
	}
	p.items = buf.items[:0]
	p.scan()
	g := newGrammar(p)
	g.run()
	g.officeLinks()
	g.farLinks()
	g.signatures()
	return g.result()
}

// findBuf holds the token and item slices of one Find, reused by later
// calls: Find's result shares no memory with them.
type findBuf struct {
	toks  []token
	items []item
}

// findBufs keeps a few findBufs between calls. (A sync.Pool would lose
// them at every garbage collection, which extraction triggers often.)
var findBufs = make(chan *findBuf, 4)

// maxKeptTokens bounds the token slices findBufs keeps.
const maxKeptTokens = 1 << 14

func getFindBuf() *findBuf {
	select {
	case b := <-findBufs:
		return b
	default:
		return &findBuf{}
	}
}

func putFindBuf(b *findBuf) {
	if cap(b.toks) > maxKeptTokens || cap(b.items) > maxKeptTokens {
		return
	}
	select {
	case findBufs <- b:
	default:
	}
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
}

func newGrammar(p *parser) *grammar {
	return &grammar{p: p, items: p.items, claimed: make([]bool, len(p.items)), people: map[string]*person{}}
}

// nameText is the name as written, single-spaced.
func (g *grammar) nameText(ns nameSpan) string {
	toks := g.p.toks
	parts := make([]string, 0, ns.end-ns.start)
	for j := ns.start; j < ns.end; j++ {
		parts = append(parts, toks[j].text)
	}
	return strings.Join(parts, " ")
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
	key := vn.Key(name)
	pp := g.people[key]
	if pp == nil {
		pp = &person{key: key, name: name, first: g.p.toks[ns.start].start}
		g.people[key] = pp
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
// words of key (eight at most), by position in the text.
func (g *grammar) holderOf(key string) (*person, bool) {
	if key == "" || strings.Count(key, " ") >= 8 {
		return nil, false
	}
	var who *person
	best := 0
	for i := range g.given {
		gv := &g.given[i]
		if !gv.keyed {
			gv.key, gv.keyed = vn.Key(gv.text), true
		}
		if gv.key != key && !(strings.HasPrefix(gv.key, key) && gv.key[len(key)] == ' ') {
			continue
		}
		if who == nil || gv.pos >= best {
			who, best = gv.who, gv.pos
		}
	}
	return who, who != nil
}

// span is the text of tokens [a, b) as written, white space made single.
func (p *parser) span(a, b int) string {
	if a >= b || b > len(p.toks) {
		return ""
	}
	s := p.text[p.toks[a].start:p.toks[b-1].end]
	if plainSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// plainSpaced reports whether s is ASCII-space separated with no runs of
// spaces and no other white space, so that Fields and Join keep it.
func plainSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xC2:
			// lead bytes of the non-ASCII spaces (U+0085, U+00A0, U+1680,
			// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000)
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

// corefer handles "Thủ tướng làm Trưởng Ban Chỉ đạo": the title at ti
// names someone already met; give them the title at t2.
func (g *grammar) corefer(ti, t2 int) {
	key := vn.Key(g.p.span(g.items[ti].title.start, g.items[ti].title.end))
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
	out := []data.Official{}
	slices.SortStableFunc(g.order, func(a, b *person) int { return cmp.Compare(a.first, b.first) })
	for _, pp := range g.order {
		if len(pp.titles) == 0 && !pp.strong {
			continue
		}
		slices.SortStableFunc(pp.titles, func(a, b titleRef) int { return cmp.Compare(a.pos, b.pos) })
		var seen, seenText strSet // a text met again has a key met again
		titles := []string{}
		for _, t := range pp.titles {
			if !seenText.add(t.text) {
				continue
			}
			k := titleKey(t.text)
			if k == "" || !seen.add(k) {
				continue
			}
			titles = append(titles, t.text)
		}
		out = append(out, data.Official{Name: pp.name, Titles: titles})
	}
	return out
}

// strSet is a set of strings: a slice while small, a map beyond.
type strSet struct {
	list []string
	m    map[string]bool
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
func titleKey(s string) string {
	var b strings.Builder
	for _, r := range vn.Key(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
