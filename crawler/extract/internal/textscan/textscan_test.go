package textscan

import (
	"math/rand"
	"testing"
)

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

// TestNextDigitAgreesWithByteSearch checks NextDigit against a byte-by-byte
// search from every offset of texts with digits, non-ASCII letters and
// bytes next to the digits' range ('/', ':', 0xB0–0xB9) at every position
// of a word.
func TestNextDigitAgreesWithByteSearch(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alphabet := []byte("0123456789/:a \xb0\xb9\xc3\xa1\xff\x80\x7f\x00\x29\x3a")
	for n := 0; n < 2000; n++ {
		b := make([]byte, r.Intn(60))
		for j := range b {
			if r.Intn(6) == 0 {
				b[j] = alphabet[r.Intn(len(alphabet))]
			} else {
				b[j] = 'a' + byte(r.Intn(26))
			}
		}
		s := string(b)
		for i := 0; i <= len(s)+1; i++ {
			want := min(i, len(s))
			for want < len(s) && (s[want] < '0' || s[want] > '9') {
				want++
			}
			if got := NextDigit(s, i); got != want {
				t.Fatalf("NextDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

func BenchmarkNextDigit(b *testing.B) {
	text := "Sáng 09/4, xã tổ chức ra quân làm sạch kênh mương nội đồng. Tham gia có đoàn viên thanh niên và hội viên phụ nữ các thôn. " +
		"Xã đề nghị các thôn duy trì việc vệ sinh vào sáng thứ Bảy hằng tuần, bắt đầu từ ngày 13/4/2024."
	for b.Loop() {
		for i := NextDigit(text, 0); i < len(text); i = NextDigit(text, i+1) {
		}
	}
}
