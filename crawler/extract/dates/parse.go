package dates

import (
	"regexp"
	"strings"
	"time"

	"github.com/vnarchive/vnarchive/data/vn"
)

// vnZone is Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving time. A
// fixed zone needs no tz database on the host.
var vnZone = time.FixedZone("+07", 7*60*60)

var (
	// A time of day: 16:38, 14h30, 8h, 14 giờ 30 (phút).
	reClock = regexp.MustCompile(`(?i)(?:^|[^\d:])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})?(?:\s*phút)?(?:[^\d]|$)`)
	// A short user-typed date d/m/yy.
	reShort = regexp.MustCompile(`^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2})\s*$`)
)

// ParseDate reads a date typed by a user or found in page metadata, in any
// form Find knows ("28/02/2024", "28-2-2024", "ngày 3 tháng 6 năm 2013",
// "Thứ Tư, 28/02/2024 | 16:38", "16:38, 28/02/2024") or as RFC 3339 / ISO
// 8601 ("2024-02-28T16:38:00+07:00", "2024-02-28"), and a bare d/m/yy.
//
// A timestamp with a zone keeps it. Otherwise the result is in
// Asia/Ho_Chi_Minh (UTC+7): at the time of day written next to the date
// ("16:38", "14h30", "14 giờ 30") or at midnight. ok is false when s holds no
// valid full date.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(vn.NFC(s))
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, vnZone); err == nil {
			return t, true
		}
	}
	var y, m, d int
	rest := s
	if ms := Find(s); len(ms) > 0 {
		y, m, d = splitISO(ms[0].Date)
		rest = s[:ms[0].Start] + " " + s[ms[0].End:]
	} else if sm := reShort.FindStringSubmatch(s); sm != nil {
		yy := atoi(sm[3])
		if yy < 70 {
			yy += 2000
		} else {
			yy += 1900
		}
		iso, ok := mkDate(yy, atoi(sm[2]), atoi(sm[1]))
		if !ok {
			return time.Time{}, false
		}
		y, m, d = splitISO(iso)
		rest = ""
	} else {
		return time.Time{}, false
	}
	hh, mm := 0, 0
	if cm := reClock.FindStringSubmatch(rest); cm != nil {
		h, mi := atoi(cm[1]), 0
		if cm[2] != "" {
			mi = atoi(cm[2])
		}
		if h >= 0 && h < 24 && mi >= 0 && mi < 60 {
			hh, mm = h, mi
		}
	}
	return time.Date(y, time.Month(m), d, hh, mm, 0, 0, vnZone), true
}
