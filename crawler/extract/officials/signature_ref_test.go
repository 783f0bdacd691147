package officials

import (
	"strings"
	"testing"
	"unicode"
)

// lowerWordStart, notNameLine's second test as first written, reports
// whether a word of s (after the start or white space) starts with a small
// letter: its token is then no name syllable, so s is no name line.
func lowerWordStart(s string) bool {
	afterSpace := true
	for _, r := range s {
		if unicode.IsSpace(r) {
			afterSpace = true
			continue
		}
		if afterSpace && unicode.IsLower(r) {
			return true
		}
		afterSpace = false
	}
	return false
}

// FuzzNotNameLine checks notNameLine against the two tests it stands for.
func FuzzNotNameLine(f *testing.F) {
	for _, s := range []string{"", "Nguyễn Văn A", "Nguyễn văn A", "Lê Văn Bình (đã ký)", "HOÀNG  THỊ\u00a0ánh", "A\u2003b",
		"Y'Moan Ênuôl", "\xffa", "Trần\tVăn\nba", "Lê Văn 3", "ÔNG ĐỖ VĂN X", "\u0085b", "ǅa ǆb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ContainsAny(s, ":,;.-()0123456789") || lowerWordStart(s)
		if got := notNameLine(s); got != want {
			t.Fatalf("notNameLine(%q) = %v, want %v", s, got, want)
		}
	})
}
