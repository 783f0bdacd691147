package urlcanon

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

func TestCanonical(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"scheme and host are lower-cased", "HTTP://Example.GOV.vn/a", "http://example.gov.vn/a"},
		{"fragment is dropped", "http://h/a#top", "http://h/a"},
		{"default http port is dropped", "http://h:80/a", "http://h/a"},
		{"default https port is dropped", "https://h:443/a", "https://h/a"},
		{"other ports stay", "http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"},
		{"empty path becomes slash", "http://h", "http://h/"},
		{"userinfo is dropped", "http://u:p@h/a", "http://h/a"},
		{"jsessionid path parameter is dropped", "http://h/a;jsessionid=ABC123?x=1", "http://h/a?x=1"},
		{"session query parameter is dropped", "http://h/a?PHPSESSID=1&b=2", "http://h/a?b=2"},
		{"tracking parameters are dropped", "http://h/a?utm_source=fb&utm_medium=x&fbclid=1&id=3", "http://h/a?id=3"},
		{"query is sorted by key", "http://h/a?z=1&a=2&m=3", "http://h/a?a=2&m=3&z=1"},
		{"repeated keys keep their order", "http://h/a?b=2&a=1&b=1", "http://h/a?a=1&b=2&b=1"},
		{"empty values stay", "http://h/c?_101_keywords=&_101_cur=2", "http://h/c?_101_cur=2&_101_keywords="},
		{"only noise leaves no question mark", "http://h/a?utm_source=x", "http://h/a"},
		{"dot segments resolve", "http://h/a/./b/../c", "http://h/a/c"},
		{"unreserved escapes decode", "http://h/%7Ea%2Db", "http://h/~a-b"},
		{"reserved escapes upper-case", "http://h/a%2fb", "http://h/a%2Fb"},
		{"language suffix after an article is dropped", "http://h/c/-/view_content/123-x.html/vi", "http://h/c/-/view_content/123-x.html"},
		{"stacked language suffixes are dropped", "http://h/c/-/view_content/123-x.html/en/en/vi", "http://h/c/-/view_content/123-x.html"},
		{"language suffix with .html is dropped", "http://h/c/-/view_content/123-x.html/en/vi.html", "http://h/c/-/view_content/123-x.html"},
		{"language prefix before an article is dropped", "http://h/en/c/slug-2800250801171234708.htm", "http://h/c/slug-2800250801171234708.htm"},
		{"language section of a site stays", "http://h/en/cong-khai-ngan-sach", "http://h/en/cong-khai-ngan-sach"},
		{"trailing vi on a category stays", "http://h/tin-tuc/vi", "http://h/tin-tuc/vi"},
		{"relative reference resolves", "../b?utm_source=x", "http://h/b"},
		{"Vietnamese path is kept escaped", "http://h/vi-vn/Tin%20t%E1%BB%A9c", "http://h/vi-vn/Tin%20t%E1%BB%A9c"},
	}
	base, _ := url.Parse("http://h/x/y")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Canonical(base, tc.in)
			if err != nil {
				t.Fatalf("Canonical(%q): %v", tc.in, err)
			}
			if got != tc.want {
				t.Errorf("Canonical(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCanonicalRejects(t *testing.T) {
	tests := []struct{ name, in string }{
		{"mailto links", "mailto:a@b.vn"},
		{"javascript links", "javascript:void(0)"},
		{"empty string", "  "},
		{"no host", "http:///a"},
		{"too long", "http://h/" + strings.Repeat("a", MaxLength)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, err := Canonical(nil, tc.in); err == nil {
				t.Errorf("Canonical(%q) = %q, want an error", tc.in, got)
			}
		})
	}
	if _, err := Canonical(nil, "ftp://h/a"); !errors.Is(err, ErrNotHTTP) {
		t.Errorf("ftp URL: err = %v, want ErrNotHTTP", err)
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"http and https of one page are one key", "http://h/a", "https://h/a", true},
		{"liferay asset under two categories is one key", "http://h/tin-tuc/-/view_content/4418033-chinh-thuc.html", "http://h/su-kien/-/view_content/4418033-chinh-thuc-2.html", true},
		{"liferay friendly and unfriendly forms are one key",
			"http://h/c/-/view_content/7953497-lanh-ao.html",
			"http://h/c?_101_assetEntryId=7953497&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_type=content&p_p_id=101", true},
		{"two liferay assets are two keys", "http://h/c/-/view_content/1-a.html", "http://h/c/-/view_content/2-a.html", false},
		{"ward article under two slugs is one key", "http://h/a/x-2800250801171234708.htm", "http://h/b/y-2800250801171234708.htm", true},
		{"two list pages are two keys", "http://h/c?_101_cur=1", "http://h/c?_101_cur=2", false},
		{"two hosts are two keys", "http://a/c/-/view_content/1-a.html", "http://b/c/-/view_content/1-a.html", false},
		{"two ports are two keys", "http://h:1/a", "http://h:2/a", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ka, kb := Key(tc.a), Key(tc.b)
			if (ka == kb) != tc.same {
				t.Errorf("Key(%q) = %q, Key(%q) = %q; same = %v, want %v", tc.a, ka, tc.b, kb, ka == kb, tc.same)
			}
		})
	}
}

// FuzzCanonical checks that canonicalisation never panics, is idempotent and
// that its output parses back to an http(s) URL.
func FuzzCanonical(f *testing.F) {
	for _, s := range []string{
		"http://h/a?b=1#c", "HTTPS://H:443/%7e/./../x;jsessionid=1?utm_source=a&z=&a=%zz",
		"http://h/c/-/view_content/123-x.html/en/vi", "//h/a", "http://[::1]:8080/a", "http://h/en/a/b-1234567.htm",
		"http://h/a%", "http://h/?a=1&&b", "http://h/a b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		base, _ := url.Parse("http://base.vn/x/")
		c, err := Canonical(base, s)
		if err != nil {
			return
		}
		again, err := Canonical(nil, c)
		if err != nil {
			t.Fatalf("canonical %q does not re-parse: %v", c, err)
		}
		if again != c {
			t.Fatalf("not idempotent: %q → %q → %q", s, c, again)
		}
		_ = Key(c)
	})
}
