package search

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/index"
)

func TestSnippet(t *testing.T) {
	long := strings.Repeat("mở đầu ", 60) + "Thành phố Đà Nẵng <đẹp> & " + strings.Repeat("kết thúc ", 60)
	at := strings.Index(long, "Đà Nẵng")
	tests := []struct {
		name  string
		text  string
		spans []index.Span
		want  []string // fragments that must occur
		not   []string
	}{
		{"marks matches and escapes the rest", "Đà Nẵng <b>& x", []index.Span{{Start: 0, End: len("Đà")}}, []string{"<mark>Đà</mark> Nẵng &lt;b&gt;&amp; x"}, nil},
		{"no spans gives the start", "Một hai ba", nil, []string{"Một hai ba"}, []string{"<mark>", "…"}},
		{"window around the match, cut with ellipses", long, []index.Span{{Start: at, End: at + len("Đà Nẵng")}}, []string{"…", "<mark>Đà Nẵng</mark> &lt;đẹp&gt; &amp;"}, nil},
		{"bad spans are ignored", "abc", []index.Span{{Start: -1, End: 2}, {Start: 2, End: 9}, {Start: 1, End: 1}}, []string{"abc"}, []string{"<mark>"}},
		{"overlapping spans merge", "Hà Nội", []index.Span{{Start: 0, End: 3}, {Start: 0, End: len("Hà Nội")}}, []string{"<mark>Hà Nội</mark>"}, nil},
		{"span inside a rune is ignored", "Đà", []index.Span{{Start: 1, End: 3}}, []string{"Đà"}, []string{"<mark>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Snippet(tt.text, tt.spans, SnippetRunes)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("Snippet = %q, want %q in it", got, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("Snippet = %q, want no %q", got, w)
				}
			}
			if n := utf8.RuneCountInString(got); n > SnippetRunes+40 {
				t.Errorf("snippet has %d runes", n)
			}
		})
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("Thành phố Đà Nẵng", 10, 17, 0, 3)
	f.Add("<script>", 0, 8, 2, 4)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		s := Snippet(text, []index.Span{{Start: a, End: b}, {Start: c, End: d}}, 50)
		if utf8.ValidString(text) && !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 snippet %q", s)
		}
		if strings.Contains(strings.ReplaceAll(strings.ReplaceAll(s, "<mark>", ""), "</mark>", ""), "<") {
			t.Fatalf("unescaped markup in %q", s)
		}
	})
}
