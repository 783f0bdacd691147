package extract

import (
	"net/url"
	"testing"
)

// FuzzMayLinkFile checks that the test before resolving a link never turns
// away one that resolves to a file link.
func FuzzMayLinkFile(f *testing.F) {
	for _, s := range [][2]string{
		{"https://sotttt.hanoi.gov.vn/a", "/van-ban/ke-hoach-15.pdf"}, {"https://x.vn/documents/10/20/ke-hoach.pdf/abc?t=1", "x"},
		{"https://x.vn/a/b.html", "c.DOCX"}, {"https://x.zip/", "?q=1"}, {"https://x.vn", "%2Epdf"}, {"http://x.vn/a", "//h/b.7z"},
		{"https://x.vn/tin/", "a b.pdf"}, {"https://x.vn/a.pdf", "#top"}, {"", "http://h/a.rar"}, {"https://x.vn/", "javascript:void(0)"},
		{"https://x.vn/documents/", "a.b/c"}, {"https://x.vn/", "z\u0130p"}, {"https://h.vn/", "http://a.z\u0130p/"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, base, href string) {
		pg := &page{}
		pg.baseURL, _ = url.Parse(base)
		if pg.mayLinkFile(href) {
			return
		}
		if u := pg.resolve(href); u != "" && isFileLink(u) {
			t.Fatalf("base %q, href %q: resolves to the file link %q but mayLinkFile says no", base, href, u)
		}
	})
}
