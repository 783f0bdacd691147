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
