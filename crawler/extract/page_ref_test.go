package extract

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
)

// FuzzResolve checks resolve, with its fast path for plain absolute paths,
// against resolveParsed (URL parsing and resolution for every link).
func FuzzResolve(f *testing.F) {
	for _, s := range [][2]string{
		{"https://sotttt.hanoi.gov.vn/a", "/van-ban/ke-hoach-15.pdf"}, {"https://x.vn/documents/10/20/", "/documents/10/20/ke-hoach.pdf/abc?t=1"},
		{"https://x.vn/a/b.html", "/a/./b"}, {"https://x.vn/a/b.html", "/a/../b/.."}, {"http://x.vn:8080", "/?"}, {"http://x.vn", "/a?b?"},
		{"http://u@x.vn/", "/a"}, {"https://X.VN/", "/A//B"}, {"", "/a"}, {"mailto:a@b", "/a"}, {"https://x.vn/", "/a?q=1&r=%2F"},
		{"https://[::1]:80/", "/a"}, {"https://x.vn/", "//h/b"}, {"https://x.vn/", "/a b"}, {"https://x.vn/", "/"}, {"https://x.vn/", "/.."},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, base, href string) {
		pg := &page{}
		pg.baseURL, _ = url.Parse(base)
		if got, want := pg.resolve(href), (&page{baseURL: pg.baseURL}).resolveParsed2(href); got != want {
			t.Fatalf("base %q: resolve(%q) = %q, URL parsing gives %q", base, href, got, want)
		}
	})
}

// resolveParsed2 is resolve as first written: every link parsed and
// resolved as a URL.
func (pg *page) resolveParsed2(href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "javascript:") || strings.HasPrefix(href, "#") {
		return ""
	}
	ref, err := url.Parse(href)
	if err != nil {
		ref, err = url.Parse(strings.ReplaceAll(href, " ", "%20"))
		if err != nil {
			return ""
		}
	}
	if pg.baseURL == nil {
		if ref.IsAbs() {
			return ref.String()
		}
		return ""
	}
	return pg.baseURL.ResolveReference(ref).String()
}

// FuzzParseURL checks parseURL against url.Parse.
func FuzzParseURL(f *testing.F) {
	for _, s := range []string{"https://sotttt.hanoi.gov.vn/a", "http://x.vn", "https://x.vn/", "https://x.vn?a=1", "https://x.vn/a?", "https://x.vn/a?b?",
		"https://x.vn/a/../b", "https://x.vn//a", "https://X.VN/A", "https:///a", "https://x.vn:80/a", "https://u@x.vn/", "HTTPS://x.vn/", "https://x.vn/a b",
		"https://x.vn/a#f", "https://x.vn/%41", "http://x.vn/a?q=%zz&r", "https://x.vn?", "ftp://x.vn/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gerr := parseURL(s)
		want, werr := url.Parse(s)
		if (gerr == nil) != (werr == nil) || gerr == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("parseURL(%q) = %#v, %v; url.Parse gives %#v, %v", s, got, gerr, want, werr)
		}
	})
}
