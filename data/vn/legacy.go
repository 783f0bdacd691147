package vn

import (
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Legacy names a pre-Unicode Vietnamese encoding whose bytes a page may show
// as Windows-1252 or Latin-1 characters ("§¶ng" for "Đảng" in TCVN3,
// "Ñaûng" in VNI) when its fonts (.VnTime, VNI-Times) did the rendering.
type Legacy int

// The legacy encodings DetectLegacy recognises.
const (
	LegacyNone Legacy = iota // Unicode text, or nothing to tell
	TCVN3                    // TCVN 5712:1993 VN3 ("ABC"): one byte per toned lower-case letter
	VNI                      // VNI Windows: base letter plus one byte of diacritics
)

// String returns the usual name of the encoding.
func (l Legacy) String() string {
	switch l {
	case TCVN3:
		return "TCVN3"
	case VNI:
		return "VNI"
	}
	return "none"
}

// tcvn3 maps the TCVN3 (VN3) bytes 0xA1–0xFE, read as Latin-1 code points,
// to Unicode. Bytes that only the upper-case VN1 variant assigns, and the
// combining-tone bytes 0xB0–0xB4, are left out: VN3 text never uses them and
// real Latin-1 text does (À, Ê…).
var tcvn3 = map[rune]rune{
	0xA1: 'Ă', 0xA2: 'Â', 0xA3: 'Ê', 0xA4: 'Ô', 0xA5: 'Ơ', 0xA6: 'Ư', 0xA7: 'Đ', 0xA8: 'ă',
	0xA9: 'â', 0xAA: 'ê', 0xAB: 'ô', 0xAC: 'ơ', 0xAD: 'ư', 0xAE: 'đ', 0xB5: 'à', 0xB6: 'ả',
	0xB7: 'ã', 0xB8: 'á', 0xB9: 'ạ', 0xBB: 'ằ', 0xBC: 'ẳ', 0xBD: 'ẵ', 0xBE: 'ắ', 0xC6: 'ặ',
	0xC7: 'ầ', 0xC8: 'ẩ', 0xC9: 'ẫ', 0xCA: 'ấ', 0xCB: 'ậ', 0xCC: 'è', 0xCE: 'ẻ', 0xCF: 'ẽ',
	0xD0: 'é', 0xD1: 'ẹ', 0xD2: 'ề', 0xD3: 'ể', 0xD4: 'ễ', 0xD5: 'ế', 0xD6: 'ệ', 0xD7: 'ì',
	0xD8: 'ỉ', 0xDC: 'ĩ', 0xDD: 'í', 0xDE: 'ị', 0xDF: 'ò', 0xE1: 'ỏ', 0xE2: 'õ', 0xE3: 'ó',
	0xE4: 'ọ', 0xE5: 'ồ', 0xE6: 'ổ', 0xE7: 'ỗ', 0xE8: 'ố', 0xE9: 'ộ', 0xEA: 'ờ', 0xEB: 'ở',
	0xEC: 'ỡ', 0xED: 'ớ', 0xEE: 'ợ', 0xEF: 'ù', 0xF1: 'ủ', 0xF2: 'ũ', 0xF3: 'ú', 0xF4: 'ụ',
	0xF5: 'ừ', 0xF6: 'ử', 0xF7: 'ữ', 0xF8: 'ứ', 0xF9: 'ự', 0xFA: 'ỳ', 0xFB: 'ỷ', 0xFC: 'ỹ',
	0xFD: 'ý', 0xFE: 'ỵ',
}

// tcvn3Strong are TCVN3 characters that Unicode Vietnamese (or French) text
// practically never holds: one of them is required before converting.
const tcvn3Strong = "§©®µ¶·¸¹¨ª«¬\u00AD¡¢£¤¥¦»¼½¾ÆÇÈÉËÎÏÑÒÓÔÕÖØÞßäåæçëîïñö÷øûüþ"

// Combining marks, in the order NFC composition needs: shape first, then tone.
const (
	markGrave   = "\u0300"
	markAcute   = "\u0301"
	markCircum  = "\u0302"
	markTilde   = "\u0303"
	markBreve   = "\u0306"
	markHook    = "\u0309"
	markDot     = "\u0323"
	shapeCircum = 1
	shapeBreve  = 2
)

// vniMod is what one VNI diacritic byte adds to the vowel before it.
type vniMod struct {
	shape int    // 0, shapeCircum or shapeBreve
	tone  string // a combining tone mark or ""
}

// vniMods maps the VNI diacritic bytes (as Latin-1 code points, both cases)
// to the marks they add.
var vniMods = func() map[rune]vniMod {
	m := map[rune]vniMod{}
	add := func(lower rune, mod vniMod) {
		m[lower] = mod
		m[lower-0x20] = mod // the upper-case Latin-1 letter is 0x20 below
	}
	add('ø', vniMod{tone: markGrave})
	add('ù', vniMod{tone: markAcute})
	add('û', vniMod{tone: markHook})
	add('õ', vniMod{tone: markTilde})
	add('ï', vniMod{tone: markDot})
	add('â', vniMod{shape: shapeCircum})
	add('á', vniMod{shape: shapeCircum, tone: markAcute})
	add('à', vniMod{shape: shapeCircum, tone: markGrave})
	add('å', vniMod{shape: shapeCircum, tone: markHook})
	add('ã', vniMod{shape: shapeCircum, tone: markTilde})
	add('ä', vniMod{shape: shapeCircum, tone: markDot})
	add('ê', vniMod{shape: shapeBreve})
	add('é', vniMod{shape: shapeBreve, tone: markAcute})
	add('è', vniMod{shape: shapeBreve, tone: markGrave})
	add('ú', vniMod{shape: shapeBreve, tone: markHook})
	add('ü', vniMod{shape: shapeBreve, tone: markTilde})
	add('ë', vniMod{shape: shapeBreve, tone: markDot})
	return m
}()

// vniSingle are the VNI bytes that stand for a whole letter.
var vniSingle = map[rune]rune{
	'ñ': 'đ', 'Ñ': 'Đ', 'ö': 'ư', 'Ö': 'Ư', 'ô': 'ơ', 'Ô': 'Ơ',
	'ó': 'ĩ', 'Ó': 'Ĩ', 'æ': 'ỉ', 'Æ': 'Ỉ', 'ò': 'ị', 'Ò': 'Ị', 'î': 'ỵ', 'Î': 'Ỵ',
}

// vniStrong are VNI diacritic bytes that never follow a vowel in Unicode
// Vietnamese: a vowel followed by one of them is a VNI signature.
const vniStrong = "øùûõïåäëüØÙÛÕÏÅÄËÜ"

// vniBase returns the Unicode base letter of a VNI vowel byte, or 0.
func vniBase(r rune) rune {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y':
		return r
	case 'ô', 'Ô', 'ö', 'Ö':
		return vniSingle[r]
	}
	return 0
}

// FromTCVN3 converts text whose TCVN3 bytes were read as Latin-1 or
// Windows-1252 characters to Unicode NFC. Other characters are kept.
func FromTCVN3(s string) string {
	tab := legacyTables()
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for _, r := range s {
		if r < 0x100 && tab.tcvn3[r] != 0 {
			b.WriteRune(tab.tcvn3[r])
			continue
		}
		b.WriteRune(r)
	}
	return nfcOf(b.String())
}

// nfcOf is norm.NFC.String(s), at the cost of a scan when s is already
// NFC as it mostly is here (a converted word: ASCII, precomposed letters).
func nfcOf(s string) string {
	if isStable(s) {
		return s // stable runes only: norm.NFC keeps s
	}
	return norm.NFC.String(s)
}

// legacyTabs are the conversion tables as arrays and their results made
// once: tcvn3 as an array, and the NFC of each VNI vowel with each VNI
// diacritic byte that fits it.
type legacyTabs struct {
	tcvn3 [0x100]rune
	vni   map[[2]rune]string
}

var legacyTables = sync.OnceValue(func() *legacyTabs {
	t := &legacyTabs{vni: map[[2]rune]string{}}
	for k, v := range tcvn3 {
		t.tcvn3[k] = v
	}
	for r := rune(0); r < 0x100; r++ {
		base := vniBase(r)
		if base == 0 {
			continue
		}
		for m, mod := range vniMods {
			if vniFits(base, mod) {
				t.vni[[2]rune{r, m}] = norm.NFC.String(string(base) + shapeMark(mod.shape) + mod.tone)
			}
		}
	}
	return t
})

// FromVNI converts text whose VNI Windows bytes were read as Latin-1 or
// Windows-1252 characters to Unicode NFC: a vowel and the diacritic byte
// after it become one letter. Other characters are kept.
func FromVNI(s string) string {
	tab := legacyTables()
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if i < len(s) && r < 0x100 && latinClass[r]&clVNIBase != 0 {
			next, nsize := utf8.DecodeRuneInString(s[i:])
			if seg, ok := tab.vni[[2]rune{r, next}]; ok {
				b.WriteString(seg)
				i += nsize
				continue
			}
		}
		if u, ok := vniSingle[r]; ok {
			b.WriteRune(u)
			continue
		}
		b.WriteRune(r)
	}
	return nfcOf(b.String())
}

func shapeMark(shape int) string {
	switch shape {
	case shapeCircum:
		return markCircum
	case shapeBreve:
		return markBreve
	}
	return ""
}

// vniFits reports whether a VNI diacritic can stand on base: circumflex on
// a, e, o; breve on a; tones on every vowel.
func vniFits(base rune, mod vniMod) bool {
	switch mod.shape {
	case shapeCircum:
		return strings.ContainsRune("aeoAEO", base)
	case shapeBreve:
		return base == 'a' || base == 'A'
	}
	return true
}

// isVietOnly reports whether r is a letter or mark that only Unicode
// Vietnamese text has (never a Latin-1 reading of legacy bytes).
func isVietOnly(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'đ', 'Đ', 'ĩ', 'Ĩ', 'ũ', 'Ũ', 'ơ', 'Ơ', 'ư', 'Ư':
		return true
	}
	return (r >= 0x1EA0 && r <= 0x1EF9) || (r >= 0x0300 && r <= 0x0323)
}

// letterInfo is what isVietLetter and baseOf say of one rune.
type letterInfo struct {
	ok, marked bool
	tones      int8
	base       rune
}

// letterTableSize covers ASCII, Latin-1, the combining marks and the
// Vietnamese block (U+1EA0–U+1EF9): the runes legacy detection looks at.
const letterTableSize = 0x1F00

// letterTable holds isVietLetter and baseOf for every rune below
// letterTableSize, built on first use: the NFD decomposition they need is
// costly per rune.
var letterTable = sync.OnceValue(func() *[letterTableSize]letterInfo {
	var t [letterTableSize]letterInfo
	for r := rune(0); r < letterTableSize; r++ {
		ok, tones := isVietLetterSlow(r)
		base, marked := baseOfSlow(r)
		t[r] = letterInfo{ok: ok, marked: marked, tones: int8(tones), base: base}
	}
	return &t
})

// isVietLetter reports whether r is an ASCII letter or digit or a letter of
// the Vietnamese alphabet, and how many tone marks it carries.
func isVietLetter(r rune) (ok bool, tones int) {
	if r >= 0 && r < letterTableSize {
		li := &letterTable()[r]
		return li.ok, int(li.tones)
	}
	return isVietLetterSlow(r)
}

// isVietLetterSlow is isVietLetter computed.
func isVietLetterSlow(r rune) (ok bool, tones int) {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9'), 0
	}
	if r == 'đ' || r == 'Đ' {
		return true, 0
	}
	d := norm.NFD.String(string(r))
	base, size := utf8.DecodeRuneInString(d)
	lb := unicode.ToLower(base)
	if !strings.ContainsRune("aeiouy", lb) {
		return false, 0 // only vowels carry marks
	}
	for _, m := range d[size:] {
		switch string(m) {
		case markGrave, markAcute, markTilde, markHook, markDot:
			tones++
		case markCircum:
			if !strings.ContainsRune("aeo", lb) {
				return false, 0
			}
		case markBreve:
			if lb != 'a' {
				return false, 0
			}
		case "\u031B": // horn
			if lb != 'o' && lb != 'u' {
				return false, 0
			}
		default:
			return false, 0
		}
	}
	return true, tones
}

// plausible reports whether w reads as one Vietnamese syllable (or an
// ASCII word): letters of the alphabet only, at most one tone mark, no
// capital after a small letter, and when it has diacritics at most seven
// letters and one vowel group of at most three vowels, no two of them on the
// same base letter ("aâ", "uỷy" are not Vietnamese).
func plausible(w string) bool {
	tones, n, run := 0, 0, 0
	ascii, prevLower := true, false
	var prevBase rune
	prevMarked := false
	for _, r := range w {
		ok, t := isVietLetter(r)
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
		base, marked := baseOf(r)
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

// baseOf returns the lower-case base letter of r and whether r carries a
// diacritic.
func baseOf(r rune) (rune, bool) {
	if r >= 0 && r < letterTableSize {
		li := &letterTable()[r]
		return li.base, li.marked
	}
	return baseOfSlow(r)
}

// baseOfSlow is baseOf computed.
func baseOfSlow(r rune) (rune, bool) {
	if r < utf8.RuneSelf {
		return unicode.ToLower(r), false
	}
	d := norm.NFD.String(string(r))
	b, _ := utf8.DecodeRuneInString(d)
	return unicode.ToLower(b), true
}

// isLegacyByte reports whether r is a Latin-1 character a legacy byte may
// have become.
func isLegacyByte(r rune) bool { return r >= 0xA1 && r <= 0xFF }

// legacyWords splits s into runs of ASCII letters and digits and Latin-1
// characters: the words of a text in a legacy encoding.
func legacyWords(s string) []string {
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
func DetectLegacy(s string) Legacy {
	viet, latin, strongT, maybeV := legacyScan(s)
	if viet || !latin || (!strongT && !maybeV) {
		return LegacyNone // no signature: the words cannot decide for either
	}
	var tGood, tBad, vGood, vBad, words int
	strongV := false
	for _, w := range legacyWords(s) {
		if !strings.ContainsFunc(w, isLegacyByte) {
			continue
		}
		words++
		if maybeV && hasVNISignature(w) {
			strongV = true
		}
		if plausible(w) {
			continue // already reads as Vietnamese: no evidence either way
		}
		// without its signature an encoding is never chosen: its
		// conversions are not counted
		if strongT {
			if t := FromTCVN3(w); t != w {
				if plausible(t) {
					tGood++
				} else {
					tBad++
				}
			}
		}
		if maybeV {
			if v := FromVNI(w); v != w {
				if plausible(v) {
					vGood++
				} else {
					vBad++
				}
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

// Classes of the runes below 0x100 for legacyScan.
const (
	clLegacy  = 1 << iota // isLegacyByte
	clStrongT             // in tcvn3Strong
	clStrongV             // in vniStrong
	clVNIBase             // vniBase is not 0
	clEnye                // ñ or Ñ, which a VNI word may start with
)

// latinClass holds the classes of each rune below 0x100.
var latinClass = func() (t [0x100]uint8) {
	for r := rune(0); r < 0x100; r++ {
		if isLegacyByte(r) {
			t[r] |= clLegacy
		}
		if strings.ContainsRune(tcvn3Strong, r) {
			t[r] |= clStrongT
		}
		if strings.ContainsRune(vniStrong, r) {
			t[r] |= clStrongV
		}
		if vniBase(r) != 0 {
			t[r] |= clVNIBase
		}
		if r == 'ñ' || r == 'Ñ' {
			t[r] |= clEnye
		}
	}
	return t
}()

// legacyScan reads s once, 8 bytes at a time as isStable does, for what DetectLegacy
// decides on: viet when s holds a letter only Unicode Vietnamese has (then
// latin and the others are not set), latin when it holds a Latin-1 character
// a legacy byte may have become, strongT when one of them is a TCVN3
// signature, and maybeV when a VNI signature may be there (a vowel followed
// by a VNI-only diacritic, or an ñ). Every word DetectLegacy reads is a run
// of such characters and ASCII letters, so a signature of a word is one of s.
func legacyScan(s string) (viet, latin, strongT, maybeV bool) {
	prevBase := false // the rune before i is a VNI vowel
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			w := load8(s, i) & highBits
			if w == 0 {
				i += 8
				prevBase = latinClass[s[i-1]]&clVNIBase != 0
				continue
			}
			if k := bits.TrailingZeros64(w) >> 3; k > 0 {
				i += k // over ASCII to the first byte that is not
				prevBase = latinClass[s[i-1]]&clVNIBase != 0
			}
		} else if c := s[i]; c < utf8.RuneSelf {
			prevBase = latinClass[c]&clVNIBase != 0
			i++
			continue
		}
		r, size := DecodeRune(s, i)
		i += size
		if r < 0x100 {
			cl := latinClass[r]
			latin = latin || cl&clLegacy != 0
			strongT = strongT || cl&clStrongT != 0
			maybeV = maybeV || cl&clEnye != 0 || (prevBase && cl&clStrongV != 0)
			prevBase = cl&clVNIBase != 0
			continue
		}
		if isVietOnly(r) {
			return true, false, false, false
		}
		prevBase = false
	}
	return false, latin, strongT, maybeV
}

// hasVNISignature reports whether w holds a vowel followed by a VNI-only
// diacritic, or starts with Ñ/ñ (Đ/đ).
func hasVNISignature(w string) bool {
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
func FixLegacy(s string) (string, Legacy) {
	switch l := DetectLegacy(s); l {
	case TCVN3:
		return FromTCVN3(s), l
	case VNI:
		return FromVNI(s), l
	}
	return s, LegacyNone
}
