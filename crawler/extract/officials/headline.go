package officials

// capsHeadlines reads a headline written in capitals, a post then a name,
// ending at a colon or the line end: "PHÓ GIÁM ĐỐC SỞ Y TẾ MAI THỊ LAN:
// …". In capitals every syllable looks like a name's, so the scanner reads
// the whole line as the post; here the name is cut off its end. The name is
// three or four syllables led by a known surname and is no place (two
// syllables are too often words: "… NGAY VI PHẠM"); the post left keeps
// its head and at least one more word.
func (g *grammar) capsHeadlines() {
	p := g.p
	toks := p.toks
	for i := range g.items {
		it := &g.items[i]
		if it.kind != iTitle || it.plural || it.title.hasName {
			continue
		}
		t := it.title
		if t.end != it.b || t.start != it.a || t.end-t.headEnd < 4 {
			continue
		}
		if t.start > 0 && toks[t.start-1].kind != kLine {
			continue // not at a line start
		}
		if t.end < len(toks) && toks[t.end].kind != kLine && toks[t.end].key != ":" {
			continue // not at a colon or the line end
		}
		upper := true
		for k := t.start; k < t.end && upper; k++ {
			upper = toks[k].kind == kWord && isAllUpper(toks[k].text)
		}
		if !upper {
			continue
		}
		if g.givenAt(toks[t.start].start) {
			continue
		}
		ns, ok := g.capsName(t.headEnd, t.end)
		if !ok {
			continue
		}
		text := p.span(t.start, ns.start)
		if text == "" {
			continue
		}
		pp := g.personOf(ns)
		pos := toks[t.start].start
		pp.titles = append(pp.titles, titleRef{pos: pos, text: text})
		if pos > pp.lastPos {
			pp.lastPos = pos
		}
		g.claimed[i] = true
	}
}

// capsName returns the name closing tokens [lo, end) of a headline in
// capitals: three or four syllables, the first a known surname, no place,
// none a title head; with one word at least left before it. Three
// syllables win over four unless the four start with a surname and go on
// with a middle name ("LÊ THỊ …").
func (g *grammar) capsName(lo, end int) (nameSpan, bool) {
	p, l := g.p, g.p.lex
	toks := p.toks
	fits := func(s int) bool {
		if s <= lo || !l.isSurname(&toks[s]) || toks[s].key == "thị" || p.stopStart(s) {
			return false
		}
		if l.places.match(toks, s) >= 2 || l.places.match(toks, s+1) >= 2 {
			return false
		}
		for k := s; k < end; k++ {
			if !toks[k].onlyLetter || p.headLen(k) > 0 || l.orgs.match(toks, k) > 0 {
				return false
			}
		}
		return true
	}
	if s := end - 4; fits(s) && l.isMiddle(&toks[s+1]) {
		return nameSpan{s, end}, true
	}
	if s := end - 3; fits(s) {
		return nameSpan{s, end}, true
	}
	return nameSpan{}, false
}

// givenAt reports whether someone was given a title starting at byte pos.
func (g *grammar) givenAt(pos int) bool {
	for _, pp := range g.order {
		for _, tr := range pp.titles {
			if tr.pos == pos {
				return true
			}
		}
	}
	return false
}
