package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"github.com/vnarchive/vnarchive/data"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

func newTestServer(t *testing.T, opt Options) (*Server, *fakeSearch, *fakeArchive) {
	t.Helper()
	fs := &fakeSearch{}
	fs.add(fixtureArticles()...)
	fa := &fakeArchive{pages: archivedPages("/beacon")}
	return New(fs, fa, opt), fs, fa
}

type response struct {
	code int
	hdr  http.Header
	body string
}

func get(t *testing.T, h http.Handler, target string) response {
	t.Helper()
	return do(t, h, http.MethodGet, target)
}

func do(t *testing.T, h http.Handler, method, target string) response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	b, _ := io.ReadAll(rec.Result().Body)
	return response{rec.Code, rec.Result().Header, string(b)}
}

func TestRoutes(t *testing.T) {
	srv, _, _ := newTestServer(t, Options{})
	tests := []struct {
		name, target string
		code         int
		ctype        string
		want         []string
	}{
		{"home page lists the archive", "/", 200, "text/html", []string{`lang="vi"`, "kết quả", `<label for="q">`}},
		{"unaccented query finds accented text", "/?q=dan+van+kheo", 200, "text/html", []string{"Phường tổ chức hội nghị dân vận khéo năm 2023", "<mark>"}},
		{"official filter", "/?official=Tr%E1%BA%A7n+Th%E1%BB%8B+Lan", 200, "text/html", []string{"2 kết quả", "Quận ủy học tập"}},
		{"document filter and date range", "/?doc=25-NQ%2FTW&from=2024-01-01&to=2024-12-31", 200, "text/html", []string{"1 kết quả"}},
		{"sort by date with pagination", "/?sort=date&limit=5", 200, "text/html", []string{"Trang sau", "after=" + fakeCursor(Request{Sort: "date"}, 5), "page=2"}},
		{"second page", "/?sort=date&limit=5&after=" + fakeCursor(Request{Sort: "date"}, 5) + "&page=2", 200, "text/html", []string{"trang 2", "Trang đầu"}},
		{"histogram and facets", "/?q=khu+dan+cu", 200, "text/html", []string{"<svg", "<rect", "Cán bộ", "Cổng thông tin"}},
		{"article view", "/article/a000000000000003", 200, "text/html", []string{"Quận ủy học tập", "Trích dẫn", "/archive/a000000000000003",
			"official=Tr%E1%BA%A7n", "doc=25-NQ%2FTW", "https://quanhai.gov.vn/tin-tuc/a000000000000003.html"}},
		{"archive frame", "/archive/a000000000000003", 200, "text/html", []string{"<iframe sandbox", `src="/archive/a000000000000003/raw"`}},
		{"archived copy", "/archive/a000000000000003/raw", 200, "text/html", []string{"archived-text"}},
		{"officials page", "/officials", 200, "text/html", []string{"Trần Thị Lan", "Bí thư Đảng ủy phường", "Phó Bí thư Quận ủy"}},
		{"officials filtered without accents", "/officials?name=tran+thi+lan", 200, "text/html", []string{"Trần Thị Lan", "<svg"}},
		{"documents page", "/documents", 200, "text/html", []string{"25-NQ/TW", "12/KH-UBND"}},
		{"documents filtered", "/documents?number=25-NQ%2FTW", 200, "text/html", []string{"25-NQ/TW", "03/06/2013"}},
		{"api search", "/api/search?q=dan+van", 200, "application/json", []string{`"total":`, `"hits":`, `"facets":`, `"next":`}},
		{"api officials", "/api/officials?name=lan", 200, "application/json", []string{`"name":"Trần Thị Lan"`, `"titles":`}},
		{"api documents", "/api/documents?number=25-NQ%2FTW", 200, "application/json", []string{`"canonical":"25-NQ/TW"`, `"citations":2`}},
		{"api article", "/api/articles/a000000000000001", 200, "application/json", []string{`"id":"a000000000000001"`, `"archive":{"warc":"ok.warc.gz"`}},
		{"export csv", "/export?format=csv&q=dan+van", 200, "text/csv", []string{"id,published,site"}},
		{"export jsonl", "/export?format=jsonl&site=phuongmot.gov.vn", 200, "application/jsonl", []string{`"id":"a000000000000001"`}},
		{"stylesheet", "/static/style.css", 200, "text/css", []string{"mark{"}},
		{"unknown page", "/khong-co", 404, "text/html", []string{"404"}},
		{"unknown article", "/article/khongco", 404, "text/html", []string{"không tìm thấy"}},
		{"unknown api", "/api/khongco", 404, "application/json", []string{`"error"`}},
		{"unknown api article", "/api/articles/khongco", 404, "application/json", []string{`"error"`}},
		{"unknown archived copy", "/archive/khongco/raw", 404, "text/plain", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := get(t, srv, tc.target)
			if r.code != tc.code {
				t.Fatalf("GET %s: status %d, want %d; body:\n%s", tc.target, r.code, tc.code, r.body)
			}
			if ct := r.hdr.Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("Content-Type %q, want %s", ct, tc.ctype)
			}
			if r.hdr.Get("Content-Security-Policy") == "" {
				t.Error("no Content-Security-Policy header")
			}
			for _, w := range tc.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("GET %s: body lacks %q", tc.target, w)
				}
			}
			if strings.HasPrefix(tc.ctype, "text/html") && !strings.Contains(tc.target, "/raw") {
				assertSafeHTML(t, r.body)
			}
		})
	}
}

func TestBadInputAnswers400(t *testing.T) {
	srv, _, _ := newTestServer(t, Options{})
	long := strings.Repeat("a", maxParamBytes+1)
	params := []struct{ name, query string }{
		{"malformed from date", "from=2024-13-45"},
		{"to date not a date", "to=h%C3%B4m+nay"},
		{"from after to", "from=2024-05-01&to=2024-01-01"},
		{"unknown sort", "sort=random"},
		{"limit negative", "limit=-3"},
		{"limit too large", "limit=100000"},
		{"limit not a number", "limit=abc"},
		{"unparseable query", "q=%22dan+van"},

		{"parameter too long", "q=" + long},
	}
	for _, path := range []string{"/", "/api/search", "/export?format=csv&"} {
		for _, p := range params {
			t.Run(path+" "+p.name, func(t *testing.T) {
				target := path
				if !strings.HasSuffix(target, "&") {
					target += "?"
				}
				r := get(t, srv, target+p.query)
				if r.code != http.StatusBadRequest {
					t.Fatalf("GET %s: status %d, want 400; body:\n%.400s", target+p.query, r.code, r.body)
				}
				if !strings.Contains(r.body, "from") && !strings.Contains(r.body, "to") && !strings.Contains(r.body, "sort") &&
					!strings.Contains(r.body, "limit") && !strings.Contains(r.body, "q") && !strings.Contains(r.body, "after") {
					t.Errorf("the message does not name the parameter: %s", r.body)
				}
			})
		}
	}
	others := []struct{ name, target string }{
		{"page number not a number", "/?page=x"},
		{"bad cursor on the page", "/?after=xyz"},
		{"bad cursor on the API", "/api/search?after=xyz"},
		{"export without a format", "/export?q=dan"},
		{"export in an unknown format", "/export?format=xml"},
		{"official name too long", "/officials?name=" + long},
		{"document number too long", "/api/documents?number=" + long},
		{"officials limit out of range", "/api/officials?limit=0"},
	}
	for _, tc := range others {
		t.Run(tc.name, func(t *testing.T) {
			if r := get(t, srv, tc.target); r.code != http.StatusBadRequest {
				t.Fatalf("GET %s: status %d, want 400", tc.target, r.code)
			}
		})
	}
}

func TestAPIErrorIsJSON(t *testing.T) {
	srv, _, _ := newTestServer(t, Options{})
	r := get(t, srv, "/api/search?from=2024-02-30")
	var body apiErrorBody
	if err := json.Unmarshal([]byte(r.body), &body); err != nil || body.Field != "from" || body.Error == "" {
		t.Fatalf("error body %q (%v), want {error, field: from}", r.body, err)
	}
}

func TestNoPathTraversal(t *testing.T) {
	srv, _, fa := newTestServer(t, Options{})
	for _, target := range []string{
		"/static/../../go.mod",
		"/static/..%2f..%2fgo.mod",
		"/static/%2e%2e/%2e%2e/go.mod",
		"/archive/..%2f..%2f..%2fetc%2fpasswd/raw",
		"/article/..%2f..%2fetc%2fpasswd",
		"/archive/a0000000000000ff/raw", // its WARC location points outside the archive
	} {
		t.Run(target, func(t *testing.T) {
			r := get(t, srv, target)
			if r.code == http.StatusOK || strings.Contains(r.body, "module github.com") || strings.Contains(r.body, "root:") {
				t.Fatalf("GET %s: status %d, body %.200q", target, r.code, r.body)
			}
		})
	}
	for _, ref := range fa.reads {
		if strings.Contains(ref.WARC, "..") {
			t.Errorf("the archive was asked for %q", ref.WARC)
		}
	}
}

func TestEveryHTMLResponseHasCSP(t *testing.T) {
	srv, _, _ := newTestServer(t, Options{})
	for _, target := range []string{"/", "/?from=bad", "/article/a000000000000001", "/article/none", "/archive/a000000000000001",
		"/officials", "/documents", "/nowhere", "/api/search"} {
		r := get(t, srv, target)
		csp := r.hdr.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") || strings.Contains(csp, "unsafe") {
			t.Errorf("GET %s: CSP %q, want default-src 'none' and no script source", target, csp)
		}
	}
	raw := get(t, srv, "/archive/a000000000000001/raw")
	csp := raw.hdr.Get("Content-Security-Policy")
	if !strings.HasPrefix(csp, "sandbox;") || strings.Contains(csp, "allow-scripts") || !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("archived copy CSP %q, want a sandbox without scripts", csp)
	}
	if raw.hdr.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("archived copy is served without nosniff")
	}
}

func TestMethodsOtherThanGETAreRefused(t *testing.T) {
	srv, _, _ := newTestServer(t, Options{})
	if r := do(t, srv, http.MethodPost, "/api/search"); r.code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", r.code)
	}
	if r := do(t, srv, http.MethodHead, "/?q=dan"); r.code != http.StatusOK || r.body != "" {
		t.Errorf("HEAD: status %d body %d bytes, want 200 and no body", r.code, len(r.body))
	}
}

func TestXSSInEveryParameter(t *testing.T) {
	srv, _, _ := newTestServer(t, Options{})
	routes := []struct {
		path   string
		params []string
	}{
		{"/", []string{"q", "official", "doc", "type", "site", "from", "to", "sort", "limit", "after", "page"}},
		{"/api/search", []string{"q", "official", "doc", "type", "site", "from", "to", "sort", "limit", "after"}},
		{"/export", []string{"format", "q", "official", "doc"}},
		{"/officials", []string{"name"}},
		{"/documents", []string{"number"}},
		{"/api/officials", []string{"name", "limit"}},
		{"/api/documents", []string{"number", "limit"}},
	}
	for _, rt := range routes {
		for _, p := range rt.params {
			for i, payload := range xssPayloads {
				t.Run(rt.path+" "+p+" payload "+itoa(i), func(t *testing.T) {
					v := url.Values{p: {payload}}
					if rt.path == "/export" && p != "format" {
						v.Set("format", "csv")
					}
					r := get(t, srv, rt.path+"?"+v.Encode())
					if r.code >= 500 {
						t.Fatalf("status %d", r.code)
					}
					ct := r.hdr.Get("Content-Type")
					switch {
					case strings.HasPrefix(ct, "text/html"):
						assertSafeHTML(t, r.body)
					case strings.HasPrefix(ct, "application/json"):
						if strings.ContainsAny(r.body, "<>") {
							t.Errorf("JSON carries raw < or >: %.300s", r.body)
						}
					}
				})
			}
		}
	}
}

func TestXSSThroughStoredContent(t *testing.T) {
	srv, _, _ := newTestServer(t, Options{})
	pages := []struct{ name, target string }{
		{"title and snippet of a hit", "/?q=dan+van"},
		{"facet values", "/?q=dan+van&limit=50"},
		{"facet value chosen as a filter", "/?official=" + url.QueryEscape(xssPayloads[0])},
		{"article view", "/article/" + xssID},
		{"archive frame", "/archive/" + xssID},
		{"officials timeline", "/officials"},
		{"officials detail with histogram", "/officials?name=" + url.QueryEscape(xssPayloads[0])},
		{"documents timeline", "/documents"},
		{"documents detail with histogram", "/documents?number=" + url.QueryEscape(xssPayloads[0])},
	}
	for _, tc := range pages {
		t.Run(tc.name, func(t *testing.T) {
			r := get(t, srv, tc.target)
			if r.code != http.StatusOK {
				t.Fatalf("status %d", r.code)
			}
			assertSafeHTML(t, r.body)
		})
	}
	t.Run("the javascript: URL of an article is shown as text, not linked", func(t *testing.T) {
		r := get(t, srv, "/article/"+xssID)
		if !strings.Contains(r.body, "<code>javascript:alert(document.domain)</code>") {
			t.Errorf("the original URL is not shown as text")
		}
	})
	t.Run("the API escapes stored markup", func(t *testing.T) {
		r := get(t, srv, "/api/articles/"+xssID)
		if strings.ContainsAny(r.body, "<>") {
			t.Errorf("JSON carries raw < or >: %.300s", r.body)
		}
	})
}

func TestHistogramIgnoresMalformedFacetKeys(t *testing.T) {
	f := map[string][]FacetValue{
		"year":  {{Key: "2023", Count: 2}, {Key: xssPayloads[0], Count: 9}, {Key: "2025", Count: 1}, {Key: "20x4", Count: 3}},
		"month": {{Key: xssPayloads[1], Count: 4}},
	}
	h := buildHistogram(f, Request{Query: xssPayloads[0]}, "/")
	if h == nil || len(h.Bars) != 3 || h.Unit != "năm" {
		t.Fatalf("histogram %+v, want 3 yearly bars 2023..2025", h)
	}
	if h.Bars[1].Count != 0 || h.Bars[0].Label != "2023" {
		t.Errorf("bars %+v: want the gap year 2024 filled with 0", h.Bars)
	}
	if !strings.Contains(h.Bars[0].URL, "from=2023-01-01") || !strings.Contains(h.Bars[0].URL, "to=2023-12-31") {
		t.Errorf("bar link %q does not narrow to its year", h.Bars[0].URL)
	}
	if buildHistogram(map[string][]FacetValue{"year": {{Key: "<b>", Count: 1}}}, Request{}, "/") != nil {
		t.Error("a histogram of malformed keys only should not be drawn")
	}
}

func TestMonthHistogramForShortSpans(t *testing.T) {
	f := map[string][]FacetValue{"month": {{Key: "2024-01", Count: 1}, {Key: "2024-03", Count: 2}}, "year": {{Key: "2024", Count: 3}}}
	h := buildHistogram(f, Request{}, "/")
	if h == nil || h.Unit != "tháng" || len(h.Bars) != 3 {
		t.Fatalf("histogram %+v, want 3 monthly bars", h)
	}
	if !strings.Contains(h.Bars[1].URL, "from=2024-02-01") || !strings.Contains(h.Bars[1].URL, "to=2024-02-29") {
		t.Errorf("February bar links to %q", h.Bars[1].URL)
	}
}

func TestSnippetKeepsOnlyMark(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text", "dân vận", "dân vận"},
		{"marks kept", "a <mark>dân</mark> b", "a <mark>dân</mark> b"},
		{"escaped text stays escaped once", "&lt;b&gt; <mark>x</mark>", "&lt;b&gt; <mark>x</mark>"},
		{"raw tags escaped", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"attribute-carrying mark escaped", `<mark onclick="x">a</mark>`, "&lt;mark onclick=&#34;x&#34;&gt;a"},
		{"unclosed mark closed", "<mark>a", "<mark>a</mark>"},
		{"stray close dropped", "a</mark>b", "ab"},
		{"nested open ignored", "<mark>a<mark>b</mark>", "<mark>ab</mark>"},
		{"ampersand", "A & B", "A &amp; B"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(snippetHTML(tc.in)); got != tc.want {
				t.Errorf("snippetHTML(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzSnippetHTML(f *testing.F) {
	for _, s := range append(xssPayloads, "a <mark>b</mark> c", "&lt;<mark>&amp;</mark>", "<mark><mark></mark></mark>") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := string(snippetHTML(s))
		rest := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(out)
		if strings.ContainsAny(rest, "<>\"'") {
			t.Fatalf("snippetHTML(%q) = %q carries markup besides <mark>", s, out)
		}
		if strings.Count(out, "<mark>") != strings.Count(out, "</mark>") {
			t.Fatalf("snippetHTML(%q) = %q has unbalanced marks", s, out)
		}
	})
}

// FuzzSearchPage sends arbitrary query strings to the search page and the
// API: never a 5xx, never unsafe HTML.
func FuzzSearchPage(f *testing.F) {
	for _, s := range []string{"q=dan+van", "from=2024-01-01&to=2023-01-01", "sort=date&limit=3&after=3", "q=%22", "official=%3Cscript%3E",
		"limit=-1", "page=0", "q=" + url.QueryEscape(xssPayloads[1])} {
		f.Add(s)
	}
	fs := &fakeSearch{}
	fs.add(fixtureArticles()...)
	srv := New(fs, &fakeArchive{pages: archivedPages("/beacon")}, Options{})
	f.Fuzz(func(t *testing.T, rawQuery string) {
		for _, path := range []string{"/", "/api/search"} {
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			req.URL.Path, req.URL.RawQuery = path, rawQuery
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			if rec.Code >= 500 {
				t.Fatalf("GET %s?%s: status %d", path, rawQuery, rec.Code)
			}
			if path == "/" {
				assertSafeHTML(t, rec.Body.String())
			}
		}
	})
}

func TestExportStreamsTheWholeResult(t *testing.T) {
	srv, _, _ := newTestServer(t, Options{})
	r := get(t, srv, "/export?format=csv&site=quanhai.gov.vn")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(r.body, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+29 { // header + 28 articles of quanhai + the traversal one
		t.Errorf("CSV has %d rows, want 30", len(rows))
	}
	if cd := r.hdr.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") {
		t.Errorf("Content-Disposition %q", cd)
	}
	j := get(t, srv, "/export?format=jsonl")
	lines := strings.Split(strings.TrimSpace(j.body), "\n")
	if len(lines) != len(fixtureArticles()) {
		t.Errorf("JSONL has %d lines, want %d", len(lines), len(fixtureArticles()))
	}
	var hit Hit
	if err := json.Unmarshal([]byte(lines[0]), &hit); err != nil || hit.ID == "" {
		t.Errorf("first line %q: %v", lines[0], err)
	}
}

func TestExportIsCapped(t *testing.T) {
	srv, _, _ := newTestServer(t, Options{ExportMax: 7})
	j := get(t, srv, "/export?format=jsonl")
	if n := len(strings.Split(strings.TrimSpace(j.body), "\n")); n != 7 {
		t.Errorf("export has %d lines, want the cap of 7", n)
	}
}

func TestExportCSVDefusesFormulas(t *testing.T) {
	for in, want := range map[string]string{"=HYPERLINK(1)": "'=HYPERLINK(1)", "+1": "'+1", "@x": "'@x", "Nghị quyết": "Nghị quyết"} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNewArticlesShowWithoutRestart(t *testing.T) {
	srv, fs, _ := newTestServer(t, Options{})
	if r := get(t, srv, "/?q=ca+mau+moi"); !strings.Contains(r.body, "0 kết quả") {
		t.Fatalf("before: %q", r.body)
	}
	a := fixtureArticles()[0]
	a.ID, a.Title, a.Text = "a0000000000000c1", "Cà Mau mới", "Bài mới thêm trong lúc thu thập"
	fs.add(a)
	if r := get(t, srv, "/?q=ca+mau+moi"); !strings.Contains(r.body, "1 kết quả") {
		t.Fatalf("after: the new article does not show")
	}
}

func TestTimeoutAnswers504(t *testing.T) {
	srv := New(&slowSearch{}, nil, Options{Timeout: 1})
	if r := get(t, srv, "/api/search?q=x"); r.code != http.StatusGatewayTimeout {
		t.Errorf("status %d, want 504", r.code)
	}
}

type slowSearch struct{ fakeSearch }

func (*slowSearch) Search(ctx context.Context, r Request) (*Result, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

func TestPermalinkHoldsTheWholeQuery(t *testing.T) {
	srv, _, _ := newTestServer(t, Options{})
	q := "/?q=dan+van&official=Tr%E1%BA%A7n+Th%E1%BB%8B+Lan&from=2023-01-01&to=2024-12-31&sort=date"
	r := get(t, srv, q)
	for _, want := range []string{`value="dan van"`, `value="Trần Thị Lan"`, `value="2023-01-01"`, `value="2024-12-31"`, `<option value="date" selected>`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("the form does not restore %s", want)
		}
	}
	if !strings.Contains(r.body, `rel="bookmark"`) || !strings.Contains(r.body, "from=2023-01-01&amp;official=") {
		t.Errorf("no permalink with the query")
	}
}

// countingSearch counts the aggregations of the lists.
type countingSearch struct {
	fakeSearch
	mu        sync.Mutex
	officials int
	documents int
}

func (c *countingSearch) Officials(ctx context.Context, name string) ([]OfficialSummary, error) {
	c.mu.Lock()
	c.officials++
	c.mu.Unlock()
	return c.fakeSearch.Officials(ctx, name)
}

func (c *countingSearch) Documents(ctx context.Context, number string) ([]DocumentSummary, error) {
	c.mu.Lock()
	c.documents++
	c.mu.Unlock()
	return c.fakeSearch.Documents(ctx, number)
}

func TestListsAreAggregatedOncePerTTL(t *testing.T) {
	for _, tc := range []struct {
		name string
		ttl  time.Duration
		want int
	}{
		{"kept for the TTL", time.Hour, 1},
		{"never kept with a negative TTL", -1, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := &countingSearch{}
			cs.add(fixtureArticles()...)
			srv := New(cs, nil, Options{ListTTL: tc.ttl})
			for _, target := range []string{"/officials", "/api/officials", "/officials"} {
				if r := get(t, srv, target); r.code != http.StatusOK {
					t.Fatalf("%s: %d", target, r.code)
				}
			}
			get(t, srv, "/documents")
			get(t, srv, "/documents?number=25-NQ%2FTW")
			if cs.officials != tc.want || cs.documents != 2 {
				t.Errorf("officials aggregated %d times (want %d), documents %d (want 2: one per filter)", cs.officials, tc.want, cs.documents)
			}
		})
	}
}

func TestStaleListIsServedWhileRefreshed(t *testing.T) {
	c := newListCache[int](time.Nanosecond, time.Minute)
	n := 0
	var mu sync.Mutex
	compute := func(context.Context) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		n++
		return n, nil
	}
	ctx := context.Background()
	if v, _ := c.get(ctx, "k", compute); v != 1 {
		t.Fatalf("first get = %d, want 1", v)
	}
	// Expired: the stale value comes back at once, a refresh starts.
	if v, _ := c.get(ctx, "k", compute); v != 1 {
		t.Fatalf("second get = %d, want the stale 1", v)
	}
	pollUntil(t, "the refreshed list", 5*time.Second, func() bool {
		v, _ := c.get(ctx, "k", compute)
		return v >= 2
	})
}

func TestArticleShowsItsLeadOnce(t *testing.T) {
	srv, fs, _ := newTestServer(t, Options{})
	lead := "Chiều 2/4, phường tổ chức tổng kết công tác tiếp dân quý I."
	fs.add(ArticleView{Article: data.Article{ID: "a0000000000000aa", URL: "https://phuongmot.gov.vn/a.html", Site: "phuongmot.gov.vn",
		Title: "Tổng kết công tác tiếp dân", Published: "2024-04-02T15:00:00+07:00", Summary: lead,
		Text: lead + "\n\nCác tổ dân phố báo cáo kết quả."}})
	r := get(t, srv, "/article/a0000000000000aa")
	if r.code != 200 {
		t.Fatalf("status %d", r.code)
	}
	if n := strings.Count(r.body, "tổng kết công tác tiếp dân quý I"); n != 1 {
		t.Errorf("the lead appears %d times, want once", n)
	}
	if !strings.Contains(r.body, "Các tổ dân phố báo cáo kết quả.") {
		t.Error("the body paragraph after the lead is missing")
	}
}
