package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data/vn"
)

// langOf is "vi" when the text is Vietnamese, else the declared language
// (its primary subtag).
func langOf(text, declared string) string {
	letters, viet := 0, 0
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				letters++
			}
			i++
			continue
		}
		r, size := vn.DecodeRune(text, i)
		i += size
		letters++
		if isVietRune(r) {
			viet++
			// Decided: even if every byte left were a non-Vietnamese
			// letter, the share would stay at or above 1/20.
			if viet*20 >= letters+len(text)-i {
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

// declaredLang is the lang attribute of <html>.
func (pg *page) declaredLang() string { return pg.lang }

// isVietRune reports whether r is a letter with a Vietnamese diacritic.
func isVietRune(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'đ', 'Đ', 'ơ', 'Ơ', 'ư', 'Ư', 'â', 'Â', 'ê', 'Ê', 'ô', 'Ô':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}
