package vn

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// pieces are what the generated texts are made of: ASCII, Vietnamese
// letters precomposed and decomposed, Latin-1 characters that legacy bytes
// become, the TCVN3 and VNI signatures, lookalikes, punctuation beyond
// Latin-1, marks NFC moves, and bytes that are not UTF-8.
var pieces = func() []string {
	p := strings.Fields("a e i o u y A O U Y h n g t Th ng qu gi đ Đ ă â ê ô ơ ư Ư " +
		"à á ả ã ạ ầ ấ ẩ ẫ ậ ờ ớ ở ỡ ợ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ Ủ Ỷ À Á È É Ì Í Ò Ó Ô Õ Ù Ú Ý " +
		"§ © ® µ ¶ · ¸ ¹ ¨ ª « ¬ ¡ ¢ £ ¤ ¥ ¦ » ¼ ½ ¾ Æ Ç È É Ë Î Ï Ñ Ò Ó Ô Õ Ö Ø Þ ß ä å æ ç ë î ï ñ ö ÷ ø û ü þ " +
		"ø ù û õ ï å ä ë ü Ø Ù Û Õ Ï Å Ä Ë Ü Ð ð Ɖ ɖ … – “ ” ‘ ’ € ™ 中 한 \uFFFD \uF0B7 😀")
	for _, m := range []string{"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B", "\u0345", "\u0308"} {
		p = append(p, m, "o"+m, "a"+m+"\u0301")
	}
	for _, raw := range []string{"\xff", "\xc3", "\xe1\xbb", "\xe1", "\xa7", "\xed\xa0\x80", "\xc0\x80", "\u00A0", "\u200B", "\uFEFF", "\u00AD", "\u1161", "\u11A8"} {
		p = append(p, raw)
	}
	return append(p, " ", " ", " ", ".", ",", "\t", "0", "9", "-", "/")
}()

// randomText joins n pieces drawn with rng.
func randomText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// checkAgainstReference fails when NFC, DetectLegacy, FixLegacy or the
// converters differ from what they were before their fast paths.
func checkAgainstReference(t *testing.T, s string) {
	t.Helper()
	if got, want := NFC(s), nfcRef0(s); got != want {
		t.Fatalf("NFC(%q) = %q, want %q", s, got, want)
	}
	if got, want := isStable(s), isStableRef(s); got != want {
		t.Fatalf("isStable(%q) = %v, want %v", s, got, want)
	}
	if got, want := NFC(s), nfcRef(s); got != want {
		t.Fatalf("NFC(%q) = %q, norm says %q", s, got, want)
	}
	if got, want := DetectLegacy(s), detectLegacyRef(s); got != want {
		t.Fatalf("DetectLegacy(%q) = %v, want %v", s, got, want)
	}
	got, l := FixLegacy(s)
	want, wl := fixLegacyRef(s)
	if got != want || l != wl {
		t.Fatalf("FixLegacy(%q) = %q, %v; want %q, %v", s, got, l, want, wl)
	}
	if got, want := FromTCVN3(s), fromTCVN3Ref(s); got != want {
		t.Fatalf("FromTCVN3(%q) = %q, want %q", s, got, want)
	}
	if got, want := FromVNI(s), fromVNIRef(s); got != want {
		t.Fatalf("FromVNI(%q) = %q, want %q", s, got, want)
	}
	for _, w := range legacyWords(s) {
		if got, want := plausible(w), plausibleRef(w); got != want {
			t.Fatalf("plausible(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestFastPathsAgreeWithTheReferenceOnGeneratedText(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 4000 {
		s := randomText(rng, 1+i%24)
		checkAgainstReference(t, s)
		// the same text at every offset, so that the 8-byte steps meet
		// each piece at each alignment
		if i%10 == 0 {
			for k := 0; k < len(s) && k < 9; k++ {
				checkAgainstReference(t, strings.Repeat("x", k)+s)
			}
		}
	}
}

func TestFastPathsAgreeWithTheReferenceOnTheBenchmarkTexts(t *testing.T) {
	for _, in := range benchInputs() {
		t.Run(in.name, func(t *testing.T) {
			checkAgainstReference(t, in.text)
			for _, l := range strings.Split(in.text, "\n") {
				checkAgainstReference(t, l)
			}
		})
	}
	for _, row := range legacyRows {
		for _, s := range []string{row.unicode, row.tcvn3, row.vni} {
			checkAgainstReference(t, s)
		}
	}
}

func TestFastPathsAgreeWithTheReferenceForEveryRuneAndPair(t *testing.T) {
	var runes []rune
	for r := rune(0x80); r < 0x250; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x1E00); r < 0x2080; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31B, 0x323, 0x345, 0xFFFD, 0xF0B7, 0x4E2D, 0xAC00, 0x1161)
	for _, r := range runes {
		s := string(r)
		for _, w := range []string{s, "abcdefgh" + s, "o" + s, s + "\u0301", "a" + s + "ng", "\xff" + s} {
			checkAgainstReference(t, w)
		}
	}
	// each vowel before each Latin-1 character: the VNI signature pairs
	for _, v := range []rune("aeiouyAEIOUYôÔöÖbñ") {
		for r := rune(0xA0); r < 0x100; r++ {
			checkAgainstReference(t, string(v)+string(r))
			checkAgainstReference(t, "ngxyzabc"+string(v)+string(r)+"ng")
		}
	}
}

func FuzzNFCAndFixLegacyMatchTheReference(f *testing.F) {
	for _, l := range benchLines {
		f.Add(l)
	}
	for _, row := range legacyRows {
		f.Add(row.tcvn3)
		f.Add(row.vni)
	}
	for _, s := range []string{"ho\u0300a bi\u0300nh", "Ðảng\u00A0ủy", "\xff\xfe\xa7", "12345678Thông báo", "abcdefgaû", "Ñaûng", "oõ", "© 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkAgainstReference(t, s)
		if !utf8.ValidString(s) {
			return
		}
		// the same text with its runes shifted across an 8-byte step
		checkAgainstReference(t, "1234567"+s)
	})
}
