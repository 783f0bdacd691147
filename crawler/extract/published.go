package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/crawler/extract/internal/textscan"
	"github.com/vnarchive/vnarchive/data"
)

// vnZone is Asia/Ho_Chi_Minh: UTC+7, no daylight saving time since 1975.
// A fixed zone keeps the binary free of a tzdata dependency.
var vnZone = time.FixedZone("+07", 7*3600)

// published is a publication time and how much of it is known.
type published struct {
	t         time.Time
	precision string // data.PrecisionMinute or data.PrecisionDay
}

func (p published) ok() bool { return p.precision != data.PrecisionNone }

// rfc3339 formats the time in Asia/Ho_Chi_Minh, or "" when unknown.
func (p published) rfc3339() string {
	if !p.ok() {
		return ""
	}
	return formatVN(p.t)
}

// vnOffset is vnZone's offset as RFC 3339 writes it.
const vnOffset = "+07:00"

// formatVN is t.In(vnZone).Format(time.RFC3339), written digit by digit
// for the years of four digits (Format reads its layout every time).
func formatVN(t time.Time) string {
	t = t.In(vnZone)
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	if y < 0 || y > 9999 {
		return t.Format(time.RFC3339)
	}
	var b [25]byte // 2006-01-02T15:04:05+07:00
	put2 := func(i, v int) { b[i], b[i+1] = byte('0'+v/10), byte('0'+v%10) }
	put2(0, y/100)
	put2(2, y%100)
	b[4] = '-'
	put2(5, int(mo))
	b[7] = '-'
	put2(8, d)
	b[10] = 'T'
	put2(11, h)
	b[13] = ':'
	put2(14, mi)
	b[16] = ':'
	put2(17, s)
	copy(b[19:], vnOffset)
	return string(b[:])
}

var (
	// dd/mm/yyyy, then optionally a time: "28/02/2024 | 16:38", "03/04/2020 | 10:36 PM",
	// "28/02/2024 - 16:38", "28/02/2024 16:38:05", "28/02/2024, 8h30".
	reDateTime = regexp.MustCompile(`(?i)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s*(?:[|,–—-]|lúc)?\s*(\d{1,2})\s*[:hg]\s*(\d{2})(?::\d{2})?\s*(AM|PM)?\b)?`)
	// time first: "21:08 20/07/2025", "16:38, 28/02/2024", "10:36 PM - 03/04/2020",
	// "08:15 Thứ Ba, 12/03/2024".
	reTimeDate = regexp.MustCompile(`(?i)(\d{1,2})\s*[:h]\s*(\d{2})(?::\d{2})?\s*(AM|PM)?\s*(?:[|,–—-]|ngày)?\s*(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`)
)

// parseDateLine finds the publication time in a short piece of text such as
// a Liferay date line ("Ngày đăng 28/02/2024 | 16:38 | Lượt xem: 649",
// "Publish date 18/03/2019 | 3:06 PM"), the ward-portal form
// ("21:08 20/07/2025") or a plain "28/02/2024". The earliest match in s
// wins; a date without a time has day precision.
func parseDateLine(s string) published {
	if !mayHoldDate(s) {
		return published{}
	}
	best, bestAt := published{}, -1
	consider := func(p published, at int) {
		if p.ok() && (bestAt < 0 || at < bestAt || (at == bestAt && p.precision == data.PrecisionMinute)) {
			best, bestAt = p, at
		}
	}
	var m [14]int
	if firstMatch(s, &m, true) {
		g := func(k int) string { return group(s, &m, k) }
		consider(build(g(6), g(5), g(4), g(1), g(2), g(3)), m[0])
	}
	if firstMatch(s, &m, false) {
		g := func(k int) string { return group(s, &m, k) }
		consider(build(g(3), g(2), g(1), g(4), g(5), g(6)), m[0])
	}
	return best
}

// findDateTime is reDateTime.FindStringSubmatchIndex(s), read by hand at
// every position where the "d/m/yyyy" it starts with is written (the
// regexps cost more than the rest of a page's date work).
func findDateTime(s string) []int {
	var m [14]int
	if firstMatch(s, &m, false) {
		return m[:]
	}
	return nil
}

// findTimeDate is reTimeDate.FindStringSubmatchIndex(s), read by hand at
// every position where a time ("8:30", "8h30", "8 H 30") starts.
func findTimeDate(s string) []int {
	var m [14]int
	if firstMatch(s, &m, true) {
		return m[:]
	}
	return nil
}

// firstMatch runs timeDateAt (timeFirst) or dateTimeAt at every digit of
// s, in order, and reports whether one matched (its offsets in m).
func firstMatch(s string, m *[14]int, timeFirst bool) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		if timeFirst && timeDateAt(s, i, m) || !timeFirst && dateTimeAt(s, i, m) {
			return true
		}
	}
	return false
}

// group is the text of submatch k of m, "" when it took no part.
func group(s string, m *[14]int, k int) string {
	if m[2*k] < 0 {
		return ""
	}
	return s[m[2*k]:m[2*k+1]]
}

// dmy reads \d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4} at s[i] into m[2:8]
// (day, month, year) as the regexps capture them.
func dmy(s string, i int, m []int) bool {
	n := digitRun(s, i)
	if n < 1 || n > 2 {
		return false
	}
	m[0], m[1] = i, i+n
	j := textscan.SkipSpace(s, i+n)
	if j >= len(s) || !isDateSep(s[j]) {
		return false
	}
	j = textscan.SkipSpace(s, j+1)
	n = digitRun(s, j)
	if n < 1 || n > 2 {
		return false
	}
	m[2], m[3] = j, j+n
	j = textscan.SkipSpace(s, j+n)
	if j >= len(s) || !isDateSep(s[j]) {
		return false
	}
	j = textscan.SkipSpace(s, j+1)
	if digitRun(s, j) < 4 {
		return false
	}
	m[4], m[5] = j, j+4
	return true
}

// dateTimeAt is reDateTime anchored at s[i]: whether it matches, and
// the offsets FindStringSubmatchIndex gives in m. The date is fixed once found; the optional time after
// it follows the regexp's order of preference: the separator or "lúc" when
// written, the seconds when written, AM/PM when followed by a word
// boundary.
func dateTimeAt(s string, i int, m *[14]int) bool {
	if !dmy(s, i, m[2:8]) {
		return false
	}
	m[0], m[1] = i, m[7]
	for k := 8; k < 14; k++ {
		m[k] = -1
	}
	p := m[7]
	q := textscan.SkipSpace(s, p)
	if n := dashAt(s, q); n > 0 {
		q += n
	} else if n := foldPrefix(s, q, "lúc"); n > 0 {
		q += n
	}
	q = textscan.SkipSpace(s, q)
	hn := digitRun(s, q)
	if hn < 1 || hn > 2 {
		return true
	}
	j := textscan.SkipSpace(s, q+hn)
	if j >= len(s) || (s[j] != ':' && s[j]|0x20 != 'h' && s[j]|0x20 != 'g') {
		return true
	}
	j = textscan.SkipSpace(s, j+1)
	if j+1 >= len(s) || !isDigit(s[j]) || !isDigit(s[j+1]) {
		return true
	}
	me := j + 2
	r := me
	if me+2 < len(s) && s[me] == ':' && isDigit(s[me+1]) && isDigit(s[me+2]) {
		r = me + 3
	}
	ok, a0, end := ampmBoundary(s, r)
	if !ok && r != me {
		// without the seconds: the ':' after the minutes is a boundary
		ok, a0, end = true, -1, me
	}
	if !ok {
		return true
	}
	m[8], m[9], m[10], m[11] = q, q+hn, j, me
	if a0 >= 0 {
		m[12], m[13] = a0, a0+2
	}
	m[1] = end
	return true
}

// ampmBoundary is \s*(AM|PM)?\b (case-insensitive) at s[r], just after a
// digit: whether it matches, where AM/PM starts (-1 when left out), and
// where the match ends.
func ampmBoundary(s string, r int) (ok bool, a0, end int) {
	t := textscan.SkipSpace(s, r)
	if isAMPM(s, t) && (t+2 == len(s) || !isWordByte(s[t+2])) {
		return true, t, t + 2
	}
	if t > r {
		if t < len(s) && isWordByte(s[t]) {
			return true, -1, t // after the spaces, before a word
		}
		return true, -1, r // right after the digit, before a space
	}
	return r == len(s) || !isWordByte(s[r]), -1, r
}

// isAMPM reports whether (?i)AM|PM is written at s[t].
func isAMPM(s string, t int) bool {
	return t+1 < len(s) && (s[t]|0x20 == 'a' || s[t]|0x20 == 'p') && s[t+1]|0x20 == 'm'
}

// isWordByte is the regexp's \w for the byte starting a rune (a byte at or
// above utf8.RuneSelf starts no ASCII word character).
func isWordByte(c byte) bool {
	return isDigit(c) || c == '_' || ('a' <= c|0x20 && c|0x20 <= 'z')
}

// dashAt is the length of one of [|,–—-] at s[i], or 0.
func dashAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case '|', ',', '-':
		return 1
	}
	if strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—") {
		return len("–")
	}
	return 0
}

// foldPrefix is the length of the text at s[i] that the literal lit
// matches case-insensitively as the regexps' (?i) does (simple case
// folding, rune by rune), or 0.
func foldPrefix(s string, i int, lit string) int {
	j := i
	for _, want := range lit {
		if j >= len(s) {
			return 0
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if r != want && !(r != utf8.RuneError && sameFold(r, want)) {
			return 0
		}
		j += size
	}
	return j - i
}

// sameFold reports whether r is in the simple case folding orbit of want.
func sameFold(r, want rune) bool {
	for f := unicode.SimpleFold(want); f != want; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// timeDateAt is reTimeDate anchored at s[i]: whether it matches, and the
// offsets FindStringSubmatchIndex gives in m. Every optional part the regexp prefers to take is
// needed by the rest when written (nothing after it can start with its
// text), so one reading decides; only the weekday's \S+ can give back
// text, and the longest that leaves a date after it wins.
func timeDateAt(s string, i int, m *[14]int) bool {
	hn := digitRun(s, i)
	if hn < 1 || hn > 2 {
		return false
	}
	j := textscan.SkipSpace(s, i+hn)
	if j >= len(s) || (s[j] != ':' && s[j]|0x20 != 'h') {
		return false
	}
	j = textscan.SkipSpace(s, j+1)
	if j+1 >= len(s) || !isDigit(s[j]) || !isDigit(s[j+1]) {
		return false
	}
	m[0], m[2], m[3], m[4], m[5] = i, i, i+hn, j, j+2
	m[6], m[7] = -1, -1
	t := j + 2
	if t < len(s) && s[t] == ':' {
		if t+2 >= len(s) || !isDigit(s[t+1]) || !isDigit(s[t+2]) {
			return false
		}
		t += 3
	}
	t = textscan.SkipSpace(s, t)
	if isAMPM(s, t) {
		m[6], m[7] = t, t+2
		t = textscan.SkipSpace(s, t+2)
	}
	if n := dashAt(s, t); n > 0 {
		t += n
	} else if n := foldPrefix(s, t, "ngày"); n > 0 {
		t += n
	}
	t = textscan.SkipSpace(s, t)
	if n := foldPrefix(s, t, "thứ"); n > 0 {
		k := t + n
		if k >= len(s) || !textscan.IsSpace(s[k]) {
			return false
		}
		k = textscan.SkipSpace(s, k)
		found := false
		// \S+ ends at each rune boundary of the word after "thứ"; the
		// regexp tries the longest first, so the last that works wins.
		for e := k; e < len(s) && !textscan.IsSpace(s[e]); {
			_, size := utf8.DecodeRuneInString(s[e:])
			e += size
			if dmy(s, afterComma(s, e), m[8:14]) {
				found = true
				t = e
			}
		}
		if !found {
			return false
		}
		dmy(s, afterComma(s, t), m[8:14])
	} else if n := foldPrefix(s, t, "chủ"); n > 0 {
		k := t + n
		if k >= len(s) || !textscan.IsSpace(s[k]) {
			return false
		}
		k = textscan.SkipSpace(s, k)
		n = foldPrefix(s, k, "nhật")
		if n == 0 || !dmy(s, afterComma(s, k+n), m[8:14]) {
			return false
		}
	} else if !dmy(s, t, m[8:14]) {
		return false
	}
	m[1] = m[13]
	return true
}

// afterComma skips \s*,?\s* at s[i].
func afterComma(s string, i int) int {
	i = textscan.SkipSpace(s, i)
	if i < len(s) && s[i] == ',' {
		i = textscan.SkipSpace(s, i+1)
	}
	return i
}

// mayHoldDate is the cheap test before the date regexps: both need
// "d/m/yyyy" (\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}) somewhere in s.
func mayHoldDate(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isDateSep(s[k]) {
			continue
		}
		i := k - 1
		for i >= 0 && textscan.IsSpace(s[i]) {
			i--
		}
		if i < 0 || !isDigit(s[i]) {
			continue
		}
		j := textscan.SkipSpace(s, k+1)
		n := digitRun(s, j)
		if n < 1 || n > 2 {
			continue
		}
		j = textscan.SkipSpace(s, j+n)
		if j >= len(s) || !isDateSep(s[j]) {
			continue
		}
		if digitRun(s, textscan.SkipSpace(s, j+1)) >= 4 {
			return true
		}
	}
	return false
}

func isDateSep(c byte) bool { return c == '/' || c == '.' || c == '-' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digitRun is the number of ASCII digits at s[i:].
func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

// build makes a publication time from its written parts; hour and minute may
// be empty (day precision). Impossible dates and times give the zero value.
func build(year, month, day, hour, minute, ampm string) published {
	y, _ := strconv.Atoi(year)
	mo, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return published{}
	}
	if hour == "" {
		return published{t: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, vnZone), precision: data.PrecisionDay}
	}
	h, _ := strconv.Atoi(hour)
	mi, _ := strconv.Atoi(minute)
	switch strings.ToUpper(ampm) {
	case "AM":
		if h < 1 || h > 12 {
			return published{t: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, vnZone), precision: data.PrecisionDay}
		}
		if h == 12 {
			h = 0
		}
	case "PM":
		if h < 1 || h > 12 {
			return published{t: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, vnZone), precision: data.PrecisionDay}
		}
		if h != 12 {
			h += 12
		}
	}
	if h > 23 || mi > 59 {
		return published{t: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, vnZone), precision: data.PrecisionDay}
	}
	return published{t: time.Date(y, time.Month(mo), d, h, mi, 0, 0, vnZone), precision: data.PrecisionMinute}
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseISO reads an ISO 8601 date or date-time as machine-readable sources
// give it. A time without a zone is Vietnamese local time; one with a zone
// is converted to it.
func parseISO(s string) published {
	m, ok := isoParts(s)
	if !ok {
		return published{}
	}
	p := build(m.year, m.month, m.day, m.hour, m.minute, "")
	if !p.ok() || p.precision == data.PrecisionDay || m.zone == "" {
		return p
	}
	zone := m.zone
	var off int
	if zone != "Z" {
		sign := 1
		if zone[0] == '-' {
			sign = -1
		}
		digits := strings.ReplaceAll(zone[1:], ":", "")
		hh, _ := strconv.Atoi(digits[:2])
		mm, _ := strconv.Atoi(digits[2:])
		if hh > 14 || mm > 59 {
			return p
		}
		off = sign * (hh*3600 + mm*60)
	}
	t := p.t
	local := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.FixedZone("", off))
	return published{t: local.In(vnZone), precision: data.PrecisionMinute}
}

// isoMatch holds the groups of reISO that parseISO reads, "" when a group
// took no part.
type isoMatch struct{ year, month, day, hour, minute, zone string }

// isoParts is reISO.FindStringSubmatch(s), read by hand: the date, then
// the optional time and zone, each taken when it is written (nothing
// after them has to match, so the regexp never gives one back).
func isoParts(s string) (isoMatch, bool) {
	var m isoMatch
	i := 0
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	if digitRun(s, i) < 4 || i+10 > len(s) || s[i+4] != '-' || !twoDigits(s, i+5) || s[i+7] != '-' || !twoDigits(s, i+8) {
		return m, false
	}
	m.year, m.month, m.day = s[i:i+4], s[i+5:i+7], s[i+8:i+10]
	j := i + 10
	// (?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?
	if j+6 > len(s) || s[j] != 'T' && s[j] != ' ' || !twoDigits(s, j+1) || s[j+3] != ':' || !twoDigits(s, j+4) {
		return m, true
	}
	m.hour, m.minute = s[j+1:j+3], s[j+4:j+6]
	j += 6
	if j < len(s) && s[j] == ':' && twoDigits(s, j+1) {
		j += 3
		if j < len(s) && s[j] == '.' && digitRun(s, j+1) > 0 {
			j += 1 + digitRun(s, j+1)
		}
	}
	for j < len(s) && isRESpace(s[j]) {
		j++
	}
	switch {
	case j < len(s) && s[j] == 'Z':
		m.zone = s[j : j+1]
	case j < len(s) && (s[j] == '+' || s[j] == '-') && twoDigits(s, j+1):
		k := j + 3
		if k < len(s) && s[k] == ':' && twoDigits(s, k+1) {
			m.zone = s[j : k+3]
		} else if twoDigits(s, k) {
			m.zone = s[j : k+2]
		}
	}
	return m, true
}

// twoDigits reports whether s[i] and s[i+1] are there and ASCII digits.
func twoDigits(s string, i int) bool {
	return i+1 < len(s) && isDigit(s[i]) && isDigit(s[i+1])
}

// isRESpace reports whether c is white space as \s reads it in a regexp
// ([\t\n\f\r ]).
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
