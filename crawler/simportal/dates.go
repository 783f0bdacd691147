package simportal

import (
	"fmt"
	"time"
)

// Date forms of the guide (ANNOTATION.md) and vietnamese-reference §4.
const (
	dfSlashPad   = iota // 03/06/2013
	dfSlash             // 3/6/2013
	dfDashPad           // 03-06-2013
	dfDash              // 3-6-2013
	dfDot               // 3.6.2013
	dfSpelled           // ngày 3 tháng 6 năm 2013 (carries its own "ngày")
	dfSpelledPad        // ngày 03 tháng 6 năm 2013
	dfNoNam             // 3 tháng 6 2013
	dfCount
)

// numericDate writes t in one of the numeric forms (no "ngày").
func numericDate(t time.Time, form int) string {
	dd, m, y := t.Day(), int(t.Month()), t.Year()
	switch form {
	case dfSlashPad:
		return fmt.Sprintf("%02d/%02d/%d", dd, m, y)
	case dfSlash:
		return fmt.Sprintf("%d/%d/%d", dd, m, y)
	case dfDashPad:
		return fmt.Sprintf("%02d-%02d-%d", dd, m, y)
	case dfDash:
		return fmt.Sprintf("%d-%d-%d", dd, m, y)
	case dfDot:
		if dd < 10 && m < 10 {
			return fmt.Sprintf("%d.%d.%d", dd, m, y)
		}
		return fmt.Sprintf("%02d.%02d.%d", dd, m, y)
	}
	return fmt.Sprintf("%02d/%d/%d", dd, m, y) // the portal's favourite: 03/6/2013
}

// dateWithNgay writes "ngày <date>" in a random form; spelled forms carry
// their own "ngày".
func dateWithNgay(g rnd, t time.Time) string {
	form := g.intn(dfCount + 2) // the extra slots favour the common dd/m/yyyy
	dd, m, y := t.Day(), int(t.Month()), t.Year()
	switch form {
	case dfSpelled:
		return fmt.Sprintf("ngày %d tháng %d năm %d", dd, m, y)
	case dfSpelledPad:
		mm := fmt.Sprint(m)
		if m <= 2 {
			mm = fmt.Sprintf("%02d", m)
		}
		return fmt.Sprintf("ngày %02d tháng %s năm %d", dd, mm, y)
	case dfNoNam:
		return fmt.Sprintf("ngày %d tháng %d %d", dd, m, y)
	case dfCount, dfCount + 1:
		return "ngày " + numericDate(t, -1)
	}
	return "ngày " + numericDate(t, form)
}

var weekdays = []string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

var partsOfDay = []string{"Sáng", "Chiều", "Tối", "Sáng", "Chiều"}

// openingDate is how the first sentence of a news item dates it: "Sáng
// ngày 28/02/2024", "Chiều 5-3-2024", "Thứ Tư, 28/02/2024", "Ngày 3 tháng 6 năm 2013".
func openingDate(g rnd, t time.Time) string {
	switch g.intn(6) {
	case 0:
		return weekdays[t.Weekday()] + ", " + numericDate(t, dfSlashPad) + ","
	case 1:
		return pick(g, partsOfDay) + " " + numericDate(t, pick(g, []int{dfSlash, dfDash, dfSlashPad})) + ","
	case 2:
		s := dateWithNgay(g, t)
		return "N" + s[1:] + ","
	}
	return pick(g, partsOfDay) + " " + dateWithNgay(g, t) + ","
}

// dayRange writes a range of days sharing month and year; both ends are
// full dates.
func dayRange(g rnd, from, to time.Time) string {
	if g.chance(0.5) {
		return fmt.Sprintf("từ ngày %d-%d/%d/%d", from.Day(), to.Day(), int(from.Month()), from.Year())
	}
	return fmt.Sprintf("từ ngày %d đến ngày %d tháng %d năm %d", from.Day(), to.Day(), int(from.Month()), from.Year())
}
