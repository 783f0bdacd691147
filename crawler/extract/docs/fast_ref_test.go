package docs

import (
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/data/vn"
)

// The simpler code the fast paths of this package replaced, kept as the
// reference their fuzz targets check them against.

// spelledIssuerEndRef is spelledIssuerEnd without the test of the first
// rune (spelledFirst): every body is compared.
func spelledIssuerEndRef(text string, k int) int {
	if k >= len(text) || text[k] < 'A' && text[k] < 0x80 {
		return -1
	}
	best := -1
	for _, b := range spelledBodies {
		if e := k + len(b); e <= len(text) && e > best && strings.EqualFold(text[k:e], b) && wordEndAt(text, e) {
			best = e
		}
	}
	return best
}

// typeOfRef is typeOf without its table of written spellings.
func typeOfRef(s string) string { return loadTypeWords().canonical[vn.Key(s)] }

var spelledSeeds = []string{"112/NQ-Hội đồng nhân dân", "HỘI ĐỒNG NHÂN DÂN", "hội đồng nhân dânx", "Ủy ban nhân dân tỉnh",
	"ủy BAN nhân dân", "\u212Aiểm toán nhà nước", "ſở Tư pháp", "\xffHội đồng", "Ban Chấp hành Trung ương", ""}

func checkSpelledIssuerEnd(t *testing.T, s string) {
	t.Helper()
	for k := 0; k <= len(s); k++ {
		if got, want := spelledIssuerEnd(s, k), spelledIssuerEndRef(s, k); got != want {
			t.Fatalf("spelledIssuerEnd(%q, %d) = %d, the reference says %d", s, k, got, want)
		}
	}
}

func TestSpelledIssuerEndIsTheReference(t *testing.T) {
	for _, s := range spelledSeeds {
		checkSpelledIssuerEnd(t, s)
	}
	for _, b := range spelledBodies {
		checkSpelledIssuerEnd(t, "1/NQ-"+b+" x")
		checkSpelledIssuerEnd(t, strings.ToUpper(b))
	}
}

func FuzzSpelledIssuerEnd(f *testing.F) {
	for _, s := range spelledSeeds {
		f.Add(s)
	}
	f.Fuzz(checkSpelledIssuerEnd)
}

// typeOfSeeds are type words as written, in every case typeOf keeps a
// spelling of and in others.
func typeOfSeeds() []string {
	out := []string{"", "Nghị  quyết", "nGHỊ quyết", "Nghi\u0323 quyết", "Quyết\nđịnh", "\u212Aế hoạch", "Luật", "x"}
	for _, list := range loadTypeWords().byFirst {
		for _, words := range list {
			out = append(out, writtenForms(words)...)
		}
	}
	return out
}

func TestTypeOfIsTheReference(t *testing.T) {
	for _, s := range typeOfSeeds() {
		if got, want := loadTypeWords().typeOf(s), typeOfRef(s); got != want {
			t.Fatalf("typeOf(%q) = %q, the reference says %q", s, got, want)
		}
	}
}

func FuzzTypeOf(f *testing.F) {
	for _, s := range typeOfSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := loadTypeWords().typeOf(s), typeOfRef(s); got != want {
			t.Fatalf("typeOf(%q) = %q, the reference says %q", s, got, want)
		}
	})
}
