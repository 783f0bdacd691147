// Package vn normalises Vietnamese text for matching: Unicode NFC, the
// lookalike letters real portals use (Ð U+00D0 for Đ), one tone-mark
// placement for the open syllables oa/oe/uy (hòa/hoà, thủy/thuỷ), and an
// accent-folded form (đ → d) for queries typed without diacritics.
//
// The text of an article keeps its spelling; these functions build matching
// keys. All functions are pure and safe for concurrent use.
package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// lookalikes maps letters that portals use in place of Vietnamese ones, and
// invisible or odd space characters, to their proper form.
var lookalikes = strings.NewReplacer(
	"\u00D0", "Đ", // Ð (Icelandic eth) used for Đ
	"\u00F0", "đ",
	"\u0189", "Đ",
	"\u00A0", " ", // no-break space
	"\u202F", " ",
	"\u200B", "", // zero-width space, joiners, BOM
	"\u200C", "",
	"\u200D", "",
	"\uFEFF", "",
)

// NFC returns s in Unicode NFC with lookalike letters (Ð → Đ) and invisible
// characters mended. It is the form every stored text takes.
func NFC(s string) string {
	if isASCII(s) {
		return s
	}
	return norm.NFC.String(lookalikes.Replace(norm.NFC.String(s)))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Tone marks as combining characters (NFD).
const (
	toneGrave = '\u0300' // huyền
	toneAcute = '\u0301' // sắc
	toneTilde = '\u0303' // ngã
	toneHook  = '\u0309' // hỏi
	toneDot   = '\u0323' // nặng
)

func isTone(r rune) bool {
	switch r {
	case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
		return true
	}
	return false
}

// ToneKey returns s in NFC with one tone-mark placement: in open syllables
// ending in oa, oe or uy (after an onset other than qu) the mark stands on the
// first vowel, the traditional style ("hoà" → "hòa", "thuỷ" → "thủy",
// "Uỷ" → "Ủy"). Both spellings of such a word give the same key. Case and
// everything else are kept.
func ToneKey(s string) string {
	s = NFC(s)
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			b.WriteString(toneWord(s[start:i]))
			start = -1
		}
		b.WriteRune(r)
	}
	if start >= 0 {
		b.WriteString(toneWord(s[start:]))
	}
	return b.String()
}

// onsets are the Vietnamese initial consonants, longest first.
var onsets = []string{"ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr", "gi", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

// toneWord moves the tone mark of one word (a run of letters, NFC) to the
// traditional position when the word is an open oa/oe/uy syllable.
func toneWord(w string) string {
	if len(w) > 12 || isASCII(w) {
		return w
	}
	d := []rune(norm.NFD.String(w))
	tone := rune(0)
	base := make([]rune, 0, len(d))
	for _, r := range d {
		if isTone(r) {
			if tone != 0 {
				return w // two tone marks: not a syllable we can place
			}
			tone = r
			continue
		}
		base = append(base, r)
	}
	if tone == 0 {
		return w
	}
	plain := []rune(norm.NFC.String(string(base)))
	lower := strings.ToLower(string(plain))
	if strings.HasPrefix(lower, "qu") {
		return w
	}
	rest := lower
	for _, o := range onsets {
		if strings.HasPrefix(rest, o) {
			if o == "gi" && len(rest) == 2 {
				break
			}
			rest = rest[len(o):]
			break
		}
	}
	if rest != "oa" && rest != "oe" && rest != "uy" {
		return w
	}
	// rest is ASCII here, so the nucleus starts len(lower)-2 bytes in, and
	// plain has the same rune layout as lower for the onset (ASCII or đ).
	pos := utf8.RuneCountInString(lower) - 2
	out := make([]rune, 0, len(plain)+1)
	out = append(out, plain[:pos+1]...)
	out = append(out, tone)
	out = append(out, plain[pos+1:]...)
	return norm.NFC.String(string(out))
}

// Key is the matching key of a word or phrase: ToneKey, lower case, single
// spaces. "Quận Uỷ" and "quận ủy" share a key.
func Key(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(ToneKey(s))), " ")
}

// Fold returns s without diacritics, đ as d, in lower case: the form a query
// typed without accents takes ("Đỗ Anh Tuấn" → "do anh tuan"). Spaces are
// kept as they are.
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(lookalikes.Replace(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// FoldKey is Fold with runs of white space made single spaces and the ends
// trimmed: the key of a name typed without diacritics.
func FoldKey(s string) string {
	return strings.Join(strings.Fields(Fold(s)), " ")
}
