package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

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
	return p.t.In(vnZone).Format(time.RFC3339)
}

var (
	// dd/mm/yyyy, then optionally a time: "28/02/2024 | 16:38", "03/04/2020 | 10:36 PM",
	// "28/02/2024 - 16:38", "28/02/2024 16:38:05", "28/02/2024, 8h30".
	reDateTime = regexp.MustCompile(`(?i)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s*(?:[|,–—-]|lúc)?\s*(\d{1,2})\s*[:hg]\s*(\d{2})(?::\d{2})?\s*(AM|PM)?\b)?`)
	// time first: "21:08 20/07/2025", "16:38, 28/02/2024", "10:36 PM - 03/04/2020",
	// "08:15 Thứ Ba, 12/03/2024".
	reTimeDate = regexp.MustCompile(`(?i)(\d{1,2})\s*[:h]\s*(\d{2})(?::\d{2})?\s*(AM|PM)?\s*(?:[|,–—-]|ngày)?\s*(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`)
	// ISO 8601 from <meta>, JSON-LD or <time datetime>.
	reISO = regexp.MustCompile(`^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?`)
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
	if m := findTimeDate(s); m != nil {
		g := groups(s, m)
		consider(build(g[6], g[5], g[4], g[1], g[2], g[3]), m[0])
	}
	if m := findDateTime(s); m != nil {
		g := groups(s, m)
		consider(build(g[3], g[2], g[1], g[4], g[5], g[6]), m[0])
	}
	return best
}

// reDateTimeAt and reTimeDateAt are the two regexps anchored at the start.
var (
	reDateTimeAt = regexp.MustCompile(`^(?:` + reDateTime.String() + `)`)
	reTimeDateAt = regexp.MustCompile(`^(?:` + reTimeDate.String() + `)`)
)

// findDateTime is reDateTime.FindStringSubmatchIndex(s): the anchored
// regexp runs only where the "d/m/yyyy" it starts with is written.
func findDateTime(s string) []int {
	return firstAnchored(s, reDateTimeAt, dmyAt)
}

// findTimeDate is reTimeDate.FindStringSubmatchIndex(s): the anchored
// regexp runs only where a time ("8:30", "8h30", "8 H 30") starts.
func findTimeDate(s string) []int {
	return firstAnchored(s, reTimeDateAt, timeAt)
}

// firstAnchored runs re (anchored at the start) at every position of s
// where may holds, in order, and returns the first match with offsets in s:
// the leftmost match of the unanchored regexp when may holds wherever that
// one can match.
func firstAnchored(s string, re *regexp.Regexp, may func(s string, i int) bool) []int {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || !may(s, i) {
			continue
		}
		if m := re.FindStringSubmatchIndex(s[i:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			return m
		}
	}
	return nil
}

// dmyAt reports whether \d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4} matches at
// s[i] (\s being [\t\n\f\r ]).
func dmyAt(s string, i int) bool {
	n := digitRun(s, i)
	if n < 1 || n > 2 {
		return false
	}
	j := skipSpaceBytes(s, i+n)
	if j >= len(s) || !isDateSep(s[j]) {
		return false
	}
	j = skipSpaceBytes(s, j+1)
	n = digitRun(s, j)
	if n < 1 || n > 2 {
		return false
	}
	j = skipSpaceBytes(s, j+n)
	if j >= len(s) || !isDateSep(s[j]) {
		return false
	}
	return digitRun(s, skipSpaceBytes(s, j+1)) >= 4
}

// timeAt reports whether (?i)\d{1,2}\s*[:h] matches at s[i].
func timeAt(s string, i int) bool {
	n := digitRun(s, i)
	if n < 1 || n > 2 {
		return false
	}
	j := skipSpaceBytes(s, i+n)
	return j < len(s) && (s[j] == ':' || s[j] == 'h' || s[j] == 'H')
}

// mayHoldDate is the cheap test before the date regexps: both need
// "d/m/yyyy" (\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}) somewhere in s.
func mayHoldDate(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isDateSep(s[k]) {
			continue
		}
		i := k - 1
		for i >= 0 && isSpaceByte(s[i]) {
			i--
		}
		if i < 0 || !isDigit(s[i]) {
			continue
		}
		j := skipSpaceBytes(s, k+1)
		n := digitRun(s, j)
		if n < 1 || n > 2 {
			continue
		}
		j = skipSpaceBytes(s, j+n)
		if j >= len(s) || !isDateSep(s[j]) {
			continue
		}
		if digitRun(s, skipSpaceBytes(s, j+1)) >= 4 {
			return true
		}
	}
	return false
}

func isDateSep(c byte) bool { return c == '/' || c == '.' || c == '-' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isSpaceByte is the regexp's \s: [\t\n\f\r ].
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func skipSpaceBytes(s string, i int) int {
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	return i
}

// digitRun is the number of ASCII digits at s[i:].
func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

func groups(s string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
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
	m := reISO.FindStringSubmatch(s)
	if m == nil {
		return published{}
	}
	p := build(m[1], m[2], m[3], m[4], m[5], "")
	if !p.ok() || p.precision == data.PrecisionDay || m[7] == "" {
		return p
	}
	zone := m[7]
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
