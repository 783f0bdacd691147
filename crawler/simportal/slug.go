package simportal

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// slugify makes a URL title. Liferay drops "đ" (it becomes a dash that then
// merges: "Lãnh đạo" → "lanh-ao", "Đầu tư" → "-au-tu") and cuts at 150
// characters; the ward CMS writes "đ" as "d".
func slugify(title string, liferay bool) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(title)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ':
			if liferay {
				if !dash {
					b.WriteByte('-')
					dash = true
				}
				continue
			}
			b.WriteByte('d')
			dash = false
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
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
