package docs

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// reQualSoSpec is the regexp qualSoAt reads by hand.
var reQualSoSpec = regexp.MustCompile(`^(?:[\p{L}]+,?\s+){1,8}(?i:số)\s*:?\s*`)

// qualSoSpec is qualSoAt through the regexp.
func qualSoSpec(t string, p int) []int {
	if p >= len(t) {
		return nil
	}
	return reQualSoSpec.FindStringIndex(t[p:])
}

var qualSoSeeds = []string{
	"chuyên đề số 15-NQ/TW", "Tổ chức chính quyền địa phương số 77/2015/QH13", "chuyên đề Số: 15",
	"a b c d e f g h số 1", "a b c d e f g h i số 1", "một, hai số 1", "một,số 1", "một ,số", "sốt cao",
	"liên tịch SỐ 01", "đề ſố 2", "đề sỐ 3", "số số số 4", "đề\tsố\n:\n5", "đề số: : 5", "Đề\u00a0số 5",
	"e\u0301 số 1", "x \xff số", "", " số", "số", "ab số", "ab sô 1", "ab so 1", "ab\fsố\f:\f1",
}

func TestQualSoAtIsTheRegexp(t *testing.T) {
	for _, s := range qualSoSeeds {
		for p := 0; p <= len(s); p++ {
			if got, want := qualSoAt(s, p), qualSoSpec(s, p); !slices.Equal(got, want) && (got != nil || want != nil) {
				if p < len(s) && s[p] < 0x80 && !isASCIILetter(s[p]) && got == nil {
					continue // the cheap test before the regexp
				}
				t.Errorf("qualSoAt(%q, %d) = %v, the regexp says %v", s, p, got, want)
			}
		}
	}
}

// FuzzQualSoAt checks qualSoAt against the regexp it stands for.
func FuzzQualSoAt(f *testing.F) {
	for _, s := range qualSoSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" || s[0] < 0x80 && !isASCIILetter(s[0]) {
			return
		}
		if got, want := qualSoAt(s, 0), qualSoSpec(s, 0); !slices.Equal(got, want) {
			t.Fatalf("qualSoAt(%q, 0) = %v, the regexp says %v", s, got, want)
		}
	})
}

var termSeeds = []string{"khóa XI)", " khóa XIII)", "  khóa 12", "(khoá XII)", "Khóa  iv", "ĐẠI HỘI KHÓA X", "xkhóa XI", "ékhóa XI",
	"Ékhóa XI", "khóa", "", "k", " Khóa 123", "khóa XIx", "\u212Ahóa XI", "a khóa I và khóa II"}

// TestTermNearIsTheRegexp checks termNear against reTerm searched over the
// whole string and kept when it starts at byte 0 or 1.
func TestTermNearIsTheRegexp(t *testing.T) {
	for _, s := range termSeeds {
		checkTermNear(t, s)
	}
}

func checkTermNear(t *testing.T, s string) {
	t.Helper()
	want := reTerm.FindStringSubmatchIndex(s)
	if want != nil && want[0] > 1 {
		want = nil
	}
	if got := termNear(s); !slices.Equal(got, want) {
		t.Fatalf("termNear(%q) = %v, the regexp says %v", s, got, want)
	}
}

func FuzzTermNear(f *testing.F) {
	for _, s := range termSeeds {
		f.Add(s)
	}
	f.Fuzz(checkTermNear)
}

// checkMayBeSymbol fails when scanNumber reads a symbol at a digit of s
// that mayBeSymbol turned away.
func checkMayBeSymbol(t *testing.T, s string) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		if n, ok := scanNumber(s, i); ok && n.symbol && !mayBeSymbol(s, i) {
			t.Fatalf("%q at %d: scanNumber reads symbol %q, mayBeSymbol says no", s, i, n.raw)
		}
	}
}

func TestMayBeSymbolNeverTurnsAwayASymbol(t *testing.T) {
	for _, tc := range docCases {
		checkMayBeSymbol(t, tc.text)
	}
	for _, s := range symbolSeeds {
		checkMayBeSymbol(t, s)
	}
}

var symbolSeeds = []string{"84 QĐ/TWĐTN", "25-NQ/TW", "1234/UBND-VP", "473/TTr -\nNN&PTNT", "5 /QĐ", "12 \t-CT", "30/2020/NĐ-CP", "7 T.Ư/x", "1 NN&PTNT-x",
	"27a-NQ/TU", "12A /UBND-VP", "5b", "5b/3", "43-\nNQ/TU", "09/2022/\nTT-BTC", "812 / 2023 / QĐ - UBND",
	"ngày 06/5/2024.Tiếp theo 25-NQ/TW", "ngày 30/9/2025 - NQ", "số 15 /\n KH-UBND", "2/2024&UB", "1 - 2 -NQ/TW", "3/4.5 X",
	"QH15/2024 và 7/TB-VPCP", "TW.12/3"}

func FuzzMayBeSymbol(f *testing.F) {
	for _, s := range symbolSeeds {
		f.Add(s)
	}
	f.Fuzz(checkMayBeSymbol)
}

// checkFindText fails when findText differs from find over the lowered text.
func checkFindText(t *testing.T, s string) {
	t.Helper()
	tw := loadTypeWords()
	if got, want := tw.findText(s), tw.find(s, lowerSameLen(s)); !slices.Equal(got, want) {
		t.Fatalf("findText(%q) = %v, find says %v", s, got, want)
	}
}

var findTextSeeds = []string{"Nghị quyết số 15", "NGHỊ QUYẾT", "Quyết   Định", "QUYẾT\nĐỊNH số 5", "Kế hoạch", "kẾ HoẠch",
	"Chương trình hành động", "Pháp lệnh", "Thông tư liên tịch", "ỦY BAN", "Nghị quyếtx", "Nghị quyế", "\u212Aế hoạch",
	"Nghi\u0323 quyết", "ĐỀ ÁN", "Luật Đất đai", "İstanbul Luật", "ǅ Quyết định"}

func TestFindTextIsFind(t *testing.T) {
	for _, tc := range docCases {
		checkFindText(t, tc.text)
	}
	for _, s := range findTextSeeds {
		checkFindText(t, s)
	}
}

func FuzzFindText(f *testing.F) {
	for _, s := range findTextSeeds {
		f.Add(s)
	}
	f.Fuzz(checkFindText)
}

// FuzzWordStop checks wordStop against wordAtLower at every offset of
// valid text.
func FuzzWordStop(f *testing.F) {
	for _, s := range findTextSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for i := 0; i < len(s); i++ {
			if got, _ := wordStop(s, i, false); got != i+len(wordAtLower(s, i)) {
				want := i + len(wordAtLower(s, i))
				t.Fatalf("wordStop(%q, %d) = %d, wordAtLower says %d", s, i, got, want)
			}
		}
	})
}

// FuzzFindPlain checks findPlain: where it says plain, normalize keeps the
// text and the hits are findValid's; it says plain wherever plainText does
// with no dash and no CR.
func FuzzFindPlain(f *testing.F) {
	for _, s := range findTextSeeds {
		f.Add(s)
	}
	for _, s := range normalizeSeeds {
		f.Add(s)
	}
	for _, s := range []string{"Nghị\rquyết số 1", "Nghị \u2013quyết", "Thông\n\ntư số 2", "Kế  hoạch\u00a0số 3", "Quyết đi\u0323nh"} {
		f.Add(s)
	}
	tw := loadTypeWords()
	f.Fuzz(func(t *testing.T, s string) {
		hits, plain := tw.findPlain(s)
		if plain {
			if n := normalize(s); n != s {
				t.Fatalf("findPlain(%q) says plain, normalize gives %q", s, n)
			}
			if want := tw.findValid(s); !slices.Equal(hits, want) {
				t.Fatalf("findPlain(%q) = %v, findValid says %v", s, hits, want)
			}
		} else if p, dash := plainText(s); p && !dash && !strings.Contains(s, "\r") {
			t.Fatalf("findPlain(%q) says not plain, plainText says plain", s)
		}
	})
}

func TestIsASCIILetterIsTheRanges(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if got, want := isASCIILetter(b), 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'; got != want {
			t.Fatalf("isASCIILetter(%#x) = %v, want %v", b, got, want)
		}
	}
}

// TestRawShapesPassEveryCasing checks that every key of byFirst written in
// any mix of small letters and capitals passes rawShapeMay.
func TestRawShapesPassEveryCasing(t *testing.T) {
	tw := loadTypeWords()
	for k := range tw.byFirst {
		rs := []rune(k)
		for mask := 0; mask < 1<<len(rs); mask++ {
			w := make([]rune, len(rs))
			for i, r := range rs {
				w[i] = r
				if u := unicode.ToUpper(r); mask&(1<<i) != 0 && utf8.RuneLen(u) == utf8.RuneLen(r) {
					w[i] = u
				}
			}
			text := string(w) + " x"
			if lowerSameLen(string(w)) != k {
				continue
			}
			if !tw.rawShapeMay(text, 0, len(string(w))) {
				t.Fatalf("rawShapeMay turns away %q, a casing of the key %q", string(w), k)
			}
		}
	}
}
