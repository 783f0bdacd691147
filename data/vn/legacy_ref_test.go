package vn

// The legacy-encoding detection and conversion as they were before their
// fast paths: the reference the tests compare the package with.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FromTCVN3 converts text whose TCVN3 bytes were read as Latin-1 or
// Windows-1252 characters to Unicode NFC. Other characters are kept.
func fromTCVN3Ref(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for _, r := range s {
		if u, ok := tcvn3[r]; ok {
			b.WriteRune(u)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// FromVNI converts text whose VNI Windows bytes were read as Latin-1 or
// Windows-1252 characters to Unicode NFC: a vowel and the diacritic byte
// after it become one letter. Other characters are kept.
func fromVNIRef(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if base := vniBase(r); base != 0 && i+1 < len(rs) {
			if mod, ok := vniMods[rs[i+1]]; ok && vniFits(base, mod) {
				b.WriteString(norm.NFC.String(string(base) + shapeMark(mod.shape) + mod.tone))
				i++
				continue
			}
		}
		if u, ok := vniSingle[r]; ok {
			b.WriteRune(u)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// isVietOnly reports whether r is a letter or mark that only Unicode
// Vietnamese text has (never a Latin-1 reading of legacy bytes).
func isVietOnlyRef(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'đ', 'Đ', 'ĩ', 'Ĩ', 'ũ', 'Ũ', 'ơ', 'Ơ', 'ư', 'Ư':
		return true
	}
	return (r >= 0x1EA0 && r <= 0x1EF9) || (r >= 0x0300 && r <= 0x0323)
}

// plausible reports whether w reads as one Vietnamese syllable (or an
// ASCII word): letters of the alphabet only, at most one tone mark, no
// capital after a small letter, and when it has diacritics at most seven
// letters and one vowel group of at most three vowels, no two of them on the
// same base letter ("aâ", "uỷy" are not Vietnamese).
func plausibleRef(w string) bool {
	tones, n, run := 0, 0, 0
	ascii, prevLower := true, false
	var prevBase rune
	prevMarked := false
	for _, r := range w {
		ok, t := isVietLetterSlow(r)
		if !ok {
			return false
		}
		n++
		tones += t
		if r >= utf8.RuneSelf {
			ascii = false
		}
		if unicode.IsUpper(r) && prevLower {
			return false
		}
		prevLower = unicode.IsLower(r)
		base, marked := baseOfSlow(r)
		if strings.ContainsRune("aeiouy", base) {
			run++
			if run > 3 || (run > 1 && base == prevBase && (marked || prevMarked)) {
				return false
			}
		} else {
			run = 0
		}
		prevBase, prevMarked = base, marked
	}
	return tones <= 1 && (ascii || n <= 7)
}

// legacyWords splits s into runs of ASCII letters and digits and Latin-1
// characters: the words of a text in a legacy encoding.
func legacyWordsRef(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		ok := ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') || isLegacyByte(r)
		return !ok
	})
}

// DetectLegacy reports the legacy encoding that s is written in, or
// LegacyNone. It converts each word that holds a Latin-1 character both ways
// and counts the results that read as Vietnamese; it needs at least one
// signature (a TCVN3-only character, or a vowel followed by a VNI-only
// diacritic) and a clear majority. Text holding any letter only Unicode
// Vietnamese has (ă, đ, ơ, ư, ạ…ỹ, combining marks) is never legacy.
func detectLegacyRef(s string) Legacy {
	latin := false
	for _, r := range s {
		if isVietOnlyRef(r) {
			return LegacyNone
		}
		if isLegacyByte(r) {
			latin = true
		}
	}
	if !latin {
		return LegacyNone
	}
	var tGood, tBad, vGood, vBad, words int
	strongT, strongV := false, false
	for _, w := range legacyWordsRef(s) {
		if !strings.ContainsFunc(w, isLegacyByte) {
			continue
		}
		words++
		if strings.ContainsAny(w, tcvn3Strong) {
			strongT = true
		}
		if hasVNISignatureRef(w) {
			strongV = true
		}
		if plausibleRef(w) {
			continue // already reads as Vietnamese: no evidence either way
		}
		if t := fromTCVN3Ref(w); t != w {
			if plausibleRef(t) {
				tGood++
			} else {
				tBad++
			}
		}
		if v := fromVNIRef(w); v != w {
			if plausibleRef(v) {
				vGood++
			} else {
				vBad++
			}
		}
	}
	decide := func(good, bad int, strong bool) bool {
		return strong && good > 0 && good >= 2*bad && 2*good >= words
	}
	okT, okV := decide(tGood, tBad, strongT), decide(vGood, vBad, strongV)
	switch {
	case okT && okV:
		if vGood-vBad > tGood-tBad {
			return VNI
		}
		return TCVN3
	case okT:
		return TCVN3
	case okV:
		return VNI
	}
	return LegacyNone
}

// hasVNISignature reports whether w holds a vowel followed by a VNI-only
// diacritic, or starts with Ñ/ñ (Đ/đ).
func hasVNISignatureRef(w string) bool {
	rs := []rune(w)
	if len(rs) > 1 && (rs[0] == 'ñ' || rs[0] == 'Ñ') {
		return true
	}
	for i := 0; i+1 < len(rs); i++ {
		if vniBase(rs[i]) != 0 && strings.ContainsRune(vniStrong, rs[i+1]) {
			return true
		}
	}
	return false
}

// FixLegacy returns s converted to Unicode NFC when DetectLegacy finds a
// legacy encoding, and s unchanged (with LegacyNone) otherwise.
func fixLegacyRef(s string) (string, Legacy) {
	switch l := detectLegacyRef(s); l {
	case TCVN3:
		return fromTCVN3Ref(s), l
	case VNI:
		return fromVNIRef(s), l
	}
	return s, LegacyNone
}
