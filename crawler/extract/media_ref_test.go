package extract

import (
	"net/url"
	"path"
	"strings"
	"testing"
)

// baseCleanSplit is baseClean as first written: the base URL split at
// every slash.
func baseCleanSplit(base *url.URL) bool {
	if base == nil {
		return true
	}
	b := base.String()
	if i := strings.IndexAny(b, "?#"); i >= 0 {
		b = b[:i]
	}
	clean := true
	for _, seg := range strings.Split(b, "/") {
		if attachmentExt[strings.ToLower(path.Ext(seg))] || strings.Contains(seg, "%") {
			clean = false
		}
	}
	return clean
}

// FuzzBaseClean checks baseClean against baseCleanSplit.
func FuzzBaseClean(f *testing.F) {
	for _, s := range []string{"https://sotttt.hanoi.gov.vn/a", "https://x.vn/documents/10/20/ke-hoach.pdf/abc?t=1", "https://x.zip/", "http://x.vn/a%20b/", "", "/a.DOC/", "https://x.vn/a.pdf#x/y.zip", "a//b.rar"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, base string) {
		pg := &page{}
		pg.baseURL, _ = url.Parse(base)
		if got, want := pg.baseClean(), baseCleanSplit(pg.baseURL); got != want {
			t.Fatalf("baseClean(%q) = %v, the split form gives %v", base, got, want)
		}
	})
}
