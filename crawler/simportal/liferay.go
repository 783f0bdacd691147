package simportal

import (
	"fmt"
	"hash/fnv"
	"net/http"
	"strconv"
	"strings"
)

// lview is one request to the Liferay portal.
type lview struct {
	p       *Portal
	primary string // "127.0.0.1:PORT"
	alt     string // "localhost:PORT": the portal's second host name
	en      bool   // the /en/ sub-site: English labels leak into the page
	path    string
}

func newLview(p *Portal, r *http.Request) *lview {
	port := r.Host
	if i := strings.LastIndexByte(port, ':'); i >= 0 {
		port = port[i+1:]
	} else {
		port = "80"
	}
	return &lview{p: p, primary: "127.0.0.1:" + port, alt: "localhost:" + port}
}

func (v *lview) canonical(path string) string { return "http://" + v.primary + path }

// hash gives deterministic small numbers (visit counters) per page.
func hashOf(parts ...string) uint32 {
	h := fnv.New32a()
	for _, s := range parts {
		h.Write([]byte(s))
	}
	return h.Sum32()
}

func (v *lview) label(vi, en string) string {
	if v.en {
		return en
	}
	return vi
}

// page wraps a main column in the family's theme: head, skip link, menu,
// breadcrumb, right column (featured news, counter, poll, map, links), footer.
func (v *lview) page(title, canonicalPath, crumb, main string) string {
	var b strings.Builder
	lang := "vi-VN"
	if v.en {
		lang = "en-US"
	}
	fmt.Fprintf(&b, `<!DOCTYPE html> <html class="aui ltr" dir="ltr" lang="%s"> <head> <title>%s - %s</title> <meta content="text/html; charset=UTF-8" http-equiv="content-type" />`, lang, esc(title, modeNFC), districtSite)
	if canonicalPath != "" {
		c := v.canonical(canonicalPath)
		fmt.Fprintf(&b, ` <link href="%s" rel="canonical" /> <link href="/en%s" hreflang="en-US" rel="alternate" /> <link href="%s" hreflang="x-default" rel="alternate" /> <link href="%s" hreflang="vi-VN" rel="alternate" />`, c, canonicalPath, c, c)
	}
	b.WriteString(` <link class="lfr-css-file" href="/html/css/main.css?browserId=other&amp;themeId=dongthanh_WAR_dongthanhtheme&amp;languageId=vi_VN&amp;b=6201" rel="stylesheet" type="text/css" /> <script src="/html/js/barebone.jsp?browserId=other&amp;b=6201" type="text/javascript"></script> </head>`)
	b.WriteString("\n<body class=\" yui3-skin-sam controls-visible signed-out public-page site\"> ")
	fmt.Fprintf(&b, `<a href="#main-content" id="skip-to-content">%s</a> <div class="body"> <div id="header"> <div class="boder_top1"> <div id="contentheader"> <a class="lang_us" href="/en%s"></a> <a class="lang_vi" href="%s"></a> <div class="egov_date"> <div id="point_portal_egov_date"></div> </div> </div> </div> </div>`,
		v.label("Truy cập nội dung luôn", "Skip to Content"), canonicalPathOr(canonicalPath), canonicalPathOr(canonicalPath))
	b.WriteString(v.menu())
	b.WriteString("\n<div class\"after_main\"></div>\n<div id=\"main\"> <div class=\"so_4thn\" id=\"main-content\" role=\"main\"> <div class=\"portlet-layout row-fluid\"> <div class=\"portlet-column portlet-column-first span9\" id=\"column-1\"> <div class=\"portlet-dropzone portlet-column-content portlet-column-content-first\" id=\"layout-column_column-1\">\n")
	fmt.Fprintf(&b, `<div class="portlet-boundary portlet-boundary_ddlk_WAR_pointportalddlkportlet_ portlet-static portlet-static-end portlet-borderless ddlk-portlet " id="p_p_id_ddlk_WAR_pointportalddlkportlet_INSTANCE_Dt7kQm2xPa1c_"> <div class="portlet-body"> <div class="dd_chuyenmuc"> <span class="trangchu"><a href="/">%s</a></span> <span class="tintuc"><p>%s</p></span> </div> </div> </div>`,
		v.label("Trang chủ", "Home"), esc(crumb, modeNFC))
	b.WriteString("\n")
	b.WriteString(main)
	b.WriteString("\n</div> </div>\n")
	b.WriteString(v.rightColumn())
	b.WriteString(" </div> </div> </div>\n")
	b.WriteString(v.footer())
	b.WriteString("\n</body> </html>\n")
	return b.String()
}

func canonicalPathOr(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

func (v *lview) menu() string {
	var b strings.Builder
	b.WriteString(`<div> <nav id="navigation" role="navigation"> <div id="menu"> <div class="center clearfix"> <ul class="navi"> <li class=""> <a href="/">Trang chủ</a> </li> <li class=""> <a href="/gioi-thieu">GIỚI THIỆU CHUNG</a> <ul class="child-menu"> <li class=""> <a href="/gioi-thieu">Cơ cấu tổ chức</a> </li> <li class=""> <a href="/lien-he">Liên hệ</a> </li> </ul> </li> <li class=""> <a href="/cong-tac-dan-van">TIN TỨC - SỰ KIỆN</a> <ul class="child-menu">`)
	for i, c := range liferayCats {
		href := "/" + c.slug
		if i == 2 {
			href = "http://" + v.alt + href // the second host name, here and there
		}
		fmt.Fprintf(&b, ` <li class=""> <a href="%s">%s</a> </li>`, href, esc(c.name, modeNFC))
	}
	b.WriteString(` </ul> </li> <li class=""> <a href="/cai-cach-hanh-chinh">Cải cách hành chính</a> </li> <li class=""> <a href="/hoi-dap">Hỏi đáp</a> </li> <li class=""> <a href="/so-do-cong">Sơ đồ cổng</a> </li> </ul> <div class="nav-search"> <input type="text" name="search" value="  ---Nhập từ tìm kiếm---  " class="txtTimKiem" id="txtTimKiem"/> <a class="search_advanced" href="/search?q=">Tìm kiếm nâng cao</a> </div> </div> </div> </nav> </div>`)
	return b.String()
}

// rightColumn holds the boilerplate the extractor must drop: a second
// asset publisher (featured news), the visit counter, the poll, the digital
// map, the work calendar and the "Liên kết website" select.
func (v *lview) rightColumn() string {
	p := v.p
	var b strings.Builder
	b.WriteString(`<div class="portlet-column portlet-column-last span3" id="column-2"> <div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">`)
	// featured news: an asset publisher instance with _101_assetEntryId links
	fmt.Fprintf(&b, ` <div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher " id="p_p_id_101_INSTANCE_tinnoibat_"> <section class="portlet"> <header class="portlet-topper"> <h1 class="portlet-title"> <span class="portlet-title-text">%s</span> </h1> </header> <div class="portlet-content"> <div class="portlet-body">`, "TIN TỨC SỰ KIỆN NỔI BẬT")
	for k, i32 := range p.newest[famLiferay] {
		if k == 5 {
			break
		}
		a := p.head(int(i32))
		a.slug = p.slugOf(a.idx, a.slug)
		href := "/" + liferayCats[a.cat].slug + "?" + strings.ReplaceAll(liferayAssetQuery(a.assetID, a.slug), "&", "&amp;")
		fmt.Fprintf(&b, ` <div class="asset-abstract "> <h3 class="asset-title"> <a href="%s">%s</a> </h3> <div class="assetPublishDate block_timer">%s</div> </div>`, href, esc(a.title, modeNFC), v.dateLine(a, false))
	}
	b.WriteString(` </div> </div> </section> </div>`)
	// the site map portlet with an NFD title, as the real theme has
	fmt.Fprintf(&b, ` <div class="portlet-boundary portlet-boundary_85_ portlet-static portlet-site-map " id="p_p_id_85_INSTANCE_kHq2WmLx0aT3_"> <section class="portlet"> <header class="portlet-topper"> <h1 class="portlet-title"> <span class="portlet-title-icon"> &nbsp; </span> <span class="portlet-title-text">%s</span> </h1> </header> <div class="portlet-content"> <div class="portlet-body"> <ul><li><a href="/lich?thang=%d&amp;nam=%d">Lịch công tác</a></li><li><a href="/lich/in?thang=%d&amp;nam=%d">Bản in lịch công tác</a></li><li><a href="/ban-do-so">Bản đồ số</a></li></ul> </div> </div> </section> </div>`,
		esc("quy hoạch - kế hoạch", modeNFD), calMonth(p).m, calMonth(p).y, calMonth(p).m, calMonth(p).y)
	h := hashOf(fmt.Sprint(p.cfg.Seed), v.path)
	fmt.Fprintf(&b, ` <div class="portlet-boundary portlet-boundary_thongke_WAR_pointportalthongkeportlet_" id="p_p_id_thongke_"> <div class="portlet-body"> <div class="thongke-title">Thống kê truy cập</div> <div class="thongke-title">Thống kê truy cập</div> <ul class="thongke"> <li>Đang online: %d</li> <li>Lượt truy cập trong tuần: %d</li> <li>Lượt truy cập trong tháng: %d</li> <li>Lượt truy cập trong năm: %d</li> <li>Tổng số truy cập: %d</li> </ul> </div> </div>`,
		100+h%900, 10000+h%20000, 100000+h%200000, 1000000+h%900000, 10000000+h%9000000)
	b.WriteString(` <div class="portlet-boundary portlet-boundary_59_INSTANCE_binhchon_ portlet-polls-display" id="p_p_id_59_INSTANCE_binhchon_"> <section class="portlet"> <header class="portlet-topper"> <h1 class="portlet-title"><span class="portlet-title-text">Bình chọn</span></h1> <h1 class="portlet-title"><span class="portlet-title-text">Bình chọn</span></h1> </header> <div class="portlet-body"> <form method="post" action="/c/portal/poll"> <p>Khả năng đáp ứng thông tin của Cổng TTĐT ?</p> <label><input type="radio" name="choice" value="1"> Tốt</label> <label><input type="radio" name="choice" value="2"> Khá</label> <label><input type="radio" name="choice" value="3"> Trung bình</label> <input type="submit" value="Bình chọn"> </form> <a href="/c/portal/poll/ket-qua">Xem kết quả</a> </div> </section> </div>`)
	b.WriteString(` <div class="portlet-boundary portlet-boundary_56_INSTANCE_bandoso_ portlet-journal-content" id="p_p_id_56_INSTANCE_bandoso_"> <div class="portlet-body"> <div class="journal-content-article"> <h2>Bản đồ số</h2> <a href="/ban-do-so"><img src="/documents/20182/0/bando.png" alt="Bản đồ số"/></a> </div> </div> </div>`)
	b.WriteString(` <div class="portlet-boundary portlet-boundary_lienket_WAR_portallienketportlet_" id="p_p_id_lienket_"> <div class="portlet-body"> <h2>Liên kết website</h2> <select onchange="window.open(this.value)"> <option value="">--- Liên kết website ---</option> <option value="http://` + v.alt + `/">Cổng TTĐT quận Đông Thành</option> <option value="https://hanoi.gov.vn/">Cổng TTĐT Thành phố Hà Nội</option> <option value="https://chinhphu.vn/">Cổng TTĐT Chính phủ</option> </select> </div> </div>`)
	b.WriteString(v.faultLinks())
	b.WriteString(` </div> </div>`)
	return b.String()
}

func (v *lview) faultLinks() string {
	f := v.p.cfg.Faults
	var b strings.Builder
	if f.SlowDelay > 0 {
		b.WriteString(` <a href="/cham/1">Trang chậm</a>`)
	}
	if f.RedirectLoop {
		b.WriteString(` <a href="/vong-lap/a">Liên kết vòng lặp</a>`)
	}
	if f.HugeBody {
		b.WriteString(` <a href="/tai-lieu-lon">Tài liệu lớn</a>`)
	}
	return b.String()
}

func (v *lview) footer() string {
	return `<div class="footer-wrapper"> <div id="footer" class="clearfix"> <p class="vetrang"><a href="#">| Về đầu trang |</a><a href="/c/portal/login"> Đăng nhập |</a></p> <div class="footleft"> <h3>CỔNG THÔNG TIN ĐIỆN TỬ QUẬN ĐÔNG THÀNH</h3> <p>Cơ quan chủ quản: Ủy ban nhân dân quận Đông Thành. Địa chỉ: số 1 đường Hoàng Quốc Việt, quận Đông Thành.</p> <p>` +
		esc("Bộ phận tiếp nhận hồ sơ góp ý: Văn phòng HĐND và UBND quận.", modeEntity) + `<br> Ghi rõ nguồn “Cổng thông tin điện tử quận Đông Thành” khi phát hành lại thông tin từ website này.</p> </div> </div> </div>`
}

// dateLine is the family's date line: "Ngày đăng 28/02/2024 | 16:38 |
// Lượt xem: 649", 12-hour "04:38 PM" on some categories, English labels when
// the locale leaks.
func (v *lview) dateLine(a *article, views bool) string {
	t := a.pub
	clock := t.Format("15:04")
	if liferayCats[a.cat].clock12 {
		clock = t.Format("03:04 PM")
		if a.idx%2 == 1 {
			clock = t.Format("3:04 PM")
		}
	}
	en := v.en || a.enLabel
	label, vc := "Ngày đăng", "Lượt xem"
	if en {
		label, vc = "Publish date", "View count"
	}
	s := fmt.Sprintf("%s %s | %s", label, t.Format("02/01/2006"), clock)
	if views {
		s += fmt.Sprintf(" | %s: %d", vc, a.views)
	}
	return s
}

// listPage renders a category list: 10 items, the page iterator. A page
// past the last one shows the last page (Liferay clamps _101_cur); a
// _101_cur without p_r_p_564233524_resetCur=false silently shows page 1.
func (v *lview) listPage(cat int, r *http.Request) string {
	p := v.p
	items := p.lists[famLiferay][cat]
	q := r.URL.Query()
	cur := 1
	if s := q.Get("_101_cur"); s != "" && q.Get("p_r_p_564233524_resetCur") == "false" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			cur = n
		}
	}
	pages := (len(items) + 9) / 10
	if pages == 0 {
		pages = 1
	}
	if cur > pages {
		cur = pages
	}
	c := liferayCats[cat]
	var b strings.Builder
	b.WriteString(`<div class="portlet-boundary portlet-boundary_101_  portlet-static portlet-static-end portlet-borderless portlet-asset-publisher " id="p_p_id_101_" > <span id="p_101"></span> <div class="portlet-borderless-container" style=""> <div class="portlet-body"> <div class="lfr-meta-actions add-asset-selector"> </div>`)
	lo, hi := (cur-1)*10, cur*10
	if hi > len(items) {
		hi = len(items)
	}
	for k := lo; k < hi; k++ {
		a := p.head(int(items[k]))
		a.slug = p.slugOf(a.idx, a.slug)
		href := v.itemHref(a, k)
		b.WriteString("\n<div class=\"asset-bounddary\"> <div class=\"asset-abstract \"> <!-- <div class=\"asset_actions_custom_style\"> </div> --> <div class=\"asset-content normal-news\">")
		if a.idx%3 != 0 {
			fmt.Fprintf(&b, ` <div class="asset-image"> <a href="%s"><img src="%s" alt=""/></a> </div>`, href, strings.ReplaceAll(a.imagePath(0), "&", "&amp;"))
		}
		mode := modeNFC
		if a.idx%4 == 1 {
			mode = modeEntity
		}
		fmt.Fprintf(&b, ` <div class="asset-content-custom" > <h3 class="asset-title"> <a href="%s">%s</a> </h3> <div class="assetPublishDate block_timer"> %s </div> <div class="asset-summary"> %s</div> </div> </div> <div class="asset-metadata"> </div> </div> </div>`,
			href, esc(a.title, modeNFC), v.dateLine(a, a.idx%5 == 0), esc(v.p.summary(a.idx), mode))
	}
	if len(items) > 10 {
		b.WriteString(v.pager(c.slug, cur, pages, len(items)))
	}
	b.WriteString("\n</div> </div> </div>")
	canonical := "/" + c.slug
	if cur > 1 {
		// Liferay repeats the portlet parameters in the canonical link of a page N
		canonical += "?" + strings.ReplaceAll(liferayListQuery(cur), "&", "&amp;")
	}
	return v.page(c.name, canonical, c.name, b.String())
}

// itemHref writes an article link in one of the duplicate forms now and then.
func (v *lview) itemHref(a *article, k int) string {
	path := a.path()
	switch a.idx % 11 {
	case 3:
		return path + ";jsessionid=" + fmt.Sprintf("%08X", hashOf(path)) // session id
	case 7:
		return "http://" + v.alt + path // the second host name
	case 9:
		return path + "?p_auth=" + fmt.Sprintf("%08x", hashOf("auth", path))
	}
	return path
}

func (v *lview) pager(slug string, cur, pages, total int) string {
	var b strings.Builder
	href := func(n int) string {
		return "/" + slug + "?" + strings.ReplaceAll(liferayListQuery(n), "&", "&amp;")
	}
	b.WriteString("\n<div class=\"taglib-page-iterator\" id=\"_101_ocerSearchContainerPageIterator\"> <div class=\"clearfix lfr-pagination\"> <div class=\"lfr-pagination-config\"> <div class=\"lfr-pagination-page-selector\"> <div class=\"btn-group lfr-icon-menu current-page-menu custom-paging\">")
	fmt.Fprintf(&b, `<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title=" %d "><span class="lfr-icon-menu-text"> %d </span><i class="caret"></i> </a><ul class="dropdown-menu lfr-menu-list direction-down">`, cur, cur)
	for n := 1; n <= pages; n++ {
		if n != 1 && n != pages && (n < cur-20 || n > cur+20) {
			continue // the menu shows a window of pages around the current one
		}
		fmt.Fprintf(&b, ` <li class="custom-paging" role="presentation"> <a href="%s" class=" taglib-icon" role="menuitem" > <span class="taglib-text-icon">%d</span> </a> </li>`, href(n), n)
	}
	hi := cur * 10
	if hi > total {
		hi = total
	}
	fmt.Fprintf(&b, ` </ul></div> </div> <div class="lfr-pagination-delta-selector"> <div style="margin-right: 5px"> Trang </div> </div> </div> <small class="search-results"> Hiển thị %d - %d of %d kết quả. </small> <ul class="pager lfr-pagination-buttons">`, (cur-1)*10+1, hi, total)
	li := func(class, h, text string) {
		fmt.Fprintf(&b, ` <li class="%s"> <a href="%s" target="_self"> %s </a> </li>`, class, h, text)
	}
	if cur == 1 {
		li("disabled first", "javascript:;", "&larr; Đầu tiên")
		li("disabled", "javascript:;", "Trước")
	} else {
		li(" first", href(1), "&larr; Đầu tiên")
		li("", href(cur-1), "Trước")
	}
	if cur == pages {
		li("disabled", "javascript:;", "next")
		li("disabled last", "javascript:;", "Cuối cùng &rarr;")
	} else {
		li("", href(cur+1), "next")
		li(" last", href(pages), "Cuối cùng &rarr;")
	}
	b.WriteString(" </ul> </div> </div>")
	return b.String()
}

// articlePage renders one article in the family's skeleton.
func (v *lview) articlePage(i int, suffixDepth int) string {
	p := v.p
	a := p.build(i)
	mode := modeNFC
	switch {
	case a.nfd:
		mode = modeNFD
	case a.entity:
		mode = modeEntity
	}
	var b strings.Builder
	b.WriteString(`<div class="portlet-boundary portlet-boundary_101_  portlet-static portlet-static-end portlet-borderless portlet-asset-publisher " id="p_p_id_101_" > <span id="p_101"></span> <div class="portlet-borderless-container" style=""> <div class="portlet-body"> <div>`)
	fmt.Fprintf(&b, "\n<div class=\"asset-full-content-title\">%s</div>\n<div class=\"assetPublishDate block_timer\">\n\t%s\n</div>\n", esc(a.title, modeNFC), v.dateLine(a, true))
	fmt.Fprintf(&b, `<div class="asset-full-content  show-asset-title"> <div class="asset-content" id="_101_%d"> <div class="sapo-wrapper clearfix"> <p class="sapo"> <strong>%s</strong> </p> </div> <div class="journal-content-article">`, a.assetID+1, esc(a.lead, mode))
	b.WriteString("\n")
	writeBlocks(&b, a, mode, false)
	fmt.Fprintf(&b, ` <p align="right" class="view-content-author"> <strong><em>%s</em></strong> </p> </div> </div> </div>`, esc(a.author, modeNFC))
	fmt.Fprintf(&b, "\n<div class=\"asset-control-detail\"> <span class=\"print-action\"> <a href=\"javascript:_101_printPage_0();\"> <span class=\"taglib-text \">%s</span> </a> </span> <span class=\"mailto-action\"> <a href=\"mailto:\"> <span class=\"taglib-text \">%s</span> </a> </span> </div>", v.label("In bài", "Print"), v.label("Gửi email", "Send email"))
	fmt.Fprintf(&b, "\n<div class=\"related_asset\"> <div class=\"related_asset_title\">%s</div> <ul class=\"related_asset_list\">", v.label("Tin khác", "Other News"))
	for _, j := range p.related(a) {
		o := p.head(j)
		o.slug = p.slugOf(j, o.slug)
		fmt.Fprintf(&b, ` <li><a href="%s">%s</a> (%s)</li>`, v.relatedHref(o), esc(o.title, modeNFC), o.pub.Format("02/01/2006"))
	}
	if a.idx%5 == 0 { // a dead link: the asset was removed
		fmt.Fprintf(&b, ` <li><a href="/%s/-/view_content/%d-bai-viet-da-go.html">Bài viết đã gỡ</a></li>`, liferayCats[a.cat].slug, a.assetID+1)
	}
	b.WriteString(" </ul> </div>")
	if suffixDepth < 4 {
		// language switches relative to the current URL: the /vi, /en loop
		here := v.path
		fmt.Fprintf(&b, ` <div class="lang-switch"> <a href="%s/vi">Tiếng Việt</a> <a href="%s/en">English</a> </div>`, here, here)
	}
	b.WriteString("\n</div> </div> </div> </div>")
	return v.page(a.title, a.path(), a.category().name, b.String())
}

func (v *lview) relatedHref(o *article) string {
	path := o.path()
	switch o.idx % 6 {
	case 1:
		// the same asset under another category path
		return fmt.Sprintf("/%s/-/view_content/%d-%s.html", liferayCats[(o.cat+1)%len(liferayCats)].slug, o.assetID, o.slug)
	case 2:
		return "/" + liferayCats[o.cat].slug + "?" + strings.ReplaceAll(liferayAssetQuery(o.assetID, o.slug), "&", "&amp;")
	case 4:
		return path + "/vi"
	case 5:
		return "http://" + v.alt + path + "?utm_source=zalo&amp;utm_medium=social"
	}
	return path
}

// writeBlocks writes an article body's blocks as HTML paragraphs.
func writeBlocks(b *strings.Builder, a *article, mode int, ward bool) {
	for n, bl := range a.blocks {
		m := mode
		if mode == modeNFC && a.idx%7 == 2 && n%3 == 1 {
			m = modeEntity // a paragraph pasted with entities
		}
		switch bl.kind {
		case bPara:
			fmt.Fprintf(b, "<p style=\"text-align: justify;\">%s</p>\n", esc(bl.text, m))
		case bImage:
			src := strings.ReplaceAll(bl.src, "&", "&amp;")
			if ward {
				fmt.Fprintf(b, "<figure class=\"image\"><img src=\"%s\" alt=\"\"/><figcaption>%s</figcaption></figure>\n", src, esc(bl.text, m))
			} else if n%2 == 0 {
				fmt.Fprintf(b, "<p style=\"text-align: center;\"><img src=\"%s\" alt=\"\" /></p>\n<p style=\"text-align: center;\"><em>%s</em></p>\n", src, esc(bl.text, m))
			} else {
				fmt.Fprintf(b, "<table class=\"image-caption\" align=\"center\"><tbody><tr><td><img src=\"%s\" alt=\"\" /></td></tr><tr><td><em>%s</em></td></tr></tbody></table>\n", src, esc(bl.text, m))
			}
		case bAttach:
			fmt.Fprintf(b, "<p>%s<a href=\"%s\">%s</a></p>\n", esc("Tài liệu đính kèm: ", m), bl.src, esc(bl.name, modeNFC))
		case bHeader:
			fmt.Fprintf(b, "<p style=\"text-align: center;\"><strong>%s</strong></p>\n", esc(bl.text, m))
		case bSignature:
			fmt.Fprintf(b, "<p style=\"text-align: right;\"><strong>%s</strong></p>\n", esc(bl.text, m))
		}
	}
}

// related picks up to five neighbours of the same category.
func (p *Portal) related(a *article) []int {
	list := p.lists[a.family][a.cat]
	pos := 0
	for k, x := range list {
		if int(x) == a.idx {
			pos = k
		}
	}
	var out []int
	for k := pos + 1; k < len(list) && len(out) < 5; k++ {
		out = append(out, int(list[k]))
	}
	for k := pos - 1; k >= 0 && len(out) < 5; k-- {
		out = append(out, int(list[k]))
	}
	return out
}

// summary is what list pages show: the lead, or the start of the first
// paragraph, cut with "...".
func (p *Portal) summary(i int) string {
	s := p.leadOf(i)
	if s == "" {
		if a := p.build(i); len(a.blocks) > 0 {
			s = a.blocks[0].text
		}
	}
	r := []rune(s)
	if len(r) > 180 {
		s = string(r[:180]) + "..."
	}
	return s
}
