package data

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/vnarchive/vnarchive/data/vn"
)

// CanonicalNumber returns the spelling-insensitive key of a document number
// and symbol (shared/docs/vietnamese-reference.md §1). Every spelling of one
// number gives the same key:
//
//   - case, diacritics and dots are folded: "qd" = "QĐ" = "QD", "T.Ư" = "TƯ" = "TW";
//     a dot right after the type letters stands for the joint before the
//     issuer: "245/TTr.DSGĐTE" = "245/TTr-DSGĐTE";
//   - any dash or slash variant and spaces around them are ignored:
//     "25 - NQ/TW", "25–NQ/TW", "25 nq tw";
//   - leading zeros of the ordinal are dropped: "05-ĐA/TU" = "5-ĐA/TU";
//   - the grammar follows the issuer, so mixed-up separators are mended: a
//     Party issuer (TW, TU, QU, ĐU, … — data/lexicon/issuers*.txt) gives the
//     Party form N-TYPE/ISSUER ("25/NQ-TW" → "25-NQ/TW"); any other issuer,
//     known or not, the state form N[/YEAR]/TYPE-ISSUER ("33/CT-TTg" and
//     "33-CT/TTg" → "33/CT-TTG").
//
// The key is upper case with Đ written D: "30/2020/ND-CP", "25-NQ/TW",
// "1234/UBND-VP", "10/2022/QH15". A bare ordinal ("15", "số 015") gives its
// digits ("15"). The key is not an identity: documents of different issuers,
// years or terms may share it (see Document.Key). It accepts sloppy
// user-typed input and never fails; text without any letter or digit gives "".
// Safe for concurrent use.
func CanonicalNumber(number string) string {
	if key, ok := canonicalPlain(number); ok {
		return key
	}
	return canonicalFull(number)
}

// canonicalPlain is CanonicalNumber for the spelling most numbers come in:
// an ordinal of ASCII digits, then parts of ASCII letters and digits (and
// Đ, đ) joined by single "/" or "-", without spaces or dots ("21/KH-UBND",
// "30/2020/NĐ-CP"). Such a number needs no normalising, no splitting of
// parts and no "số" dropped, so its key is the parts upper-cased and laid
// out in the issuer's grammar; the key of a number already canonical is
// the number itself, without allocation. ok is false for any other
// spelling, which canonicalFull (the reference) handles.
func canonicalPlain(number string) (key string, ok bool) {
	const maxParts = 8
	var keys [64]byte        // the parts' SymbolKeys, one after another
	var ends [maxParts]int   // end of part i in keys
	var rawEnd [maxParts]int // end of part i in number
	n, k := 0, 0
	for i := 0; i < len(number); i++ {
		if k == len(keys) {
			return "", false
		}
		switch c := number[i]; {
		case '0' <= c && c <= '9', 'A' <= c && c <= 'Z':
			keys[k] = c
		case 'a' <= c && c <= 'z':
			keys[k] = c - 'a' + 'A'
		case c == 0xC4 && i+1 < len(number) && (number[i+1] == 0x90 || number[i+1] == 0x91): // Đ, đ
			keys[k] = 'D'
			i++
		case c == '/' || c == '-':
			if n == maxParts-1 || k == partStart(ends[:n]) {
				return "", false // too many parts, or an empty one
			}
			ends[n], rawEnd[n] = k, i
			n++
			continue
		default:
			return "", false
		}
		k++
	}
	if k == partStart(ends[:n]) {
		return "", false // empty last part (or no text at all)
	}
	ends[n], rawEnd[n] = k, len(number)
	n++
	part := func(i int) []byte { return keys[partStart(ends[:i]):ends[i]] }
	ordinal := part(0)
	for _, c := range ordinal {
		if !isDigit(c) {
			return "", false // "25nq", "12A", "số": the full path splits them
		}
	}
	for len(ordinal) > 1 && ordinal[0] == '0' {
		ordinal = ordinal[1:]
	}
	first := 1 // the first part after the ordinal (and the year)
	year := false
	if n > 2 && len(part(1)) == 4 && allDigitBytes(part(1)) {
		year, first = true, 2
	}
	var out [64]byte
	o := append(out[:0], ordinal...)
	if first == n {
		if year {
			o = append(append(o, '/'), part(1)...)
		}
		return sameOrNew(number, o), true
	}
	issuer := first
	if n-first >= 2 {
		issuer = first + 1
	}
	issuerKey := part(issuer)
	issuerName := number[rawEnd[issuer-1]+1 : rawEnd[issuer]]
	if issuerName != string(issuerKey) {
		issuerName = string(issuerKey)
	}
	party := !year && IssuerFamily(issuerName) == FamilyParty
	if party {
		o = append(append(o, '-'), part(first)...)
		for i := first + 1; i < n; i++ {
			if i == first+1 {
				o = append(o, '/')
			} else {
				o = append(o, '-')
			}
			o = append(o, part(i)...)
		}
		return sameOrNew(number, o), true
	}
	if year {
		o = append(append(o, '/'), part(1)...)
	}
	for i := first; i < n; i++ {
		if i == first {
			o = append(o, '/')
		} else {
			o = append(o, '-')
		}
		o = append(o, part(i)...)
	}
	return sameOrNew(number, o), true
}

// partStart returns where the part after those ending at ends starts.
func partStart(ends []int) int {
	if len(ends) == 0 {
		return 0
	}
	return ends[len(ends)-1]
}

// sameOrNew returns s when b spells it (a number already canonical), else
// b as a new string.
func sameOrNew(s string, b []byte) string {
	if s == string(b) {
		return s
	}
	return string(b)
}

func allDigitBytes(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

// canonicalFull is CanonicalNumber for any spelling, and the reference
// canonicalPlain is tested against.
func canonicalFull(number string) string {
	s := normDashes(vn.NFC(number))
	// Split into parts at separators; spaced[i] tells that only white space
	// stood before part i ("30 c/NQ-CP").
	var parts []string
	var spaced []bool
	var cur strings.Builder
	onlySpace := true
	flush := func() {
		if cur.Len() > 0 {
			parts = append(parts, cur.String())
			spaced = append(spaced, onlySpace)
			cur.Reset()
			onlySpace = true
		}
	}
	for _, r := range s {
		switch {
		case r == '-' || r == '/' || r == '\\' || r == '_' || r == '|' || r == ',' || r == ';' || r == ':':
			flush()
			onlySpace = false
		case unicode.IsSpace(r):
			flush()
		case r == '.':
			// dots inside symbols ("T.Ư") are dropped; between digits they separate ("01.2021")
			cur.WriteRune(r)
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	// Dots are dropped ("T.Ư", "01.2021") except one after type letters,
	// which joins them to the issuer ("QĐ.UB"); parts left empty go (a part
	// after an empty one was not spaced off the one before).
	kept, keptSpaced := parts[:0], spaced[:0]
	if strings.IndexByte(s, '.') >= 0 {
		// a part may split in two below: keep them apart from parts
		kept, keptSpaced = make([]string, 0, len(parts)+1), make([]bool, 0, len(parts)+1)
	}
	dropped := false
	for i, p := range parts {
		sp := spaced[i]
		if dot := strings.IndexByte(p, '.'); dot > 0 && dottedJoint(p[:dot], p[dot+1:]) {
			// "245/TTr.DSGĐTE", "63/2002/QĐ.UB": a dot for the joint
			// between the type letters and the issuer
			kept = append(kept, p[:dot])
			keptSpaced = append(keptSpaced, sp && !dropped)
			p, sp, dropped = p[dot+1:], false, false
		}
		if p = strings.ReplaceAll(p, ".", ""); p != "" {
			kept = append(kept, p)
			keptSpaced = append(keptSpaced, sp && !dropped)
			dropped = false
		} else {
			dropped = true
		}
	}
	parts, spaced = kept, keptSpaced
	if len(parts) == 0 {
		return ""
	}
	// "số" or "so" in front of the number (user-typed) is not part of it.
	if k := SymbolKey(parts[0]); (k == "SO" || k == "SOKYHIEU") && len(parts) > 1 {
		parts, spaced = parts[1:], spaced[1:]
	}
	var segs []string
	var segSpaced []bool
	for i, p := range parts {
		if k := SymbolKey(p); k != "" {
			segs = append(segs, k)
			segSpaced = append(segSpaced, spaced[i])
		}
	}
	if len(segs) == 0 {
		return ""
	}
	// A letter suffix of the ordinal ("30c/NQ-CP", "12A/UBND-VP", also
	// spaced off: "30 c/NQ-CP") stays with it when a symbol follows; the
	// one type letter L (Lệnh) glued or spaced is the symbol's ("5L/CTN").
	if len(segs) >= 3 && allDigits(segs[0]) && segSpaced[1] && ordinalSuffix(segs[1]) {
		segs = append([]string{segs[0] + segs[1]}, segs[2:]...)
	}
	// The ordinal may be glued to the type letters ("25nq").
	if p := segs[0]; isDigit(p[0]) {
		i := 0
		for i < len(p) && isDigit(p[i]) {
			i++
		}
		if i < len(p) && !(len(segs) >= 2 && ordinalSuffix(p[i:])) {
			segs = append([]string{p[:i], p[i:]}, segs[1:]...)
		}
	}
	if !allDigits(ordinalDigits(segs[0])) {
		return strings.Join(segs, "-")
	}
	num := strings.TrimLeft(segs[0], "0")
	if num == "" || !isDigit(num[0]) {
		num = "0" + num
	}
	segs = segs[1:]
	year := ""
	if len(segs) > 1 && len(segs[0]) == 4 && allDigits(segs[0]) {
		year, segs = segs[0], segs[1:]
	}
	if len(segs) == 0 {
		if year != "" {
			return num + "/" + year
		}
		return num
	}
	// The grammar follows the issuer: Party bodies write N-TYPE/ISSUER, every
	// other body (and an issuer the lexicon does not know) N/TYPE-ISSUER.
	issuer := segs[0]
	if len(segs) >= 2 {
		issuer = segs[1]
	}
	party := year == "" && IssuerFamily(issuer) == FamilyParty
	if party {
		if len(segs) == 1 {
			return num + "-" + segs[0]
		}
		return num + "-" + segs[0] + "/" + strings.Join(segs[1:], "-")
	}
	if year != "" {
		return num + "/" + year + "/" + strings.Join(segs, "-")
	}
	return num + "/" + strings.Join(segs, "-")
}

// dottedJoint reports whether a dot between before and after stands for
// the joint between type letters and an issuer: before is type letters
// alone ("TTr", "QĐ"; not an issuer such as "T" of "T.Ư" or "KT" of
// "KT.TH") and after starts with a letter.
func dottedJoint(before, after string) bool {
	if before == "" || after == "" || strings.ContainsRune(before, '.') || isDigit(after[0]) || after[0] == '.' {
		return false
	}
	if _, ok := TypeOfAbbrev(before); !ok || IssuerFamily(before) != "" {
		return false
	}
	return SymbolKey(after) != "" && !allDigits(SymbolKey(after))
}

// ordinalSuffix reports whether k (a SymbolKey) is one letter that may
// follow the digits of an ordinal ("C" of "30C"): an ASCII letter that is
// no type code of its own.
func ordinalSuffix(k string) bool {
	if len(k) != 1 || k[0] < 'A' || k[0] > 'Z' {
		return false
	}
	_, typ := TypeOfAbbrev(k)
	return !typ
}

// ordinalDigits returns seg without the letter suffix ordinalSuffix
// allows ("30C" → "30").
func ordinalDigits(seg string) string {
	if n := len(seg); n >= 2 && isDigit(seg[n-2]) && ordinalSuffix(seg[n-1:]) {
		return seg[:n-1]
	}
	return seg
}

// normDashes writes every dash variant as "-" and the full-width slash as "/".
func normDashes(s string) string {
	return dashReplacer.Replace(s)
}

var dashReplacer = strings.NewReplacer(
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-",
	"\u2015", "-", "\u2212", "-", "\uFE58", "-", "\uFE63", "-", "\uFF0D", "-",
	"\uFF0F", "/", "\u2215", "/", "\u2044", "/",
)

// NormalizeDashes returns s with every dash variant (‐ ‑ ‒ – — ― −, the
// small and full-width hyphen-minus) written "-" and the full-width and
// division slashes written "/". Byte offsets change where a variant stood.
func NormalizeDashes(s string) string { return normDashes(s) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// localIssuers are issuer parts (SymbolKey form) of bodies of which there are
// many: every province, district or ward has one, and each numbers its
// documents from 1.
var localIssuers = map[string]bool{
	"UBND": true, "HDND": true, "TU": true, "QU": true, "HU": true, "THU": true, "TXU": true,
	"DU": true, "DUK": true, "CB": true, "BDV": true, "BTG": true, "MTTQ": true, "LDLD": true,
	"BCD": true, "UBKT": true, "SNV": true, "STC": true, "STP": true, "SYT": true, "SGDDT": true,
	"SXD": true, "SVHTT": true, "TDTN": true, "QDTN": true, "HDTN": true, "HLHPN": true,
	"HCCB": true, "HND": true,
}

// IsLocalNumber reports whether a canonical document number is one that many
// bodies issue independently (an administrative number whose issuer part is a
// local body such as UBND, HĐND, QU, TU, ĐU or one of their organs), so that
// it needs the citing portal as scope to identify a document. It accepts any
// spelling of the number, canonical or not.
func IsLocalNumber(canonical string) bool {
	c := CanonicalNumber(canonical)
	i := strings.IndexAny(c, "-/")
	if i < 0 {
		return false
	}
	for _, seg := range strings.FieldsFunc(c[i+1:], func(r rune) bool { return r == '/' || r == '-' }) {
		if localIssuers[seg] {
			return true
		}
		if len(seg) > 2 && !strings.HasSuffix(seg, "TW") {
			for _, suf := range []string{"TU", "QU", "HU"} {
				if strings.HasSuffix(seg, suf) && IssuerFamily(seg) == FamilyParty {
					return true
				}
			}
			if strings.HasPrefix(seg, "DU") {
				return true
			}
		}
	}
	return false
}

// yearInNumber returns a four-digit year (1945–2100) standing as its own part
// of a number such as "30/2020/NĐ-CP", or 0.
func yearInNumber(n string) int {
	for _, part := range strings.FieldsFunc(n, func(r rune) bool { return r == '/' || r == '-' }) {
		if len(part) == 4 {
			if y, err := strconv.Atoi(part); err == nil && y >= 1945 && y <= 2100 {
				return y
			}
		}
	}
	return 0
}

func itoa(i int) string { return strconv.Itoa(i) }
