package simportal

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

type ym struct{ m, y int }

// calMonth is the month of the newest article: where the calendar links start.
func calMonth(p *Portal) ym {
	t := p.Published(int(p.newest[famLiferay][0]))
	return ym{int(t.Month()), t.Year()}
}

// robots writes robots.txt. Disallowed: the Liferay login and portal
// actions (/c/portal/), the search page, the calendar's print view (/lich/),
// theme files (/html/). The calendar itself (/lich?…) is allowed: it is the
// endless-calendar trap a crawler must bound by itself.
func robots(family int, delay time.Duration) string {
	var b strings.Builder
	b.WriteString("# robots.txt of the simulated portal\nUser-agent: *\n")
	if family == famLiferay {
		b.WriteString("Disallow: /c/portal/\nDisallow: /search\nDisallow: /lich/\nDisallow: /html/\n")
	} else {
		b.WriteString("Disallow: /tim-kiem\nDisallow: /admin/\nDisallow: /lich-cong-tac/in\n")
	}
	if delay > 0 {
		// whole seconds as an integer, a fraction as a decimal ("0.05"),
		// which the common parsers (temoto/robotstxt among them) accept
		fmt.Fprintf(&b, "Crawl-delay: %s\n", strconv.FormatFloat(delay.Seconds(), 'f', -1, 64))
	}
	return b.String()
}

// calendarMain renders a month of the endless work calendar: every month
// links to the next and the previous one, without end.
func calendarMain(path string, thang, nam int, printPath string) string {
	if thang < 1 || thang > 12 {
		thang = 1
	}
	next, prev := ym{thang + 1, nam}, ym{thang - 1, nam}
	if next.m > 12 {
		next = ym{1, nam + 1}
	}
	if prev.m < 1 {
		prev = ym{12, nam - 1}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="lich-cong-tac"> <h2>Lịch công tác tháng %d/%d</h2> <table class="lich"> <tbody>`, thang, nam)
	for w := 1; w <= 4; w++ {
		fmt.Fprintf(&b, `<tr><td>Tuần %d</td><td>Giao ban lãnh đạo; tiếp công dân định kỳ</td></tr>`, w)
	}
	fmt.Fprintf(&b, `</tbody> </table> <p class="lich-nav"> <a href="%s?thang=%d&amp;nam=%d">« Tháng trước</a> <a href="%s?thang=%d&amp;nam=%d">Tháng sau »</a> <a href="%s?thang=%d&amp;nam=%d">Bản in</a> </p> </div>`,
		path, prev.m, prev.y, path, next.m, next.y, printPath, thang, nam)
	return b.String()
}

func atoiOr(s string, def int) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return def
}

// minimalPDF is a tiny valid PDF for the attachments.
func minimalPDF(title string) []byte {
	return []byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% " + title + "\ntrailer<</Root 1 0 R>>\n%%EOF\n")
}

// tinyGIF is a 1×1 transparent GIF for every image.
var tinyGIF = []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
