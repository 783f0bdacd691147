package vnanalysis

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

func analyzer(t testing.TB, name string) analysis.Analyzer {
	t.Helper()
	a, err := registry.NewCache().AnalyzerNamed(name)
	if err != nil {
		t.Fatalf("analyzer %s: %v", name, err)
	}
	return a
}

func terms(ts analysis.TokenStream) string {
	var out []string
	for _, t := range ts {
		out = append(out, string(t.Term))
	}
	return strings.Join(out, "|")
}

func TestAnalyzers(t *testing.T) {
	tests := []struct {
		name, analyzer, in, want string
	}{
		{"exact keeps accents and lowers", Vi, "Thành phố Hà Nội", "thành|phố|hà|nội"},
		{"exact places tone marks one way", Vi, "hoà bình Thuỷ Uỷ ban", "hòa|bình|thủy|ủy|ban"},
		{"exact reads NFD as NFC", Vi, norm.NFD.String("Nguyễn Đức"), "nguyễn|đức"},
		{"exact mends eth as Đ", Vi, "\u00D0à Nẵng", "đà|nẵng"},
		{"exact keeps a state number whole", Vi, "theo Nghị định số 15/2023/NĐ-CP ngày", "theo|nghị|định|số|15/2023/nd/cp|ngày"},
		{"exact keeps a party number whole", Vi, "Nghị quyết 25-NQ/TW,", "nghị|quyết|25/nq/tw"},
		{"spaced number stays whole", Vi, "Nghị quyết 25 - NQ/TW", "nghị|quyết|25/nq/tw"},
		{"a date is not a number", Vi, "ngày 03/6/2013", "ngày|03|6|2013"},
		{"fold drops accents and đ", ViFold, "Đà Nẵng Hùng Hưng", "da|nang|hung|hung"},
		{"fold reads NFD", ViFold, norm.NFD.String("Nguyễn Thị Hồng"), "nguyen|thi|hong"},
		{"fold eth", ViFold, "\u00D0ỗ \u00F0ức", "do|duc"},
		{"fold number", ViFold, "Quyết định 1234/QĐ-UBND", "quyet|dinh|1234/qd/ubnd"},
		{"pairs", ViPairs, "Dân vận khéo", "dan van|van kheo"},
		{"key exact", KeyExact, "  Bùi  Huyền Mai ", "bùi huyền mai"},
		{"key folded", KeyFold, "Bùi Huyền  Mai", "bui huyen mai"},
		{"long garbage dropped", ViFold, "a " + strings.Repeat("x", 80) + " b", "a|b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := terms(analyzer(t, tt.analyzer).Analyze([]byte(tt.in)))
			if got != tt.want {
				t.Errorf("%s(%q) = %q, want %q", tt.analyzer, tt.in, got, tt.want)
			}
		})
	}
}

func TestOffsetsPointIntoTheInput(t *testing.T) {
	for _, in := range []string{
		"Thành phố Đà Nẵng, ngày 15/2023/NĐ-CP",
		norm.NFD.String("Thành phố Đà Nẵng hoà thuỷ"),
	} {
		for _, name := range []string{Vi, ViFold} {
			for _, tok := range analyzer(t, name).Analyze([]byte(in)) {
				orig := in[tok.Start:tok.End]
				if name == ViFold && Fold(orig) != string(tok.Term) && DocKey(orig) != string(tok.Term) {
					t.Errorf("%s: term %q at [%d:%d] is %q in the input", name, tok.Term, tok.Start, tok.End, orig)
				}
			}
		}
	}
}

func TestDocKey(t *testing.T) {
	want := "25/nq/tw"
	for _, s := range []string{"25-NQ/TW", "25/NQ-TW", "25 - nq/tw", "25-nq/tw", "25/nq/tw"} {
		if got := DocKey(s); got != want {
			t.Errorf("DocKey(%q) = %q, want %q", s, got, want)
		}
	}
	if got := DocKey("25-NQ/TƯ"); got != "25/nq/tw" {
		t.Errorf("DocKey(TƯ) = %q", got)
	}
	if got := DocKey("15/2023/NĐ-CP"); got != "15/2023/nd/cp" {
		t.Errorf("DocKey = %q", got)
	}
}

func TestIsDocNumber(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"25-nq/tw", true}, {"30/2020/NĐ-CP", true}, {"1234/QĐ-UBND", true}, {"17/2008/QH12", true},
		{"2024", false}, {"hà", false}, {"03/6/2013", false}, {"covid-19", false},
	}
	for _, tt := range tests {
		if got := IsDocNumber(tt.in); got != tt.want {
			t.Errorf("IsDocNumber(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCompactDocNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nghị quyết 25 - nq/tw", "nghị quyết 25-nq/tw"},
		{"dân vận 12 -khéo", "dân vận 12 -khéo"},
		{"25-NQ/TW", "25-NQ/TW"},
	}
	for _, tt := range tests {
		if got := CompactDocNumbers(tt.in); got != tt.want {
			t.Errorf("CompactDocNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldAgreesWithVnFold(t *testing.T) {
	for _, s := range []string{"Nguyễn Đức Thọ", norm.NFD.String("Bùi Huyền Mai"), "ÐÀ", "ưởng", "Ý"} {
		if got, want := Fold(s), strings.ToLower(foldRef(s)); got != want {
			t.Errorf("Fold(%q) = %q, vn.Fold = %q", s, got, want)
		}
	}
}

func FuzzAnalyzers(f *testing.F) {
	for _, s := range []string{"Thành phố Hà Nội", "25 - NQ/TW", norm.NFD.String("Đà Nẵng"), "\u00D0", "1/2/A-B/C", "\xff\xfe"} {
		f.Add(s)
	}
	as := []analysis.Analyzer{analyzer(f, Vi), analyzer(f, ViFold), analyzer(f, ViPairs), analyzer(f, KeyFold)}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range as {
			for _, tok := range a.Analyze([]byte(s)) {
				if tok.Start < 0 || tok.End > len(s) || tok.Start > tok.End {
					t.Fatalf("token %q has offsets [%d:%d] outside %d bytes", tok.Term, tok.Start, tok.End, len(s))
				}
			}
		}
		_ = DocKey(s)
		_ = CompactDocNumbers(s)
	})
}

func FuzzExactTermIsKey(f *testing.F) {
	for _, s := range []string{"Hoà", "thuỷ", "Nguyễn", norm.NFD.String("Hồng"), "\u00D0ảng", "Quý", "khoẻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "/-‐–—") || strings.IndexFunc(s, unicode.IsSpace) >= 0 {
			return // tokens are valid words without spaces; numbers take DocKey
		}
		if got, want := string(exactTerm([]byte(s))), foldRefKey(s); got != want {
			t.Fatalf("exactTerm(%q) = %q, vn.Key = %q", s, got, want)
		}
	})
}
