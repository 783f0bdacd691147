package officials

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// capsHeadlines reads a headline written in capitals, a post then a name,
// ending at a colon or the line end: "PHÓ GIÁM ĐỐC SỞ Y TẾ MAI THỊ LAN:
// …". In capitals every syllable looks like a name's, so the scanner reads
// the whole line as the post; here the name is cut off its end. The name is
// three or four syllables led by a known surname and is no place (two
// syllables are too often words: "… NGAY VI PHẠM"); the post left must
// read as one post in small letters (capsPost).
func (g *grammar) capsHeadlines() {
	p := g.p
	toks := p.toks
	for i := range g.items {
		it := &g.items[i]
		if it.kind != iTitle || it.plural || it.title.hasName {
			continue
		}
		t := it.title
		if t.end != it.b || t.start != it.a || t.end-t.headEnd < 3 {
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
		if text == "" || !g.capsPost(text) {
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
// none a title head. Three
// syllables win over four unless the four start with a surname and go on
// with a middle name ("LÊ THỊ …").
func (g *grammar) capsName(lo, end int) (nameSpan, bool) {
	p, l := g.p, g.p.lex
	toks := p.toks
	fits := func(s int) bool {
		if s < lo || !l.isSurname(&toks[s]) || toks[s].key == "thị" || p.stopStart(s) {
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

// capsPost reports whether s, a post in capitals, reads as one post when
// written in small letters (its abbreviations, such as UBND, kept): the
// title the scanner finds must take all of it ("CHỦ TỊCH UBND TỈNH CHỈ
// ĐẠO KHẨN" does not: the post ends before "chỉ đạo").
func (g *grammar) capsPost(s string) bool {
	toks := g.tokenizeLine(s)
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		if t.kind != kWord || !syllable(t.key) {
			b.WriteString(t.text)
		} else {
			b.WriteString(strings.ToLower(t.text))
		}
	}
	low := b.String()
	sub := &parser{}
	sub.reset(low, g.p.lex)
	sub.toks = g.tokenizeLine(low)
	sub.lex.setStarts(sub.toks)
	sub.scan()
	return len(sub.items) == 1 && sub.items[0].kind == iTitle && sub.items[0].title.end == len(sub.toks)
}

// syllable reports whether key, in small letters, may be one Vietnamese
// syllable: it has a vowel and ends in one, or in c, ch, m, n, ng, nh, p or
// t. Abbreviations (ubnd, hđnd, tp) are not.
func syllable(key string) bool {
	last := -1
	for i, r := range key {
		if strings.ContainsRune("aăâeêioôơuưy", baseVowel(r)) {
			last = i + utf8.RuneLen(r)
		}
	}
	if last < 0 {
		return false
	}
	switch key[last:] {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
		return true
	}
	return false
}

// baseVowel is r without its tone mark, for the vowels; other runes are
// returned as they are.
func baseVowel(r rune) rune {
	d := norm.NFD.String(string(r))
	b, _ := utf8.DecodeRuneInString(d)
	switch {
	case strings.ContainsRune(d, '\u0306'):
		return 'ă'
	case strings.ContainsRune(d, '\u0302') && b == 'a':
		return 'â'
	case strings.ContainsRune(d, '\u0302') && b == 'e':
		return 'ê'
	case strings.ContainsRune(d, '\u0302') && b == 'o':
		return 'ô'
	case strings.ContainsRune(d, '\u031b') && b == 'o':
		return 'ơ'
	case strings.ContainsRune(d, '\u031b') && b == 'u':
		return 'ư'
	}
	return b
}
