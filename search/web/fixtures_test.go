package web

import (
	"fmt"

	"github.com/vnarchive/vnarchive/data"
)

// Payloads that must come out inert wherever they are shown.
var xssPayloads = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	`javascript:alert(1)`,
	`</mark><script>alert(2)</script><mark>`,
	`<svg onload=alert(3)>`,
	`'><a href="javascript:alert(4)">x</a>`,
	`</title></textarea><iframe src=javascript:alert(5)>`,
	"{{.}}<!--",
}

const xssID = "00000000000bad01"

// fixtureArticles are the test archive: a few ordinary articles written for
// these tests, and one whose every field carries markup.
func fixtureArticles() []ArticleView {
	mk := func(id, site, title, published, text string, offs []data.Official, docs []data.Document) ArticleView {
		return ArticleView{Article: data.Article{ID: id, URL: "https://" + site + "/tin-tuc/" + id + ".html", Site: site,
			Title: title, Published: published, Author: "Ban Tuyên giáo", Category: "Tin tức", Text: text,
			Officials: offs, Documents: docs},
			Archive: ArchiveRef{WARC: "ok.warc.gz", Offset: 1, Captured: "2026-11-20T08:00:00+07:00"}}
	}
	nq := data.Document{Type: "Nghị quyết", Number: "25-NQ/TW", Canonical: "25-NQ/TW", Date: "2013-06-03", Issuer: "Ban Chấp hành Trung ương"}
	kh := data.Document{Type: "Kế hoạch", Number: "12/KH-UBND", Canonical: "12/KH-UBND"}
	lan := data.Official{Name: "Trần Thị Lan", Titles: []string{"Bí thư Đảng ủy phường"}}
	lan2 := data.Official{Name: "Trần Thị Lan", Titles: []string{"Phó Bí thư Quận ủy"}}
	hung := data.Official{Name: "Lê Văn Hùng", Titles: []string{"Chủ tịch UBND phường"}}
	arts := []ArticleView{
		mk("a000000000000001", "phuongmot.gov.vn", "Phường tổ chức hội nghị dân vận khéo năm 2023", "2023-03-14T09:30:00+07:00",
			"Sáng 14/3, Đảng ủy phường tổ chức hội nghị biểu dương mô hình dân vận khéo.\nĐồng chí Trần Thị Lan, Bí thư Đảng ủy phường phát biểu.", []data.Official{lan}, []data.Document{nq}),
		mk("a000000000000002", "phuongmot.gov.vn", "Triển khai kế hoạch chỉnh trang đô thị", "2023-09-02T14:00:00+07:00",
			"Thực hiện Kế hoạch số 12/KH-UBND, phường ra quân chỉnh trang đô thị.", []data.Official{hung}, []data.Document{kh}),
		mk("a000000000000003", "quanhai.gov.vn", "Quận ủy học tập nghị quyết về công tác dân vận", "2024-02-28T16:38:00+07:00",
			"Hội nghị quán triệt Nghị quyết số 25-NQ/TW về công tác dân vận.\nĐồng chí Trần Thị Lan, Phó Bí thư Quận ủy chủ trì.", []data.Official{lan2}, []data.Document{nq}),
	}
	for i := 4; i <= 30; i++ {
		arts = append(arts, mk(fmt.Sprintf("a0000000000000%02d", i), "quanhai.gov.vn",
			fmt.Sprintf("Tin hoạt động khu dân cư số %d", i), fmt.Sprintf("2024-%02d-%02dT08:00:00+07:00", 1+i%12, 1+i%27),
			"Khu dân cư tổ chức ngày hội đại đoàn kết toàn dân tộc.", []data.Official{hung}, nil))
	}
	// The hostile article: markup in every field the page shows.
	p := xssPayloads
	bad := ArticleView{Article: data.Article{ID: xssID, URL: "javascript:alert(document.domain)", Site: p[1],
		Title: "dân vận " + p[0] + p[1], Published: "2022-05-05T10:00:00+07:00", Author: p[4], Category: p[5], Summary: p[6],
		Text:        "dân vận khéo " + p[0] + " " + p[3] + " " + p[1] + "\n" + p[4] + p[7],
		Officials:   []data.Official{{Name: p[0], Titles: []string{p[1]}}, {Name: p[2], Titles: []string{p[6]}}},
		Documents:   []data.Document{{Type: p[4], Number: p[3], Canonical: p[0], Date: p[1], Issuer: p[5]}},
		References:  []data.Reference{{Type: p[0], Name: p[1]}},
		Attachments: []data.Attachment{{URL: p[2], Name: p[0]}, {URL: "https://example.invalid/a.pdf", Name: p[1]}}},
		Archive: ArchiveRef{WARC: "bad.warc.gz", Offset: 7, Captured: p[0]}}
	arts = append(arts, bad)
	// An article whose archive location tries to leave the archive directory.
	trav := mk("a0000000000000ff", "quanhai.gov.vn", "Bài có vị trí lưu trữ sai", "2021-01-01T08:00:00+07:00", "nội dung", nil, nil)
	trav.Archive.WARC = "../../etc/passwd"
	return append(arts, trav)
}

// archivedPages are the bodies of the fake archive.
func archivedPages(beacon string) map[string]string {
	return map[string]string{
		"ok.warc.gz": `<!doctype html><html><head><meta charset="utf-8"><title>Bản gốc</title></head><body><h1>Trang lưu trữ</h1>` +
			`<p id="archived-text">Nội dung đã lưu trữ của cổng thông tin.</p>` +
			`<script>fetch("` + beacon + `?via=fetch");alert("archived")</script>` +
			`<img src="` + beacon + `?via=img" onerror="alert(1)"><iframe src="` + beacon + `?via=iframe"></iframe></body></html>`,
		"bad.warc.gz": `<html><body onload="alert(1)"><p id="archived-text">Bản lưu trữ có mã độc.</p><script>alert(1);fetch("` + beacon + `?via=bad")</script>` +
			`<meta http-equiv="refresh" content="0;url=` + beacon + `?via=refresh"><form action="` + beacon + `"><button autofocus>x</button></form></body></html>`,
	}
}
