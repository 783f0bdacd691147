package officials

// The scanner turns tokens into a short sequence of items the grammar reads:
// titles (with the name that closes them, if any), names, address terms,
// separators, linking verbs ("làm", "giữ chức") and everything else.

type itemKind uint8

const (
	iOther itemKind = iota
	iTitle
	iName
	iHon
	iSep
	iLink
	iGom
	iNone // before the first or after the last item
)

// honKind grades the word written before a name.
type honKind uint8

const (
	honNone   honKind = iota
	honWeak           // ông, bà, a degree: needs a position somewhere
	honStrong         // đồng chí, a rank: an official by itself
)

type item struct {
	kind  itemKind
	a, b  int // tokens
	sep   string
	title titleSpan
	// names
	name     nameSpan
	hon      honKind
	plural   bool // "các đồng chí", "các Phó Chủ tịch"
	adjacent bool // title item directly followed by its name item
	fromTtl  bool // name item closing a title
}

// parser holds one text under analysis.
type parser struct {
	text  string
	toks  []token
	lex   *lexicon
	items []item
	// byKeyHead and byKeyNext index the name-shaped words by key
	// (indexNames), made on demand
	byKeyHead, byKeyNext []int32
	// headBuf and nextBuf keep the memory of byKeyHead and byKeyNext
	// from an earlier text
	headBuf, nextBuf []int32
	// honBits and headBits are the phrase-set bits (token.starts) of
	// honAt's and headAt's sets
	honBits, headBits uint16
	// strongList is set while scanning a "các đồng chí: A - …; B - …" list,
	// where items carry no "ông"/"bà": a capitalised Ông there is a surname
	strongList bool
}

// reset readies p for text, keeping the memory of an earlier one.
func (p *parser) reset(text string, l *lexicon) {
	if p.byKeyHead != nil {
		p.headBuf, p.nextBuf = p.byKeyHead[:0], p.byKeyNext[:0]
	}
	*p = parser{text: text, lex: l, headBuf: p.headBuf, nextBuf: p.nextBuf}
}

func (p *parser) scan() {
	toks, l := p.toks, p.lex
	p.honBits = setBits(l.strongHon, l.ranks, l.degrees, l.weakHon)
	p.headBits = setBits(l.heads, l.bound)
	inQuote := false
	i := 0
	for i < len(toks) {
		tk := &toks[i]
		switch tk.kind {
		case kLine:
			inQuote = false
			p.strongList = false
			p.push(item{kind: iSep, sep: "\n", a: i, b: i + 1})
			i++
			continue
		case kPunct:
			switch tk.key {
			case "\"":
				switch tk.text {
				case "“", "«", "„":
					inQuote = true
				case "”", "»":
					inQuote = false
				default:
					inQuote = !inQuote
				}
				p.pushOther(i, i+1)
			case ",", ";", ":", "-", "/", "(", ")", "|":
				if tk.key == ":" && len(p.items) > 0 {
					if last := p.items[len(p.items)-1]; last.kind == iHon && last.hon == honStrong && last.plural {
						p.strongList = true
					}
				}
				s := tk.key
				if s == "|" {
					s = "\n"
				}
				p.push(item{kind: iSep, sep: s, a: i, b: i + 1})
			case ".", "!", "?":
				if tk.key == "." && i > 0 && !tk.space && l.abbrevDot[toks[i-1].key] {
					p.pushOther(i, i+1)
				} else {
					p.push(item{kind: iSep, sep: ".", a: i, b: i + 1})
					p.strongList = false
				}
			case "&":
				p.push(item{kind: iSep, sep: "&", a: i, b: i + 1})
			default:
				p.pushOther(i, i+1)
			}
			i++
			continue
		}
		if inQuote || tk.startsSet && tk.starts == startsKnown && !tk.nameShape && tk.lex&lexScan == 0 {
			// In quotes; or no address term, rank, degree, title, link
			// word, place or name can start at a word no phrase starts
			// with and not shaped like a name.
			p.pushOther(i, i+1)
			i++
			continue
		}
		// honAt and titleAt find nothing at a word that starts none of
		// their phrases (and is no "các", "tân", "nguyên", "đại" before a
		// title)
		if !tk.startsSet || tk.starts&p.honBits != 0 {
			if n := p.honAt(i); n > 0 {
				i += n
				continue
			}
		}
		if !tk.startsSet || tk.starts&p.headBits != 0 || tk.lex&lexScan != 0 {
			if t, ok := p.titleAt(i); ok {
				it := item{kind: iTitle, a: i, b: t.end, title: t, plural: t.plural}
				if t.hasName {
					it.adjacent = true
					p.push(it)
					p.push(item{kind: iName, a: t.name.start, b: t.name.end, name: t.name, fromTtl: true})
					i = t.name.end
				} else {
					p.push(it)
					i = t.end
				}
				continue
			}
		}
		if m := l.linkWords.match(toks, i); m > 0 {
			p.push(item{kind: iLink, a: i, b: i + m})
			i += m
			continue
		}
		if m := l.gom.match(toks, i); m > 0 {
			p.push(item{kind: iGom, a: i, b: i + m})
			i += m
			continue
		}
		if tk.key == "và" {
			p.push(item{kind: iSep, sep: "&", a: i, b: i + 1})
			i++
			continue
		}
		if m := l.places.match(toks, i); m > 0 && !p.isPersonRun(i) {
			p.pushOther(i, i+m)
			i += m
			continue
		}
		if tk.nameShape {
			end := p.runAt(i)
			if p.isCredit(i) {
				// "Ảnh: Nguyễn Văn A", "Nguồn: …": a credit, never an official
				p.pushOther(i, end)
			} else {
				p.push(item{kind: iName, a: i, b: end, name: nameSpan{i, end}})
			}
			i = end
			continue
		}
		p.pushOther(i, i+1)
		i++
	}
}

// setBits is the union of the sets' bits; all bits but startsKnown when a
// set has none (its words are not marked).
func setBits(sets ...*phrases) uint16 {
	var b uint16
	for _, p := range sets {
		if p.bit == 0 {
			return ^startsKnown
		}
		b |= p.bit
	}
	return b
}

// scanWord reports whether the scan gives key a meaning of its own: "các"
// and "tân" before a title, "nguyên" before a head, "đại" of "đại biểu",
// "và" joining names.
func scanWord(key string) bool {
	switch key {
	case "các", "tân", "nguyên", "cựu", "đại", "và":
		return true
	}
	return false
}

// creditWords introduce photo credits, sources and bylines.
var creditWords = map[string]bool{"ảnh": true, "nguồn": true, "tin": true, "bài": true, "video": true, "clip": true,
	"đồ họa": true, "thực hiện": true, "pv": true, "ctv": true, "nhóm pv": true, "tác giả": true}

// isCredit reports whether the run at i follows "Ảnh:", "Nguồn:", "Tin, ảnh:".
func (p *parser) isCredit(i int) bool {
	toks := p.toks
	j := i - 1
	if j < 0 || toks[j].key != ":" {
		return false
	}
	j--
	if j >= 0 && creditWords[toks[j].key] {
		return true
	}
	return j >= 1 && creditWords[toks[j-1].key+" "+toks[j].key]
}

// pushOther pushes an "other" item of tokens [a, b): push without making
// the item when it joins the last.
func (p *parser) pushOther(a, b int) {
	if n := len(p.items); n > 0 && p.items[n-1].kind == iOther {
		p.items[n-1].b = b
		return
	}
	p.items = append(p.items, item{kind: iOther, a: a, b: b})
}

// push appends an item, folding runs of "other" into one.
func (p *parser) push(it item) {
	if it.kind == iOther && len(p.items) > 0 && p.items[len(p.items)-1].kind == iOther {
		p.items[len(p.items)-1].b = it.b
		return
	}
	p.items = append(p.items, it)
}

// honAt reads an address term, rank or degree at i and pushes it; it
// returns the tokens used, 0 when there is none.
func (p *parser) honAt(i int) int {
	toks, l := p.toks, p.lex
	plural := i > 0 && toks[i-1].key == "các"
	nextIsName := func(j int) bool {
		for j < len(toks) && toks[j].kind == kPunct && (toks[j].key == "." || toks[j].key == ",") {
			j++
		}
		return j < len(toks) && toks[j].kind == kWord && (toks[j].nameShape || p.honLen(j) > 0)
	}
	if m := p.strongHonAt(i); m > 0 {
		p.push(item{kind: iHon, hon: honStrong, plural: plural, a: i, b: i + m})
		return m
	}
	if m := l.ranks.match(toks, i); m > 0 && nextIsName(i+m) || m > 0 && i+m < len(toks) && toks[i+m].key == "-" {
		p.push(item{kind: iHon, hon: honStrong, a: i, b: i + m})
		return m
	}
	if m := l.degrees.match(toks, i); m > 0 && (toks[i].upper || toks[i].capital) {
		j := i + m
		for j < len(toks) && toks[j].kind == kPunct && (toks[j].key == "." || toks[j].key == "," || toks[j].key == "-") &&
			j+1 < len(toks) && l.degrees.match(toks, j+1) > 0 {
			j += 1 + l.degrees.match(toks, j+1)
		}
		if j < len(toks) && toks[j].key == "." {
			j++
		}
		if nextIsName(j) {
			p.push(item{kind: iHon, hon: honWeak, a: i, b: j})
			return j - i
		}
	}
	afterHon := len(p.items) > 0 && p.items[len(p.items)-1].kind == iHon && p.items[len(p.items)-1].b == i
	afterHon = afterHon || p.strongList
	if m := l.weakHon.match(toks, i); m > 0 && i+m < len(toks) && toks[i+m].nameShape &&
		!(l.isSurname(&toks[i]) && (toks[i+m].key == "thị" || toks[i+m].key == "văn" || afterHon && toks[i].capital)) {
		if toks[i].capital && toks[i].key == "anh" {
			return 0 // "Anh" at the start of a run is more often a given name
		}
		p.push(item{kind: iHon, hon: honWeak, plural: plural, a: i, b: i + m})
		return m
	}
	return 0
}

// honLen is the length of an address term or rank at i.
func (p *parser) honLen(i int) int {
	if m := p.strongHonAt(i); m > 0 {
		return m
	}
	return p.lex.ranks.match(p.toks, i)
}

// strongHonAt matches "đồng chí", "đ/c" at i. "Đồng Chí" written like a name
// (both syllables capitalised, not all upper case) is the start of a name:
// Đồng is a surname and Chí a middle name.
func (p *parser) strongHonAt(i int) int {
	m := p.lex.strongHon.match(p.toks, i)
	if m == 2 && p.toks[i+1].nameShape && p.toks[i].nameShape && i+2 < len(p.toks) && p.toks[i+2].nameShape && p.toks[i+2].space {
		return 0
	}
	return m
}
