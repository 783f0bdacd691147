// Package vn normalises Vietnamese text for matching: Unicode NFC, the
// lookalike letters real portals use (Ð U+00D0 for Đ), one tone-mark
// placement for the open syllables oa/oe/uy (hòa/hoà, thủy/thuỷ), and an
// accent-folded form (đ → d) for queries typed without diacritics.
//
// The text of an article keeps its spelling; these functions build matching
// keys. All functions are pure and safe for concurrent use.
package vn

import (
	"math/bits"
	"strings"
	"sync"
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
	"\u0256", "đ", // ɖ, the small letter of Ɖ: mapped too, so upper-casing never makes a new lookalike
	"\u00A0", " ", // no-break space
	"\u202F", " ",
	"\u200B", "", // zero-width space, joiners, BOM
	"\u200C", "",
	"\u200D", "",
	"\uFEFF", "",
)

// isLookalike reports whether r is one of the lookalikes.
func isLookalike(r rune) bool {
	switch r {
	case '\u00D0', '\u00F0', '\u0189', '\u0256', '\u00A0', '\u202F', '\u200B', '\u200C', '\u200D', '\uFEFF':
		return true
	}
	return false
}

// NFC returns s in Unicode NFC with lookalike letters (Ð → Đ) and invisible
// characters mended. It is the form every stored text takes.
func NFC(s string) string {
	if isStable(s) {
		return s
	}
	return nfcSlow(s)
}

// nfcSlow is NFC without the fast path.
func nfcSlow(s string) string {
	if isASCII(s) {
		return s
	}
	t, ok := composeVi(s)
	if !ok {
		t = norm.NFC.String(s)
	}
	if !hasLookalike(t) {
		return t // the replacer would leave it, and NFC is idempotent
	}
	return norm.NFC.String(lookalikes.Replace(t))
}

// hasLookalike reports whether s holds a rune of isLookalike.
func hasLookalike(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xC3, 0xC6, 0xC9, 0xC2, 0xE2, 0xEF: // lead bytes of the lookalikes
			r, _ := utf8.DecodeRuneInString(s[i:])
			if isLookalike(r) {
				return true
			}
		}
	}
	return false
}

// tableSize bounds the per-rune tables; only the runes covered holds
// (Latin, combining marks, the Vietnamese block, general punctuation) are
// filled, the others take the plain path.
const tableSize = 0x2080

var (
	// stable marks runes that NFC keeps and that nothing before them can
	// change: NFC quick check Yes, canonical combining class 0, not a
	// lookalike. A string of stable runes is its own NFC.
	stable [tableSize / 64]uint64
	// folds holds Fold of each rune below tableSize; foldOK marks those
	// whose fold does not depend on their neighbours.
	folds  [tableSize]string
	foldOK [tableSize / 64]uint64
	// toneLast maps the letters a, e, y (either case) bearing a tone mark,
	// the only letters that can end a word whose tone mark moves, to the
	// letter without it and the mark.
	toneLast = map[rune][2]rune{}
	// toned maps o, u (either case) and a tone mark to the toned letter.
	toned    = map[[2]rune]rune{}
	onsetSet = map[string]bool{"": true}
	// lowers holds unicode.ToLower of each rune below tableSize.
	lowers     [tableSize]rune
	tablesOnce sync.Once
)

// buildTables fills the per-rune tables, once, on first use.
func buildTables() {
	for r := rune(0); r < tableSize; r++ {
		if !covered(r) {
			continue
		}
		lowers[r] = unicode.ToLower(r)
		s := string(r)
		if r < utf8.RuneSelf {
			stable[r/64] |= 1 << (r % 64)
		} else if utf8.ValidRune(r) && !isLookalike(r) && norm.NFC.IsNormalString(s) &&
			norm.NFC.PropertiesString(s).BoundaryBefore() {
			stable[r/64] |= 1 << (r % 64)
		}
		if r < utf8.RuneSelf || !utf8.ValidRune(r) {
			continue
		}
		if isLookalike(r) {
			folds[r] = foldSlow(s)
			foldOK[r/64] |= 1 << (r % 64)
			continue
		}
		d := norm.NFD.String(s)
		folds[r] = foldDecomposed(d)
		ok := true
		for _, q := range d {
			if q >= utf8.RuneSelf && norm.NFD.PropertiesString(string(q)).CCC() != 0 && !unicode.Is(unicode.Mn, q) {
				ok = false
			}
		}
		if ok {
			foldOK[r/64] |= 1 << (r % 64)
		}
	}
	for _, base := range "aeyAEY" {
		for _, tone := range []rune{toneGrave, toneAcute, toneTilde, toneHook, toneDot} {
			for _, r := range norm.NFC.String(string([]rune{base, tone})) {
				toneLast[r] = [2]rune{base, tone}
			}
		}
	}
	for _, base := range "ouOU" {
		for _, tone := range []rune{toneGrave, toneAcute, toneTilde, toneHook, toneDot} {
			for _, r := range norm.NFC.String(string([]rune{base, tone})) {
				toned[[2]rune{base, tone}] = r
			}
		}
	}
	for _, o := range onsets {
		onsetSet[o] = true
	}
}

func buildTablesOnce() { tablesOnce.Do(buildTables) }

func bit(set []uint64, r rune) bool {
	return r >= 0 && r < tableSize && set[r/64]&(1<<(r%64)) != 0
}

// covered reports whether the tables hold rune r.
func covered(r rune) bool {
	return r >= 0 && r < 0x250 || r >= 0x300 && r < 0x370 || r >= 0x1E00 && r < 0x1F00 || r >= 0x2000 && r < 0x2070
}

// isStable reports whether s is valid UTF-8 made of stable runes only, so
// that NFC(s) is s. It reads 8 bytes at a time, stepping over their ASCII
// at once to the first byte that is not; the two-byte runes and the
// three-byte ones below tableSize (the Vietnamese block, punctuation) are
// looked up in stable straight from their bytes.
func isStable(s string) bool {
	buildTablesOnce()
	n := len(s)
	for i := 0; i < n; {
		if i+8 <= n {
			w := load8(s, i) & highBits
			if w == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(w) >> 3
		} else if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		c := s[i]
		if 0xC2 <= c && c <= 0xDF && i+1 < n && s[i+1]&0xC0 == 0x80 {
			// U+0080–U+07FF: the 64 runes of lead byte c are word c&0x1F
			if stable[c&0x1F]&(1<<(s[i+1]&0x3F)) == 0 {
				return false
			}
			i += 2
			continue
		}
		if (c == 0xE1 || c == 0xE2) && i+2 < n && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			// U+1000–U+2FFF: word r>>6 of stable when below tableSize
			if w := int(c&0x0F)<<6 | int(s[i+1]&0x3F); w < len(stable) {
				if stable[w]&(1<<(s[i+2]&0x3F)) == 0 {
					return false
				}
				i += 3
				continue
			}
		}
		r, size := DecodeRune(s, i)
		if r < tableSize {
			if !bit(stable[:], r) {
				return false
			}
		} else if r == utf8.RuneError {
			if size == 1 {
				return false // invalid UTF-8
			}
			// U+FFFD itself, frequent in pages decoded with errors, is stable
		} else if !stableBeyond(s[i : i+size]) {
			return false
		}
		i += size
	}
	return true
}

// highBits has the top bit of each of 8 bytes: a word of 8 bytes of text
// and highBits is 0 when they are ASCII.
const highBits = 0x8080808080808080

// load8 returns the 8 bytes of s from i, which s has, as a little-endian
// word (the compiler makes it one load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// DecodeRune is utf8.DecodeRuneInString(s[i:]) for s[i] >= utf8.RuneSelf,
// decoding the two-byte runes and the three-byte runes led by E1–EC, EE
// or EF (Vietnamese letters, punctuation) in line: the readers of
// Vietnamese text call it once per non-ASCII rune.
func DecodeRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case 0xC2 <= c && c <= 0xDF:
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
		}
	case 0xE1 <= c && c <= 0xEF && c != 0xED:
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// stableBeyond is the test buildTables makes for the stable table, for one
// valid rune at or above tableSize (U+FFFD of a page decoded with errors,
// CJK, symbols): NFC keeps it and nothing before it can change.
func stableBeyond(r string) bool {
	return r != "\uFEFF" && norm.NFC.IsNormalString(r) && norm.NFC.PropertiesString(r).BoundaryBefore()
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
// everything else are kept. Bytes that are not UTF-8 become U+FFFD first, so
// that a combining mark after one is normalised like any other.
func ToneKey(s string) string {
	if !utf8.ValidString(s) {
		s = string([]rune(s)) // one U+FFFD per bad byte
	}
	s = NFC(s)
	if isASCII(s) || !mayMoveTone(s) {
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

// mayMoveTone reports whether some word of NFC text s ends in a toned a, e
// or y: toneWord leaves every other word as it is (a mark already on the
// first vowel of oa/oe/uy stays where it is).
func mayMoveTone(s string) bool {
	buildTablesOnce()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if _, ok := toneLast[r]; !ok {
			continue
		}
		if i == len(s) {
			return true
		}
		if next, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(next) {
			return true
		}
	}
	return false
}

// onsets are the Vietnamese initial consonants, longest first.
var onsets = []string{"ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr", "gi", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

// toneWord moves the tone mark of one word (a run of letters, NFC) to the
// traditional position when the word is an open oa/oe/uy syllable.
func toneWord(w string) string {
	if len(w) > 12 || isASCII(w) {
		return w
	}
	buildTablesOnce()
	last, n := utf8.DecodeLastRuneInString(w)
	bt, ok := toneLast[last]
	if !ok {
		return w // the mark, if any, is not on a final a, e or y
	}
	prev, m := utf8.DecodeLastRuneInString(w[:len(w)-n])
	switch prev {
	case 'o', 'O', 'u', 'U':
	default:
		return w
	}
	onset := w[:len(w)-n-m]
	if !isASCII(onset) {
		return toneWordSlow(w) // đ, or letters no onset has
	}
	lo := strings.ToLower(onset)
	if !onsetSet[lo] || (lo == "q" && (prev == 'u' || prev == 'U')) {
		return w
	}
	if (bt[0] == 'y' || bt[0] == 'Y') != (prev == 'u' || prev == 'U') {
		return w // only oa, oe and uy move
	}
	return onset + string(toned[[2]rune{prev, bt[1]}]) + string(bt[0])
}

// toneWordSlow is toneWord without the fast path.
func toneWordSlow(w string) string {
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
	k := toLower(ToneKey(s))
	if singleSpaced(k) {
		return k
	}
	return strings.Join(strings.Fields(k), " ")
}

// toLower is strings.ToLower with a table for the runes below tableSize.
func toLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	buildTablesOnce()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return lowerFrom(s, i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !covered(r) {
			return strings.ToLower(s)
		}
		if lowers[r] != r {
			return lowerFrom(s, i)
		}
		i += size
	}
	return s
}

// lowerFrom lowers s whose first i bytes are already lower case.
func lowerFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !covered(r) {
			return strings.ToLower(s)
		}
		b.WriteRune(lowers[r])
		i += size
	}
	return b.String()
}

// singleSpaced reports whether s has no white space but single ASCII
// spaces between non-space characters, so that Fields and Join keep it.
func singleSpaced(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
			prevSpace = false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// Fold returns s without diacritics, đ as d, in lower case: the form a query
// typed without accents takes ("Đỗ Anh Tuấn" → "do anh tuan"). Spaces are
// kept as they are.
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	buildTablesOnce()
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !bit(foldOK[:], r) {
			return foldSlow(s)
		}
		b.WriteString(folds[r])
		i += size
	}
	return b.String()
}

// foldSlow is Fold without the per-rune table.
func foldSlow(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return foldDecomposed(norm.NFD.String(lookalikes.Replace(s)))
}

// foldDecomposed is Fold of NFD text free of lookalikes.
func foldDecomposed(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
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
	f := Fold(s)
	if singleSpaced(f) {
		return f // Fields and Join would give it back
	}
	return strings.Join(strings.Fields(f), " ")
}
