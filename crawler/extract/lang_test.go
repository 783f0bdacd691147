package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// langOfRange is langOf as a range loop over the runes.
func langOfRange(text, declared string) string {
	letters, viet := 0, 0
	for i, r := range text {
		if r < utf8.RuneSelf {
			if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') {
				letters++
			}
			continue
		}
		letters++
		if isVietRune(r) {
			viet++
			if viet*20 >= letters+len(text)-i-utf8.RuneLen(r) {
				return "vi"
			}
		}
	}
	if letters > 0 && viet*20 >= letters {
		return "vi"
	}
	l := strings.ToLower(declared)
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return l
}

// FuzzLangOf checks langOf against the range loop it stands for.
func FuzzLangOf(f *testing.F) {
	for _, s := range []string{"Sáng ngày 06/5/2024, Ủy ban nhân dân xã", "The committee met", "", "\xff\xfeđ", "ăâêôơư Ạỹ", "@[`{", "Ð\u0300"} {
		f.Add(s, "vi-VN")
	}
	f.Fuzz(func(t *testing.T, text, declared string) {
		if got, want := langOf(text, declared), langOfRange(text, declared); got != want {
			t.Fatalf("langOf(%q, %q) = %q, the range loop says %q", text, declared, got, want)
		}
	})
}
