package crawler

import (
	"context"
	"net/url"
	"testing"
)

func TestPortals(t *testing.T) {
	dns := map[string][]string{
		"longbien.hanoi.gov.vn":  {"10.0.0.7"},
		"portal.longbien.gov.vn": {"10.0.0.7", "10.0.0.8"},
		"other.gov.vn":           {"10.0.0.9"},
		"thanhxuan.hanoi.gov.vn": {"10.0.0.7"}, // another portal on the same server
		"localhost":              {"::1", "127.0.0.1"},
	}
	resolver := func(_ context.Context, h string) ([]string, error) { return dns[h], nil }
	ctx := context.Background()
	ps := newPortals(resolver)
	lb := ps.seed(ctx, "longbien.hanoi.gov.vn")
	loop := ps.seed(ctx, "127.0.0.1:8080")
	tests := []struct {
		name, host string
		want       *portal
	}{
		{"a second name of the same server is the same portal", "portal.longbien.gov.vn", lb},
		{"localhost on the same port is the loopback portal", "localhost:8080", loop},
		{"localhost on another port is not", "localhost:9090", nil},
		{"another server is not crawled", "other.gov.vn", nil},
		{"another portal on the same server is not an alias", "thanhxuan.hanoi.gov.vn", nil},
		{"a foreign site is never resolved nor crawled", "facebook.com", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ps.of(ctx, tc.host); got != tc.want {
				t.Errorf("of(%q) = %v, want %v", tc.host, got, tc.want)
			}
		})
	}
	t.Run("an alias URL is rewritten to the seed host", func(t *testing.T) {
		u, _ := url.Parse("http://localhost:8080/a")
		if p := ps.canonicalHost(ctx, u); p != loop || u.Host != "127.0.0.1:8080" {
			t.Errorf("canonicalHost = %v, %q", p, u)
		}
	})
	t.Run("an alias seed joins the existing portal", func(t *testing.T) {
		if p := ps.seed(ctx, "portal.longbien.gov.vn"); p != lb || len(ps.list) != 2 {
			t.Errorf("seed of an alias = %v; %d portals", p, len(ps.list))
		}
	})
	t.Run("a seed of another portal on the same server is a portal of its own", func(t *testing.T) {
		if p := ps.seed(ctx, "thanhxuan.hanoi.gov.vn"); p == lb || len(ps.list) != 3 {
			t.Errorf("seed = %v; %d portals", p, len(ps.list))
		}
		if p := newPortalsWith(resolver, "longbien.hanoi.gov.vn", "thanhxuan.hanoi.gov.vn").of(ctx, "portal.longbien.gov.vn"); p == nil || p.host != "longbien.hanoi.gov.vn" {
			t.Errorf("alias of the first of two portals on one address = %v", p)
		}
	})
}

func TestLinks(t *testing.T) {
	tests := []struct {
		url              string
		article, follows bool
	}{
		{"http://h/tin-tuc/-/view_content/4418033-chinh-thuc.html", true, true},
		{"http://h/c?_101_assetEntryId=7953497&_101_struts_action=%2Fasset_publisher%2Fview_content", true, true},
		{"http://h/dang-doan-the/le-ra-quan-2800250801171234708.htm", true, true},
		{"http://h/tin-tuc", false, true},
		{"http://h/tin-tuc?_101_cur=2", false, true},
		{"http://h/documents/10/20/ke-hoach.pdf/abc", false, false},
		{"http://h/image/journal/article?img_id=1", false, false},
		{"http://h/a.jpg", false, false},
		{"http://h/a/a/a/x", false, false},
		{"http://h/c?p_p_lifecycle=1&p_p_id=58", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			u, _ := url.Parse(tc.url)
			if got := looksArticle(u); got != tc.article {
				t.Errorf("looksArticle = %v, want %v", got, tc.article)
			}
			if got := followable(u); got != tc.follows {
				t.Errorf("followable = %v, want %v", got, tc.follows)
			}
		})
	}
}

func newPortalsWith(r Resolver, seeds ...string) *portals {
	ps := newPortals(r)
	for _, s := range seeds {
		ps.seed(context.Background(), s)
	}
	return ps
}
