package simportal

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

// wview is one request to the 2025 ward portal. Its markup is our own
// rendition of that CMS (no raw HTML of it was found): time-first dates
// "21:08 20/07/2025", relative "17 giờ trước" on fresh list items, URLs
// /<cat>/<slug>-<id>.htm and list pages /<cat>/trang-N.htm.
type wview struct {
	p       *Portal
	primary string
	cp1258  bool // this page is served in windows-1258
}

func newWview(p *Portal, r *http.Request) *wview {
	port := r.Host
	if i := strings.LastIndexByte(port, ':'); i >= 0 {
		port = port[i+1:]
	}
	return &wview{p: p, primary: "127.0.0.1:" + port}
}

// wardNow is the fixed "now" of relative dates: 20 hours after the newest
// ward article, so the output never depends on the clock.
func (p *Portal) wardNow() time.Time {
	return p.Published(int(p.newest[famWard][0])).Add(20 * time.Hour)
}

func wardTime(t time.Time) string { return t.Format("15:04 02/01/2006") }

func (v *wview) page(title, canonicalPath, main string) string {
	var b strings.Builder
	charset := "utf-8"
	if v.cp1258 {
		charset = "windows-1258"
	}
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n<title>%s | %s</title>\n", charset, esc(title, modeNFC), wardSite)
	if canonicalPath != "" {
		fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"http://%s%s\">\n<meta property=\"og:url\" content=\"http://%s%s\">\n<meta property=\"og:title\" content=\"%s\">\n", v.primary, canonicalPath, v.primary, canonicalPath, esc(title, modeNFC))
	}
	b.WriteString("<link rel=\"stylesheet\" href=\"/static/css/portal.min.css\">\n</head>\n<body>\n<a class=\"skip-link\" href=\"#noi-dung\">Bỏ qua điều hướng</a>\n")
	fmt.Fprintf(&b, "<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">%s</a></div>\n<nav class=\"main-menu\"><ul><li><a href=\"/\">Trang chủ</a></li>", strings.ToUpper(wardSite))
	for _, c := range wardCats {
		fmt.Fprintf(&b, "<li><a href=\"/%s\">%s</a></li>", c.slug, esc(c.name, modeNFC))
	}
	nm := v.p.wardNow()
	fmt.Fprintf(&b, "<li><a href=\"/lich-cong-tac?thang=%d&amp;nam=%d\">Lịch công tác</a></li></ul></nav>\n<form class=\"search\" action=\"/tim-kiem\"><input name=\"q\" placeholder=\"Tìm kiếm...\"></form></header>\n", int(nm.Month()), nm.Year())
	b.WriteString("<div class=\"container\">\n<main id=\"noi-dung\" class=\"main-content\">\n")
	b.WriteString(main)
	b.WriteString("\n</main>\n<aside class=\"sidebar\">\n<div class=\"box box-hot\"><h3 class=\"box-title\">Tin đọc nhiều</h3><ul>")
	for k, i32 := range v.p.newest[famWard] {
		if k == 5 {
			break
		}
		a := v.p.head(int(i32))
		a.slug = v.p.slugOf(a.idx, a.slug)
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>", a.path(), esc(a.title, modeNFC))
	}
	h := hashOf("ward", fmt.Sprint(v.p.cfg.Seed), title)
	fmt.Fprintf(&b, "</ul></div>\n<div class=\"box box-stats\"><h3 class=\"box-title\">Thống kê truy cập</h3><p>Đang online: %d</p><p>Tổng lượt truy cập: %d</p></div>\n", 20+h%300, 200000+h%800000)
	b.WriteString("<div class=\"box box-links\"><h3 class=\"box-title\">Liên kết website</h3><select><option>Cổng TTĐT Thành phố Hà Nội</option><option>Cổng Dịch vụ công quốc gia</option></select></div>\n</aside>\n</div>\n")
	fmt.Fprintf(&b, "<footer class=\"site-footer\"><p>%s</p><p>Cơ quan chủ quản: Ủy ban nhân dân phường Kim Lũng. Địa chỉ: số 8 phố Trần Duy Hưng.</p><p>Trưởng Ban biên tập: Chánh Văn phòng HĐND và UBND phường</p></footer>\n</body>\n</html>\n", strings.ToUpper(wardSite))
	return b.String()
}

// listPage: /<cat> is page 1, /<cat>/trang-N.htm page N; a page past the
// last shows an empty list ("Chưa có bài viết") with status 200.
func (v *wview) listPage(cat, cur int) string {
	p := v.p
	items := p.lists[famWard][cat]
	c := wardCats[cat]
	pages := (len(items) + 14) / 15
	var b strings.Builder
	fmt.Fprintf(&b, "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> / <a href=\"/%s\">%s</a></div>\n<h1 class=\"cate-title\">%s</h1>\n<div class=\"list-news\">\n", c.slug, esc(c.name, modeNFC), esc(c.name, modeNFC))
	lo, hi := (cur-1)*15, cur*15
	if hi > len(items) {
		hi = len(items)
	}
	if lo >= len(items) {
		b.WriteString("<p class=\"empty\">Chưa có bài viết</p>\n")
	}
	now := p.wardNow()
	for k := lo; k < hi; k++ {
		a := p.head(int(items[k]))
		a.slug = p.slugOf(a.idx, a.slug)
		when := wardTime(a.pub)
		if d := now.Sub(a.pub); d < 24*time.Hour {
			when = fmt.Sprintf("%d giờ trước", int(d.Hours()))
		}
		href := a.path()
		if a.idx%9 == 4 {
			href += "?utm_source=zalo&amp;utm_medium=share&amp;utm_campaign=tin-moi"
		}
		fmt.Fprintf(&b, "<div class=\"item\"><a class=\"thumb\" href=\"%s\"><img src=\"%s\" alt=\"\"></a><h3 class=\"title\"><a href=\"%s\">%s</a></h3><div class=\"time\">%s</div><p class=\"sapo\">%s</p></div>\n",
			href, a.imagePath(0), href, esc(a.title, modeNFC), when, esc(p.summary(a.idx), modeNFC))
	}
	b.WriteString("</div>\n")
	if pages > 1 {
		b.WriteString("<div class=\"paging\">")
		for n := 1; n <= pages; n++ {
			if n == cur {
				fmt.Fprintf(&b, "<span class=\"active\">%d</span>", n)
				continue
			}
			fmt.Fprintf(&b, "<a href=\"%s\">%d</a>", wardListPath(c.slug, n), n)
		}
		if cur < pages {
			fmt.Fprintf(&b, "<a class=\"next\" href=\"%s\">Trang sau</a>", wardListPath(c.slug, cur+1))
		}
		b.WriteString("</div>\n")
	}
	canon := wardListPath(c.slug, cur)
	return v.page(c.name, canon, b.String())
}

func wardListPath(slug string, n int) string {
	if n <= 1 {
		return "/" + slug
	}
	return fmt.Sprintf("/%s/trang-%d.htm", slug, n)
}

func (v *wview) articlePage(i int) string {
	p := v.p
	a := p.build(i)
	mode := modeNFC
	switch {
	case v.cp1258:
	case a.nfd:
		mode = modeNFD
	case a.entity:
		mode = modeEntity
	}
	c := a.category()
	var b strings.Builder
	fmt.Fprintf(&b, "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> / <a href=\"/%s\">%s</a></div>\n<article class=\"detail\">\n<h1 class=\"detail-title\">%s</h1>\n<div class=\"detail-time\">%s</div>\n",
		c.slug, esc(c.name, modeNFC), esc(a.title, modeNFC), wardTime(a.pub))
	if a.lead != "" {
		fmt.Fprintf(&b, "<div class=\"detail-sapo\">%s</div>\n", esc(a.lead, mode))
	}
	b.WriteString("<div class=\"detail-content\">\n")
	writeBlocks(&b, a, mode, true)
	fmt.Fprintf(&b, "</div>\n<div class=\"detail-author\">%s</div>\n", esc(a.author, modeNFC))
	fmt.Fprintf(&b, "<div class=\"detail-share\"><a href=\"%s?utm_source=facebook&amp;utm_medium=share\">Chia sẻ</a> <a href=\"%s?fbclid=IwAR%08x\">Facebook</a> <a href=\"/tim-kiem?q=%s\">Tin liên quan</a></div>\n</article>\n",
		a.path(), a.path(), hashOf(a.wardID), strings.ReplaceAll(a.topic.keywords[0], " ", "+"))
	b.WriteString("<section class=\"related\"><h3>Tin cùng chuyên mục</h3><ul>\n")
	for _, j := range p.related(a) {
		o := p.head(j)
		o.slug = p.slugOf(j, o.slug)
		href := o.path()
		if j%4 == 1 {
			href += "?utm_source=related&amp;utm_medium=web"
		}
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a> <span class=\"time\">%s</span></li>\n", href, esc(o.title, modeNFC), wardTime(o.pub))
	}
	b.WriteString("</ul></section>")
	return v.page(a.title, a.path(), b.String())
}

func (v *wview) home() string {
	p := v.p
	var b strings.Builder
	b.WriteString("<div class=\"home-hot\"><h2>Tin nổi bật</h2>\n")
	now := p.wardNow()
	for k, i32 := range p.newest[famWard] {
		if k == 8 {
			break
		}
		a := p.head(int(i32))
		a.slug = p.slugOf(a.idx, a.slug)
		when := wardTime(a.pub)
		if d := now.Sub(a.pub); d < 24*time.Hour {
			when = fmt.Sprintf("%d giờ trước", int(d.Hours()))
		}
		fmt.Fprintf(&b, "<div class=\"item\"><h3><a href=\"%s\">%s</a></h3><div class=\"time\">%s</div></div>\n", a.path(), esc(a.title, modeNFC), when)
	}
	b.WriteString("</div>\n")
	for cat, c := range wardCats {
		fmt.Fprintf(&b, "<div class=\"home-cate\"><h2><a href=\"/%s\">%s</a></h2><ul>", c.slug, esc(c.name, modeNFC))
		for k, i32 := range p.lists[famWard][cat] {
			if k == 3 {
				break
			}
			a := p.head(int(i32))
			a.slug = p.slugOf(a.idx, a.slug)
			fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>", a.path(), esc(a.title, modeNFC))
		}
		b.WriteString("</ul></div>\n")
	}
	if f := p.cfg.Faults; f.SlowDelay > 0 || f.RedirectLoop || f.HugeBody {
		b.WriteString("<div class=\"tien-ich\">")
		if f.SlowDelay > 0 {
			b.WriteString("<a href=\"/cham/1\">Trang chậm</a> ")
		}
		if f.RedirectLoop {
			b.WriteString("<a href=\"/vong-lap/a\">Liên kết vòng lặp</a> ")
		}
		if f.HugeBody {
			b.WriteString("<a href=\"/tai-lieu-lon\">Tài liệu lớn</a>")
		}
		b.WriteString("</div>\n")
	}
	return v.page("Trang chủ", "/", b.String())
}
