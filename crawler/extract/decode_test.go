package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzValidUTF8 checks validUTF8 against utf8.Valid.
func FuzzValidUTF8(f *testing.F) {
	for _, s := range []string{"", "abcdefghij", "<p>Sáng ngày 06/5</p>", "\xe0\xa0\x80", "\xe0\x80\x80", "\xed\x9f\xbf", "\xed\xa0\x80",
		"\xf0\x90\x80\x80", "\xf4\x90\x80\x80", "\xef\xbf\xbd", "\xc0\x80", "\xc2", "abcdefg\xe1\xba", "12345678\xff", "Việt Nam—"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		if got, want := validUTF8(p), utf8.Valid(p); got != want {
			t.Fatalf("validUTF8(%q) = %v, utf8.Valid says %v", p, got, want)
		}
	})
}
