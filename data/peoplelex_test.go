package data

import "testing"

// TestPeopleLexiconsAreEmbedded checks that every word list the officials
// extractor needs is embedded, parsed and holds its anchor entries.
func TestPeopleLexiconsAreEmbedded(t *testing.T) {
	has := func(list []string, want string) bool {
		for _, s := range list {
			if s == want {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		name string
		list []string
		want string
	}{
		{"surnames", Surnames(), "Nguyễn"},
		{"title heads", TitleHeads(), "Phó Bí thư"},
		{"bound title heads", BoundTitleHeads(), "Phó Trưởng"},
		{"ranks", Ranks(), "Đại tá"},
		{"degrees", Degrees(), "PGS"},
		{"organisation words", OrgWords(), "thành phố"},
		{"inner organisation words", InnerOrgWords(), "tổ chức"},
		{"places", Places(), "Hà Nội"},
	} {
		t.Run(c.name+" hold "+c.want, func(t *testing.T) {
			if !has(c.list, c.want) {
				t.Errorf("%s: %q missing from %d entries", c.name, c.want, len(c.list))
			}
		})
	}
	t.Run("đồng chí is a strong honorific and ông a weak one", func(t *testing.T) {
		strong, weak := false, false
		for _, h := range Honorifics() {
			strong = strong || h.Term == "đồng chí" && h.Strong
			weak = weak || h.Term == "ông" && !h.Strong
		}
		if !strong || !weak {
			t.Errorf("honorific strengths wrong: đồng chí strong %v, ông weak %v", strong, weak)
		}
	})
	t.Run("đường names a street and phường is a unit", func(t *testing.T) {
		namer, unit := false, false
		for _, w := range PlaceWords() {
			namer = namer || w.Word == "đường" && w.Namer
			unit = unit || w.Word == "phường" && !w.Namer
		}
		if !namer || !unit {
			t.Errorf("place words wrong: đường namer %v, phường unit %v", namer, unit)
		}
	})
}
