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
	// keyBuf is keyBytes' memory
	keyBuf []byte
}

// reset readies p for text, keeping the memory of an earlier one.
func (p *parser) reset(text string, l *lexicon) {
	if p.byKeyHead != nil {
		p.headBuf, p.nextBuf = p.byKeyHead[:0], p.byKeyNext[:0]
	}
	*p = parser{text: text, lex: l, headBuf: p.headBuf, nextBuf: p.nextBuf, keyBuf: p.keyBuf[:0]}
}

func (p *parser) scan() {
	toks, l := p.toks, p.lex
	p.honBits, p.headBits = l.honBits, l.headBits
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
		if !inQuote && tk.key == "vào" && p.electedInto(i) {
			// "bầu bổ sung ông A vào Ủy viên Ban Thường vụ": the post the
			// election puts the person into
			p.push(item{kind: iLink, a: i, b: i + 1})
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
		if m := l.linkWords.match(toks, i); m > 0 && (!agentLinks[tk.key] || p.afterAgent(i)) {
			if m > 1 && p.headAfterLink(i, m) {
				m-- // "giữ chức Vụ trưởng …": the capital "Vụ" opens the post, not "chức vụ"
			}
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

// mayHoldPosts reports whether the scan can find a title or an address
// term, rank or degree in p.toks: whether a word starts a phrase of the
// sets honAt and headAt match (heads, bound heads, address terms, ranks,
// degrees) that matches there, or opens one of the titles titleAt reads
// without a head ("Thường trực" after a link, "thành viên" of a body, a
// deputy: "Đại biểu"). Without one, the scan makes no title item and no
// address term item.
func (p *parser) mayHoldPosts() bool {
	toks, l := p.toks, p.lex
	bits := l.postBits
	if bits == ^startsKnown {
		return true // a set whose words are not marked
	}
	for i := range toks {
		t := &toks[i]
		if !t.startsSet {
			return true
		}
		if t.lex&lexOpener != 0 && (p.standingAfterLink(i) || p.memberHead(i) || p.deputyAt(i)) {
			return true
		}
		st := t.starts
		if st&bits == 0 {
			continue
		}
		// (each set's own test first: a word starts few sets)
		if st&l.heads.bit != 0 && matchAt(l.heads, toks, i) > 0 || st&l.strongHon.bit != 0 && p.strongHonAt(i) > 0 ||
			st&l.ranks.bit != 0 && p.rankAt(i) > 0 || st&l.degrees.bit != 0 && p.degreeAt(i) > 0 {
			return true
		}
		// (a bound head makes a title only written with a capital, or
		// after a capitalised "nguyên")
		if st&l.bound.bit != 0 && matchAt(l.bound, toks, i) > 0 &&
			(t.capital || i > 0 && formerWord(toks[i-1].key) && toks[i-1].capital) {
			return true
		}
		// (afterHon false: the widest reading)
		if st&l.weakHon.bit != 0 && p.weakHonAt(i, false) > 0 && !(t.capital && t.key == "anh") {
			return true
		}
	}
	return false
}

// agentLinks are the first words of the active verbs of appointment
// ("bầu vào chức danh", "chỉ định làm", "cử giữ chức") that link a post
// only in the passive, after "được" and the body that appoints: "A được
// HĐND tỉnh bầu vào chức danh T". After a name alone they would give the
// post to the one who appoints. ("bổ nhiệm giữ chức" links anywhere.)
var agentLinks = map[string]bool{"bầu": true, "chỉ": true, "cử": true, "bổ": true, "điều": true}

// afterAgent reports whether token i follows "được" and the name of a
// body that appoints: one to eight words, the first capitalised, no
// function word among them ("được HĐND tỉnh", "được Ban Thường vụ Tỉnh
// ủy", "được Hội đồng nhân dân tỉnh tín nhiệm"). "bổ nhiệm giữ chức" and
// the other links known before are not asked.
func (p *parser) afterAgent(i int) bool {
	toks := p.toks
	if k := p.lex.linkWords.match(toks, i); k > 0 {
		if kb := p.keyBytes(i, i+k); string(kb) == "bổ nhiệm giữ chức" || string(kb) == "bổ nhiệm giữ chức vụ" {
			return true
		}
	}
	k := i - 1
	// ("đồng", "chủ" are words of bodies here: "Hội đồng", "Chủ tịch nước")
	for k >= 0 && i-k <= 8 {
		if toks[k].key == "," && k >= 2 && (toks[k-2].key == "điều" && toks[k-1].key == "động" || toks[k-2].key == "luân" && toks[k-1].key == "chuyển") {
			k -= 3 // "được Bộ Chính trị điều động, chỉ định làm"
			continue
		}
		if toks[k].kind != kWord || p.lex.isStop(&toks[k]) && toks[k].key != "đồng" && toks[k].key != "chủ" {
			break
		}
		k--
	}
	return k >= 0 && k < i-1 && toks[k].key == "được" && toks[k+1].capital
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
	toks := p.toks
	plural := i > 0 && toks[i-1].key == "các"
	if m := p.strongHonAt(i); m > 0 {
		p.push(item{kind: iHon, hon: honStrong, plural: plural, a: i, b: i + m})
		return m
	}
	if m := p.rankAt(i); m > 0 {
		p.push(item{kind: iHon, hon: honStrong, a: i, b: i + m})
		return m
	}
	if n := p.degreeAt(i); n > 0 {
		p.push(item{kind: iHon, hon: honWeak, a: i, b: i + n})
		return n
	}
	afterHon := len(p.items) > 0 && p.items[len(p.items)-1].kind == iHon && p.items[len(p.items)-1].b == i
	afterHon = afterHon || p.strongList
	if m := p.weakHonAt(i, afterHon); m > 0 {
		if toks[i].capital && toks[i].key == "anh" {
			return 0 // "Anh" at the start of a run is more often a given name
		}
		p.push(item{kind: iHon, hon: honWeak, plural: plural, a: i, b: i + m})
		return m
	}
	return 0
}

// nextIsName reports whether a name, or an address term or rank, follows
// at j, past full stops and commas.
func (p *parser) nextIsName(j int) bool {
	toks := p.toks
	for j < len(toks) && toks[j].kind == kPunct && (toks[j].key == "." || toks[j].key == ",") {
		j++
	}
	return j < len(toks) && toks[j].kind == kWord && (toks[j].nameShape || p.honLen(j) > 0)
}

// rankAt is the length of a rank at i that honAt reads (before a name or
// a dash), 0 for none.
func (p *parser) rankAt(i int) int {
	toks := p.toks
	if m := p.lex.ranks.match(toks, i); m > 0 && p.nextIsName(i+m) || m > 0 && i+m < len(toks) && toks[i+m].key == "-" {
		return m
	}
	return 0
}

// degreeAt is the length of the degrees at i that honAt reads, their
// dots included, before a name ("ThS. BS."), 0 for none.
func (p *parser) degreeAt(i int) int {
	toks, l := p.toks, p.lex
	if m := l.degrees.match(toks, i); m > 0 && (toks[i].upper || toks[i].capital) {
		j := i + m
		for j < len(toks) && toks[j].kind == kPunct && (toks[j].key == "." || toks[j].key == "," || toks[j].key == "-") &&
			j+1 < len(toks) && l.degrees.match(toks, j+1) > 0 {
			j += 1 + l.degrees.match(toks, j+1)
		}
		if j < len(toks) && toks[j].key == "." {
			j++
		}
		if p.nextIsName(j) {
			return j - i
		}
	}
	return 0
}

// weakHonAt is the length of an address term at i before a name, 0 for
// none; afterHon says that an address term or p.strongList comes before
// i, where a capitalised surname-like term is a name's.
func (p *parser) weakHonAt(i int, afterHon bool) int {
	toks, l := p.toks, p.lex
	if m := l.weakHon.match(toks, i); m > 0 && i+m < len(toks) && toks[i+m].nameShape &&
		!(l.isSurname(&toks[i]) && (toks[i+m].key == "thị" || toks[i+m].key == "văn" || afterHon && toks[i].capital)) {
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

// headAfterLink reports whether the last word of the link phrase of m
// tokens at i is written with a capital after a small one and opens a
// title head there: "giữ chức Vụ trưởng Vụ Pháp chế" is "giữ chức" and
// "Vụ trưởng", not "giữ chức vụ" and "trưởng".
func (p *parser) headAfterLink(i, m int) bool {
	last := i + m - 1
	return p.toks[last].capital && !p.toks[last-1].capital && p.headLen(last) > 0
}

// electedInto reports whether "vào" at i puts someone into a post: a title
// head follows it, and a verb of election ("bầu", "bầu bổ sung") opens the
// sentence before it, at most 80 tokens back (a list of people with their
// posts may stand between) and not across a full stop or line break.
func (p *parser) electedInto(i int) bool {
	toks := p.toks
	if i+1 >= len(toks) || p.headLen(i+1) == 0 && !p.memberHead(i+1) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-80; j-- {
		switch tk := &toks[j]; {
		case tk.kind == kLine, tk.kind == kPunct && tk.key == ".":
			return false
		case p.electionVerb(j):
			return true
		}
	}
	return false
}

// electionVerb reports whether token j is the verb "bầu" (elect), not the
// noun "bầu cử" (election) nor a capitalised word.
func (p *parser) electionVerb(j int) bool {
	toks := p.toks
	return toks[j].key == "bầu" && !toks[j].capital && !(j+1 < len(toks) && toks[j+1].key == "cử")
}

// hasElectionVerb reports whether a token in [a, b) is the verb "bầu".
func (p *parser) hasElectionVerb(a, b int) bool {
	for i := a; i < b; i++ {
		if p.electionVerb(i) {
			return true
		}
	}
	return false
}
