package docs

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data"
)

// FuzzFind checks that Find never panics and that what it returns keeps the
// documented shape: a type from the lexicon, a number without spaces whose
// Canonical is data.CanonicalNumber(Number), one entry per canonical number
// unless dates or terms tell them apart, valid UTF-8 throughout.
func FuzzFind(f *testing.F) {
	for _, tc := range docCases {
		f.Add(tc.text)
	}
	for _, tc := range docNegatives {
		f.Add(tc.text)
	}
	for _, s := range []string{"", "Số:", "Số: 1/", "Nghị quyết số", "Quyết định số 1-", "Luật ", "của", "Nghị quyết 1 và 2 và 3 và",
		"Số 1-A/B\nngày 1 tháng 1 năm 2000", "Chỉ thị số 1-CT/TW của Bộ\n   ", "Chỉ thị số 1-CT/TW của Bộ\n\nX", "\xffNghị quyết số 1-NQ/TW\xfe", "Ngày 1/1/2020, X đã ban hành Nghị quyết số 1 của Y (khóa IIII)"} {
		f.Add(s)
	}
	types := map[string]bool{}
	for _, t := range Types() {
		types[t] = true
	}
	f.Fuzz(func(t *testing.T, text string) {
		docs, refs := Find(text)
		for _, d := range docs {
			if !types[d.Type] {
				t.Fatalf("type %q not in the lexicon (text %q)", d.Type, text)
			}
			if d.Number == "" || strings.ContainsAny(d.Number, " \t\n") {
				t.Fatalf("number %q is empty or has spaces (text %q)", d.Number, text)
			}
			if d.Canonical != data.CanonicalNumber(d.Number) {
				t.Fatalf("canonical %q of %q is not CanonicalNumber (text %q)", d.Canonical, d.Number, text)
			}
			if !utf8.ValidString(d.Issuer) || !utf8.ValidString(d.Number) {
				t.Fatalf("invalid UTF-8 in %+v", d)
			}
		}
		for _, r := range refs {
			if r.Name == "" || r.Type == "" {
				t.Fatalf("empty reference %+v (text %q)", r, text)
			}
		}
	})
}

// BenchmarkFind reads every test sentence as one text; with VNARCHIVE_BENCH_TEXT
// naming a file it reads that file instead.
func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	for _, tc := range docCases {
		sb.WriteString(tc.text + "\n")
	}
	text := sb.String()
	if p := os.Getenv("VNARCHIVE_BENCH_TEXT"); p != "" {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatalf("read bench text: %v", err)
		}
		text = string(raw)
	}
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Find(text)
	}
}
