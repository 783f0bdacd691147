package dates

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// prevWordRef is prevWord as it was before it told ASCII bytes without
// decoding them and read the other runes from wordRuneBits.
func prevWordRef(text string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if r != ' ' && r != '\t' && r != '\n' && r != '\u00a0' && r != '\r' {
			break
		}
		j -= size
	}
	end := j
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		j -= size
	}
	return text[j:end]
}

// listSepAtRef is listSepAt as it was before its test of the first byte.
func listSepAtRef(text string, k int) (byte, int) {
	if k >= len(text) {
		return 0, k
	}
	r, size := utf8.DecodeRuneInString(text[k:])
	switch r {
	case ',':
		return ',', k + size
	case '-', '‐', '‑', '‒', '–', '—', '−':
		return '-', k + size
	}
	low := text[k:min(len(text), k+8)]
	for _, w := range [...]string{"và", "đến", "tới"} {
		if lowerHasPrefix(low, w) {
			end := k + len(w)
			if end < len(text) && text[end] != ' ' && text[end] != '\n' && text[end] != '\t' {
				return 0, k
			}
			if w == "và" {
				return ',', end
			}
			return '-', end
		}
	}
	return 0, k
}

// checkWordsAreRef compares prevWord and listSepAt with their references
// at every byte of text.
func checkWordsAreRef(t *testing.T, text string) {
	for i := 0; i <= len(text); i++ {
		if got, want := hasTriggerBefore(text, i, "ngày"), hasTriggerBeforeRef(text, i, "ngày"); got != want {
			t.Fatalf("hasTriggerBefore(%q, %d) = %v, the reference says %v", text, i, got, want)
		}
	}
	t.Helper()
	for i := 0; i <= len(text); i++ {
		if got, want := prevWord(text, i), prevWordRef(text, i); got != want {
			t.Fatalf("prevWord(%q, %d) = %q, the reference says %q", text, i, got, want)
		}
		gs, ge := listSepAt(text, i)
		ws, we := listSepAtRef(text, i)
		if gs != ws || ge != we {
			t.Fatalf("listSepAt(%q, %d) = %q %d, the reference says %q %d", text, i, gs, ge, ws, we)
		}
	}
}

func TestWordReadersAreTheReference(t *testing.T) {
	texts := []string{
		"từ ngày 19/6 đến ngày 23/6/2023", "NGÀY\u00a0 12/3/2024", "Mồng 5/1 và 6/1/2025", "các ngày 11, 12 tháng 01",
		"Ngày\u0300 1-2 tới 3 – 4 — 5 − 6 ‐ 7", "ĐẾN 9, TỚI 10, VÀ 11", "ǅ ﬁ ß 5 \xc2\xa0\xa0 6 \xe1\xbb 7",
		"nga\u0300y 4 Đến\t5 tớii 6", "\xff\xfe 1 đ", "Kelvin \u212a 3",
	}
	texts = append(texts, benchShort...)
	for _, tc := range dateCases {
		texts = append(texts, tc.text)
	}
	for _, s := range texts {
		checkWordsAreRef(t, s)
	}
}

// FuzzWordReadersAreTheReference checks prevWord and listSepAt against
// their references.
func FuzzWordReadersAreTheReference(f *testing.F) {
	fuzzSeeds(f)
	for _, s := range benchShort {
		f.Add(s)
	}
	f.Fuzz(checkWordsAreRef)
}

// TestTriggerEndsLowerFromTwoRunes checks what hasTriggerBefore's first
// test relies on: the only runes that lower to the last letter of "ngày",
// "mùng" or "mồng" are that letter and its capital.
func TestTriggerEndsLowerFromTwoRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); (l == 'y' || l == 'g') && r != l && r != unicode.ToUpper(l) {
			t.Errorf("%U lowers to %q", r, l)
		}
	}
}

// hasTriggerBeforeRef is hasTriggerBefore as it was before its test of
// the last byte.
func hasTriggerBeforeRef(text string, i int, word string) bool {
	w := prevWordRef(text, i)
	return lowerIs(w, word) || lowerIs(w, "mùng") || lowerIs(w, "mồng")
}

func TestHasTriggerBeforeIsTheReference(t *testing.T) {
	texts := []string{"ngày 5", "NGÀY\u00a0 5", "Mùng 3", "MỒNG\t\n7", "ngàY 1", "ngáy 1", "mồnG 2", "ngày", "5", "ngaỳ 4", "nga\u0300y 4", "Ngày5"}
	texts = append(texts, benchShort...)
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := hasTriggerBefore(s, i, "ngày"), hasTriggerBeforeRef(s, i, "ngày"); got != want {
				t.Fatalf("hasTriggerBefore(%q, %d) = %v, the reference says %v", s, i, got, want)
			}
		}
	}
}
