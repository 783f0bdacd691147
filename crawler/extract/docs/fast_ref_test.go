package docs

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/crawler/extract/internal/textscan"
	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
)

// The simpler code the fast paths of this package replaced, kept as the
// reference their fuzz targets check them against.

// spelledIssuerEndRef is spelledIssuerEnd without the test of the first
// rune (spelledFirst): every body is compared.
func spelledIssuerEndRef(text string, k int) int {
	if k >= len(text) || text[k] < 'A' && text[k] < 0x80 {
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

// typeOfRef is typeOf without its table of written spellings.
func typeOfRef(s string) string { return loadTypeWords().canonical[vn.Key(s)] }

var spelledSeeds = []string{"112/NQ-Hội đồng nhân dân", "HỘI ĐỒNG NHÂN DÂN", "hội đồng nhân dânx", "Ủy ban nhân dân tỉnh",
	"ủy BAN nhân dân", "\u212Aiểm toán nhà nước", "ſở Tư pháp", "\xffHội đồng", "Ban Chấp hành Trung ương", ""}

func checkSpelledIssuerEnd(t *testing.T, s string) {
	t.Helper()
	for k := 0; k <= len(s); k++ {
		if got, want := spelledIssuerEnd(s, k), spelledIssuerEndRef(s, k); got != want {
			t.Fatalf("spelledIssuerEnd(%q, %d) = %d, the reference says %d", s, k, got, want)
		}
	}
}

func TestSpelledIssuerEndIsTheReference(t *testing.T) {
	for _, s := range spelledSeeds {
		checkSpelledIssuerEnd(t, s)
	}
	for _, b := range spelledBodies {
		checkSpelledIssuerEnd(t, "1/NQ-"+b+" x")
		checkSpelledIssuerEnd(t, strings.ToUpper(b))
	}
}

func FuzzSpelledIssuerEnd(f *testing.F) {
	for _, s := range spelledSeeds {
		f.Add(s)
	}
	f.Fuzz(checkSpelledIssuerEnd)
}

// typeOfSeeds are type words as written, in every case typeOf keeps a
// spelling of and in others.
func typeOfSeeds() []string {
	out := []string{"", "Nghị  quyết", "nGHỊ quyết", "Nghi\u0323 quyết", "Quyết\nđịnh", "\u212Aế hoạch", "Luật", "x"}
	for _, list := range loadTypeWords().byFirst {
		for _, words := range list {
			out = append(out, writtenForms(words)...)
		}
	}
	return out
}

func TestTypeOfIsTheReference(t *testing.T) {
	for _, s := range typeOfSeeds() {
		if got, want := loadTypeWords().typeOf(s), typeOfRef(s); got != want {
			t.Fatalf("typeOf(%q) = %q, the reference says %q", s, got, want)
		}
	}
}

func FuzzTypeOf(f *testing.F) {
	for _, s := range typeOfSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := loadTypeWords().typeOf(s), typeOfRef(s); got != want {
			t.Fatalf("typeOf(%q) = %q, the reference says %q", s, got, want)
		}
	})
}

// mentionsRef is mentions as it was before its search for bare symbols
// skipped the digits of a run: every digit is tried.
func (s *scanner) mentionsRef() []mention {
	t := s.text
	var out []mention
	// bytes already read as a number, one bit each for t[0] to t[len(t)]
	taken := make([]uint64, (len(t)+1+63)/64)
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
	for _, h := range abbrevTypeWords(t) {
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
	for _, h := range letterWords(t) {
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
	for i := textscan.NextDigit(t, 0); i < len(t); i = textscan.NextDigit(t, i+1) {
		if isTaken(i) || (i > 0 && isDigit(t[i-1])) || !mayBeSymbol(t, i) {
			continue
		}
		n, ok := scanNumber(t, i)
		if !ok || !n.symbol {
			continue
		}
		typ := s.standaloneType(n)
		if typ == "" {
			continue
		}
		m := mention{pos: i, typ: typ, num: n}
		m.end = s.attachTail(&m)
		out = append(out, m)
		mark(m)
		i = n.end - 1
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].pos < out[b].pos })
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

func checkMentionsIsRef(t *testing.T, text string) {
	t.Helper()
	if got, want := scanText(text).mentions(), scanText(text).mentionsRef(); !reflect.DeepEqual(got, want) {
		t.Fatalf("mentions of %q = %+v, the reference says %+v", text, got, want)
	}
}

func TestMentionsIsTheReference(t *testing.T) {
	for _, tc := range docCases {
		checkMentionsIsRef(t, tc.text)
	}
	for _, s := range benchShort {
		checkMentionsIsRef(t, s)
	}
}

// FuzzMentionsIsTheReference checks mentions against mentionsRef.
func FuzzMentionsIsTheReference(f *testing.F) {
	for _, tc := range docCases {
		f.Add(tc.text)
	}
	for _, s := range symbolSeeds {
		f.Add(s)
	}
	f.Fuzz(checkMentionsIsRef)
}

// scanRef is scan calling wordStop for every word.
func (tw *typeWords) scanRef(text string, check bool) ([]typeHit, bool) {
	var out []typeHit
	var buf [64]byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				if check && c == '\r' {
					return nil, false
				}
				i++
				continue
			}
		} else {
			var r rune
			var size int
			if 0xC2 <= c && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				r, size = rune(c&0x1F)<<6|rune(text[i+1]&0x3F), 2
			} else if (c == 0xE1 || c == 0xE2) && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
				r, size = rune(c&0x0F)<<12|rune(text[i+1]&0x3F)<<6|rune(text[i+2]&0x3F), 3
			} else {
				r, size = vn.DecodeRune(text, i)
			}
			if check && !plainRune(r) {
				return nil, false
			}
			if u := uint32(r); u < runeTableSize && letterBits[u/64]&(1<<(u%64)) == 0 || u >= runeTableSize && !unicode.IsLetter(r) {
				i += size
				continue
			}
		}
		wend, ok := wordStop(text, i, check)
		if !ok {
			return nil, false
		}
		if p := uint16(c) << 8; i+1 < len(text) {
			if p |= uint16(text[i+1]); tw.rawPairs[p/64]&(1<<(p%64)) == 0 {
				i = wend
				continue
			}
		} else if tw.rawPairs[p/64]&(1<<(p%64)) == 0 {
			i = wend
			continue
		}
		if !tw.rawShapeMay(text, i, wend) {
			i = wend
			continue
		}
		w := text[i:wend]
		next := i + len(w)
		p := lowerPair(w)
		if tw.firstPairs[p/64]&(1<<(p%64)) == 0 {
			i = next
			continue
		}
		if k := keyShape(p, len(w), lowerLast(w)); tw.keyShapes[k/64]&(1<<(k%64)) == 0 {
			i = next
			continue
		}
		var lw []byte
		if len(w) <= len(buf) {
			lw = appendLower(buf[:0], w)
		} else {
			lw = []byte(lowerSameLen(w))
		}
		if list, ok := tw.byFirst[string(lw)]; ok && (wordStart(text, i) || listIndexBefore(text, i)) {
			for _, words := range list {
				if end, ok := matchWordsText(text, i, words); ok {
					if check && end > wend {
						// the rest of the phrase is read here, not by the loop
						if plain, dash := plainText(text[wend:end]); !plain || dash || strings.IndexByte(text[wend:end], '\r') >= 0 {
							return nil, false
						}
					}
					out = append(out, typeHit{start: i, end: end, typ: tw.typeOf(text[i:end])})
					next = end // "Pháp lệnh" is not also a "Lệnh"
					break
				}
			}
		}
		i = next
	}
	return out, true
}

func checkScanIsRef(t *testing.T, s string) {
	t.Helper()
	tw := loadTypeWords()
	for _, check := range []bool{false, true} {
		if !check && !utf8.ValidString(s) {
			continue // scan(…, false) is for valid UTF-8 (findValid)
		}
		hits, plain := tw.scan(s, check)
		wantHits, wantPlain := tw.scanRef(s, check)
		if !reflect.DeepEqual(hits, wantHits) || plain != wantPlain {
			t.Fatalf("scan(%q, %v) = %v %v, the reference says %v %v", s, check, hits, plain, wantHits, wantPlain)
		}
	}
}

func TestScanIsTheReference(t *testing.T) {
	for _, s := range findTextSeeds {
		checkScanIsRef(t, s)
	}
	for _, tc := range docCases {
		checkScanIsRef(t, tc.text)
	}
	for _, s := range benchShort {
		checkScanIsRef(t, s)
	}
}

// FuzzScanIsTheReference checks scan, which reads the common runes of a
// word itself, against scanRef, which calls wordStop for every word.
func FuzzScanIsTheReference(f *testing.F) {
	for _, s := range findTextSeeds {
		f.Add(s)
	}
	for _, s := range normalizeSeeds {
		f.Add(s)
	}
	f.Fuzz(checkScanIsRef)
}

// matchWordsText is matchWords(lowerSameLen(text), i, words) for valid
// UTF-8 text: scanRef's phrase matcher, which reads the first syllable
// again.
func matchWordsText(text string, i int, words []string) (int, bool) {
	j := i
	for n, w := range words {
		if n > 0 {
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r') {
				k++
			}
			if k == j {
				return 0, false
			}
			j = k
		}
		if !lowerHasPrefix(text, j, w) {
			return 0, false
		}
		j += len(w)
	}
	if !wordEnd(text, j) {
		return 0, false
	}
	return j, true
}

// rawShapeMay, which scan reads in line, reports whether the word text[i:end] as written may be a key
// of byFirst: its shape is marked in rawShapes, or a rune the table does
// not cover (first byte, second byte after an ASCII letter, or lead of the
// last rune from 0xE2 on) leaves it to the full test.
func (tw *typeWords) rawShapeMay(text string, i, end int) bool {
	c := text[i]
	q := uint16(c) << 8
	if end-i > 1 {
		q |= uint16(text[i+1])
		if c < utf8.RuneSelf && text[i+1] >= 0xE2 {
			return true
		}
	}
	j := end - 1
	for j > i && text[j]&0xC0 == 0x80 {
		j--
	}
	if c >= 0xE2 || text[j] >= 0xE2 {
		return true
	}
	h := keyShape(q, end-i, text[end-1])
	return tw.rawShapes[h/64]&(1<<(h%64)) != 0
}
