package officials

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data/vn"
)

// plainSpacedRef is plainSpaced as first written, looking at each byte:
// it reports whether s is ASCII-space separated with no runs of
// spaces and no other white space, so that Fields and Join keep it.
func plainSpacedRef(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xC2:
			// lead bytes of the non-ASCII spaces (U+0085, U+00A0, U+1680,
			// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000)
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

// FuzzPlainSpaced checks plainSpaced against plainSpacedRef, and both
// against what they stand for: Fields and Join keep the text.
func FuzzPlainSpaced(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "Chủ tịch\u00a0UBND", "a\u2003b", "a\u3000b",
		"Phó Bí thư", "\xc2", "a\xe1", "\u0085", "ẠẢ Ấ", "a\u1680b", "a\u200bb", "x\u205f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := plainSpaced(s), plainSpacedRef(s)
		if got != want {
			t.Fatalf("plainSpaced(%q) = %v, want %v", s, got, want)
		}
		if got && utf8.ValidString(s) && strings.Join(strings.Fields(s), " ") != s {
			t.Fatalf("plainSpaced(%q) but Fields and Join change it", s)
		}
	})
}

// FuzzSpacedBetween checks that the text of a run of tokens that
// spacedBetween passes is plainSpaced.
func FuzzSpacedBetween(f *testing.F) {
	for _, s := range []string{"", "a b", "a  b", "a\tb", "Chủ tịch\u00a0UBND", "a\u2003b", "Phó Bí thư\nTỉnh ủy",
		"a\u00adb", "x\u200b y", "Bí thư, Chủ tịch (HĐND)", "\xc2 a", "UV.BTV Tỉnh ủy", "ĐOÀNBÍ THƯ"} {
		f.Add(s)
	}
	for _, c := range findCases[:min(len(findCases), 40)] {
		f.Add(c.text)
	}
	l := theLexicon()
	f.Fuzz(func(t *testing.T, s string) {
		p := &parser{}
		p.reset(s, l)
		// (the tokens Find reads: dotted abbreviations joined, glued
		// capitals cut)
		p.toks = splitGluedCaps(mergeDotted(tokenizeWith(s, l), l, s), l, s)
		for a := range p.toks {
			for b := a + 1; b <= len(p.toks) && b <= a+12; b++ {
				if text := s[p.toks[a].start:p.toks[b-1].end]; p.spacedBetween(a, b) && !plainSpaced(text) {
					t.Fatalf("spacedBetween(%d, %d) of %q, but %q is not plainSpaced", a, b, s, text)
				}
			}
		}
	})
}

// FuzzQuietFind checks that Find, which passes over the scanner and the
// grammar for a text where no word can start a title or an address term,
// and normalises only a text with a rune that is not nfcStable, finds what
// find finds scanning every text, given the text in NFC.
func FuzzQuietFind(f *testing.F) {
	for _, s := range writtenTexts {
		f.Add(s)
	}
	for _, s := range pageTexts {
		f.Add(s)
	}
	for _, c := range findCases {
		f.Add(c.text)
	}
	for _, s := range []string{
		"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHứa Văn Lâm",
		"Sở thông báo.\nCHỦ TỊCH\nNông Văn Tuấn",
		"là Thường trực Hội Nông dân tỉnh Lê Văn An",
		"thành viên Ban Chỉ đạo Lê Văn An",
		"Đại biểu Ngô Văn An (đoàn Bắc Giang) phát biểu",
		"ông Lê Văn An phát biểu", "Đại tá Lê Văn An", "ThS. Lê Văn An", "đ/c Cầm Thị Hoa",
		"UV.BTV Lê Văn An", "ĐOÀNBÍ THƯ Lê Văn An", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn An", "KT.CHỦ TỊCH\n(đã ký)\nLê Văn An",
		"TM. ỦY BAN NHÂN DÂN\nT.Ư\nLê Văn An", "Chu\u0309 ti\u0323ch UBND tỉnh Lê Văn An", "Chủ tịch Lê Văn An\u0301",
		"Giám đốc Sở H'Yim Niê", "Giám đốc Sở H\u2019Yi\u0301m", "ông Lê Văn An\xff", "Bí thư Đảng ủy Lê Văn Ａn", "| GIÁM ĐỐC |\n| Lê Văn An |", "NGUYÊN CHỦ TỊCH\nLê Văn An", "Xã Mẫu\n\nNgười dân Lê Văn An góp công làm đường.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Find(s), find(vn.NFC(s), false)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Find(%q) = %#v, want %#v", s, got, want)
		}
	})
}

// TestNFCStableRunesAreKeptByNFC checks nfcStable against vn.NFC: every
// rune it holds stable is kept alone and next to any of a sample of stable
// runes, Vietnamese letters, punctuation and marks among them.
func TestNFCStableRunesAreKeptByNFC(t *testing.T) {
	var stable []rune
	for r := rune(0); r < stableTableSize+64; r++ {
		if nfcStable(r) {
			stable = append(stable, r)
		}
	}
	if len(stable) < 300 {
		t.Fatalf("only %d stable runes", len(stable))
	}
	sample := []rune("aAzZ09 .,-\n'ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ“”–…")
	for _, r := range stable {
		if s := string(r); vn.NFC(s) != s {
			t.Fatalf("nfcStable(%U) but vn.NFC changes it", r)
		}
		for _, q := range sample {
			if !nfcStable(q) {
				continue
			}
			for _, s := range []string{string([]rune{q, r}), string([]rune{r, q}), string([]rune{q, r, q})} {
				if vn.NFC(s) != s {
					t.Fatalf("vn.NFC changes %q (%U stable)", s, r)
				}
			}
		}
	}
}

// FuzzNFCStable checks that vn.NFC keeps a text nfcStableString holds
// stable, and that the tokenizer's unstable flag is set exactly for the
// others.
func FuzzNFCStable(f *testing.F) {
	for _, s := range []string{"", "a", "Chủ tịch", "Chu\u0309 ti\u0323ch", "\xff", "\u2126", "K\u212a", "ǅa", "“A” – B…", "\u0301a", "a\u0301",
		"H'Yim H\u2019Yim", "\ufeffa", "中文", "\U0001d400"} {
		f.Add(s)
	}
	l := theLexicon()
	f.Fuzz(func(t *testing.T, s string) {
		stable := nfcStableString(s)
		if stable && vn.NFC(s) != s {
			t.Fatalf("nfcStableString(%q) but vn.NFC changes it", s)
		}
		for _, lx := range []*lexicon{l, nil} {
			if _, fl := tokenizeFlagged(nil, s, lx, nil); fl.unstable == stable {
				t.Fatalf("%q: tokenizer's unstable %v, nfcStableString %v", s, fl.unstable, stable)
			}
			if _, fl := tokenizeText(nil, s, lx, nil, true); fl.unstable == stable {
				t.Fatalf("%q: tokenizer's unstable %v (stopping at it), nfcStableString %v", s, fl.unstable, stable)
			}
		}
	})
}
