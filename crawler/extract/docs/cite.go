package docs

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/crawler/extract/dates"
	"github.com/vnarchive/vnarchive/crawler/extract/internal/textscan"
	"github.com/vnarchive/vnarchive/data"
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
	text  string
	dates []dates.Match
	hits  []typeHit // type words in text order
	lists int
	// found holds the whole-text searches for words the type-word scan
	// read, when searched
	found    wordSearches
	searched bool
}

// scanText returns the scanner of normalize(text), reading a text normalize
// keeps as it is once for that and for the type words (findPlain).
func scanText(text string) *scanner {
	s := new(scanner)
	s.read(text)
	return s
}

// read makes s the scanner of normalize(text) (scanText), in place: Find
// keeps its scanner on the stack.
func (s *scanner) read(text string) {
	tw := loadTypeWords()
	if !hasDashVariant(text) { // (found with IndexByte: no full read)
		if hits, plain := tw.findPlainSearches(text, &s.found); plain {
			s.text, s.hits, s.searched = text, hits, !s.found.partial
			s.dates = dates.Find(text)
			return
		}
		s.found = wordSearches{}
	}
	norm := normalize(text)
	s.text, s.hits = norm, tw.findValid(norm) // normalize made norm valid
	s.dates = dates.Find(norm)
}

// dateStarting returns the index of the first date that starts at byte k
// (dates.Find gives them in order of position).
func (s *scanner) dateStarting(k int) (int, bool) {
	i := sort.Search(len(s.dates), func(i int) bool { return s.dates[i].Start >= k })
	return i, i < len(s.dates) && s.dates[i].Start == k
}

// "số", "số:", "Số", "SỐ", "số hiệu" after the type word (soEnd), words
// between the type word and "số" ("Nghị quyết chuyên đề số", "Luật Tổ chức
// chính quyền địa phương số": qualSoAt), a list joint between two numbers
// (", ", "; ", " và ", ", và số ": listJointEnd), what may stand between a
// number and its issuing date (beforeDateEnd) and "của" introducing the
// issuer (cuaEnd) are read by hand (match.go).

// A Party term: "khóa XI", "(khoá XIII)", "Khóa 12".
var reTerm = regexp.MustCompile(`(?i:khóa|khoá)\s+([IVXLivxl]+|\d{1,2})\b`)

// qualSoAt matches, at t[p:], one to eight words (letters, then an
// optional comma, then white space) and "số" (any case), then white space, an
// optional colon and white space: the regexp
// ^(?:[\p{L}]+,?\s+){1,8}(?i:số)\s*:?\s* with \s the ASCII white space
// [\t\n\f\r ]. As the regexp would, it takes the most words after which
// "số" follows. It returns nil or {0, end} with end relative to p.
func qualSoAt(t string, p int) []int {
	if p >= len(t) {
		return nil
	}
	if c := t[p]; c < utf8.RuneSelf && !isASCIILetter(c) {
		return nil
	}
	s := t[p:]
	var ends [8]int // where each word group ends
	n := 0
	for i := 0; n < len(ends); {
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					break
				}
				j++
				continue
			}
			// two-byte runes and the three-byte runes led by E1 (the
			// Vietnamese letters) decoded here
			var r rune
			var size int
			if 0xC2 <= c && c <= 0xDF && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
				r, size = rune(c&0x1F)<<6|rune(s[j+1]&0x3F), 2
			} else if c == 0xE1 && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
				r, size = rune(c&0x0F)<<12|rune(s[j+1]&0x3F)<<6|rune(s[j+2]&0x3F), 3
			} else {
				r, size = utf8.DecodeRuneInString(s[j:])
			}
			if !isLetter(r) {
				break
			}
			j += size
		}
		if j == i {
			break
		}
		if j < len(s) && s[j] == ',' {
			j++
		}
		k := j
		for k < len(s) && textscan.IsSpace(s[k]) {
			k++
		}
		if k == j {
			break
		}
		ends[n] = k
		n++
		i = k
	}
	for g := n - 1; g >= 0; g-- {
		e := ends[g]
		l := soAt(s, e)
		if l == 0 {
			continue
		}
		e += l
		for e < len(s) && textscan.IsSpace(s[e]) {
			e++
		}
		if e < len(s) && s[e] == ':' {
			e++
		}
		for e < len(s) && textscan.IsSpace(s[e]) {
			e++
		}
		return []int{0, e}
	}
	return nil
}

// soAt returns the length of "số" in any case at s[i] as (?i:số) matches it
// (s, S or ſ; ố or Ố), 0 for none.
func soAt(s string, i int) int {
	n := 0
	switch {
	case i < len(s) && (s[i] == 's' || s[i] == 'S'):
		n = 1
	case strings.HasPrefix(s[i:], "ſ"):
		n = len("ſ")
	default:
		return 0
	}
	if strings.HasPrefix(s[i+n:], "ố") || strings.HasPrefix(s[i+n:], "Ố") {
		return n + len("ố")
	}
	return 0
}

// afterType reads the citations that follow a type word ending at e.
func (s *scanner) afterType(typ string, pos, e int, capital bool) []mention {
	t := s.text
	p := skipSpace(t, e)
	hasSo := false
	colon := false
	if p < len(t) && t[p] == ':' {
		// "các Quyết định: số 301/QĐ-UBND, số 302/QĐ-UBND": a colon before
		// a list of numbers with a symbol ("quyết định: số 3 là …" is a verb)
		p = skipSpace(t, p+1)
		colon = true
	}
	if m := soEnd(t[p:]); m > 0 && wordEnd(t, p+len("số")) {
		hasSo = true
		p += m
	} else if m := qualSoAt(t, p); m != nil && qualifierOK(typ, t[p:p+m[1]], s.codeAt(typ, p+m[1])) {
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
	if colon && (!ok || !n.symbol) {
		return nil
	}
	yearForm := false
	if !ok && yearTypes[typ] {
		// "Nghị định 100/2019": a normative number cited with its year only
		n, ok = yearNumber(t, p, hasSo)
		yearForm = ok
	}
	if !ok {
		return nil
	}
	if !n.symbol && !yearForm && !s.bareOK(n, hasSo, capital) {
		return nil
	}
	if !n.symbol && !yearForm && !hasSo && inBodyName(t, pos) && !s.dated(n.end) {
		// "Văn phòng Điều phối Chương trình 135 Trung ương": the name of a
		// body that runs a programme, not a citation
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
		m := listJointEnd(t[end:])
		if m < 0 {
			break
		}
		q := end + m
		next, ok := scanNumber(t, q)
		// a bare number continues only a list of bare numbers ("Quyết định 217, 218")
		if !ok || (!next.symbol && (out[len(out)-1].num.symbol || !s.bareOK(next, true, true))) {
			break
		}
		mt := typ
		if st := next.typeFromSymbol(); st != "" && st != typ && !typeAllows(typ, next.firstSymbol()) {
			mt = st // "Quyết định số 55/QĐ-UBND và 56/KH-UBND"
		}
		out = append(out, mention{pos: q, typ: mt, num: next, list: list})
		end = s.attachTail(&out[len(out)-1])
		out[len(out)-1].end = end
	}
	// "các Chỉ thị số 05, 06-CT/TU": the symbol written once belongs to all.
	if last := out[len(out)-1].num; last.symbol && len(out) > 1 {
		suffix := last.raw[len(last.digits):]
		for i := range out {
			if !out[i].num.symbol && len(out[i].num.segs) == 0 {
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

// yearTypes are the types whose numbers carry their year and are cited in
// prose with the year alone ("Nghị định 100/2019", "Thông tư số 01/2021").
var yearTypes = map[string]bool{
	"Nghị định": true, "Thông tư": true, "Thông tư liên tịch": true, "Nghị quyết": true,
	"Quyết định": true, "Luật": true, "Pháp lệnh": true,
}

// yearNumber reads a number written as ordinal/year with no symbol at t[p]:
// "100/2019". Without "số" an ordinal of 1–12 reads as a month ("Quyết
// định 5/2020" may be a month's decisions) and fails; so does anything that
// goes on as a longer number or a symbol.
func yearNumber(t string, p int, hasSo bool) (number, bool) {
	if p >= len(t) || !isDigit(t[p]) {
		return number{}, false
	}
	if r := prevRune(t, p); isDigitRune(r) || isLetter(r) && !afterGluedSo(t, p) {
		return number{}, false
	}
	q := p
	for q < len(t) && isDigit(t[q]) {
		q++
	}
	if q-p > 5 || q+5 > len(t) || t[q] != '/' {
		return number{}, false
	}
	year := t[q+1 : q+5]
	if !allDigits(year) || (year[:2] != "19" && year[:2] != "20") {
		return number{}, false
	}
	e := q + 5
	if e < len(t) {
		r, _ := utf8.DecodeRuneInString(t[e:])
		if isDigitRune(r) || isLetter(r) || r == '/' || (r == '-' && e+1 < len(t) && !unicode.IsSpace(rune(t[e+1]))) {
			return number{}, false
		}
	}
	digits := t[p:q]
	if !hasSo && len(digits) <= 2 && atoiDigits(digits) <= 12 {
		return number{}, false
	}
	return number{start: p, end: e, raw: digits + "/" + year, digits: digits, segs: []string{year}}, true
}

func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// typeAllows reports whether the type letters abbr may stand for typ in a
// symbol (QĐ for a Quy định of the Party as well as for a Quyết định).
func typeAllows(typ, abbr string) bool {
	k := data.SymbolKey(abbr)
	for _, dt := range data.DocTypes() {
		if dt.Name != typ {
			continue
		}
		for _, a := range dt.Abbrevs {
			if data.SymbolKey(a) == k {
				return true
			}
		}
	}
	return false
}

// codeAt reports whether a number with a symbol stands at t[p] whose type
// letters are typ's code or extend it (typeCodeOf).
func (s *scanner) codeAt(typ string, p int) bool {
	n, ok := scanNumber(s.text, p)
	return ok && n.symbol && typeCodeOf(typ, n.firstSymbol())
}

// qualifierOK reports whether the words between a type word and "số" only
// qualify it ("chuyên đề", "Đất đai", "Ban hành văn bản quy phạm pháp luật")
// and do not lead to another citation ("Kế hoạch thực hiện Quyết định số
// …"). Laws are named, so only small words and capitalised type words stop
// them; other types take no verb and no type word. When the symbol after
// "số" carries the type's code (codeFits: "Báo cáo thẩm định số
// 18/BCTĐ-STP", "Báo cáo tổng hợp số 45/BC-UBND"), only a type word stops
// the qualifier.
func qualifierOK(typ, q string, codeFits bool) bool {
	words := strings.Fields(strings.ReplaceAll(q, ",", " "))
	if len(words) > 0 {
		words = words[:len(words)-1] // "số"
	}
	law := typ == "Luật" || typ == "Bộ luật" || typ == "Pháp lệnh"
	tw := loadTypeWords()
	for i, w := range words {
		lw := lowerWord(w)
		if !codeFits && w == lw && (smallStop[lw] || (!law && qualifierStop[lw])) {
			return false
		}
		if !codeFits && i+1 < len(words) && w == lw && (lw+" "+words[i+1] == "thực hiện" || lw+" "+words[i+1] == "triển khai") {
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

// typeCodeOf reports whether the type letters abbr (the first letter part
// of a symbol) name typ: abbr is one of typ's codes, or starts with one and
// goes on with one to four capitals that initial a qualifier ("BCTĐ" =
// Báo cáo thẩm định, "HDLN" = Hướng dẫn liên ngành, "QCPH" = Quy chế phối
// hợp). The longest code that starts abbr decides: "CTrPH" extends the
// Chương trình's CTr, not the Chỉ thị's CT; "TTLT" is a Thông tư liên tịch's.
func typeCodeOf(typ, abbr string) bool {
	k := data.SymbolKey(abbr)
	if k == "" {
		return false
	}
	best, fits := 0, false
	for _, dt := range data.DocTypes() {
		for _, a := range dt.Abbrevs {
			ak := data.SymbolKey(a)
			if ak == "" || !strings.HasPrefix(k, ak) || len(ak) < best {
				continue
			}
			if len(ak) > best {
				best, fits = len(ak), false
			}
			fits = fits || dt.Name == typ
		}
	}
	if !fits {
		return false
	}
	rest := len(k) - best
	if rest == 0 {
		return true
	}
	if rest > 4 {
		return false
	}
	// the letters after the code are capitals as written
	rs := []rune(strings.ReplaceAll(abbr, ".", ""))
	if len(rs) < rest {
		return false
	}
	for _, r := range rs[len(rs)-rest:] {
		if !unicode.IsUpper(r) {
			return false
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

// bodyHeads are the capitalised heads of the name of a body that may be
// named after a programme or scheme it runs ("Ban Chỉ đạo Đề án 06",
// "Văn phòng Điều phối Chương trình 135"), each with the words that may
// stand between it and the type word.
var bodyHeads = []string{"Văn phòng", "Ban", "Tổ", "Hội đồng", "Cơ quan", "Quỹ"}

// bodyMiddles may stand between a body's head and the type word, in any
// case: "Văn phòng Điều phối", "Ban Chỉ đạo", "Tổ công tác".
var bodyMiddles = []string{"", "điều phối", "chỉ đạo", "quản lý", "điều hành", "công tác", "giúp việc", "thường trực"}

// inBodyName reports whether the type word at t[pos] is part of the name of
// a body: a capitalised head, optionally one of bodyMiddles, then the type
// word, on one line.
func inBodyName(t string, pos int) bool {
	b := pos
	for b > 0 && (t[b-1] == ' ' || t[b-1] == '\t') {
		b--
	}
	if b == pos {
		return false
	}
	before := t[max(0, b-40):b]
	for _, mid := range bodyMiddles {
		rest := before
		if mid != "" {
			if len(rest) < len(mid) || !strings.EqualFold(rest[len(rest)-len(mid):], mid) {
				continue
			}
			rest = strings.TrimRight(rest[:len(rest)-len(mid)], " \t")
			if len(rest) == len(before)-len(mid) {
				continue // no blank before the middle words
			}
		}
		for _, head := range bodyHeads {
			if strings.HasSuffix(rest, head) && wordStart(rest, len(rest)-len(head)) {
				return true
			}
		}
	}
	return false
}

// dated reports whether an issuing date or "của" and an issuer follow a
// number ending at e.
func (s *scanner) dated(e int) bool {
	if _, _, ok := s.dateAt(e); ok {
		return true
	}
	return cuaEnd(s.text[e:]) >= 0
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
		if loc := cuaEnd(t[n.end:]); loc >= 0 {
			r, _ := utf8.DecodeRuneInString(t[n.end+loc:])
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
	w := lowerWord(nextWord(t, k))
	if w == "ngày" {
		// "Chỉ thị số 35 ngày 30/5/2019": the issuing date, not a count of days
		if _, ok := s.dateStarting(skipSpace(t, k+len(w))); ok {
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
