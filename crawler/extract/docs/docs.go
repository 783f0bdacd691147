// Package docs reads cited documents out of Vietnamese text: numbered
// documents in both numbering grammars and their variations — Party
// "25-NQ/TW", state "33/CT-TTg", normative "30/2020/NĐ-CP", laws
// "10/2022/QH15", joint "55/2005/TTLT-BNV-VPCP", letters "1234/UBND-VP", bare
// "Nghị quyết số 15" (shared/docs/vietnamese-reference.md §1) — with the
// issuing date, issuer ("của …") and Party term ("khóa XI") given with the
// citation, and unnumbered references (laws by name, congress and plenum
// resolutions).
//
// Data flow:
//
//	text ──normalise (NFC, Ð→Đ, one tone placement, dashes → "-")──▶ dates.Find
//	  ├─ type words (data/lexicon/doctypes*.txt) ─▶ "số" ─▶ number [, list…] ─▶ date, "của" issuer, term
//	  ├─ page header "Số: 45/QĐ-UBND" ─▶ date of the place-and-date line
//	  ├─ bare symbols "… 25-NQ/TW" (type letters and issuer from the lexicons)
//	  └─ sentence frame "Ngày …, X đã ban hành …" for citations without a date
//	mentions ──merge (canonical number; short "Chỉ thị 35" into "35-CT/TW")──▶ []data.Document
//
// What counts follows shared/eval/ANNOTATION.md. All functions are pure,
// safe for concurrent use, and never panic.
package docs

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
// Party number (…/TW) with a date, the Central Committee term of that date. A later short mention ("Chỉ thị 35") merges
// into the full citation of the same type ("Chỉ thị số 35-CT/TW"); two
// spellings of one number are one entry; one number cited with two different
// dates, terms or types stays two entries.
func Find(text string) (docs []data.Document, refs []data.Reference) {
	norm := normalize(text)
	s := newScanner(norm)
	ms := s.mentions()
	return merge(ms), s.references()
}

// normalize is the form the scanner reads: NFC, lookalike letters mended,
// dash variants as "-", CR as space. Spelling is otherwise kept, so that
// issuers read as written.
func normalize(text string) string {
	t := data.NormalizeDashes(vn.NFC(text))
	return strings.ReplaceAll(t, "\r", " ")
}

// mentions collects every citation of a numbered document, in text order.
func (s *scanner) mentions() []mention {
	t := s.text
	var out []mention
	taken := make([]bool, len(t)+1) // bytes already read as a number
	mark := func(m mention) {
		for i := m.num.start; i < m.num.end && i < len(taken); i++ {
			taken[i] = true
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
			if taken[m.num.start] {
				continue
			}
			out = append(out, m)
			mark(m)
		}
	}
	// Bare symbols with type letters: "theo 25-NQ/TW", "văn bản số 1234/UBND-VP".
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) || taken[i] || (i > 0 && isDigit(t[i-1])) {
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
	// that closes a run of citations belongs to each of them.
	for i := len(out) - 2; i >= 0; i-- {
		a, b := &out[i], out[i+1]
		if a.issuer == "" && b.issuer != "" && a.end <= b.pos && reJoinOnly.MatchString(t[a.end:b.pos]) && issuerFits(a.num, b.issuer) &&
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

// headers reads the number of a page's own header ("Số: 164/TB-VPCP",
// "Số 29-HD/ĐUK") with the date of its place-and-date line.
func (s *scanner) headers() []mention {
	t := s.text
	var out []mention
	for _, at := range headerSo(t) {
		p := at[1]
		n, ok := scanNumber(t, p)
		if !ok || !n.symbol {
			continue
		}
		typ := n.typeFromSymbol()
		if typ == "" {
			if len(n.segs) > 0 && data.IssuerFamily(n.firstSymbol()) == "" {
				continue
			}
			typ = "Công văn"
		}
		if h := s.heading(n.end, n.firstSymbol()); h != "" {
			typ = h
		}
		m := mention{pos: at[0], typ: typ, num: n, dateSrc: 'h', end: n.end}
		// the place-and-date line: the first date within a few lines after,
		// else (a header flattened in another order) the last one before
		for _, d := range s.dates {
			if d.Start >= n.end && d.Start < n.end+240 && strings.EqualFold(prevWord(t, d.Start), "ngày") {
				m.date = d.Date
				break
			}
		}
		if m.date == "" {
			for _, d := range s.dates {
				if d.End <= at[0] && d.End > at[0]-200 && strings.EqualFold(prevWord(t, d.Start), "ngày") &&
					strings.Contains(t[max(0, d.Start-60):d.Start], ",") {
					m.date = d.Date
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// heading returns the type named by the heading in capitals that follows a
// page header ("QUY ĐỊNH" after "Số 45-QĐ/TU"), when the symbol's type
// letters may stand for it; else "".
func (s *scanner) heading(from int, abbr string) string {
	for _, h := range s.hits {
		if h.start < from {
			continue
		}
		if h.start > from+400 {
			break
		}
		phrase := s.text[h.start:h.end]
		if h.typ == "" || !isUpperText(phrase) || !lineStart(s.text, h.start) {
			continue
		}
		for _, dt := range data.DocTypes() {
			if dt.Name != h.typ {
				continue
			}
			for _, a := range dt.Abbrevs {
				if data.SymbolKey(a) == data.SymbolKey(abbr) {
					return h.typ
				}
			}
		}
		return ""
	}
	return ""
}

// lineStart reports whether only blanks stand between t[i] and the start of
// its line (or a table cell).
func lineStart(t string, i int) bool {
	for i > 0 && (t[i-1] == ' ' || t[i-1] == '\t') {
		i--
	}
	return i == 0 || t[i-1] == '\n' || t[i-1] == '|'
}

// headerSo returns where "Số" / "SỐ" stands first on a line or in a table
// cell, and where the number after it ("Số: 45/…") starts.
func headerSo(t string) [][2]int {
	var out [][2]int
	for _, word := range []string{"Số", "SỐ"} {
		for i := 0; ; {
			j := strings.Index(t[i:], word)
			if j < 0 {
				break
			}
			k := i + j
			i = k + len(word)
			b := k
			for b > 0 && (t[b-1] == ' ' || t[b-1] == '\t') {
				b--
			}
			if b > 0 && t[b-1] != '\n' && t[b-1] != '|' {
				continue
			}
			p := skipBlanks(t, i)
			if p < len(t) && t[p] == ':' {
				p = skipBlanks(t, p+1)
			}
			if p < len(t) && t[p] == '\n' {
				p = skipBlanks(t, p+1) // "Số:" alone on its line, the number on the next
			}
			out = append(out, [2]int{k, p})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// merge folds the mentions of one document into one entry each.
func merge(ms []mention) []data.Document {
	var docs []data.Document
	canon := func(m mention) string { return data.CanonicalNumber(m.num.raw) }
	// full citations first, so that a bare mention can find its document
	// wherever it stands
	idx := map[string][]int{} // canonical → indices in docs
	order := make([]int, 0, len(ms))
	for i, m := range ms {
		if m.num.symbol {
			order = append(order, i)
		}
	}
	for i, m := range ms {
		if !m.num.symbol {
			order = append(order, i)
		}
	}
	firstPos := map[int]int{} // doc index → position of first mention
	for _, i := range order {
		m := ms[i]
		key := canon(m)
		if key == "" {
			continue
		}
		target := -1
		if m.num.symbol {
			for _, j := range idx[key] {
				if compatible(docs[j], m) {
					target = j
					break
				}
			}
		} else {
			// a short mention: the full citation of the same type and ordinal
			digits := strings.TrimLeft(m.num.digits, "0")
			for j, d := range docs {
				if d.Type == m.typ && ordinal(d.Canonical) == digits && strings.ContainsAny(d.Canonical, "-/") &&
					(m.issuer == "" || issuerFits(number{symbol: true, segs: strings.FieldsFunc(d.Canonical, isSep)}, m.issuer)) {
					target = j
					break
				}
			}
			if target < 0 {
				for _, j := range idx[key] {
					if docs[j].Type == m.typ {
						target = j
						break
					}
				}
			}
		}
		if target < 0 {
			docs = append(docs, data.Document{
				Type: m.typ, Number: m.num.raw, Canonical: key,
				Date: m.date, Issuer: m.issuer, Term: m.term,
			})
			idx[key] = append(idx[key], len(docs)-1)
			firstPos[len(docs)-1] = m.pos
			continue
		}
		d := &docs[target]
		if m.pos < firstPos[target] {
			firstPos[target] = m.pos
		}
		if d.Date == "" {
			d.Date = m.date
		}
		if m.num.symbol && m.issuer != "" && (d.Issuer == "" || isUpperText(d.Issuer) && !isUpperText(m.issuer) ||
			len(m.issuer) > len(d.Issuer) && isUpperText(d.Issuer) == isUpperText(m.issuer)) {
			d.Issuer = m.issuer
		}
		if d.Term == "" {
			d.Term = m.term
		}
	}
	// order of first mention
	perm := make([]int, len(docs))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(a, b int) bool { return firstPos[perm[a]] < firstPos[perm[b]] })
	out := make([]data.Document, len(docs))
	for i, j := range perm {
		out[i] = docs[j]
		fillTerm(&out[i])
	}
	return out
}

// compatible reports whether a mention may be the document d: same
// canonical number and no conflicting year or term.
func compatible(d data.Document, m mention) bool {
	dt, mt := d.Term, m.term
	if isCentralParty(d.Canonical) {
		if dt == "" {
			dt = centralTerm(d.Date)
		}
		if mt == "" {
			mt = centralTerm(m.date)
		}
	}
	if dt != "" && mt != "" && dt != mt {
		return false
	}
	if d.Date != "" && m.date != "" && d.Date[:4] != m.date[:4] {
		return false
	}
	return true
}

// issuerFits reports whether a body may have issued a numbered document:
// a central Party number (…/TW) comes from a central body.
func issuerFits(n number, issuer string) bool {
	if !n.symbol || len(n.segs) == 0 || data.SymbolKey(n.segs[len(n.segs)-1]) != "TW" {
		return true
	}
	return reCentral.MatchString(issuer)
}

var reCentral = regexp.MustCompile(`(?i)trung ương|bộ chính trị|ban bí thư|\bTW\b|TƯ`)

// reJoinOnly matches the joint between two citations of one run.
var reJoinOnly = regexp.MustCompile(`^\s*(?:,|;)?\s*(?:(?i:và)\s+)?(?:(?i:các)\s+)?$`)

// isUpperText reports whether s has letters and all are capitals (a title
// written in capitals: "BỘ CHÍNH TRỊ").
func isUpperText(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

func isSep(r rune) bool { return r == '-' || r == '/' }

// ordinal returns the leading digits of a canonical number.
func ordinal(c string) string {
	i := 0
	for i < len(c) && isDigit(c[i]) {
		i++
	}
	return c[:i]
}

// wordStart reports whether t[i] starts a word.
func wordStart(t string, i int) bool {
	r := prevRune(t, i)
	return !unicode.IsLetter(r) && !isDigitRune(r)
}
