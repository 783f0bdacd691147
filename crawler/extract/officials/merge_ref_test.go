package officials

import (
	"slices"
	"strings"
	"testing"
)

// mergeEponymsRef is mergeEponyms as first written: each eponym's item is
// dropped by moving all the items after it.
func (g *grammar) mergeEponymsRef() {
	items := g.items
	for i := 2; i+1 < len(items); i++ {
		t, n := items[i], items[i+1]
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
		items = append(items[:i+1], items[i+2:]...)
		g.items = items
	}
}

// FuzzMergeEponyms checks mergeEponyms, which compacts the items in one
// pass, against mergeEponymsRef on the items of the scan, the earlier
// merges made or not.
func FuzzMergeEponyms(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text, false)
	}
	school := "GS. Lê Văn A, Ủy viên Bộ Chính trị, Giám đốc Học viện Y khoa Phạm Ngọc Thạch làm trưởng đoàn"
	for _, s := range []string{school, strings.Repeat(school+"; ", 3),
		"Ông Lê Văn B - Hiệu trưởng Trường THPT Nguyễn Huệ, ông Tạ Văn C, Giám đốc Bảo tàng Hồ Chí Minh và bà Mã Thị D – Giám đốc Học viện Lê Văn Tám dự lễ"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, merged bool) {
		p := testParser(s)
		p.scan()
		g := newGrammar(p)
		if merged {
			g.mergePlaceNames()
			g.mergeWardNames()
		}
		before := slices.Clone(g.items)
		g.mergeEponyms()
		got := slices.Clone(g.items)
		g.items = slices.Clone(before)
		g.mergeEponymsRef()
		if !slices.Equal(got, g.items) {
			t.Fatalf("%q: %d items, the first version %d", s, len(got), len(g.items))
		}
	})
}
