package docs

import (
	"sort"
	"strings"

	"github.com/vnarchive/vnarchive/data"
)

// headers reads the number of a page's own header ("Số: 164/TB-VPCP",
// "Số 29-HD/ĐUK") with the date of its place-and-date line.
func (s *scanner) headers() []mention {
	t := s.text
	var out []mention
	for _, at := range s.headerSos() {
		p := at[1]
		n, ok := scanNumber(t, p)
		if !ok || !n.symbol {
			continue
		}
		typ := n.typeFromSymbol()
		if typ == "" {
			// "Số: 125-CP … QUYẾT ĐỊNH": a symbol that names no type takes
			// the type of the heading alone on its line a few lines below
			typ = s.headingAlone(n.end)
		}
		if typ == "" {
			first := n.firstSymbol()
			if len(n.segs) > 0 && data.IssuerFamily(first) == "" {
				// "Số: 18/BCTĐ-STP … BÁO CÁO THẨM ĐỊNH": type letters that
				// extend the code of the heading's type
				h := s.heading(n.end, first)
				if h == "" || !typeCodeOf(h, first) {
					continue
				}
				typ = h
			} else {
				typ = "Công văn"
			}
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
// letters may stand for it or the heading stands alone on its line; else "".
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
		if typeAllows(h.typ, abbr) || data.IssuerFamily(abbr) == "" && typeCodeOf(h.typ, abbr) {
			return h.typ
		}
		// "Số: 55/2007/CT-UBND … QUYẾT ĐỊNH": a heading alone on its line
		// names the page's type even when the symbol's letters disagree
		if _, typed := data.TypeOfAbbrev(abbr); typed && lineEnd(s.text, h.end) {
			return h.typ
		}
		return ""
	}
	return ""
}

// headingAlone returns the type named by the first heading in capitals
// at a line start within five lines after from ("QUYẾT ĐỊNH" below "Số:
// 125-CP" and its place-and-date line) when it stands alone on its line
// and names a type of headingTypes; else "".
func (s *scanner) headingAlone(from int) string {
	t := s.text
	for _, h := range s.hits {
		if h.start < from {
			continue
		}
		if h.start > from+400 || strings.Count(t[from:h.start], "\n") > 5 {
			break
		}
		if h.typ == "" || !isUpperText(t[h.start:h.end]) || !lineStart(t, h.start) {
			continue
		}
		if headingTypes[h.typ] && lineEnd(t, h.end) {
			return h.typ
		}
		return ""
	}
	return ""
}

// headingTypes are the types of the guide (shared/eval/ANNOTATION.md) a
// page's heading names its own header number by (headingAlone); not a
// contract ("HỢP ĐỒNG" below a council's letter number).
var headingTypes = map[string]bool{
	"Nghị quyết": true, "Quyết định": true, "Chỉ thị": true, "Kết luận": true, "Đề án": true, "Kế hoạch": true,
	"Thông tư": true, "Thông tư liên tịch": true, "Nghị định": true, "Luật": true, "Pháp lệnh": true,
	"Thông báo": true, "Hướng dẫn": true, "Quy định": true, "Quy chế": true, "Chương trình": true,
	"Báo cáo": true, "Tờ trình": true, "Công điện": true, "Lệnh": true, "Thông tri": true,
}

// lineEnd reports whether only blanks stand between t[i] and the end of its
// line (or a table cell).
func lineEnd(t string, i int) bool {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i == len(t) || t[i] == '\n' || t[i] == '|'
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
			if p, ok := headerSoAt(t, k, i); ok {
				out = append(out, [2]int{k, p})
			}
		}
	}
	if len(out) > 1 {
		sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	}
	return out
}

// headerSoAt is headerSo's test of "Số" or "SỐ" at t[k:i]: first on its
// line or in its cell. It returns where the number after it starts.
func headerSoAt(t string, k, i int) (int, bool) {
	b := k
	for b > 0 && (t[b-1] == ' ' || t[b-1] == '\t') {
		b--
	}
	if b > 0 && t[b-1] != '\n' && t[b-1] != '|' && t[b-1] != '*' {
		return 0, false
	}
	p := skipBlanks(t, i)
	if p < len(t) && t[p] == ':' {
		p = skipBlanks(t, p+1)
	}
	if p < len(t) && t[p] == '\n' {
		p = skipBlanks(t, p+1) // "Số:" alone on its line, the number on the next
	}
	return p, true
}
