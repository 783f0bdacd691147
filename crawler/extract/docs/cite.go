package docs

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/crawler/extract/dates"
)

// mention is one citation of a numbered document in the text.
type mention struct {
	pos     int // where the citation starts (type word or number)
	typ     string
	num     number
	date    string
	issuer  string
	term    string
	end     int  // where the citation with its date and issuer ends
	list    int  // citations of one list share an id (> 0)
	dateSrc byte // 'a' after the number, 'f' from the sentence frame, 'h' header
}

// scanner holds the normalised text and what is read from it once.
type scanner struct {
	text    string
	dates   []dates.Match
	byStart map[int]int // date index by start offset
	hits    []typeHit   // type words in text order
	lists   int
}

func newScanner(text string) *scanner {
	s := &scanner{text: text, byStart: map[int]int{}}
	s.hits = loadTypeWords().find(text, lowerSameLen(text))
	s.dates = dates.Find(text)
	for i, d := range s.dates {
		if _, ok := s.byStart[d.Start]; !ok {
			s.byStart[d.Start] = i
		}
	}
	return s
}

var (
	// "số", "số:", "Số", "SỐ", "số hiệu", after the type word.
	reSo = regexp.MustCompile(`^(?i:số)(?:\s+(?i:hiệu))?\s*:?\s*`)
	// Words between the type word and "số": "Nghị quyết chuyên đề số",
	// "Luật Tổ chức chính quyền địa phương số".
	reQualSo = regexp.MustCompile(`^(?:[\p{L}]+,?\s+){1,8}(?i:số)\s*:?\s*`)
	// A list joint between two numbers: ", ", "; ", " và ", ", và số ".
	reListJoint = regexp.MustCompile(`^\s*(?:,|;|(?i:và|hoặc))\s*(?:(?i:và)\s+)?(?:(?i:số)\s*:?\s*)?`)
	// What may stand between a number and its issuing date.
	reBeforeDate = regexp.MustCompile(`^[ \t]*(?:,[ \t]*)?\n?[ \t]*(?:\([ \t]*)?(?:(?i:được\s+)?(?i:ban\s+hành|ký|thông\s+qua)\s+)?(?:(?i:ngày|mùng|mồng)\s+)?`)
	// "của" introducing the issuer.
	reCua = regexp.MustCompile(`^[ \t]*,?\s*(?i:của)\s+`)
	// A Party term: "khóa XI", "(khoá XIII)", "Khóa 12".
	reTerm = regexp.MustCompile(`(?i:khóa|khoá|khoa)\s+([IVXLivxl]+|\d{1,2})\b`)
)

// afterType reads the citations that follow a type word ending at e.
func (s *scanner) afterType(typ string, pos, e int, capital bool) []mention {
	t := s.text
	p := skipSpace(t, e)
	hasSo := false
	if m := reSo.FindStringIndex(t[p:]); m != nil && m[1] > 0 && wordEnd(t, p+len("số")) {
		hasSo = true
		p += m[1]
	} else if m := reQualSo.FindStringIndex(t[p:]); m != nil && p < len(t) && !isDigit(t[p]) && qualifierOK(typ, t[p:p+m[1]]) {
		hasSo = true
		p += m[1]
		// only a number with a symbol may follow a qualified type word
		n, ok := scanNumber(t, p)
		if !ok || !n.symbol {
			return nil
		}
	}
	p = skipSpace(t, p)
	n, ok := scanNumber(t, p)
	if !ok {
		return nil
	}
	if !n.symbol && !s.bareOK(n, hasSo, capital) {
		return nil
	}
	s.lists++
	list := s.lists
	first := mention{pos: pos, typ: typ, num: n, list: list}
	out := []mention{first}
	end := s.attachTail(&out[0])
	out[0].end = end
	// Further numbers of a list: "25-NQ/TW và 26-NQ/TW", "05, 06-CT/TU".
	for len(out) < 20 {
		m := reListJoint.FindStringIndex(t[end:])
		if m == nil {
			break
		}
		q := end + m[1]
		next, ok := scanNumber(t, q)
		// a bare number continues only a list of bare numbers ("Quyết định 217, 218")
		if !ok || (!next.symbol && (out[len(out)-1].num.symbol || !s.bareOK(next, true, true))) {
			break
		}
		mt := typ
		if st := next.typeFromSymbol(); st != "" && st != typ && next.symbol {
			mt = st
		}
		out = append(out, mention{pos: q, typ: mt, num: next, list: list})
		end = s.attachTail(&out[len(out)-1])
		out[len(out)-1].end = end
	}
	// "các Chỉ thị số 05, 06-CT/TU": the symbol written once belongs to all.
	if last := out[len(out)-1].num; last.symbol && len(out) > 1 {
		suffix := last.raw[len(last.digits):]
		for i := range out {
			if !out[i].num.symbol {
				out[i].num.raw += suffix
				out[i].num.symbol = true
				out[i].num.segs = last.segs
			}
		}
	}
	// An issuer written once after the list belongs to every item of it.
	if iss := out[len(out)-1]; iss.issuer != "" {
		for i := range out {
			if out[i].issuer == "" {
				out[i].issuer, out[i].term = iss.issuer, iss.term
			}
		}
	}
	return out
}

// qualifierOK reports whether the words between a type word and "số" only
// qualify it ("chuyên đề", "Đất đai", "Ban hành văn bản quy phạm pháp luật")
// and do not lead to another citation ("Kế hoạch thực hiện Quyết định số
// …"). Laws are named, so only small words and capitalised type words stop
// them; other types take no verb and no type word.
func qualifierOK(typ, q string) bool {
	words := strings.Fields(strings.ReplaceAll(q, ",", " "))
	if len(words) > 0 {
		words = words[:len(words)-1] // "số"
	}
	law := typ == "Luật" || typ == "Bộ luật" || typ == "Pháp lệnh"
	tw := loadTypeWords()
	for i, w := range words {
		lw := strings.ToLower(w)
		if w == lw && (smallStop[lw] || (!law && qualifierStop[lw])) {
			return false
		}
		if i+1 < len(words) && w == lw && (lw+" "+words[i+1] == "thực hiện" || lw+" "+words[i+1] == "triển khai") {
			return false
		}
		if i > 0 {
			two := w
			if i+1 < len(words) {
				two += " " + words[i+1]
			}
			capital := w != lw
			if (tw.typeOfPhrase(two) != "" || tw.typeOfPhrase(w) != "") && (!law || capital) {
				return false
			}
		}
	}
	return true
}

// smallStop words never stand inside a name between type word and "số".
var smallStop = map[string]bool{
	"của": true, "về": true, "theo": true, "và": true, "tại": true, "kèm": true, "với": true,
	"đã": true, "được": true, "là": true, "có": true, "cho": true, "các": true, "những": true,
}

// qualifierStop words do not qualify a type other than a law.
var qualifierStop = map[string]bool{
	"trên": true, "tổng": true, "quán": true, "văn": true, "bản": true, "ban": true, "hành": true,
	"nghị": true, "quyết": true, "định": true, "thực": true, "triển": true,
}

// bareOK decides whether a number without symbol after a type word is a
// citation ("Nghị quyết số 15", "Quyết định 269") and not a count or a
// year ("Kế hoạch 5 năm", "Luật 2013", "quyết định 3 vấn đề").
func (s *scanner) bareOK(n number, hasSo, capital bool) bool {
	t := s.text
	k := skipSpace(t, n.end)
	if !hasSo && !capital {
		// "nghị quyết 36 của Bộ Chính trị", "chỉ thị 05 ngày 3/2/2024": a
		// lower-case type word with a bare number needs an issuer or a date
		if loc := reCua.FindStringIndex(t[n.end:]); loc != nil {
			r, _ := utf8.DecodeRuneInString(t[n.end+loc[1]:])
			if !unicode.IsUpper(r) {
				return false
			}
		} else if _, _, ok := s.dateAt(n.end); !ok {
			return false
		}
	}
	if len(n.digits) == 4 && (strings.HasPrefix(n.digits, "19") || strings.HasPrefix(n.digits, "20")) && !hasSo {
		return false
	}
	if k < len(t) && (t[k] == '%' || t[k] == '/' || t[k] == '.' && k+1 < len(t) && isDigit(t[k+1])) {
		return false
	}
	if k < len(t) && t[k] == '-' {
		// "Quyết định 2 - 3 tháng" and other number ranges
		if j := skipSpace(t, k+1); j < len(t) && isDigit(t[j]) {
			return false
		}
	}
	w := strings.ToLower(nextWord(t, k))
	if w == "ngày" {
		// "Chỉ thị số 35 ngày 30/5/2019": the issuing date, not a count of days
		if _, ok := s.byStart[skipSpace(t, k+len(w))]; ok {
			return true
		}
	}
	switch w {
	case "năm", "tháng", "ngày", "tuần", "giờ", "phút", "người", "đồng", "triệu", "tỷ", "nghìn", "ngàn",
		"lần", "điểm", "nội", "vấn", "nhiệm", "mục", "chỉ", "tiêu", "đơn", "cá", "hộ", "xã", "phường",
		"huyện", "tỉnh", "trang", "khoản", "điều", "chương", "bước", "giai", "nhóm", "loại", "tập", "km",
		"ha", "m", "m2", "kg", "tấn", "học", "cấp", "bản", "đợt", "phần", "kỳ", "khóa", "khoá", "cuộc",
		"tổ", "thôn", "ấp", "bộ", "sở", "ban", "ngành", "đại", "công", "văn", "trường", "lớp":
		return false
	}
	return true
}

// attachTail reads the issuing date, the issuer and the term written right
// after a mention's number, and returns where the citation ends.
func (s *scanner) attachTail(m *mention) int {
	t := s.text
	end := m.num.end
	if d, e, ok := s.dateAt(end); ok {
		m.date, m.dateSrc, end = d, 'a', e
		if e < len(t) && t[e] == ')' {
			end = e + 1
		}
	}
	if loc := reCua.FindStringIndex(t[end:]); loc != nil {
		iss, e := issuerPhrase(t, end+loc[1])
		if iss != "" {
			m.issuer = iss
			end = e
			if tm := reTerm.FindStringSubmatch(iss); tm != nil {
				m.term = romanTerm(tm[1])
			}
			if m.date == "" {
				if d, e2, ok := s.dateAt(end); ok {
					m.date, m.dateSrc, end = d, 'a', e2
				}
			}
		}
	}
	if m.term == "" {
		// "(khóa XI)" right after the number or the date
		k := skipSpace(t, end)
		if k < len(t) && t[k] == '(' {
			if tm := reTerm.FindStringSubmatchIndex(t[k+1:]); tm != nil && tm[0] <= 1 {
				m.term = romanTerm(t[k+1+tm[2] : k+1+tm[3]])
			}
		}
	}
	return end
}

// dateAt returns the date that starts a citation tail at k: ", ngày 03/6/2013",
// " (22/10/2018)", "ban hành ngày 3 tháng 6 năm 2013".
func (s *scanner) dateAt(k int) (string, int, bool) {
	t := s.text
	loc := reBeforeDate.FindStringIndex(t[k:])
	if loc == nil {
		return "", k, false
	}
	j := k + loc[1]
	if i, ok := s.byStart[j]; ok {
		d := s.dates[i]
		// a range's first day: take the whole date only if it is the range start
		return d.Date, d.End, true
	}
	return "", k, false
}

// issuerPhrase reads the body named after "của": up to punctuation, a
// quote, "về", a verb or another citation; "(khóa XI)" is kept.
func issuerPhrase(t string, k int) (string, int) {
	words := 0
	j := k
	lastGood := k
	for j < len(t) && words < 14 {
		r, size := utf8.DecodeRuneInString(t[j:])
		switch {
		case r == '(':
			// keep a term in parentheses: "(khóa XI)"
			if loc := reTerm.FindStringIndex(t[j+1:]); loc != nil && loc[0] <= 1 {
				if c := strings.IndexByte(t[j:], ')'); c > 0 && c < 24 {
					j += c + 1
					lastGood = j
					continue
				}
			}
			return strings.TrimSpace(t[k:lastGood]), lastGood
		case r == ' ' || r == '\t' || r == '\n':
			j += size
			continue
		case unicode.IsLetter(r) || isDigitRune(r):
			w := nextWord(t, j)
			lw := strings.ToLower(w)
			if stopWord[lw] && j > k {
				return strings.TrimSpace(t[k:lastGood]), lastGood
			}
			if lw == "và" {
				// "Ban Tuyên giáo và Dân vận": go on only before a capital
				nk := skipSpace(t, j+len(w))
				nw := nextWord(t, nk)
				if nr, _ := utf8.DecodeRuneInString(nw); !unicode.IsUpper(nr) || startsTypeWord(t, nk) {
					return strings.TrimSpace(t[k:lastGood]), lastGood
				}
			}
			if w == "" {
				j += size
				continue
			}
			j += len(w)
			lastGood = j
			words++
		case r == '-' || r == '.' && j+1 < len(t) && t[j+1] != ' ' && t[j+1] != '\n' || r == '/' || r == '&':
			j += size
		default:
			return strings.TrimSpace(t[k:lastGood]), lastGood
		}
	}
	return strings.TrimSpace(t[k:lastGood]), lastGood
}

// startsTypeWord reports whether a document type word starts at t[k].
func startsTypeWord(t string, k int) bool {
	_, ok := loadTypeWords().at(t, k)
	return ok
}

// stopWord ends an issuer phrase.
var stopWord = map[string]bool{
	"về": true, "v/v": true, "đã": true, "để": true, "nhằm": true, "trong": true, "tại": true, "thì": true,
	"với": true, "cho": true, "đến": true, "đối": true, "theo": true, "là": true, "được": true, "sẽ": true,
	"ngày": true, "quy": true, "ban": false, "hướng": true, "phê": true, "thành": false, "trên": true,
	"này": true, "nay": true, "đó": true, "thực": true, "triển": true, "tiếp": true, "gồm": true,
	"năm": true, "số": true, "có": true, "như": true, "khi": true, "sau": true, "trước": true, "từ": true,
	"vào": true, "ra": true, "mà": true, "thông": false, "kèm": true, "ký": true, "cũng": true,
}

// frameDate finds the issuing date given in the sentence frame before a
// citation: "Ngày 18-2-1998, Bộ Chính trị đã ra Chỉ thị số 30-CT/TW",
// "Ngày 28 tháng 6 năm 2024, … Quốc hội đã thông qua Luật Thủ đô (Luật số …)".
func (s *scanner) frameDate(pos int) string {
	t := s.text
	lo := pos - 300
	if lo < 0 {
		lo = 0
	}
	// the sentence: back to ". ", ";" or a blank line
	for i := pos - 1; i > lo; i-- {
		if t[i] == ';' || (t[i] == '.' && i+1 < len(t) && (t[i+1] == ' ' || t[i+1] == '\n') && i > 0 && !unicode.IsUpper(prevRune(t, i))) ||
			(t[i] == '\n' && i > 0 && t[i-1] == '\n') {
			lo = i + 1
			break
		}
	}
	before := t[lo:pos]
	v := reIssueVerb.FindAllStringIndex(before, -1)
	if v == nil {
		return ""
	}
	lastVerb := v[len(v)-1]
	gap := len(before) - lastVerb[1]
	if gap > 60 {
		return ""
	}
	// "ra" issues only what follows it: "đã ra Chỉ thị", not "ra quân thực hiện Chỉ thị"
	if verb := strings.ToLower(strings.TrimSpace(before[lastVerb[0]:lastVerb[1]])); strings.HasSuffix(verb, "ra") && gap > 1 {
		return ""
	}
	date := ""
	for _, d := range s.dates {
		if d.Start >= lo && d.End <= lo+lastVerb[0] && strings.EqualFold(prevWord(t, d.Start), "ngày") {
			date = d.Date
		}
	}
	return date
}

var reIssueVerb = regexp.MustCompile(`(?i)(?:ban\s+hành|đã\s+ra|\bra\s+|\bký\s|thông\s+qua)`)

func skipSpace(t string, k int) int {
	for k < len(t) && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r') {
		k++
	}
	return k
}

// nextWord returns the run of letters and digits at t[k].
func nextWord(t string, k int) string {
	j := k
	for j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		if !unicode.IsLetter(r) && !isDigitRune(r) && !unicode.Is(unicode.Mn, r) && r != '/' {
			break
		}
		j += size
	}
	return t[k:j]
}

// prevWord returns the run of letters right before t[i], spaces skipped.
func prevWord(t string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:j])
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' {
			break
		}
		j -= size
	}
	end := j
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	return t[j:end]
}

// wordEnd reports whether t[k] ends a word (not a letter).
func wordEnd(t string, k int) bool {
	if k >= len(t) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[k:])
	return !unicode.IsLetter(r)
}

// romanTerm returns a term number in Roman numerals ("xi" → "XI", "12" →
// "XII"), or "" when it is not one.
func romanTerm(s string) string {
	if allDigits(s) {
		n := 0
		for i := 0; i < len(s); i++ {
			n = n*10 + int(s[i]-'0')
		}
		return toRoman(n)
	}
	u := strings.ToUpper(s)
	if n := fromRoman(u); n > 0 && n <= 50 && toRoman(n) == u {
		return u
	}
	return ""
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	n := 0
	for i := 0; i < len(s); i++ {
		v, ok := val[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

func toRoman(n int) string {
	if n <= 0 || n > 50 {
		return ""
	}
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
