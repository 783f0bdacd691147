package simportal

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldTable maps every letter below U+1F00 to its lower-case ASCII base
// letter (0 for none); đ maps to 'd' and is special-cased by slugify.
var foldTable = func() (t [0x1F00]byte) {
	for r := rune(0); r < 0x1F00; r++ {
		d := []rune(norm.NFD.String(string(unicode.ToLower(r))))
		if len(d) > 0 && d[0] < 128 && (unicode.IsLetter(d[0]) || unicode.IsDigit(d[0])) {
			t[r] = byte(d[0])
		}
	}
	t['đ'], t['Đ'] = 'd', 'd'
	return t
}()

// slugify makes a URL title. Liferay drops "đ" (it becomes a dash that then
// merges: "Lãnh đạo" → "lanh-ao", "Đầu tư" → "-au-tu") and cuts at 150
// characters; the ward CMS writes "đ" as "d".
func slugify(title string, liferay bool) string {
	var b strings.Builder
	b.Grow(len(title))
	dash := false
	for _, r := range norm.NFC.String(title) {
		var c byte
		if r < 0x1F00 {
			c = foldTable[r]
		}
		switch {
		case (r == 'đ' || r == 'Đ') && liferay:
			if !dash {
				b.WriteByte('-')
				dash = true
			}
		case unicode.Is(unicode.Mn, r):
		case c != 0:
			b.WriteByte(c)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	s := strings.TrimRight(b.String(), "-")
	if liferay && len(s) > 150 {
		s = strings.TrimRight(s[:150], "-")
	}
	return s
}
