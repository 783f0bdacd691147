package vn

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestToneKeyPlacesOneMark(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hoà", "hòa"},
		{"hòa", "hòa"},
		{"Thuỷ", "Thủy"},
		{"UỶ", "ỦY"},
		{"Quận uỷ", "Quận ủy"},
		{"khoẻ", "khỏe"},
		{"Khoá", "Khóa"},
		{"quý", "quý"},
		{"hoàng", "hoàng"},
		{"thuở", "thuở"},
		{"Huỳnh", "Huỳnh"},
		{"người", "người"},
		{"ĐOÀN", "ĐOÀN"},
		{"Thanh Hoá, ngày 5", "Thanh Hóa, ngày 5"},
		{"ho\u0300a", "hòa"}, // NFD input
		{"Ðảng", "Đảng"},     // U+00D0 lookalike
		{"giá", "giá"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ToneKey(tt.in); got != tt.want {
				t.Fatalf("ToneKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldDropsDiacritics(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Đỗ Anh Tuấn", "do anh tuan"},
		{"Bùi Huyền Mai", "bui huyen mai"},
		{"Ðảng ủy", "dang uy"},
		{"nghi\u0323 quye\u0302\u0301t", "nghi quyet"},
		{"ASCII Text", "ascii text"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Fatalf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestKeyJoinsSpellings(t *testing.T) {
	if Key("Quận  Uỷ") != Key("quận ủy") {
		t.Fatalf("%q != %q", Key("Quận  Uỷ"), Key("quận ủy"))
	}
}

func FuzzToneKey(f *testing.F) {
	for _, s := range []string{"hoà", "Thuỷ Ủy", "ho\u0300a\u0301", "\xff\xfe", "qu\u0301y", "\xf2\u0301", "\xf2\u0341"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := ToneKey(s)
		if ToneKey(k) != k {
			t.Fatalf("ToneKey not idempotent on %q: %q then %q", s, k, ToneKey(k))
		}
		_ = Fold(s)
	})
}

// toneKeyRef and keyRef are ToneKey and Key without their fast paths.
func toneKeyRef(s string) string {
	s = nfcSlow(string([]rune(s)))
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			b.WriteString(toneWordSlow(s[start:i]))
			start = -1
		}
		b.WriteRune(r)
	}
	if start >= 0 {
		b.WriteString(toneWordSlow(s[start:]))
	}
	return b.String()
}

func keyRef(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(toneKeyRef(s))), " ")
}

// nfcRef is NFC as defined: NFC, lookalikes mended, NFC again.
func nfcRef(s string) string {
	return norm.NFC.String(lookalikes.Replace(norm.NFC.String(s)))
}

// checkFastPaths fails when a fast path gives another answer than the
// plain computation.
func checkFastPaths(t *testing.T, s string) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			r, n := DecodeRune(s, i)
			if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
				t.Fatalf("DecodeRune(%q, %d) = %U, %d; utf8 says %U, %d", s, i, r, n, wr, wn)
			}
		}
	}
	if got, want := nfcSlow(s), nfcRef(s); got != want {
		t.Fatalf("nfcSlow(%q) = %q, want %q", s, got, want)
	}
	if got, want := NFC(s), nfcSlow(s); got != want {
		t.Fatalf("NFC(%q) = %q, want %q", s, got, want)
	}
	if got, want := ToneKey(s), toneKeyRef(s); got != want {
		t.Fatalf("ToneKey(%q) = %q, want %q", s, got, want)
	}
	if got, want := Key(s), keyRef(s); got != want {
		t.Fatalf("Key(%q) = %q, want %q", s, got, want)
	}
	if got, want := toLower(s), strings.ToLower(s); got != want {
		t.Fatalf("toLower(%q) = %q, want %q", s, got, want)
	}
	if got, want := Fold(s), foldSlow(s); got != want {
		t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
	}
	if got, want := FoldKey(s), strings.Join(strings.Fields(foldSlow(s)), " "); got != want {
		t.Fatalf("FoldKey(%q) = %q, want %q", s, got, want)
	}
}

func TestFastPathsAgreeWithPlainNormalisation(t *testing.T) {
	tests := []string{
		"Phó Chủ tịch UBND tỉnh Khánh Hoà", "Quận uỷ  Ba Đình\t", " hoà ", "THUỶ LỢI", "ho\u0300a",
		"Ðảng ủy\u00A0xã", "khoẻ\u200Bmạnh", "ủy", "Huỳnh", "a\u0301\u0300", "\xffhoà", "ǅ ǆ ǲ", "Å Ω K",
		"ἀ ᾳ", "\u2000\u2001", "한국", "x\u0345y", "Ω\u0345", "", " ", "a  b", "à-lá", "\uFFFD",
	}
	for r := rune(0x80); r < tableSize; r++ {
		tests = append(tests, string(r), "o"+string(r), string(r)+"\u0301", "ho"+string(r), "hu"+string(r)+" x")
	}
	// beyond the tables: U+FFFD, CJK, Hangul with a trailing jamo, symbols,
	// the BOM, combining marks and characters NFC rewrites
	for _, r := range []rune{0xFFFD, 0x4E2D, 0xAC00, 0x11A8, 0x2122, 0x212B, 0x2126, 0xFEFF, 0x20D0, 0x1F600, 0x3099, 0x309A, 0xF900, 0x2FA1D} {
		tests = append(tests, string(r), "o"+string(r), string(r)+"\u0301", "\uAC00"+string(r), string(r)+"\u3099", "hoà "+string(r)+" x")
	}
	for _, s := range tests {
		checkFastPaths(t, s)
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{"hoà Thuỷ", "ho\u0300a", "Ðảng\u00A0ủy", "a  b\n", "\xff", "Ω\u0345", "Pho\u0301 Chu\u0309 ti\u0323ch", "o\u0301\u031B", "a\u0301\u00A0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFastPaths(t, s) })
}

func TestNFCFastPathAgreesForEveryRune(t *testing.T) {
	for r := rune(0x80); r < 0x30000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		s := string(r)
		for _, w := range []string{s, s + "\u0301", "a" + s, s + "\u1161"} {
			if got, want := NFC(w), nfcRef(w); got != want {
				t.Fatalf("NFC(%q) = %q, want %q", w, got, want)
			}
		}
	}
}

func TestIsLookalikeMatchesTheReplacer(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		s := string(r)
		if got, want := isLookalike(r), lookalikes.Replace(s) != s; got != want {
			t.Fatalf("isLookalike(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestToneWordFastPathAgrees(t *testing.T) {
	starts := []string{"", "h", "H", "th", "Th", "TH", "ngh", "gi", "q", "qu", "đ", "Đ", "x", "kh", "tr", "nhg", "ô"}
	vowels := []string{"o", "O", "u", "U", "ô", "ư", "i", "ơ"}
	var finals []string
	for _, base := range []string{"a", "e", "y", "A", "E", "Y", "i", "ê"} {
		for _, tone := range []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"} {
			finals = append(finals, norm.NFC.String(base+tone))
		}
	}
	for _, o := range starts {
		for _, v := range vowels {
			for _, f := range finals {
				w := o + v + f
				if got, want := toneWord(w), toneWordSlow(w); got != want {
					t.Fatalf("toneWord(%q) = %q, want %q", w, got, want)
				}
				checkFastPaths(t, w)
			}
		}
	}
}

func TestNFCComposesDecomposedVietnameseLikeNorm(t *testing.T) {
	bases := []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "A", "Ơ", "Y", "b", "đ", "Ð", "\u00A0", "\uFFFD", "中", "\xff"}
	marks := []string{"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B", "\u0345", "\u0308"}
	for _, b := range bases {
		for _, m1 := range marks {
			checkFastPaths(t, b+m1)
			checkFastPaths(t, "Ho"+b+m1+" x")
			for _, m2 := range marks {
				checkFastPaths(t, b+m1+m2)
				for _, m3 := range marks[:3] {
					checkFastPaths(t, "x"+b+m1+m2+m3+"\u00A0"+b+m1)
				}
			}
		}
	}
	for _, s := range []string{"\u0301a", "a\u0301\u0301\u0301", "ho\u0300a bi\u0300nh", "Ð\u0301", "a\u0301\u200B\u0301", "\uFEFF\u0301"} {
		checkFastPaths(t, s)
	}
}

func TestDecodeRuneIsUTF8Decode(t *testing.T) {
	var tests []string
	for c := 0x80; c < 0x100; c++ {
		for _, tail := range []string{"", "\x80", "\xbf", "\x80\x80", "\xbf\xbf", "\xa0\x80", "\x9f\xbf", "a", "\x80a", "\xc0\x80", "\x80\x80\x80"} {
			tests = append(tests, string([]byte{byte(c)})+tail)
		}
	}
	for _, r := range []rune{0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0x1EA0, 0xCFFF, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000} {
		tests = append(tests, string(r), string(r)+"x")
	}
	for _, s := range tests {
		r, n := DecodeRune(s, 0)
		wr, wn := utf8.DecodeRuneInString(s)
		if r != wr || n != wn {
			t.Fatalf("DecodeRune(%q) = %U, %d; utf8 says %U, %d", s, r, n, wr, wn)
		}
	}
}
