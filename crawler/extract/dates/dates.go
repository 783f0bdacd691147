// Package dates reads full calendar dates (day, month and year) out of
// Vietnamese text: 28/02/2024, 28-2-2024, 28.2.2024, "ngày 3 tháng 6 năm
// 2013", "18 Tháng 8 2015", ISO 2024-02-28, the days of a range or list that
// share one month and year ("10-14/6/2024", "các ngày 11, 12 tháng 01 năm
// 2010", "từ ngày 29 đến ngày 30 tháng 6 năm 2017", "từ ngày 19/6 đến ngày
// 23/6/2023"), and the typos "01/102021" (missing separator) and "16/7/20 21"
// (a space inside the year), and spelled dates that lost their spaces
// ("ngày03 tháng12 năm2004") (shared/docs/vietnamese-reference.md §4,
// shared/eval/ANNOTATION.md "dates").
//
// Partial dates are not dates here: "ngày 5/3", "tháng 10/2023", "năm 2024",
// "quý I/2024", holidays without a year ("Quốc khánh 2-9"), year ranges
// ("2021-2025"), times and ratios ("21/25 đảng bộ"). Every date is checked
// against the calendar (no 31/02).
//
// All functions are pure, safe for concurrent use, and never panic.
package dates

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/crawler/extract/internal/textscan"
)

// Match is one full date mentioned in a text.
type Match struct {
	// Start and End are byte offsets in the text: the span the date is read
	// from, from its day number to its year. For the first days of a range or
	// list that share the month and year of the last ("10" in "10-14/6/2024"),
	// the span is the day number alone.
	Start, End int
	// Date is the date in ISO form, yyyy-mm-dd.
	Date string
}

// Find returns every full date mentioned in text, in order of position,
// duplicates kept. The text is read as it is, in NFC (the form extraction
// normalises every text to): spans are byte offsets into it.
func Find(text string) []Match {
	var out []Match
	covered := 0 // end of the last accepted full-date span
	for i := textscan.NextDigit(text, 0); i < len(text); i = textscan.NextDigit(text, i+1) {
		// the digits after the first of a run start nothing
		start := i
		for i+1 < len(text) && isDigit(text[i+1]) {
			i++
		}
		if start > 0 && isDigit(text[start-1]) || start < covered {
			continue
		}
		if m, ok := fullAt(text, start); ok {
			out = append(out, m)
			covered = m.End
			continue
		}
		if listMay(text, start) {
			// A list that continues an earlier date ("11, 12 tháng 01 năm
			// 2010 (…) và 15, 16 tháng 01 năm 2010") needs no "ngày" of its
			// own.
			cont := len(out) > 0 && start-out[len(out)-1].End < 48 && lowerIs(prevWord(text, start), "và")
			if ms, ok := listAt(text, start, cont); ok {
				out = append(out, ms...)
				covered = ms[len(ms)-1].End
				continue
			}
		}
		if ms, ok := rangeDM(text, start); ok {
			out = append(out, ms...)
			covered = ms[len(ms)-1].End
			continue
		}
	}
	return out
}

// listMay reports whether listAt may read a list at text[i]: the first
// day is one or two digits and a separator of days follows it, as listAt
// needs before anything else it tests.
func listMay(text string, i int) bool {
	d := digitCount(text, i)
	if d < 1 || d > 2 {
		return false
	}
	sep, _ := listSepAt(text, skipSpaces(text, i+d))
	return sep != 0
}

// rangeDM reads a range whose first end is written day/month and whose last
// end is a full date of the same month: "từ ngày 19/6 đến ngày 23/6/2023",
// "19.6 - 23.6.2023". It returns the first end's match (its span the
// day/month) and the full date's. Ends in different months are left alone:
// only days that share the month and year of the full date count.
func rangeDM(text string, i int) ([]Match, bool) {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j-i < 1 || j-i > 2 || j >= len(text) || (text[j] != '/' && text[j] != '.') {
		return nil, false
	}
	if p := prevRune(text, i); unicode.IsLetter(p) || strings.ContainsRune("/.,-‐‑‒–—−", p) {
		return nil, false
	}
	k := j + 1
	for k < len(text) && isDigit(text[k]) {
		k++
	}
	if k-j-1 < 1 || k-j-1 > 2 {
		return nil, false
	}
	if k+1 < len(text) && (text[k] == '/' || text[k] == '.' || text[k] == '-') && isDigit(text[k+1]) {
		return nil, false // a full date or a longer chain of numbers
	}
	day, mon := atoi(text[i:j]), atoi(text[j+1:k])
	n := skipSpaces(text, k)
	sep, n2 := listSepAt(text, n)
	if sep != '-' {
		return nil, false
	}
	word, before := text[n:n2], prevWord(text, i)
	if !lowerIs(word, "đến") && !lowerIs(word, "tới") && !lowerIs(before, "ngày") && !lowerIs(before, "từ") {
		return nil, false
	}
	n = skipSpaces(text, n2)
	if lowerHasPrefix(text[n:min(len(text), n+6)], "ngày") {
		n = skipSpaces(text, n+len("ngày"))
	}
	if n >= len(text) || !isDigit(text[n]) {
		return nil, false
	}
	m, ok := fullAt(text, n)
	if !ok {
		return nil, false
	}
	y, mo, d := splitISO(m.Date)
	if mo != mon || day >= d {
		return nil, false
	}
	iso, good := mkDate(y, mo, day)
	if !good {
		return nil, false
	}
	return []Match{{Start: i, End: k, Date: iso}, m}, true
}

// All returns the ISO dates of Find, deduplicated, in order of first mention.
func All(text string) []string { return ISO(Find(text)) }

// ISO returns the dates of ms, deduplicated, in order: All(text) is
// ISO(Find(text)).
func ISO(ms []Match) []string {
	if len(ms) > 16 {
		return isoMap(ms)
	}
	if len(ms) == 0 {
		return nil
	}
	// a text's few dates: what is kept so far is the set seen (room made
	// for all at once, not grown through one, two and four)
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		if !slices.Contains(out, m.Date) {
			out = append(out, m.Date)
		}
	}
	return out
}

// isoMap is ISO with a set of the dates seen, for many dates.
func isoMap(ms []Match) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range ms {
		if !seen[m.Date] {
			seen[m.Date] = true
			out = append(out, m.Date)
		}
	}
	return out
}

const sepClass = `[/.\-‐‑‒–—−]`

var (
	// D sep M sep Y, the two separators of one kind.
	reNumeric = regexp.MustCompile(`^(\d{1,2})[ \t]*(` + sepClass + `)[ \t]*(\d{1,2})[ \t]*(` + sepClass + `)[ \t]*(\d{4}|\d{2})`)
	// D/MMYYYY: the second separator missing ("01/102021").
	reTypo = regexp.MustCompile(`^(\d{1,2})[ \t]*([/\-‐‑‒–—−.])[ \t]*(\d{5,6})`)
	// ISO yyyy-mm-dd (also yyyy/mm/dd); isoAt reads it by hand.
	reISO = regexp.MustCompile(`^(\d{4})([-/])(\d{2})([-/])(\d{2})`)
	// D tháng M [,] [năm] Y; "18 Tháng 8 2015"; spelledAt reads it by hand.
	// The month may be glued to "tháng" and the year to "năm" ("tháng12
	// năm2004": text typed without its spaces).
	reSpelled = regexp.MustCompile(`^(\d{1,2})\s+(?i:tháng)\s*(\d{1,2})(?:\s*,?\s*(?i:năm)\s*|\s*,\s*|[ \t]+)(\d{4})`)
	// D/M năm Y ("30/4 năm 1975").
	reSlashYear = regexp.MustCompile(`^(\d{1,2})\s*[/\-‐‑‒–—−]\s*(\d{1,2})\s+(?i:năm)\s+(\d{4})`)
)

// fullAt reads a full date whose day (or ISO year) starts at text[i].
func fullAt(text string, i int) (Match, bool) {
	s := text[i:]
	prev := prevRune(text, i)
	prev2 := byte(0)
	if i >= 2 {
		prev2 = text[i-2]
	}
	// A number that continues a chain of digits and separators ("1.234.567",
	// "30/2020/…") is not the start of a date; a dash may join two dates.
	if (prev == '/' || prev == '.' || prev == ',') && isDigit(prev2) {
		return Match{}, false
	}
	h := hintsAt(s)
	if h.iso {
		if m, ok := isoAt(s); ok && m[3]-m[2] == 4 && s[m[4]:m[5]] == s[m[8]:m[9]] && !digitAfter(s, m[1]) {
			if d, ok := mkDate(atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]]), atoi(s[m[10]:m[11]])); ok {
				return Match{Start: i, End: i + m[1], Date: d}, true
			}
		}
	}
	if !h.numeric && !h.slash && !h.thang {
		return Match{}, false
	}
	find := func(may bool, re *regexp.Regexp) []int {
		if !may {
			return nil
		}
		return re.FindStringSubmatchIndex(s)
	}
	if m, ok := numericAt(s, h.dmy); ok && !digitAfter(s, m[1]) && !sepDigitAfter(s, m[1], sepKind(s[m[8]:m[9]])) {
		s1, s2 := sepKind(s[m[4]:m[5]]), sepKind(s[m[8]:m[9]])
		ys := s[m[10]:m[11]]
		y := atoi(ys)
		ok := s1 == s2
		end := m[1]
		if len(ys) == 2 && s1 != '.' {
			// "16/7/20 21": a year typed with a space inside it.
			if rest, ok2 := splitYear(s, m[1], ys); ok2 {
				ys, y, end = ys+s[m[1]+1:rest], atoi(ys+s[m[1]+1:rest]), rest
			}
		}
		if len(ys) == 2 {
			// Two-digit years only right after "ngày" ("ngày 5/3/24").
			ok = ok && s1 != '.' && hasTriggerBefore(text, i, "ngày")
			if y < 70 {
				y += 2000
			} else {
				y += 1900
			}
		}
		if ok {
			if d, good := mkDate(y, atoi(s[m[6]:m[7]]), atoi(s[m[2]:m[3]])); good {
				return Match{Start: i, End: i + end, Date: d}, true
			}
		}
	}
	if m := find(h.typo, reTypo); m != nil && !digitAfter(s, m[1]) && !sepDigitAfter(s, m[1], sepKind(s[m[4]:m[5]])) {
		block := s[m[6]:m[7]]
		mon, year := atoi(block[:len(block)-4]), atoi(block[len(block)-4:])
		if year >= 1900 && year <= 2100 {
			if d, good := mkDate(year, mon, atoi(s[m[2]:m[3]])); good {
				return Match{Start: i, End: i + m[1], Date: d}, true
			}
		}
	}
	if m, ok := spelledAt(s, h.thang); ok && !digitAfter(s, m[1]) && spelledContextOK(text, i) {
		if d, good := mkDate(atoi(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]])); good {
			return Match{Start: i, End: i + m[1], Date: d}, true
		}
	}
	if m := find(h.slash && hasTriggerBefore(text, i, "ngày"), reSlashYear); m != nil && !digitAfter(s, m[1]) {
		if d, good := mkDate(atoi(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]])); good {
			return Match{Start: i, End: i + m[1], Date: d}, true
		}
	}
	return Match{}, false
}

// splitYear reads the second half of a four-digit year typed with one
// space inside it ("20 21" in "16/7/20 21"): the first half is "19" or "20"
// and ends the match at s[end], the second half is two digits that end the
// number and are no time of day ("20 21 giờ", "20 21:30", "20 21h"). It
// returns where the year ends.
func splitYear(s string, end int, first string) (int, bool) {
	if first != "19" && first != "20" {
		return 0, false
	}
	if end+3 > len(s) || s[end] != ' ' || !isDigit(s[end+1]) || !isDigit(s[end+2]) || digitAfter(s, end+3) {
		return 0, false
	}
	after := strings.TrimLeft(s[end+3:min(len(s), end+12)], " \t")
	if strings.HasPrefix(s[end+3:], ":") || strings.HasPrefix(s[end+3:], "h") || lowerHasPrefix(after, "giờ") ||
		lowerHasPrefix(after, "g ") || lowerHasPrefix(after, "phút") {
		return 0, false
	}
	return end + 3, true
}

// listAt reads the leading days of a range or list that ends in a full date
// sharing their month and year: "10-14/6/2024", "ngày 26 - 28/2/2024",
// "các ngày 11, 12 tháng 01 năm 2010", "từ ngày 29 đến ngày 30 tháng 6 năm
// 2017". It returns the leading days' matches followed by the full date's.
func listAt(text string, i int, cont bool) ([]Match, bool) {
	// The first day must not continue a word or a chain of numbers.
	if p := prevRune(text, i); unicode.IsLetter(p) {
		return nil, false
	} else if strings.ContainsRune("/.,-‐‑‒–—−", p) && i >= 2 {
		if _, size := utf8.DecodeLastRuneInString(text[:i]); i-size > 0 && isDigit(text[i-size-1]) {
			return nil, false
		}
	}
	type day struct{ start, end, d int }
	var days []day
	pos := i
	listSep := false
	for n := 0; n < 8; n++ {
		j := pos
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j-pos < 1 || j-pos > 2 {
			return nil, false
		}
		days = append(days, day{pos, j, atoi(text[pos:j])})
		// separator
		k := skipSpaces(text, j)
		sep, k2 := listSepAt(text, k)
		if sep == 0 {
			return nil, false
		}
		if sep == ',' {
			listSep = true
		}
		k = skipSpaces(text, k2)
		if lowerHasPrefix(text[k:min(len(text), k+6)], "ngày") {
			k = skipSpaces(text, k+len("ngày"))
		}
		if k >= len(text) || !isDigit(text[k]) {
			return nil, false
		}
		if m, ok := fullAt(text, k); ok {
			y, mo, d := splitISO(m.Date)
			prev := 0
			var out []Match
			for _, dd := range days {
				if dd.d <= prev || dd.d >= d {
					return nil, false
				}
				prev = dd.d
				iso, good := mkDate(y, mo, dd.d)
				if !good {
					return nil, false
				}
				out = append(out, Match{Start: dd.start, End: dd.end, Date: iso})
			}
			if (listSep || len(days) > 1) && !cont && !hasTriggerBefore(text, i, "ngày") {
				return nil, false
			}
			return append(out, m), true
		}
		pos = k
	}
	return nil, false
}

// listSepAt reads a separator of days at text[k]: "," and "và" (a list, ','),
// a dash, "đến" or "tới" (a range, '-'). It returns 0 when there is none.
func listSepAt(text string, k int) (byte, int) {
	if k >= len(text) {
		return 0, k
	}
	// the first byte of each separator: ',', '-', 0xE2 (the other
	// dashes), 'v' or 'V' ("và"), 0xC4 ('đ' or 'Đ' of "đến"), 't' or 'T'
	switch text[k] {
	case ',', '-', 0xE2, 'v', 'V', 0xC4, 't', 'T':
	default:
		return 0, k
	}
	r, size := utf8.DecodeRuneInString(text[k:])
	switch r {
	case ',':
		return ',', k + size
	case '-', '‐', '‑', '‒', '–', '—', '−':
		return '-', k + size
	}
	low := text[k:min(len(text), k+8)]
	for _, w := range [...]string{"và", "đến", "tới"} {
		if lowerHasPrefix(low, w) {
			end := k + len(w)
			if end < len(text) && text[end] != ' ' && text[end] != '\n' && text[end] != '\t' {
				return 0, k
			}
			if w == "và" {
				return ',', end
			}
			return '-', end
		}
	}
	return 0, k
}

// spelledContextOK rejects "D tháng M năm Y" read out of a duration ("trong
// 3 tháng …"): the word before the day must not be a quantity word.
func spelledContextOK(text string, i int) bool {
	w := prevWord(text, i)
	for _, q := range [...]string{"trong", "sau", "hơn", "gần", "khoảng", "mất", "những", "suốt", "vòng", "được", "có"} {
		if lowerIs(w, q) {
			return false
		}
	}
	return true
}

// hasTriggerBefore reports whether the word right before text[i] (across
// spaces) is word, case-insensitively.
func hasTriggerBefore(text string, i int, word string) bool {
	// word, "mùng" and "mồng" end in an ASCII letter that only itself and
	// its capital lower to (TestTriggerEndsLowerFromTwoRunes): a word before
	// text[i] that ends otherwise is none of them
	if last := word[len(word)-1]; 'a' <= last && last <= 'z' {
		e := blanksBefore(text, i)
		if e == 0 || text[e-1]|0x20 != last && text[e-1]|0x20 != 'g' {
			return false
		}
	}
	w := prevWord(text, i)
	return lowerIs(w, word) || lowerIs(w, "mùng") || lowerIs(w, "mồng")
}

// lowerPrefix reports whether strings.ToLower(s) starts with w and whether
// it is w, lowering no more of s than it takes (and allocating nothing).
func lowerPrefix(s, w string) (prefix, equal bool) {
	j := 0 // bytes of w matched
	var enc [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		if j == len(w) {
			return true, false // every rune of s lowers to at least one byte
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[j] {
				return false, false
			}
			i++
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n := utf8.EncodeRune(enc[:], unicode.ToLower(r))
		if j+n > len(w) {
			// w ends inside this rune's lower case
			return string(enc[:len(w)-j]) == w[j:], false
		}
		if string(enc[:n]) != w[j:j+n] {
			return false, false
		}
		i += size
		j += n
	}
	return j == len(w), j == len(w)
}

// lowerIs is strings.ToLower(s) == w.
func lowerIs(s, w string) bool {
	_, eq := lowerPrefix(s, w)
	return eq
}

// lowerHasPrefix is strings.HasPrefix(strings.ToLower(s), w).
func lowerHasPrefix(s, w string) bool {
	p, _ := lowerPrefix(s, w)
	return p
}

// prevWord returns the run of letters right before text[i], spaces skipped.
// ASCII bytes are told without decoding, the other runes from wordRuneBits.
func prevWord(text string, i int) string {
	end := blanksBefore(text, i)
	j := end
	for j > 0 {
		if c := text[j-1]; c < utf8.RuneSelf {
			if (c|0x20)-'a' >= 26 {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) {
			break
		}
		j -= size
	}
	return text[j:end]
}

// blanksBefore returns where the run of spaces, tabs, line breaks and
// no-break spaces that ends at text[i] starts.
func blanksBefore(text string, i int) int {
	j := i
	for j > 0 {
		if c := text[j-1]; c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
				break
			}
			j--
			continue
		}
		if !strings.HasSuffix(text[:j], "\u00a0") {
			break
		}
		j -= len("\u00a0")
	}
	return j
}

// wordTableSize bounds wordRuneBits: Latin, combining marks and the
// Vietnamese block.
const wordTableSize = 0x2000

// wordRuneBits marks the letters and combining marks below wordTableSize:
// prevWord reads the runes of Vietnamese words without searching the
// ranges of unicode.IsLetter for each.
var wordRuneBits = func() (b [wordTableSize / 64]uint64) {
	for r := rune(0); r < wordTableSize; r++ {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			b[r/64] |= 1 << (r % 64)
		}
	}
	return b
}()

// isWordRune is unicode.IsLetter(r) || unicode.Is(unicode.Mn, r).
func isWordRune(r rune) bool {
	if u := uint32(r); u < wordTableSize {
		return wordRuneBits[u/64]&(1<<(u%64)) != 0
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func prevRune(text string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

func skipSpaces(text string, k int) int {
	for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r') {
		k++
	}
	if strings.HasPrefix(text[k:], "\u00a0") {
		return skipSpaces(text, k+len("\u00a0"))
	}
	return k
}

func digitAfter(s string, end int) bool { return end < len(s) && isDigit(s[end]) }

// sepDigitAfter reports that a match goes on as a longer chain of numbers
// joined by its own separator ("1.2.2024.5", "1/2/2024/5") or as a
// document number ("1/2/2024/QĐ"). A dot after a slash date ends a
// sentence ("… 03/5/2023.2.") and is no chain.
func sepDigitAfter(s string, end int, kind byte) bool {
	if end+1 >= len(s) {
		return false
	}
	switch {
	case s[end] == '.' && kind == '.' && isDigit(s[end+1]):
		return true
	case s[end] == '/' && isDigit(s[end+1]):
		return true
	case s[end] == '/':
		r, _ := utf8.DecodeRuneInString(s[end+1:])
		return unicode.IsLetter(r)
	}
	return false
}

func sepKind(sep string) byte {
	switch sep {
	case "/":
		return '/'
	case ".":
		return '.'
	}
	return '-'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		if !isDigit(s[i]) {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// mkDate validates a calendar date and returns it in ISO form.
func mkDate(y, m, d int) (string, bool) {
	if y < 1000 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	if d > daysIn(y, m) {
		return "", false
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:]), true
}

// daysIn is the number of days of month m (1 to 12) of year y in the
// proleptic Gregorian calendar, as package time counts them.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func splitISO(iso string) (y, m, d int) {
	if len(iso) != 10 {
		return 0, 0, 0
	}
	return atoi(iso[:4]), atoi(iso[5:7]), atoi(iso[8:10])
}

// regexpHints are cheap tests made before the date regexps, each a
// condition its regexps need: reISO starts with exactly four digits and
// '-' or '/'; the others with one or two digits, then (after spaces) a
// separator (reNumeric, reTypo: also '.'; reSlashYear) or "tháng"
// (reSpelled, after at least one space).
// isoAt is reISO.FindStringSubmatchIndex(s) read by hand: four digits, a
// dash or slash, two digits, a dash or slash, two digits.
func isoAt(s string) (m [12]int, ok bool) {
	if len(s) < 10 || digitCount(s, 0) < 4 || (s[4] != '-' && s[4] != '/') || !isDigit(s[5]) || !isDigit(s[6]) ||
		(s[7] != '-' && s[7] != '/') || !isDigit(s[8]) || !isDigit(s[9]) {
		return m, false
	}
	return [12]int{0, 10, 0, 4, 4, 5, 5, 7, 7, 8, 8, 10}, true
}

// spelledAt is reSpelled.FindStringSubmatchIndex(s) read by hand (nil
// when may is false, as the hint rules the regexp out): one or two digits,
// \s+, (?i:tháng), \s*, one or two digits, then the first of
// \s*,?\s*(?i:năm)\s* or \s*,\s* or [ \t]+ that four digits follow.
func spelledAt(s string, may bool) (m [8]int, ok bool) {
	if !may {
		return m, false
	}
	d1 := digitCount(s, 0)
	if d1 < 1 || d1 > 2 {
		return m, false
	}
	a := textscan.SkipSpace(s, d1)
	if a == d1 {
		return m, false
	}
	n := textscan.FoldAt(s, a, "tháng")
	if n < 0 {
		return m, false
	}
	b := textscan.SkipSpace(s, a+n)
	d2 := digitCount(s, b)
	if d2 < 1 || d2 > 2 {
		return m, false
	}
	c := b + d2
	year := func(y int) ([8]int, bool) {
		if digitCount(s, y) < 4 {
			return [8]int{}, false
		}
		return [8]int{0, y + 4, 0, d1, b, c, y, y + 4}, true
	}
	// \s*,?\s*(?i:năm)\s*
	k := textscan.SkipSpace(s, c)
	if k < len(s) && s[k] == ',' {
		k = textscan.SkipSpace(s, k+1)
	}
	if n := textscan.FoldAt(s, k, "năm"); n >= 0 {
		if m, ok := year(textscan.SkipSpace(s, k+n)); ok {
			return m, true
		}
	}
	// \s*,\s*
	if k := textscan.SkipSpace(s, c); k < len(s) && s[k] == ',' {
		if m, ok := year(textscan.SkipSpace(s, k+1)); ok {
			return m, true
		}
	}
	// [ \t]+
	if k := skipTabs(s, c); k > c {
		return year(k)
	}
	return m, false
}

// numericAt is reNumeric.FindStringSubmatchIndex(s) read by hand (when may
// is false it is nil, as the hint rules the regexp out): every part of the
// regexp has one way to match.
func numericAt(s string, may bool) (m [12]int, ok bool) {
	if !may {
		return m, false
	}
	d1 := digitCount(s, 0)
	if d1 < 1 || d1 > 2 {
		return m, false
	}
	a := skipTabs(s, d1)
	sl := sepLen(s, a)
	if sl == 0 {
		return m, false
	}
	b := skipTabs(s, a+sl)
	d2 := digitCount(s, b)
	if d2 < 1 || d2 > 2 {
		return m, false
	}
	c := skipTabs(s, b+d2)
	sl2 := sepLen(s, c)
	if sl2 == 0 {
		return m, false
	}
	e := skipTabs(s, c+sl2)
	y := digitCount(s, e)
	switch {
	case y >= 4:
		y = 4
	case y >= 2:
		y = 2
	default:
		return m, false
	}
	return [12]int{0, e + y, 0, d1, a, a + sl, b, b + d2, c, c + sl2, e, e + y}, true
}

// sepLen is the length of a character of sepClass at s[k], 0 for none.
func sepLen(s string, k int) int {
	if k >= len(s) {
		return 0
	}
	switch s[k] {
	case '/', '.', '-':
		return 1
	case 0xE2:
		if k+3 <= len(s) {
			switch s[k : k+3] {
			case "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212":
				return 3
			}
		}
	}
	return 0
}

// skipTabs skips [ \t]*.
func skipTabs(s string, k int) int {
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	return k
}

// digitCount is the number of ASCII digits at s[k:].
func digitCount(s string, k int) int {
	n := 0
	for k+n < len(s) && isDigit(s[k+n]) {
		n++
	}
	return n
}

type regexpHints struct {
	iso, numeric, slash, thang bool
	// dmy and typo are numeric followed through: reNumeric needs, after
	// the first separator, one or two digits, a second separator and two
	// digits; reTypo five digits (both with [ \t]* between).
	dmy, typo bool
}

func hintsAt(s string) regexpHints {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	var h regexpHints
	h.iso = n == 4 && len(s) > 4 && (s[4] == '-' || s[4] == '/')
	if n < 1 || n > 2 {
		return h
	}
	k := n
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	// 0xE2 leads the UTF-8 of the Unicode dashes in sepClass.
	h.numeric = k < len(s) && (s[k] == '/' || s[k] == '.' || s[k] == '-' || s[k] == 0xE2)
	if sl := sepLen(s, k); sl > 0 {
		j := skipTabs(s, k+sl)
		d := digitCount(s, j)
		h.typo = d >= 5
		if d >= 1 && d <= 2 {
			j = skipTabs(s, j+d)
			if sl2 := sepLen(s, j); sl2 > 0 {
				h.dmy = digitCount(s, skipTabs(s, j+sl2)) >= 2
			}
		}
	}
	k = n
	for k < len(s) && textscan.IsSpace(s[k]) {
		k++
	}
	h.slash = k < len(s) && (s[k] == '/' || s[k] == '-' || s[k] == 0xE2)
	h.thang = k > n && k < len(s) && (s[k] == 't' || s[k] == 'T')
	return h
}
