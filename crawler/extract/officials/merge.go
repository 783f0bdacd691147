package officials

import "slices"

// Second thoughts on names split off titles: a two-syllable "name" that
// closes a title already apposed to someone, or that names a ward elsewhere
// in the text, is put back into the title as the place it is.

// mergePlaceNames undoes a split that took the place closing an apposed
// title for a two-syllable name: in "A - Trạm trưởng Trạm Cấp nước Lạc
// Trung." the title already belongs to A, and "Lạc Trung" is the place.
func (g *grammar) mergePlaceNames() {
	items := g.items
	for i := 2; i+1 < len(items); i++ {
		if items[i].kind != iTitle || !items[i].adjacent {
			continue // (before copying the items)
		}
		t, n := items[i], items[i+1]
		if t.kind != iTitle || !t.adjacent || n.name.end-n.name.start != 2 {
			continue
		}
		if !g.isSep(i-1, "-,") || g.kind(i-2) != iName {
			continue
		}
		if i+2 < len(items) && !g.isSep(i+2, ".;,\n") && !g.isSep(i-1, "-") {
			continue
		}
		items[i].adjacent = false
		items[i].title.end = n.name.end
		items[i].title.hasName = false
		items[i+1] = item{kind: iOther, a: n.a, b: n.b}
	}
}

// mergeWardNames undoes a split after a unit word when the same words name
// a place elsewhere in the text: "Chủ tịch UBND phường Phùng Chí Kiên" after
// the headline "HĐND phường Phùng Chí Kiên tổ chức kỳ họp" is the ward's
// chairman, not a person called Phùng Chí Kiên.
func (g *grammar) mergeWardNames() {
	items := g.items
	var starts []int // token starts of names split from titles, increasing; made when needed
	made := false
	for i := 0; i+1 < len(items); i++ {
		if items[i].kind != iTitle || !items[i].adjacent {
			continue // (before copying the items)
		}
		t, n := items[i], items[i+1]
		if t.kind != iTitle || !t.adjacent || !n.fromTtl {
			continue
		}
		if unit, namer := g.p.prevWords(n.a); !unit && !namer {
			continue
		}
		if !made {
			made = true
			for _, it := range items {
				if it.kind == iName && it.fromTtl {
					starts = append(starts, it.a)
				}
			}
		}
		if !g.p.placeElsewhere(n.a, n.b, starts) {
			continue
		}
		items[i].adjacent = false
		items[i].title.end = n.b
		items[i].title.hasName = false
		items[i+1] = item{kind: iOther, a: n.a, b: n.b}
	}
}

// placeElsewhere reports whether tokens [a, b) recur after a unit or naming
// word outside a title ("tại phường Phùng Chí Kiên"); titled are the
// token starts of names split from titles, in increasing order.
func (p *parser) placeElsewhere(a, b int, titled []int) bool {
	n := b - a
	p.indexNames()
	key := p.toks[a].key
	for j := int(p.byKeyHead[wordHash(key)&uint32(len(p.byKeyHead)-1)]) - 1; j >= 0; j = int(p.byKeyNext[j]) - 1 {
		if p.toks[j].key != key || j+n > len(p.toks) || j == a {
			continue
		}
		if _, found := slices.BinarySearch(titled, j); found {
			continue
		}
		same := true
		for k := 0; k < n; k++ {
			if p.toks[j+k].key != p.toks[a+k].key {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if unit, namer := p.prevWords(j); unit || namer {
			return true
		}
	}
	return false
}

// indexNames makes byKeyHead and byKeyNext, once: a table by key hash of
// the name-shaped words, chained through byKeyNext (entries are 1 + a
// token index, 0 for none). placeElsewhere asks whether any of them fits,
// so the order of a chain does not matter.
func (p *parser) indexNames() {
	if p.byKeyHead != nil {
		return
	}
	count := 0
	for j := range p.toks {
		if p.toks[j].nameShape {
			count++
		}
	}
	size := 16
	for size < 2*count {
		size *= 2
	}
	p.byKeyHead = slices.Grow(p.headBuf[:0], size)[:size]
	clear(p.byKeyHead)
	p.byKeyNext = slices.Grow(p.nextBuf[:0], len(p.toks))[:len(p.toks)]
	mask := uint32(size - 1)
	for j := range p.toks {
		if t := &p.toks[j]; t.nameShape {
			h := wordHash(t.key) & mask
			p.byKeyNext[j] = p.byKeyHead[h]
			p.byKeyHead[h] = int32(j + 1)
		}
	}
}

// mergeEponyms undoes a split that took the eponym closing a body for a
// person: in "GS. A, Ủy viên Bộ Chính trị, Giám đốc Học viện Y khoa Phạm
// Ngọc Thạch làm trưởng đoàn" the titles are A's, and the name closing the
// last one names the school (a naming word such as "Học viện", "Trường",
// "Bảo tàng" opens its body). Only in a chain of titles apposed to a name
// introduced by an address term, and not right after a unit word, where a
// new person may follow a place ("Bệnh viện tỉnh Trần Văn B").
func (g *grammar) mergeEponyms() {
	items := g.items
	if len(items) < 3 {
		return
	}
	// The items are compacted as they are read: items[:w] are read and
	// kept (an eponym's item dropped), items[r:] not read yet; item r
	// moves to w before it is read, so that the look back over the items
	// before it reads them as kept. (mergeEponymsRef, in the tests, drops
	// each eponym's item by moving all those after it.)
	w, r := 2, 2
	for ; r+1 < len(items); r, w = r+1, w+1 {
		if w != r {
			items[w] = items[r]
		}
		i := w
		if items[i].kind != iTitle || !items[i].adjacent {
			continue // (before copying the items)
		}
		t, n := items[i], items[r+1]
		if t.kind != iTitle || !t.adjacent || !n.fromTtl {
			continue
		}
		if unit, namer := g.p.prevWords(n.a); unit || namer || !g.p.namerIn(t.title.headEnd, n.a) {
			continue
		}
		j := i - 1
		for g.isSep(j, ",-") && g.kind(j-1) == iTitle && !items[j-1].adjacent {
			j -= 2
		}
		if !g.isSep(j, ",-") || g.kind(j-1) != iName || items[j-1].fromTtl || g.kind(j-2) != iHon {
			continue
		}
		items[i].adjacent = false
		items[i].title.end = n.b
		items[i].title.hasName = false
		items[i].b = n.b
		// the eponym is the title's: drop its item so that the chain
		// reads on ("… Phạm Ngọc Thạch làm trưởng đoàn")
		r++
	}
	if w != r {
		w += copy(items[w:], items[r:])
		g.items = items[:w]
	}
}

// namerIn reports whether a naming word ("trường", "học viện", "bảo tàng")
// stands in tokens [a, b), outside a longer organisation phrase.
func (p *parser) namerIn(a, b int) bool {
	for k := a; k < b; k++ {
		if m := p.lex.namers.match(p.toks, k); m > 0 && k+m <= b && !p.insideOrg(k, k+m) {
			return true
		}
	}
	return false
}
