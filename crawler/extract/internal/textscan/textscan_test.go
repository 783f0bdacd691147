package textscan

import "testing"

// FuzzNextDigit checks NextDigit against a byte-by-byte search from every
// offset.
func FuzzNextDigit(f *testing.F) {
	for _, s := range []string{"", "0", "abcdefgh9", "Nghị quyết số 15", "\xff\x3a\x2f\xb0\xb9/0123456789", "abcdefghijklmnop", "tháng9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && (s[want] < '0' || s[want] > '9') {
				want++
			}
			if got := NextDigit(s, i); got != want {
				t.Fatalf("NextDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}
