package simportal

import (
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

func start(t *testing.T, cfg Config) (*Portal, *Server) {
	t.Helper()
	p := New(cfg)
	s, err := p.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return p, s
}

var (
	reHref      = regexp.MustCompile(`href="([^"]*)"`)
	reCanonical = regexp.MustCompile(`<link (?:href="([^"]+)" rel="canonical"|rel="canonical" href="([^"]+)")`)
	reLangSfx   = regexp.MustCompile(`(\.html)(?:/(?:vi|en))+$`)
)

// canon is the test's own canonicalisation: what the report promises the
// crawler may rely on.
func canon(s *Server, u *url.URL) string {
	c := *u
	c.Fragment = ""
	if alias, ok := s.Aliases()[c.Host]; ok {
		c.Host = alias
	}
	c.Path = stripSession(c.Path)
	if strings.HasPrefix(c.Path, "/en/") {
		c.Path = strings.TrimPrefix(c.Path, "/en")
	}
	c.Path = reLangSfx.ReplaceAllString(c.Path, "$1")
	q := c.Query()
	for k := range q {
		if strings.HasPrefix(k, "utm_") || k == "fbclid" || k == "p_auth" {
			q.Del(k)
		}
	}
	if strings.Contains(c.Path, "/-/view_content/") {
		q = url.Values{}
	}
	c.RawQuery = q.Encode()
	return c.String()
}

func disallowed(path string) bool {
	for _, pre := range []string{"/c/portal/", "/search", "/lich", "/html/", "/tim-kiem", "/admin/", "/lich-cong-tac"} {
		if strings.HasPrefix(path, pre) {
			return true
		}
	}
	return false
}

func TestEveryArticleIsReachableFromTheRoots(t *testing.T) {
	// Seed 1 with 300 articles is the demo's portal: a list link there once
	// drew a short session hash that made the handler panic.
	for _, cfg := range []Config{{Seed: 5, Articles: 150}, {Seed: 1, Articles: 300}} {
		t.Run(fmt.Sprintf("seed %d, %d articles", cfg.Seed, cfg.Articles), func(t *testing.T) {
			everyArticleReachable(t, cfg)
		})
	}
}

func everyArticleReachable(t *testing.T, cfg Config) {
	p, s := start(t, cfg)
	want := map[string]bool{}
	for _, tr := range s.Truth() {
		want[tr.CanonicalURL] = true
	}
	client := &http.Client{}
	seen := map[string]bool{}
	queue := s.Roots()
	for _, r := range queue {
		u, _ := url.Parse(r)
		seen[canon(s, u)] = true
	}
	got := map[string]bool{}
	for fetches := 0; len(queue) > 0; fetches++ {
		if fetches > 3000 {
			t.Fatal("the crawl did not end: a trap got through the test's canonicalisation")
		}
		cur := queue[0]
		queue = queue[1:]
		f := fetch(t, client, cur, nil)
		if f.status >= 500 || f.status == 0 {
			t.Errorf("GET %s: status %d", cur, f.status)
		}
		if f.status != 200 {
			continue
		}
		page := f.decoded(t)
		if m := reCanonical.FindStringSubmatch(page); m != nil && strings.Contains(page, "asset-full-content-title") || m != nil && strings.Contains(page, "detail-title") {
			got[m[1]+m[2]] = true
		}
		base, _ := url.Parse(cur)
		for _, m := range reHref.FindAllStringSubmatch(page, -1) {
			ref, err := base.Parse(html.UnescapeString(m[1]))
			if err != nil || ref.Scheme != "http" || !strings.HasPrefix(ref.Host, "127.0.0.1") && !strings.HasPrefix(ref.Host, "localhost") {
				continue
			}
			if disallowed(ref.Path) || strings.HasSuffix(ref.Path, ".pdf") || strings.HasPrefix(ref.Path, "/image") || strings.HasSuffix(ref.Path, ".png") || strings.HasSuffix(ref.Path, ".jpg") || strings.HasSuffix(ref.Path, ".css") {
				continue
			}
			k := canon(s, ref)
			if !seen[k] {
				seen[k] = true
				queue = append(queue, k)
			}
		}
	}
	for u := range want {
		if !got[u] {
			t.Errorf("article %s never reached", u)
		}
	}
	for u := range got {
		if !want[u] {
			t.Errorf("page %s claims a canonical URL no truth has", u)
		}
	}
	_ = p
}

func TestTrapsRespondAsDesigned(t *testing.T) {
	p, s := start(t, Config{Seed: 2, Articles: 120})
	c := rawClient()
	get := func(u string) fetched { return fetch(t, c, u, nil) }
	lif := strings.TrimSuffix(s.LiferayURL, "/")
	ward := strings.TrimSuffix(s.WardURL, "/")
	var art, wardArt Truth
	for tr := range p.Truths() {
		if tr.Family == FamilyLiferay && art.ID == "" && p.build(tr.Index).kind == kindEvent {
			art = tr
		}
		if tr.Family == FamilyWard && wardArt.ID == "" && p.build(tr.Index).cat != ward1258 {
			wardArt = tr
		}
	}
	a := p.build(art.Index)
	catPath := "/" + liferayCats[a.cat].slug
	big := 0
	for cat := range liferayCats {
		if len(p.lists[famLiferay][cat]) > len(p.lists[famLiferay][big]) {
			big = cat
		}
	}
	bigPath := "/" + liferayCats[big].slug
	pages := (len(p.lists[famLiferay][big]) + 9) / 10
	firstTitle := func(page string) string {
		m := regexp.MustCompile(`<h3 class="asset-title"> <a href="[^"]*">([^<]*)</a>`).FindStringSubmatch(page)
		if m == nil {
			return ""
		}
		return m[1]
	}
	sameArticle := func(t *testing.T, f fetched) {
		t.Helper()
		if f.status != 200 {
			t.Fatalf("status %d", f.status)
		}
		page := f.decoded(t)
		if m := reCanonical.FindStringSubmatch(page); m == nil || m[1]+m[2] != art.CanonicalURL {
			t.Fatalf("canonical link %v, want %s", m, art.CanonicalURL)
		}
	}
	path := strings.TrimPrefix(art.CanonicalURL, lif)
	tests := []struct {
		name  string
		check func(t *testing.T)
	}{
		{"a session id in the path serves the article", func(t *testing.T) { sameArticle(t, get(lif+path+";jsessionid=ABCDEF0123")) }},
		{"/vi and /en suffixes serve the article", func(t *testing.T) { sameArticle(t, get(lif+path+"/vi/en/vi")) }},
		{"the /en/ sub-site serves the article with English labels", func(t *testing.T) {
			f := get(lif + "/en" + path)
			sameArticle(t, f)
			if page := f.decoded(t); !strings.Contains(page, `lang="en-US"`) || !strings.Contains(page, "Publish date") {
				t.Fatal("no English labels")
			}
		}},
		{"the second host name serves the same portal", func(t *testing.T) { sameArticle(t, get(s.LiferayAltURL+strings.TrimPrefix(path, "/"))) }},
		{"the article under another category path is the same article", func(t *testing.T) {
			other := liferayCats[(a.cat+1)%len(liferayCats)].slug
			sameArticle(t, get(lif+"/"+other+strings.TrimPrefix(path, catPath)))
		}},
		{"the _101_assetEntryId form serves the article", func(t *testing.T) {
			sameArticle(t, get(lif+catPath+"?"+liferayAssetQuery(a.assetID, a.slug)))
		}},
		{"tracking and p_auth parameters serve the article", func(t *testing.T) { sameArticle(t, get(lif+path+"?p_auth=x1y2&utm_source=zalo&fbclid=abc")) }},
		{"a removed asset answers 404", func(t *testing.T) {
			if f := get(lif + catPath + fmt.Sprintf("/-/view_content/%d-bai-viet-da-go.html", a.assetID+1)); f.status != 404 {
				t.Fatalf("status %d", f.status)
			}
		}},
		{"an unknown path answers 404 on both portals", func(t *testing.T) {
			if get(lif+"/khong-co-trang-nay").status != 404 || get(ward+"/khong-co/trang-nay.htm").status != 404 {
				t.Fatal("want 404")
			}
		}},
		{"a page past the last shows the last page", func(t *testing.T) {
			last := get(lif + bigPath + "?" + liferayListQuery(pages)).decoded(t)
			past := get(lif + bigPath + "?" + liferayListQuery(999)).decoded(t)
			if pages < 2 || firstTitle(last) == "" || firstTitle(past) != firstTitle(last) {
				t.Fatalf("pages %d: last page starts %q, page 999 starts %q", pages, firstTitle(last), firstTitle(past))
			}
		}},
		{"a page number without resetCur=false silently shows page 1", func(t *testing.T) {
			one := get(lif + bigPath).decoded(t)
			two := get(lif + bigPath + "?p_p_id=101&_101_cur=2").decoded(t)
			if firstTitle(two) != firstTitle(one) {
				t.Fatal("page 2 without resetCur did not reset")
			}
		}},
		{"the page iterator says how many results there are", func(t *testing.T) {
			page := get(lif + bigPath).decoded(t)
			want := fmt.Sprintf("Hiển thị 1 - 10 of %d kết quả.", len(p.lists[famLiferay][big]))
			if !strings.Contains(page, want) || !strings.Contains(page, "_101_cur=2") {
				t.Fatalf("no %q or no link to page 2", want)
			}
		}},
		{"the calendar always has a next month", func(t *testing.T) {
			u := lif + "/lich?thang=11&nam=9999"
			for k := 0; k < 15; k++ {
				page := get(u).decoded(t)
				m := regexp.MustCompile(`href="(/lich\?thang=\d+&amp;nam=\d+)">Tháng sau`).FindStringSubmatch(page)
				if m == nil {
					t.Fatalf("no next month at %s", u)
				}
				u = lif + html.UnescapeString(m[1])
			}
			if !strings.HasSuffix(u, "nam=10001") {
				t.Fatalf("after 15 months: %s", u)
			}
		}},
		{"the ward portal shows an empty list past the last page", func(t *testing.T) {
			f := get(ward + "/thong-bao/trang-999.htm")
			if f.status != 200 || !strings.Contains(f.decoded(t), "Chưa có bài viết") {
				t.Fatalf("status %d", f.status)
			}
		}},
		{"the ward article answers with tracking parameters", func(t *testing.T) {
			f := get(wardArt.CanonicalURL + "?utm_source=facebook&utm_medium=share")
			if m := reCanonical.FindStringSubmatch(f.decoded(t)); f.status != 200 || m == nil || m[1]+m[2] != wardArt.CanonicalURL {
				t.Fatalf("status %d canonical %v", f.status, m)
			}
		}},
		{"robots.txt disallows the portal actions, search and the calendar print view", func(t *testing.T) {
			body := string(get(lif + "/robots.txt").raw)
			for _, line := range []string{"User-agent: *", "Disallow: /c/portal/", "Disallow: /search", "Disallow: /lich/"} {
				if !strings.Contains(body, line+"\n") {
					t.Fatalf("no %q in\n%s", line, body)
				}
			}
			if strings.Contains(body, "Crawl-delay") {
				t.Fatal("Crawl-delay without Config.CrawlDelay")
			}
			if w := string(get(ward + "/robots.txt").raw); !strings.Contains(w, "Disallow: /tim-kiem\n") {
				t.Fatalf("ward robots:\n%s", w)
			}
		}},
		{"a linked attachment is a PDF on both portals, an unknown one 404", func(t *testing.T) {
			done := map[string]bool{}
			for tr := range p.Truths() {
				for _, at := range tr.Attachments {
					if done[tr.Family] {
						continue
					}
					done[tr.Family] = true
					f := get(at)
					if f.status != 200 || f.header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(string(f.raw), "%PDF-") {
						t.Fatalf("%s: status %d type %s", at, f.status, f.header.Get("Content-Type"))
					}
					if g := get(strings.Replace(at, ".pdf", "-x.pdf", 1)); g.status != 404 {
						t.Fatalf("unknown attachment: status %d", g.status)
					}
				}
			}
			if !done[FamilyLiferay] || !done[FamilyWard] {
				t.Fatalf("attachments checked on %v only", done)
			}
		}},
		{"a conditional request with the ETag answers 304", func(t *testing.T) {
			f := get(art.CanonicalURL)
			g := fetch(t, c, art.CanonicalURL, map[string]string{"If-None-Match": f.header.Get("ETag")})
			if f.header.Get("ETag") == "" || f.header.Get("Last-Modified") == "" || g.status != http.StatusNotModified {
				t.Fatalf("etag %q, last-modified %q, status %d", f.header.Get("ETag"), f.header.Get("Last-Modified"), g.status)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.check)
	}
}

func TestCrawlDelayIsConfigurable(t *testing.T) {
	for _, tc := range []struct {
		name  string
		delay time.Duration
		want  string
	}{{"whole seconds", 2 * time.Second, "Crawl-delay: 2\n"}, {"a fraction is a decimal", 50 * time.Millisecond, "Crawl-delay: 0.05\n"}} {
		t.Run(tc.name, func(t *testing.T) {
			p := New(Config{Articles: 10, CrawlDelay: tc.delay})
			for _, fam := range []string{FamilyLiferay, FamilyWard} {
				if body := render(t, p, fam, "/robots.txt").Body.String(); !strings.Contains(body, tc.want) {
					t.Fatalf("%s robots.txt:\n%s", fam, body)
				}
			}
		})
	}
}
