// Package docs reads cited documents out of Vietnamese text: numbered
// documents in both numbering grammars and their variations — Party
// "25-NQ/TW", state "33/CT-TTg", normative "30/2020/NĐ-CP", laws
// "10/2022/QH15", joint "55/2005/TTLT-BNV-VPCP", letters "1234/UBND-VP", bare
// "Nghị quyết số 15", year form "Nghị định 100/2019", an ordinal with a
// letter suffix "30c/NQ-CP", type letters that extend the type's code
// "Báo cáo thẩm định số 18/BCTĐ-STP", a dot for the joint before the
// issuer "245/TTr.DSGĐTE", numbers broken across lines or spaced at their
// joints (shared/docs/vietnamese-reference.md §1) — with the issuing date,
// issuer ("của …", also after "năm 2019 của …") and Party term ("khóa XI")
// given with the citation, and unnumbered references (laws by name,
// congress and plenum resolutions). A type word with a bare number inside
// the name of a body ("Văn phòng Điều phối Chương trình 135 Trung ương")
// names a programme and is no citation.
//
// Text that lost its spaces is read too: a list index glued before the type
// word at a line or list-item start ("- 6Nghị quyết 45/2021/QH15"), "số"
// glued to the number ("Quyết định số64B-HĐBT"), and "gày" typed for
// "ngày" right after the number. A page header number whose symbol names
// no type ("Số: 125-CP") takes the type of the heading alone on its line a
// few lines below ("QUYẾT ĐỊNH").
//
// Data flow:
//
//	text ──normalise (NFC, Ð→Đ, dashes → "-")──▶ dates.Find
//	  ├─ type words (data/lexicon/doctypes*.txt) ─▶ "số" ─▶ number [, list…] ─▶ date, "của" issuer, term
//	  ├─ page header "Số: 45/QĐ-UBND" ─▶ date of the place-and-date line
//	  ├─ type letters alone "NQ 15", "CV 9229/UBND-VHXH" (CV: with a symbol or a date)
//	  ├─ "văn bản số 456/CAT-PV01", "Văn bản số 7328 ngày …": a letter, or the type its symbol names
//	  ├─ bare symbols "… 25-NQ/TW" (type letters and issuer from the lexicons)
//	  └─ sentence frame "Ngày …, X đã ban hành …" for citations without a date
//	mentions ──merge (canonical number; short "Chỉ thị 35" into "35-CT/TW")──▶ []data.Document
//
// What counts follows shared/eval/ANNOTATION.md. All functions are pure,
// safe for concurrent use, and never panic.
package docs

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnarchive/vnarchive/crawler/extract/dates"
	"github.com/vnarchive/vnarchive/crawler/extract/internal/textscan"
	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
)

// Find returns the numbered documents cited in text, one entry per distinct
// document in order of first mention, and the unnumbered references.
//
// A document's Type is the canonical type name, Number the number as written
// (NFC, dashes as "-", no spaces; just the digits for a bare form),
// Canonical = data.CanonicalNumber(Number), Date the issuing date given
// with a citation (ISO) or "", Issuer the body named after "của", Term the
// Party term in Roman numerals: as written ("khóa XI"), else for a central
// Party number (…/TW) with a date, the Central Committee term of that date.
// A later short mention ("Chỉ thị 35") merges into the full citation of the
// same type ("Chỉ thị số 35-CT/TW"); two
// spellings of one number are one entry; one number cited with two different
// dates, terms or types stays two entries.
func Find(text string) (docs []data.Document, refs []data.Reference) {
	var s scanner
	s.read(text)
	ms := s.mentions()
	return merge(ms), s.references()
}

// FindWithDates is Find with dates.All(text) besides: the dates the
// scanner reads are found once for both when normalising leaves text as it
// is.
func FindWithDates(text string) (docs []data.Document, refs []data.Reference, isoDates []string) {
	var s scanner
	s.read(text)
	ms := s.mentions()
	if s.text == text {
		isoDates = dates.ISO(s.dates)
	} else {
		isoDates = dates.All(text)
	}
	return merge(ms), s.references(), isoDates
}

// normalize is the form the scanner reads: invalid UTF-8 as spaces, NFC,
// lookalike letters mended, dash variants as "-", CR as space. Spelling is otherwise kept, so that
// issuers read as written.
func normalize(text string) string {
	if plain, dash := plainText(text); plain {
		// vn.NFC keeps text as it is: only the dashes and CR remain
		if dash {
			text = normalizeDashes(text)
		}
		if strings.IndexByte(text, '\r') >= 0 {
			text = strings.ReplaceAll(text, "\r", " ")
		}
		return text
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, " ")
	}
	t := vn.NFC(text)
	if hasDashVariant(t) {
		t = normalizeDashes(t)
	}
	return strings.ReplaceAll(t, "\r", " ")
}

// stableTableSize bounds stableBits: Latin, combining marks, the
// Vietnamese block and general punctuation (quotes, dashes, ellipsis).
const stableTableSize = 0x2080

// stableBits marks the runes below stableTableSize that vn.NFC keeps
// whatever stands around them: ASCII, and the runes that are in NFC alone,
// have a composition boundary before them (nothing before them can compose
// with them) and that vn.NFC leaves as they are (it mends lookalikes). A
// text made of these runes only is its own NFC and holds no lookalike, so
// that vn.NFC returns it unchanged.
var stableBits = func() (b [stableTableSize / 64]uint64) {
	for r := rune(0); r < stableTableSize; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if r < utf8.RuneSelf || norm.NFC.IsNormalString(s) && norm.NFC.PropertiesString(s).BoundaryBefore() && vn.NFC(s) == s {
			b[r/64] |= 1 << (r % 64)
		}
	}
	return b
}()

// plainText reports whether text is valid UTF-8 of stableBits runes only,
// read in one pass (normalize's vn.NFC then keeps it), and whether it
// holds a dash variant (the dash variants of stableBits' range: U+2010 to
// U+2015 and U+2044; a text with one beyond that range is not plain).
func plainText(text string) (plain, dash bool) {
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// decoded here: two-byte runes and the three-byte runes led by E1
		// or E2 (U+1000 to U+2FFF), always valid with their continuation
		// bytes; anything else is beyond the table or invalid
		var r rune
		switch {
		case 0xC2 <= c && c <= 0xDF:
			if i+1 >= n || text[i+1]&0xC0 != 0x80 {
				return false, false
			}
			r = rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
			i += 2
		case c == 0xE1 || c == 0xE2:
			if i+2 >= n || text[i+1]&0xC0 != 0x80 || text[i+2]&0xC0 != 0x80 {
				return false, false
			}
			r = rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
			i += 3
		default:
			return false, false
		}
		if r >= stableTableSize || stableBits[r/64]&(1<<(r%64)) == 0 {
			return false, false
		}
		if r >= 0x2010 && (r <= 0x2015 || r == 0x2044) {
			dash = true
		}
	}
	return true, dash
}

// normalizeDashes is data.NormalizeDashes in one pass: each of its
// variants (three bytes, led by 0xE2 or 0xEF) becomes "-" or "/".
func normalizeDashes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i := 0; i+3 <= len(s); {
		if c := s[i]; c != 0xE2 && c != 0xEF {
			i++
			continue
		}
		var r byte
		switch s[i : i+3] {
		case "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE58", "\uFE63", "\uFF0D":
			r = '-'
		case "\uFF0F", "\u2215", "\u2044":
			r = '/'
		default:
			i++
			continue
		}
		b.WriteString(s[last:i])
		b.WriteByte(r)
		i += 3
		last = i
	}
	b.WriteString(s[last:])
	return b.String()
}

// hasDashVariant reports whether s holds a character data.NormalizeDashes
// rewrites (all are three bytes long, led by 0xE2 or 0xEF).
func hasDashVariant(s string) bool {
	return hasDashVariantLed(s, 0xE2) || hasDashVariantLed(s, 0xEF)
}

// hasDashVariantLed is hasDashVariant for the variants led by byte lead,
// found with strings.IndexByte.
func hasDashVariantLed(s string, lead byte) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], lead)
		if k < 0 {
			return false
		}
		i += k
		if i+3 > len(s) {
			return false
		}
		switch s[i : i+3] {
		case "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE58", "\uFE63", "\uFF0D",
			"\uFF0F", "\u2215", "\u2044":
			return true
		}
	}
}

// mentions collects every citation of a numbered document, in text order.
func (s *scanner) mentions() []mention {
	t := s.text
	var out []mention
	// bytes already read as a number, one bit each for t[0] to t[len(t)]
	// (on the stack for a short text)
	var takenBuf [16]uint64
	taken := takenBuf[:]
	if n := (len(t) + 1 + 63) / 64; n <= len(takenBuf) {
		taken = takenBuf[:n]
	} else {
		taken = make([]uint64, n)
	}
	isTaken := func(i int) bool { return taken[i/64]&(1<<(i%64)) != 0 }
	mark := func(m mention) {
		for i := m.num.start; i < m.num.end && i <= len(t); i++ {
			taken[i/64] |= 1 << (i % 64)
		}
	}
	// Page header: "Số: 45/QĐ-UBND" at the start of a line or table cell.
	for _, m := range s.headers() {
		out = append(out, m)
		mark(m)
	}
	for _, h := range s.hits {
		if h.typ == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(t[h.start:])
		for _, m := range s.afterType(h.typ, h.start, h.end, unicode.IsUpper(first)) {
			if isTaken(m.num.start) {
				continue
			}
			out = append(out, m)
			mark(m)
		}
	}
	// A type written as its letters: "NQ số 15", "NQ 25 của Bộ Chính trị".
	for _, h := range s.abbrevWords() {
		for _, m := range s.afterType(h.typ, h.start, h.end, false) {
			if isTaken(m.num.start) {
				continue
			}
			if strictAbbrev[t[h.start:h.end]] && !m.num.symbol && m.dateSrc != 'a' {
				// "CV số 3 của ứng viên" is a résumé; "CV số 1402 ngày
				// 15/6/2022" a letter
				break
			}
			out = append(out, m)
			mark(m)
		}
	}
	// "văn bản số 456/CAT-PV01", "các văn bản số 12/UBND-VP và 13/UBND-VP":
	// a letter (or the type its symbol names), whoever signs it, numbers
	// with a symbol or a bare number with its date ("Văn bản số 5146 ngày
	// 21/10/2024").
	for _, h := range s.letterWords() {
		ms := s.afterType("Công văn", h.start, h.end, false)
		for _, m := range ms {
			if isTaken(m.num.start) {
				break
			}
			if m.num.symbol && !strings.ContainsFunc(m.num.firstSymbol(), unicode.IsUpper) ||
				!m.num.symbol && m.dateSrc != 'a' {
				// a bare number is a letter's only with its issuing date
				// ("Văn bản số 5146 ngày 21/10/2024"; not "văn bản số 15 của xã")
				break
			}
			if st := m.num.typeFromSymbol(); st != "" {
				m.typ = st
			}
			out = append(out, m)
			mark(m)
		}
	}
	// Bare symbols with type letters: "theo 25-NQ/TW", "văn bản số 1234/UBND-VP".
	for i := symbolStart(t); i < len(t); i = textscan.NextDigit(t, i+1) {
		// the digits after the first of a run start nothing
		start := i
		for i+1 < len(t) && isDigit(t[i+1]) {
			i++
		}
		if isTaken(start) || (start > 0 && isDigit(t[start-1])) || !mayBeSymbol(t, start) {
			continue
		}
		n, ok := scanNumber(t, start)
		if !ok || !n.symbol {
			continue
		}
		typ := s.standaloneType(n)
		if typ == "" {
			continue
		}
		m := mention{pos: start, typ: typ, num: n}
		m.end = s.attachTail(&m)
		out = append(out, m)
		mark(m)
		i = n.end - 1
	}
	if len(out) > 1 {
		slices.SortStableFunc(out, func(a, b mention) int { return cmp.Compare(a.pos, b.pos) })
	}
	// "Quyết định số 1 ngày … và Quyết định số 2 ngày … của UBND": an issuer
	// that closes a run of citations belongs to each of them; not across
	// dated citations of other types ("Công văn số 1 ngày … và Báo cáo số 2
	// ngày … của Sở Tư pháp": each paper has its own sender).
	for i := len(out) - 2; i >= 0; i-- {
		a, b := &out[i], out[i+1]
		if a.issuer == "" && b.issuer != "" && a.end <= b.pos && reJoinOnly.MatchString(t[a.end:b.pos]) && issuerFits(a.num, b.issuer) &&
			!(a.date != "" && b.date != "" && a.typ != b.typ) &&
			!issuerCodeOnlyOf(b.num, a.num, b.issuer) &&
			!(b.term != "" && a.date != "" && isCentralParty(data.CanonicalNumber(a.num.raw)) && centralTerm(a.date) != b.term) {
			a.issuer, a.term = b.issuer, b.term
		}
	}
	for i := range out {
		if out[i].date == "" {
			if d := s.frameDate(out[i].pos); d != "" {
				out[i].date, out[i].dateSrc = d, 'f'
			}
		}
	}
	return out
}

// symbolStart is where the search for bare symbols in t starts:
// textscan.NextDigit(t, 0), or len(t) when no joint of t may join a symbol
// part (symbolJoint), as in a text whose joints are those of dates
// ("06/5/2024"): scanNumber reads a symbol only through a joint with a
// part that is not all digits before or after it.
func symbolStart(t string) int {
	for _, sep := range [...]byte{'/', '-'} {
		for i := 0; ; i++ {
			k := strings.IndexByte(t[i:], sep)
			if k < 0 {
				break
			}
			i += k
			if symbolJoint(t, i) {
				return textscan.NextDigit(t, 0)
			}
		}
	}
	return len(t)
}

// symbolJoint reports whether the joint t[j] may join a symbol part:
// unless the nearest byte on each side that is no white space is an ASCII
// digit, in a run of digits that nothing of a part (a letter, any byte of
// a rune beyond ASCII, or '.' or '&' before more) goes on from.
func symbolJoint(t string, j int) bool {
	// after the joint: white space, then digits
	k := j + 1
	for k < len(t) && textscan.IsSpace(t[k]) {
		k++
	}
	if k < len(t) {
		if !isDigit(t[k]) {
			return true
		}
		for k < len(t) && isDigit(t[k]) {
			k++
		}
		if k < len(t) && partGoesOn(t, k) {
			return true
		}
	}
	// before the joint: digits right before it, or white space
	b := j
	for b > 0 && textscan.IsSpace(t[b-1]) {
		b--
	}
	if b > 0 {
		if !isDigit(t[b-1]) {
			return true
		}
		for b > 0 && isDigit(t[b-1]) {
			b--
		}
		if b > 0 && (isASCIILetter(t[b-1]) || t[b-1] >= utf8.RuneSelf || t[b-1] == '.' || t[b-1] == '&') {
			return true
		}
	}
	return false
}

// partGoesOn reports whether a symbol part may go on at t[k], after digits:
// a letter, a byte of a rune beyond ASCII, or '.' or '&' before anything
// but white space.
func partGoesOn(t string, k int) bool {
	c := t[k]
	if isASCIILetter(c) || c >= utf8.RuneSelf {
		return true
	}
	return (c == '.' || c == '&') && k+1 < len(t) && !textscan.IsSpace(t[k+1])
}

// mayBeSymbol is the cheap test before scanNumber for a bare symbol at the
// digits t[p]: scanNumber reads a symbol only when a joint ('-' or '/')
// follows the digits (blanks between) or their letter suffix ("27a-NQ/TU"),
// or blanks and a segment and then a joint ("84 QĐ/TWĐTN").
func mayBeSymbol(t string, p int) bool {
	q := p
	for q < len(t) && isDigit(t[q]) {
		q++
	}
	if q < len(t) && isASCIILetter(t[q]) {
		// "27a-NQ/TU": a letter suffix of the ordinal, then the joint
		k := skipBlanks(t, q+1)
		return k < len(t) && (t[k] == '-' || t[k] == '/')
	}
	k := skipBlanks(t, q)
	if k >= len(t) {
		return false
	}
	if t[k] == '-' || t[k] == '/' {
		return true
	}
	if k == q {
		return false
	}
	_, kend := readSegment(t, k)
	return kend < len(t) && (t[kend] == '/' || t[kend] == '-')
}

// letterWords finds "văn bản" (any case) before "số": where a letter is
// cited by its number.
func letterWords(t string) []typeHit {
	var out []typeHit
	for _, w := range [...]string{"bản", "BẢN"} {
		for i := 0; ; {
			j := strings.Index(t[i:], w)
			if j < 0 {
				break
			}
			k := i + j
			i = k + len(w)
			if h, ok := letterWordAt(t, k, i); ok {
				out = append(out, h)
			}
		}
	}
	if len(out) > 1 {
		sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	}
	return out
}

// letterWordAt is letterWords' test of "bản" or "BẢN" at t[k:i]: "văn"
// (any case) before it, "số" after it.
func letterWordAt(t string, k, i int) (typeHit, bool) {
	if !wordEnd(t, i) || k < 2 || (t[k-1] != ' ' && t[k-1] != '\n') {
		return typeHit{}, false
	}
	b := k - 1
	for b > 0 && (t[b-1] == ' ' || t[b-1] == '\n') {
		b--
	}
	var start int
	switch {
	case strings.HasSuffix(t[:b], "văn"):
		start = b - len("văn")
	case strings.HasSuffix(t[:b], "Văn"):
		start = b - len("Văn")
	case strings.HasSuffix(t[:b], "VĂN"):
		start = b - len("VĂN")
	default:
		return typeHit{}, false
	}
	if !wordStart(t, start) {
		return typeHit{}, false
	}
	if m := soEnd(t[skipSpace(t, i):]); m < 0 || !wordEnd(t, skipSpace(t, i)+len("số")) {
		return typeHit{}, false
	}
	return typeHit{start: start, end: i, typ: "Công văn"}, true
}

// abbrevTypes are the type letters that stand for a type word in prose
// ("NQ" alone is a Nghị quyết): only those that are no common abbreviation
// of something else (CT is also Chủ tịch, TB trung bình, KH khoa học).
var abbrevTypes = [...]struct{ abbr, typ string }{{"NQ", "Nghị quyết"}, {"QĐ", "Quyết định"}, {"NĐ", "Nghị định"}, {"KL", "Kết luận"}, {"CV", "Công văn"}}

// strictAbbrev are the type letters of abbrevTypes that also name something
// else in prose (CV a résumé): they stand for the type before a number with
// a symbol ("CV 9229/UBND-VHXH") or a bare number with its date only.
var strictAbbrev = map[string]bool{"CV": true}

// abbrevTypeWords finds the type letters of abbrevTypes written alone, in
// capitals, as words.
func abbrevTypeWords(t string) []typeHit {
	var out []typeHit
	for _, at := range abbrevTypes {
		abbr, typ := at.abbr, at.typ
		for i := 0; ; {
			j := strings.Index(t[i:], abbr)
			if j < 0 {
				break
			}
			k := i + j
			i = k + len(abbr)
			if abbrevWordAt(t, k, i) {
				out = append(out, typeHit{start: k, end: i, typ: typ})
			}
		}
	}
	if len(out) > 1 {
		// (no two letters of abbrevTypes start at one byte)
		sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	}
	return out
}

// abbrevWordAt is abbrevTypeWords' test of type letters at t[k:i]: a word
// of their own, not the letters of a symbol.
func abbrevWordAt(t string, k, i int) bool {
	if !wordStart(t, k) || !wordEnd(t, i) {
		return false
	}
	// not the letters of a symbol ("25-NQ/TW", "QĐ-UBND")
	if p := prevRune(t, k); p == '-' || p == '/' {
		return false
	}
	return i >= len(t) || (t[i] != '-' && t[i] != '/')
}

// standaloneType returns the type of a number cited without a type word,
// or "" when the number alone is not clearly a document: the symbol must
// carry known type letters and a known issuer in a proper grammar ("25-NQ/TW",
// "33/CT-TTg"); a letter ("1234/UBND-VP") counts after "văn bản số".
func (s *scanner) standaloneType(n number) string {
	var letters []string
	for _, seg := range n.segs {
		if !allDigits(seg) {
			letters = append(letters, seg)
		}
	}
	if len(letters) == 0 {
		return ""
	}
	// written as a symbol, in capitals, not inside a URL slug or a path
	if !strings.ContainsFunc(letters[0], unicode.IsUpper) {
		return ""
	}
	if p := prevRune(s.text, n.start); p == '-' || p == '/' || p == '_' || p == '.' || p == '=' || p == '#' {
		return ""
	}
	typ := n.typeFromSymbol()
	before := strings.ToLower(s.text[max(0, n.start-24):n.start])
	letter := strings.HasSuffix(strings.TrimRight(before, " :\n"), "văn bản số") || strings.HasSuffix(strings.TrimRight(before, " :\n"), "văn bản")
	if typ == "" {
		if letter && data.IssuerFamily(letters[0]) != "" {
			return "Công văn"
		}
		return ""
	}
	if len(letters) < 2 || data.IssuerFamily(letters[1]) == "" {
		return ""
	}
	return typ
}

// wordStart reports whether t[i] starts a word: no letter or digit stands
// before it (an ASCII byte before it told without decoding).
func wordStart(t string, i int) bool {
	if i > 0 && i <= len(t) {
		if c := t[i-1]; c < utf8.RuneSelf {
			return !isASCIILetter(c) && !isDigit(c)
		}
	}
	r := prevRune(t, i)
	return !isLetter(r) && !isDigitRune(r)
}

// issuerCodeOnlyOf reports whether the issuer's initials are a part of own's
// symbol and of no part of other's ("Sở Tư pháp" is STP: it signs
// "228/STP-XDVB", not the "1044/TT-STC" cited before it).
func issuerCodeOnlyOf(own, other number, issuer string) bool {
	var b strings.Builder
	for _, w := range strings.Fields(issuer) {
		r, _ := utf8.DecodeRuneInString(w)
		if !isLetter(r) {
			return false
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	code := data.SymbolKey(b.String())
	if utf8.RuneCountInString(code) < 2 {
		return false
	}
	has := func(n number) bool {
		for _, seg := range n.segs {
			if data.SymbolKey(seg) == code {
				return true
			}
		}
		return false
	}
	return has(own) && !has(other)
}
