package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestScanSpaceKnowsEveryRune checks collapseSpace against strings.Fields
// with every rune of the Basic Multilingual Plane (and a few beyond) first,
// last and between words: the white space outside ASCII that scanSpace
// looks for by its bytes is all there is.
func TestScanSpaceKnowsEveryRune(t *testing.T) {
	for r := rune(0); r < 0x10000+0x100; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		for _, s := range []string{c, "a" + c, c + "b", "a" + c + "b", "a " + c + "b", "\u00AD" + c} {
			if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
				t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
			}
		}
		if s := "a " + c + "\u00ADb"; normLine(s) != normLineSteps(s) {
			t.Fatalf("normLine(%q) = %q, the steps give %q", s, normLine(s), normLineSteps(s))
		}
	}
}
