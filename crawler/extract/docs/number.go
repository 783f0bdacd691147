package docs

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnarchive/vnarchive/data"
)

// number is a document number read from text.
type number struct {
	start, end int    // byte span in the normalised text
	raw        string // as written, spaces dropped: "25-NQ/TW", "15"
	digits     string // the ordinal: "25"
	symbol     bool   // the number carries a symbol (letters after the ordinal)
	segs       []string
}

// firstSymbol returns the first letter part of the symbol ("NQ" of
// "25-NQ/TW", "QĐ" of "30/2020/QĐ-UBND", "UBND" of "1234/UBND-VP").
func (n number) firstSymbol() string {
	for _, s := range n.segs {
		if !allDigits(s) {
			return s
		}
	}
	return ""
}

// typeFromSymbol returns the type the symbol's type letters name, or "".
// A Party symbol with TT is a Thông tri; a state one a Thông tư.
func (n number) typeFromSymbol() string {
	first := n.firstSymbol()
	if first == "" {
		return ""
	}
	t, ok := data.TypeOfAbbrev(first)
	if !ok {
		return ""
	}
	if t == "Thông tư" && len(n.segs) >= 2 && data.IssuerFamily(n.segs[len(n.segs)-1]) == data.FamilyParty {
		return "Thông tri"
	}
	return t
}

// addSegs appends parts to n.segs, with room for four made at the first:
// the two or three parts of a symbol ("21/KH-UBND", "30/2020/NĐ-CP") take
// one allocation instead of one for each size the slice grows through.
func (n *number) addSegs(parts ...string) {
	if n.segs == nil {
		n.segs = make([]string, 0, 4)
	}
	n.segs = append(n.segs, parts...)
}

// scanNumber reads a document number starting at text[p] (a digit): an
// ordinal of 1–5 digits, then parts joined by "-" or "/" with optional
// spaces around the joints — a four-digit year, then symbol parts of letters
// ("NQ", "TTg", "QyĐ", "T.Ư", "QH15"). It fails when the ordinal is glued to
// a word or the parts after a joint are not a symbol ("21/25", "15/tháng").
func scanNumber(text string, p int) (number, bool) {
	if p >= len(text) || !isDigit(text[p]) {
		return number{}, false
	}
	if r := prevRune(text, p); isDigitRune(r) || isLetter(r) && !afterGluedSo(text, p) {
		return number{}, false
	}
	q := p
	for q < len(text) && isDigit(text[q]) {
		q++
	}
	if q-p > 5 {
		return number{}, false
	}
	// "30c/NQ-CP", "12A/UBND-VP": one letter after the digits belongs to
	// the ordinal when a joint follows it; the number must then carry a symbol
	suffixed := false
	if q+1 < len(text) && isASCIILetter(text[q]) {
		if j := skipBlanks(text, q+1); j < len(text) && (text[j] == '/' || text[j] == '-') {
			q++
			suffixed = true
		}
	}
	n := number{start: p, digits: text[p:q]}
	yearAllowed := true
	// "84 QĐ/TWĐTN": a space for the joint after the ordinal, only before
	// known type letters that a joint and an issuer follow
	if j := skipBlanks(text, q); j > q && j < len(text) && !suffixed {
		seg, kend := readSegment(text, j)
		if _, ok := data.TypeOfAbbrev(seg); ok && symbolPart(seg, true) && kend < len(text) && (text[kend] == '/' || text[kend] == '-') {
			if next, _ := readSegment(text, kend+1); symbolPart(next, true) {
				n.symbol = true
				n.addSegs(seg)
				q = kend
				yearAllowed = false
			}
		}
	}
	for {
		j := skipBlanks(text, q)
		if j >= len(text) || (text[j] != '-' && text[j] != '/') {
			break
		}
		sep := text[j]
		k := skipBlanks(text, j+1)
		if k < len(text) && text[k] == '\n' && (n.symbol && letterSegs(n.segs) == 1 || !n.symbol) {
			// "473/TTr -\nNN&PTNT": a symbol broken at its joint, the issuer
			// letters on the next line; "43-\nNQ/TU", "09/2022/\nTT-BTC":
			// broken before its type letters, which the lexicon must know
			if k2 := skipBlanks(text, k+1); k2 < len(text) {
				if seg2, _ := readSegment(text, k2); symbolPart(seg2, true) && plainSymbol(seg2) && (n.symbol || knownPart(seg2)) {
					k = k2
				}
			}
		}
		if n.symbol {
			// "112/NQ-Hội đồng nhân dân": the issuer of the symbol written
			// out in words (a portal that expands HĐND); the number keeps
			// the words as written, without their spaces
			if e := spelledIssuerEnd(text, k); e > k {
				n.addSegs(dropBlanks(text[k:e]))
				q = e
				continue
			}
		}
		seg, kend := readSegment(text, k)
		if !allDigits(seg) { // (gluedWord and tonedWord cut letters only)
			if cut := gluedWord(seg); cut > 0 {
				// "25-NQ/TWvề": a word glued to the symbol is not part of it
				seg, kend = seg[:cut], k+cut
			} else if cut := tonedWord(seg); cut > 0 {
				seg, kend = seg[:cut], k+cut
			}
		}
		spaced := j > q || k > j+1
		switch {
		case seg == "":
			// a dangling joint: the number ends before it
		case allDigits(seg):
			if !(yearAllowed && sep == '/' && len(seg) == 4 && (seg[:2] == "19" || seg[:2] == "20") &&
				skipBlanks(text, kend) < len(text) && text[skipBlanks(text, kend)] == '/') {
				return number{}, false
			}
			yearAllowed = false
			n.addSegs(seg)
			q = kend
			continue
		case symbolPart(seg, spaced && len(n.segs) > 0):
			yearAllowed = false
			n.symbol = true
			if dot := strings.IndexByte(seg, '.'); dot > 0 && dottedIssuer(seg[:dot]) {
				// "TTr.DSGĐTE": type letters and issuer, as after a dash
				n.addSegs(seg[:dot], seg[dot+1:])
			} else {
				n.addSegs(seg)
			}
			q = kend
			continue
		default:
			if len(n.segs) == 0 && !spaced {
				// "15/tháng", "21/25a": not a number of a document
				return number{}, false
			}
		}
		break
	}
	// A year with no symbol after it ("30/2020") is not a full number, nor
	// is an ordinal with a letter and no symbol ("12A/3").
	if (len(n.segs) > 0 || suffixed) && !n.symbol {
		return number{}, false
	}
	if q < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[q:]); isDigitRune(r) || (isLetter(r) && !n.symbol) {
			return number{}, false
		}
	}
	n.end = q
	n.raw = dropBlanks(text[p:q])
	return n, true
}

// afterGluedSo reports whether the word "số" (any case) is glued right
// before text[p] ("Quyết định số64B-HĐBT"): a number may start there.
func afterGluedSo(text string, p int) bool {
	for _, so := range [...]string{"số", "Số", "SỐ"} {
		if strings.HasSuffix(text[:p], so) && wordStart(text, p-len(so)) {
			return true
		}
	}
	return false
}

// dropBlanks returns s without its spaces, tabs and newlines: the raw form
// of a number read from s, whose only other bytes are the digits, joints
// and symbol parts scanNumber keeps (s itself when there are none).
func dropBlanks(s string) string {
	if strings.IndexByte(s, ' ') < 0 && strings.IndexByte(s, '\t') < 0 && strings.IndexByte(s, '\n') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '\t' && c != '\n' {
			b = append(b, c)
		}
	}
	return string(b)
}

// readSegment reads a run of letters, digits and inner dots at text[k].
func readSegment(text string, k int) (string, int) {
	j := k
	for j < len(text) {
		var r rune
		var size int
		if c := text[j]; c < utf8.RuneSelf {
			// ASCII letters and digits told without decoding
			if isASCIILetter(c) || isDigit(c) {
				j++
				continue
			}
			r, size = rune(c), 1
		} else if r, size = utf8.DecodeRuneInString(text[j:]); isLetter(r) || isDigitRune(r) {
			j += size
			continue
		}
		if r == '&' && j > k && j+1 < len(text) && isSymbolLetter(prevRune(text, j)) {
			// "NN&PTNT", "KH&ĐT": an ampersand between the letters of an issuer
			if next, _ := utf8.DecodeRuneInString(text[j+1:]); isSymbolLetter(next) {
				j += size
				continue
			}
		}
		if r == '.' && j > k && j+1 < len(text) && dottedCaps(text[j+1:], dottedIssuer(text[k:j])) {
			// "T.Ư": a dot between capitals, not a sentence glued to the
			// next ("25-NQ/TW.Ngày"); "TTr.DSGĐTE": a dot for the joint
			// between type letters and the issuer
			j += size
			continue
		}
		break
	}
	return text[k:j], j
}

// gluedWord returns where a word glued to the end of a symbol part starts:
// a capital followed by small letters, or a run of two small letters, after
// capitals ("TWvề" → 2, "UBNDTrong" → 4); 0 when there is none. Symbol
// parts mix in single small letters only ("TTg", "QyĐ", "GDTrH").
func gluedWord(seg string) int {
	// a cut needs two small letters in a row
	lower := 0
	for _, r := range seg {
		if unicode.IsLower(r) {
			lower++
		}
	}
	if lower < 2 {
		return 0
	}
	rs := []rune(seg)
	bytePos := make([]int, len(rs)+1)
	off := 0
	for i, r := range rs {
		bytePos[i] = off
		off += utf8.RuneLen(r)
	}
	bytePos[len(rs)] = off
	for i := 1; i+1 < len(rs); i++ {
		if !unicode.IsUpper(rs[i-1]) && !(i >= 2 && unicode.IsUpper(rs[i-2])) {
			continue
		}
		if unicode.IsLower(rs[i]) && unicode.IsLower(rs[i+1]) {
			if knownPart(seg) {
				return 0
			}
			// "TWvề" or "UBNDTrong": cut where what stays is a known part
			if unicode.IsUpper(rs[i-1]) && i >= 2 && knownPart(seg[:bytePos[i-1]]) && !knownPart(seg[:bytePos[i]]) {
				return bytePos[i-1]
			}
			return bytePos[i]
		}
	}
	return 0
}

// tonedWord returns where a word in capitals that carries a tone mark starts
// in a symbol part glued to it ("VPĐOÀN" → 2: a flattened header ran the
// next line's "ĐOÀN TNCS" into the symbol), or 0. Symbols never carry tone
// marks. The word starts at the consonants before its vowels ("Đ" of
// "ĐOÀN", "NG" of "NGÀNH"); at least two letters must stay.
func tonedWord(seg string) int {
	if !strings.ContainsFunc(seg, hasToneMark) {
		return 0
	}
	rs := []rune(seg)
	toned := -1
	for i, r := range rs {
		if hasToneMark(r) {
			toned = i
			break
		}
	}
	if toned < 0 {
		return 0
	}
	start := toned
	for start > 0 && isVowel(rs[start-1]) {
		start--
	}
	for _, on := range []string{"NGH", "NG", "NH", "CH", "TR", "TH", "PH", "KH", "GH", "GI", "QU"} {
		o := []rune(on)
		if start >= len(o) && string(rs[start-len(o):start]) == on {
			start -= len(o)
			goto cut
		}
	}
	if start > 0 && !isVowel(rs[start-1]) && unicode.IsUpper(rs[start-1]) {
		start--
	}
cut:
	if start < 2 {
		return 0
	}
	return len(string(rs[:start]))
}

// isVowel reports whether r is a Vietnamese vowel letter, with or without
// marks.
func isVowel(r rune) bool {
	if uint32(r) < runeTableSize {
		return markTab.vowel[r/64]&(1<<(r%64)) != 0
	}
	return isVowelNFD(r)
}

// isVowelNFD is isVowel read from the NFD of the capital.
func isVowelNFD(r rune) bool {
	base := []rune(norm.NFD.String(string(unicode.ToUpper(r))))[0]
	return strings.ContainsRune("AEIOUY", base) || r == 'Ư' || r == 'ư' || r == 'Ơ' || r == 'ơ'
}

// markTab holds isVowel and hasToneMark for the runes below runeTableSize,
// read once from their NFD at package initialisation.
var markTab = func() (t struct{ vowel, toned [runeTableSize / 64]uint64 }) {
	for r := rune(0); r < runeTableSize; r++ {
		if isVowelNFD(r) {
			t.vowel[r/64] |= 1 << (r % 64)
		}
		if hasToneMarkNFD(r) {
			t.toned[r/64] |= 1 << (r % 64)
		}
	}
	return t
}()

// hasToneMark reports whether r is a letter with a Vietnamese tone mark
// (grave, acute, hook, tilde, dot below).
func hasToneMark(r rune) bool {
	if uint32(r) < runeTableSize {
		return markTab.toned[r/64]&(1<<(r%64)) != 0
	}
	return hasToneMarkNFD(r)
}

// hasToneMarkNFD is hasToneMark read from the NFD of r.
func hasToneMarkNFD(r rune) bool {
	for _, c := range norm.NFD.String(string(r)) {
		switch c {
		case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
			return true
		}
	}
	return false
}

func knownPart(p string) bool {
	_, ok := data.TypeOfAbbrev(p)
	return ok || data.IssuerFamily(p) != ""
}

// dottedCaps reports whether s starts with one to three capitals that end
// the word, or up to maxDotted when long: the letters after a dot inside a
// symbol. They carry no tone mark ("25-NQ/TU.SỞ Y TẾ" is a heading glued to
// the number).
func dottedCaps(s string, long bool) bool {
	n := 0
	for _, r := range s {
		if !isLetter(r) && !(long && n > 0 && isDigitRune(r)) {
			break
		}
		if !unicode.IsUpper(r) && !isDigitRune(r) || hasToneMark(r) {
			return false
		}
		n++
	}
	if long {
		return n >= 1 && n <= maxDotted
	}
	return n >= 1 && n <= 3
}

// maxDotted is the longest issuer part after a dot ("SNNPTNT", "BLĐTBXH").
const maxDotted = 10

// dottedIssuer reports whether the part before a dot inside a symbol is
// type letters alone ("TTr", "QĐ"), so that the dot stands for the joint
// before the issuer ("245/TTr.DSGĐTE", "63/2002/QĐ.UBND") and the issuer
// after it may be as long as one after a dash. After an issuer
// ("45/KH-UBND.UBND huyện") a dot ends the sentence.
func dottedIssuer(before string) bool {
	if strings.ContainsRune(before, '.') {
		return false
	}
	_, ok := data.TypeOfAbbrev(before)
	return ok && data.IssuerFamily(before) == ""
}

// symbolPart reports whether seg reads as part of a document symbol: an
// abbreviation in capitals, possibly mixed with a few small letters and
// digits ("NQ", "TTg", "QyĐ", "CTr", "QH15", "T.Ư", "BGDĐT"), or an
// abbreviation the lexicon knows in any case ("nq", "ubnd"). After a spaced
// joint (strict) only capitals or lexicon entries count, so that "… - Ban"
// in prose is not read as a symbol.
func symbolPart(seg string, strict bool) bool {
	if seg == "" || utf8.RuneCountInString(seg) > 16 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(seg)
	if !isLetter(first) {
		return false
	}
	known := false
	if _, ok := data.TypeOfAbbrev(seg); ok {
		known = true
	} else if data.IssuerFamily(seg) != "" {
		known = true
	}
	upper, lower := 0, 0
	for _, r := range seg {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	if upper == 0 {
		return known && utf8.RuneCountInString(seg) <= 6
	}
	if !unicode.IsUpper(first) {
		return false
	}
	if strict {
		return known || lower == 0
	}
	return upper >= lower || known
}

func skipBlanks(text string, k int) int {
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	return k
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

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

func prevRune(text string, i int) rune {
	if i <= 0 || i > len(text) {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

// letterSegs counts the symbol parts of segs that are not all digits.
func letterSegs(segs []string) int {
	c := 0
	for _, s := range segs {
		if !allDigits(s) {
			c++
		}
	}
	return c
}

// isSymbolLetter reports whether r can stand in the letters of a symbol
// around "&": a capital Latin letter, Đ or Ư.
func isSymbolLetter(r rune) bool {
	return (r >= 'A' && r <= 'Z') || r == 'Đ' || r == 'Ư'
}

// plainSymbol reports whether seg is written like the letters of a symbol
// rather than a word in capitals: a part the lexicons know, or only capital
// Latin letters, Đ, Ư, digits and "&" ("NN&PTNT", "UBND"; not "THỰC").
func plainSymbol(seg string) bool {
	if knownPart(seg) {
		return true
	}
	for _, r := range seg {
		if !isSymbolLetter(r) && !isDigitRune(r) && r != '&' {
			return false
		}
	}
	return true
}

// spelledBodies are the issuers' names of more than one word ("Hội đồng
// nhân dân"), as the issuer lexicon gives them.
var spelledBodies = func() []string {
	var out []string
	for _, is := range data.Issuers() {
		if strings.Contains(is.Body, " ") {
			out = append(out, is.Body)
		}
	}
	return out
}()

// spelledIssuerEnd returns where an issuer's name written out in words
// ends when one starts at text[k] (in any letter case, a word end after
// it), or -1.
func spelledIssuerEnd(text string, k int) int {
	if k >= len(text) || text[k] < 'A' && text[k] < 0x80 {
		return -1
	}
	// strings.EqualFold matches only when the first runes fold together
	if c := text[k]; c < utf8.RuneSelf {
		if !spelledFirst.ascii[c] {
			return -1
		}
	} else if r, _ := utf8.DecodeRuneInString(text[k:]); !spelledFirst.other[r] {
		return -1
	}
	best := -1
	for _, b := range spelledBodies {
		if e := k + len(b); e <= len(text) && e > best && strings.EqualFold(text[k:e], b) && wordEndAt(text, e) {
			best = e
		}
	}
	return best
}

// spelledFirst holds the first runes of spelledBodies and every rune
// they fold with (unicode.SimpleFold, as strings.EqualFold folds them):
// spelledIssuerEnd tries the bodies only at a rune of this set.
var spelledFirst = func() (set struct {
	ascii [utf8.RuneSelf]bool
	other map[rune]bool
}) {
	set.other = map[rune]bool{}
	for _, b := range spelledBodies {
		r0, _ := utf8.DecodeRuneInString(b)
		for r := r0; ; {
			if r < utf8.RuneSelf {
				set.ascii[r] = true
			} else {
				set.other[r] = true
			}
			if r = unicode.SimpleFold(r); r == r0 {
				break
			}
		}
	}
	return set
}()

// wordEndAt reports whether no letter or digit starts at text[e].
func wordEndAt(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[e:])
	return !isLetter(r) && !isDigitRune(r)
}
