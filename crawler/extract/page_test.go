package extract

import (
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/vnarchive/vnarchive/data"
)

// Pages written for these tests; none is copied from a portal.

// genericPage is a portal of a CMS no profile knows: the fallback must find
// the body and leave out menus, counters, polls and "tin nổi bật" boxes.
const genericPage = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Xã Mẫu ra quân làm đường giao thông nông thôn | Cổng thông tin xã Mẫu</title>
<meta property="og:title" content="Xã Mẫu ra quân làm đường giao thông nông thôn">
<meta property="article:published_time" content="2024-05-06T07:45:00+07:00">
<link rel="canonical" href="/tin-tuc/xa-mau-ra-quan-lam-duong-123.html">
</head><body>
<header class="site-header"><h1 class="logo">Cổng thông tin điện tử xã Mẫu</h1>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></nav></header>
<div class="container">
<div class="col-main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/kinh-te">Kinh tế</a></li></ul>
<article class="news-detail">
<h1 class="title">Xã Mẫu ra quân làm đường giao thông nông thôn</h1>
<div class="meta"><span class="date">07:45 06/05/2024</span> <span class="views">Lượt xem: 321</span></div>
<div class="news-body">
<p>Sáng ngày 06/5/2024, Ủy ban nhân dân xã Mẫu tổ chức lễ ra quân làm đường giao thông nông thôn, với sự tham gia của hơn 300 người dân các thôn.</p>
<figure><img src="/anh/ra-quan.jpg"><figcaption>Người dân thôn Đông tham gia làm đường</figcaption></figure>
<p>Tuyến đường dài 2,5 km, rộng 5 m, nối trung tâm xã với các thôn phía Bắc, được đầu tư theo Kế hoạch số 15/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân xã.</p>
<p>Dự kiến công trình hoàn thành trong tháng 8, góp phần hoàn thiện tiêu chí giao thông của xã nông thôn mới nâng cao.</p>
<p>Chi tiết xem tại <a href="/van-ban/ke-hoach-15.pdf">Kế hoạch 15</a> và <a href="/van-ban/du-toan.xlsx">dự toán</a>.</p>
<p style="text-align: right;"><strong>Thanh Bình</strong></p>
</div>
<div class="related-news"><h3>Tin liên quan</h3><ul><li><a href="/a">Xã Mẫu tổng kết phong trào nông thôn mới</a></li><li><a href="/b">Hội nghị giao ban quý I</a></li><li><a href="/c">Tiếp xúc cử tri</a></li></ul></div>
</article>
</div>
<aside class="sidebar">
<div class="box-hot"><h3>Tin nổi bật</h3><ul><li><a href="/d">Khai mạc lễ hội truyền thống xã Mẫu năm 2024, thu hút đông đảo người dân</a></li><li><a href="/e">Trao quà cho các gia đình chính sách</a></li></ul></div>
<div class="poll"><h3>Bình chọn</h3><p>Bạn đánh giá thế nào về cổng thông tin?</p><input type="radio"> Tốt</div>
<div class="thong-ke"><h3>Thống kê truy cập</h3><p>Đang online: 12</p><p>Tổng số truy cập: 456789</p></div>
</aside>
</div>
<footer class="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ XÃ MẪU. Ghi rõ nguồn khi phát hành lại thông tin từ cổng.</p></footer>
</body></html>`

func TestGenericFallbackFindsTheArticle(t *testing.T) {
	res, err := x(t).Extract([]byte(genericPage), "https://xamau.example.gov.vn/tin-tuc/kinh-te/ra-quan?utm_source=fb", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	checkWant(t, res, TestWant{
		Profile:   "generic",
		IsArticle: true,
		Title:     "Xã Mẫu ra quân làm đường giao thông nông thôn",
		Published: "2024-05-06T07:45:00+07:00", Precision: "minute",
		Author:   "Thanh Bình",
		Category: "Kinh tế",
		TextHas:  []string{"Sáng ngày 06/5/2024", "Kế hoạch số 15/KH-UBND", "Người dân thôn Đông tham gia làm đường", "Dự kiến công trình"},
		TextLacks: []string{"Trang chủ", "Giới thiệu", "Lượt xem", "Tin liên quan", "Xã Mẫu tổng kết", "Tin nổi bật", "Khai mạc lễ hội",
			"Bình chọn", "Đang online", "Tổng số truy cập", "CỔNG THÔNG TIN", "Thanh Bình"},
		Captions:    []string{"Người dân thôn Đông tham gia làm đường"},
		Attachments: []string{"https://xamau.example.gov.vn/van-ban/ke-hoach-15.pdf", "https://xamau.example.gov.vn/van-ban/du-toan.xlsx"},
	})
	a := res.Article
	if a.URL != "https://xamau.example.gov.vn/tin-tuc/xa-mau-ra-quan-lam-duong-123.html" || a.Site != "xamau.example.gov.vn" {
		t.Errorf("url %q site %q: want the absolute canonical URL and its host", a.URL, a.Site)
	}
	if a.Lang != "vi" {
		t.Errorf("lang = %q", a.Lang)
	}
	if !slices.Contains(a.Dates, "2024-03-20") || !slices.Contains(a.Dates, "2024-05-06") {
		t.Errorf("dates = %v: want those of the text", a.Dates)
	}
}

func x(t *testing.T) *Extractor {
	t.Helper()
	ex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func TestPublishedComesFromTheBestSource(t *testing.T) {
	page := func(head, body string) string {
		return "<html><head><title>Bài mẫu</title>" + head + "</head><body><h1>Bài mẫu về công tác dân vận</h1>" + body +
			"<div class='content'><p>Nội dung thứ nhất của bài viết mẫu, đủ dài để làm thân bài, có dấu phẩy, và nhiều chữ.</p>" +
			"<p>Nội dung thứ hai của bài viết mẫu, cũng đủ dài để làm thân bài, có dấu phẩy.</p></div></body></html>"
	}
	tests := []struct{ name, html, want, precision string }{
		{"JSON-LD datePublished", page(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T01:15:00Z"}]}</script>`, ""), "2023-11-02T08:15:00+07:00", "minute"},
		{"time element", page("", `<time datetime="2022-01-05">5/1/2022</time>`), "2022-01-05T00:00:00+07:00", "day"},
		{"ward-portal date element", page("", `<div class="detail-time">21:08 20/07/2025</div>`), "2025-07-20T21:08:00+07:00", "minute"},
		{"labelled line", page("", `<p>Cập nhật lúc 10:05, 14/02/2024</p>`), "2024-02-14T10:05:00+07:00", "minute"},
		{"date in the text as last resort", strings.Replace(page("", ""), "Nội dung thứ nhất", "Chiều ngày 12/3/2024, nội dung thứ nhất", 1), "2024-03-12T00:00:00+07:00", "day"},
		{"nothing known", page("", ""), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := x(t).Page([]byte(tt.html), "https://mau.gov.vn/a", "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tt.want || a.PublishedPrecision != tt.precision {
				t.Fatalf("published %q %q, want %q %q", a.Published, a.PublishedPrecision, tt.want, tt.precision)
			}
		})
	}
}

func TestPageReadsDeclaredAndLegacyCharsets(t *testing.T) {
	cp1258, _ := hex.DecodeString("5068fdf5cc6e6720d0f46e6720486fcc6120686ff2702062e06e206beaec20686f61f26368206ee36d")
	tcvn3, _ := hex.DecodeString("55fb2062616e206e68a96e2064a96e207068adea6e672068e4702062b56e206bd520686fb96368")
	wrap := func(meta string, title []byte) []byte {
		var b []byte
		b = append(b, "<html><head>"+meta+"<title>"...)
		b = append(b, title...)
		b = append(b, "</title></head><body><h1>"...)
		b = append(b, title...)
		b = append(b, "</h1><p>"...)
		b = append(b, title...)
		b = append(b, "</p></body></html>"...)
		return b
	}
	tests := []struct {
		name        string
		raw         []byte
		contentType string
		want        string
	}{
		{"windows-1258 from the header", wrap("", cp1258), "text/html; charset=windows-1258", "Phường Đông Hòa họp bàn kế hoạch năm"},
		{"windows-1258 from meta", wrap(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`, cp1258), "", "Phường Đông Hòa họp bàn kế hoạch năm"},
		{"TCVN3 text in a windows-1252 page", wrap(`<meta charset="windows-1252">`, tcvn3), "", "Uỷ ban nhân dân phường họp bàn kế hoạch"},
		{"UTF-8 declared as latin-1", wrap(`<meta charset="iso-8859-1">`, []byte("Phường Đông Hòa")), "text/html; charset=iso-8859-1", "Phường Đông Hòa"},
		{"UTF-8 with a BOM", wrap("", []byte("\xEF\xBB\xBFPhường Đông")), "", "Phường Đông"},
		{"NFD and entities", wrap("", []byte("Ph&#432;&#7901;ng Đo\u0302ng H&ograve;a")), "", "Phường Đông Hòa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := x(t).Page(tt.raw, "https://mau.gov.vn/a", tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.want {
				t.Fatalf("title = %q, want %q", a.Title, tt.want)
			}
		})
	}
}

func TestPageRejectsUnusableInput(t *testing.T) {
	tests := []struct {
		name, ct string
		raw      []byte
	}{
		{"empty", "", nil},
		{"white space", "", []byte(" \n\t")},
		{"PDF by content type", "application/pdf", []byte("anything")},
		{"PDF by magic", "", []byte("%PDF-1.4\n...")},
		{"binary", "", []byte("ab\x00cd")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := x(t).Page(tt.raw, "https://mau.gov.vn/a", tt.ct); !errors.Is(err, ErrUnusable) {
				t.Fatalf("err = %v, want ErrUnusable", err)
			}
		})
	}
}

func TestEntitiesComeFromTitleAndTextOnly(t *testing.T) {
	page := `<html><head><title>Họp bàn</title></head><body>
<div class="sidebar"><h3>Tin nổi bật</h3><p>Thực hiện Quyết định số 99/QĐ-UBND ngày 01/01/2020 của UBND quận về việc khen thưởng.</p></div>
<div class="content"><h1>Triển khai Nghị quyết số 25-NQ/TW</h1>
<p>Ngày 03/6/2024, Ban Dân vận quán triệt các văn bản của Trung ương, nội dung thứ nhất đủ dài, có dấu phẩy.</p>
<p>Nội dung thứ hai của bài viết, đủ dài để làm thân bài của trang, có dấu phẩy, và thêm chữ.</p></div></body></html>`
	a, err := x(t).Page([]byte(page), "https://mau.gov.vn/a", "")
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(a.Dates, "2020-01-01") {
		t.Errorf("a date from a side box leaked: %v", a.Dates)
	}
	if !slices.Contains(a.Dates, "2024-06-03") {
		t.Errorf("dates = %v, want 2024-06-03", a.Dates)
	}
	for _, d := range a.Documents {
		if strings.Contains(d.Number, "99") {
			t.Errorf("a document from a side box leaked: %v", d)
		}
	}
}

func FuzzPage(f *testing.F) {
	f.Add([]byte(genericPage), "text/html")
	f.Add([]byte("<html><body><div class='asset-full-content-title'>a</div><div class='assetPublishDate'>31/12/2024 | 12:60 PM</div></body></html>"), "")
	f.Add([]byte("<p>§¶ng <a href='%zz.pdf'>x</a><img><table><td><img>c</td></table>"), "text/html; charset=windows-1258")
	f.Add([]byte("\xFF\xFE<\x00p\x00>\x00"), "")
	f.Add([]byte(`<script type="application/ld+json">[[[{"datePublished": 5}]]]</script><base href="::">`), "")
	f.Fuzz(func(t *testing.T, raw []byte, ct string) {
		a, err := Page(raw, "https://mau.gov.vn/a/b.html", ct)
		if err != nil {
			if !errors.Is(err, ErrUnusable) {
				t.Fatalf("error not ErrUnusable: %v", err)
			}
			return
		}
		if a.Officials == nil || a.Documents == nil || a.References == nil || a.Dates == nil {
			t.Fatal("nil entity list")
		}
		if a.Published != "" && !strings.HasSuffix(a.Published, "+07:00") {
			t.Fatalf("published %q not in +07:00", a.Published)
		}
	})
}

// FuzzSiteOf checks that the site read from the URL parsed once is what
// data.SiteOf says of the URL.
func FuzzSiteOf(f *testing.F) {
	for _, s := range []string{"https://sotttt.hanoi.gov.vn/a", "http://WWW.Hanoi.gov.vn:8080/x", "//x", "%zz", "https://[::1]:80/", "mailto:a@b", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := url.Parse(s)
		if err != nil {
			u = nil
		}
		if got, want := siteOf(u), data.SiteOf(s); got != want {
			t.Fatalf("%q: siteOf says %q, data.SiteOf %q", s, got, want)
		}
	})
}

// TestConcurrentExtractionsGiveWhatOneAtATimeGives runs extractions of
// different pages at once: the pages they take from the pool and give
// back must not mix.
func TestConcurrentExtractionsGiveWhatOneAtATimeGives(t *testing.T) {
	pages := []string{genericPage}
	ps, err := LoadProfiles(data.Profiles())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		for _, tc := range p.Tests {
			pages = append(pages, tc.HTML)
		}
	}
	want := make([]string, len(pages))
	for i, p := range pages {
		res, err := x(t).Extract([]byte(p), "https://a.gov.vn/tin-tuc/a.html", "")
		if err != nil {
			t.Fatal(err)
		}
		want[i] = resultText(res)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(pages))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 20; round++ {
				for k := range pages {
					i := (k + g + round) % len(pages)
					res, err := x(t).Extract([]byte(pages[i]), "https://a.gov.vn/tin-tuc/a.html", "")
					if err != nil {
						errs <- err.Error()
						return
					}
					if got := resultText(res); got != want[i] {
						errs <- fmt.Sprintf("page %d: %s, one at a time %s", i, got, want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

// resultText is what a Result says, written out.
func resultText(r *Result) string {
	return fmt.Sprintf("%v %s %s %+v", r.IsArticle, r.Profile, r.Charset, *r.Article)
}
