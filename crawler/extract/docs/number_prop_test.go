package docs

import (
	"strings"
	"testing"
)

// FuzzScanNumberRaw checks the raw form of every number scanNumber reads:
// no blanks, the ordinal first, then the symbol parts with the joints (a dot
// after type letters is a joint too: "TTr.DSGĐTE").
func FuzzScanNumberRaw(f *testing.F) {
	for _, tc := range docCases {
		f.Add(tc.text)
	}
	for _, s := range []string{"473/TTr -\nNN&PTNT", "84 QĐ/TWĐTN", "25 - NQ / TW", "1/2020/QĐ-UBND", "5 \t/\t 2020 / NĐ - CP"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for p := 0; p < len(s); p++ {
			n, ok := scanNumber(s, p)
			if !ok {
				continue
			}
			rest := strings.NewReplacer("-", "", "/", "", ".", "").Replace(strings.TrimPrefix(n.raw, n.digits))
			segs := strings.ReplaceAll(strings.Join(n.segs, ""), ".", "")
			if strings.ContainsAny(n.raw, " \t\n") || !strings.HasPrefix(n.raw, n.digits) || rest != segs {
				t.Fatalf("scanNumber(%q, %d) = %+v", s, p, n)
			}
		}
	})
}

// TestMarkTablesAreNFD checks the rune tables of isVowel and hasToneMark
// against the NFD readings they stand for.
func TestMarkTablesAreNFD(t *testing.T) {
	for r := rune(0); r < runeTableSize; r++ {
		if isVowel(r) != isVowelNFD(r) || hasToneMark(r) != hasToneMarkNFD(r) {
			t.Fatalf("tables disagree with NFD for %U", r)
		}
	}
}
