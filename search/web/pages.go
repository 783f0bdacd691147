package web

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// searchPage is the view of the search page.
type searchPage struct {
	Title     string
	Req       Request
	Error     string
	Searched  bool
	Total     uint64
	Hits      []hitView
	Facets    []facetGroup
	Hist      *histogram
	Filters   []filterChip
	Page      int
	FirstURL  string
	NextURL   string
	SortRel   string
	SortDate  string
	CSVURL    string
	JSONLURL  string
	Permalink string
}

type hitView struct {
	ID, Title, Published, Site, Category string
	Original                             string // http(s) URL or ""
	Snippet                              template.HTML
	Officials, Documents                 []linkView
}

type linkView struct{ Text, URL string }

type facetGroup struct {
	Label  string
	Facet  string
	Values []facetLink
}

type facetLink struct {
	Key    string
	Count  int
	URL    string
	Active bool
}

type filterChip struct{ Label, Value, RemoveURL string }

// facetParams maps a facet to the label shown and the request field it sets.
var facetParams = []struct {
	facet, label string
	field        func(*Request) *string
}{
	{"official", "Cán bộ", func(r *Request) *string { return &r.Official }},
	{"document", "Văn bản", func(r *Request) *string { return &r.Doc }},
	{"type", "Loại văn bản", func(r *Request) *string { return &r.Type }},
	{"site", "Cổng thông tin", func(r *Request) *string { return &r.Site }},
}

const maxFacetValues = 12

// parseQuery reads and checks the contract's parameters of a request.
func parseQuery(r *http.Request) (Request, error) {
	v := r.URL.Query()
	for k, vals := range v {
		for _, s := range vals {
			if len(s) > maxParamBytes {
				return Request{}, &BadRequestError{Field: k, Msg: fmt.Sprintf("longer than %d bytes", maxParamBytes)}
			}
		}
	}
	return ParseRequest(v)
}

func pageNumber(r *http.Request) (int, error) {
	s := r.URL.Query().Get("page")
	if s == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 100000 {
		return 0, &BadRequestError{Field: "page", Msg: fmt.Sprintf("%q is not a page number", s)}
	}
	return n, nil
}

func (s *Server) handleSearchPage(w http.ResponseWriter, r *http.Request) {
	p := searchPage{Title: "Tìm kiếm", Page: 1}
	req, err := parseQuery(r)
	if err == nil {
		p.Page, err = pageNumber(r)
	}
	if err != nil {
		s.searchFailed(w, r, &p, err)
		return
	}
	p.Req = req
	if untidy(r.URL.Query()) { // the form sends empty fields: keep permalinks short
		target := link("/", req)
		if p.Page > 1 {
			target = withPage(target, p.Page)
		}
		http.Redirect(w, r, target, http.StatusSeeOther)
		return
	}
	res, err := s.search.Search(r.Context(), req)
	if err != nil {
		s.searchFailed(w, r, &p, err)
		return
	}
	p.Searched = true
	p.Total = res.Total
	if req.Query != "" {
		p.Title = req.Query + " — Tìm kiếm"
	}
	for _, h := range res.Hits {
		p.Hits = append(p.Hits, viewHit(h))
	}
	base := req
	base.After = ""
	for _, fp := range facetParams {
		g := facetGroup{Label: fp.label, Facet: fp.facet}
		for i, fv := range res.Facets[fp.facet] {
			if i == maxFacetValues {
				break
			}
			nr := base
			cur := fp.field(&nr)
			active := *cur == fv.Key
			if active {
				*cur = ""
			} else {
				*cur = fv.Key
			}
			g.Values = append(g.Values, facetLink{Key: fv.Key, Count: fv.Count, URL: link("/", nr), Active: active})
		}
		if len(g.Values) > 0 {
			p.Facets = append(p.Facets, g)
		}
	}
	p.Hist = buildHistogram(res.Facets, base, "/")
	p.Filters = chips(base)
	p.Permalink = link("/", req)
	p.FirstURL = link("/", base)
	if res.Next != nil && *res.Next != "" {
		nr := req
		nr.After = *res.Next
		p.NextURL = withPage(link("/", nr), p.Page+1)
	}
	byRel, byDate := base, base
	byRel.Sort, byDate.Sort = "", "date"
	p.SortRel, p.SortDate = link("/", byRel), link("/", byDate)
	exp := base
	exp.Limit = 0
	p.CSVURL = withParam(link("/export", exp), "format", "csv")
	p.JSONLURL = withParam(link("/export", exp), "format", "jsonl")
	s.render(w, r, http.StatusOK, "search", p)
}

// untidy reports whether a query string carries empty parameters or the
// default sort, which the canonical URL of a search leaves out.
func untidy(v url.Values) bool {
	for _, vals := range v {
		for _, s := range vals {
			if s == "" {
				return true
			}
		}
	}
	return v.Get("sort") == "relevance"
}

// searchFailed shows the search page with the form and the error message.
func (s *Server) searchFailed(w http.ResponseWriter, r *http.Request, p *searchPage, err error) {
	code, msg := status(err)
	s.logFailure(r, code, err)
	// Keep what the user typed in the form, whatever its validity.
	v := r.URL.Query()
	p.Req = Request{Query: v.Get("q"), Official: v.Get("official"), Doc: v.Get("doc"), Type: v.Get("type"),
		Site: v.Get("site"), From: v.Get("from"), To: v.Get("to"), Sort: v.Get("sort")}
	p.Error = msg
	s.render(w, r, code, "search", p)
}

func withParam(u, k, v string) string {
	if strings.Contains(u, "?") {
		return u + "&" + k + "=" + url.QueryEscape(v)
	}
	return u + "?" + k + "=" + url.QueryEscape(v)
}

func withPage(u string, n int) string { return withParam(u, "page", itoa(n)) }

func itoa(n int) string { return strconv.Itoa(n) }

func viewHit(h Hit) hitView {
	v := hitView{ID: h.ID, Title: h.Title, Published: fmtTime(h.Published), Site: h.Site, Category: h.Category,
		Original: safeHTTP(h.URL), Snippet: snippetHTML(h.Snippet)}
	if v.Title == "" {
		v.Title = "(không có tiêu đề)"
	}
	for _, o := range h.Officials {
		v.Officials = append(v.Officials, linkView{o, link("/", Request{Official: o})})
	}
	for _, d := range h.Documents {
		v.Documents = append(v.Documents, linkView{d, link("/", Request{Doc: d})})
	}
	return v
}

func chips(r Request) []filterChip {
	var out []filterChip
	add := func(label, val string, clear func(*Request)) {
		if val == "" {
			return
		}
		nr := r
		clear(&nr)
		out = append(out, filterChip{label, val, link("/", nr)})
	}
	add("Cán bộ", r.Official, func(x *Request) { x.Official = "" })
	add("Văn bản", r.Doc, func(x *Request) { x.Doc = "" })
	add("Loại", r.Type, func(x *Request) { x.Type = "" })
	add("Cổng", r.Site, func(x *Request) { x.Site = "" })
	add("Từ ngày", r.From, func(x *Request) { x.From = "" })
	add("Đến ngày", r.To, func(x *Request) { x.To = "" })
	return out
}

// articlePage is the view of one article.
type articlePage struct {
	Title      string
	A          *ArticleView
	Published  string
	Original   string
	Paragraphs []string
	Officials  []officialView
	Documents  []documentView
	Archived   string // path of the archived copy, or ""
	ArchiveAbs string // absolute URL of the archived copy, for citing
	Captured   string
	SiteSearch string
}

type officialView struct {
	Name, URL, TimelineURL string
	Titles                 []string
}

type documentView struct {
	Label, Canonical, URL, DocURL, Date, Issuer string
}

func (s *Server) handleArticlePage(w http.ResponseWriter, r *http.Request) {
	a, err := s.search.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := articlePage{Title: a.Title, A: a, Published: fmtTime(a.Published), Original: safeHTTP(a.URL),
		Captured: fmtTime(a.Archive.Captured)}
	if p.Title == "" {
		p.Title = "(không có tiêu đề)"
	}
	for _, para := range strings.Split(a.Text, "\n") {
		// The extractor puts the lead (summary) first in the text too; the
		// page shows it once, set apart.
		if para = strings.TrimSpace(para); para != "" && !(len(p.Paragraphs) == 0 && para == strings.TrimSpace(a.Summary)) {
			p.Paragraphs = append(p.Paragraphs, para)
		}
	}
	for _, o := range a.Officials {
		p.Officials = append(p.Officials, officialView{Name: o.Name, Titles: o.Titles,
			URL: link("/", Request{Official: o.Name}), TimelineURL: withParam("/officials", "name", o.Name)})
	}
	for _, d := range a.Documents {
		label := strings.TrimSpace(d.Type + " " + d.Number)
		p.Documents = append(p.Documents, documentView{Label: label, Canonical: d.Canonical,
			URL: link("/", Request{Doc: d.Canonical}), DocURL: withParam("/documents", "number", d.Canonical),
			Date: d.Date, Issuer: d.Issuer})
	}
	if a.Site != "" {
		p.SiteSearch = link("/", Request{Site: a.Site})
	}
	if s.archive != nil && a.Archive.WARC != "" {
		p.Archived = "/archive/" + url.PathEscape(a.ID)
		p.ArchiveAbs = "http://" + r.Host + p.Archived
	}
	s.render(w, r, http.StatusOK, "article", p)
}

// archivePage frames an archived copy.
type archivePage struct {
	Title, Original, Captured, RawURL, ArticleURL string
}

func (s *Server) handleArchiveFrame(w http.ResponseWriter, r *http.Request) {
	a, err := s.search.Article(r.Context(), r.PathValue("id"))
	if err == nil && (s.archive == nil || a.Archive.WARC == "") {
		err = ErrNotFound
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	id := url.PathEscape(a.ID)
	s.render(w, r, http.StatusOK, "archive", archivePage{Title: a.Title, Original: a.URL, Captured: fmtTime(a.Archive.Captured),
		RawURL: "/archive/" + id + "/raw", ArticleURL: "/article/" + id})
}

// handleArchiveRaw serves the archived response body inside a CSP sandbox:
// the browser runs none of its scripts and loads nothing from elsewhere.
func (s *Server) handleArchiveRaw(w http.ResponseWriter, r *http.Request) {
	a, err := s.search.Article(r.Context(), r.PathValue("id"))
	if err == nil && (s.archive == nil || a.Archive.WARC == "") {
		err = ErrNotFound
	}
	if err == nil && !localName(a.Archive.WARC) {
		err = fmt.Errorf("archive location %q: %w", a.Archive.WARC, ErrNotFound)
	}
	var hdr http.Header
	var body []byte
	if err == nil {
		hdr, body, err = s.archive.ReadArchived(r.Context(), a.Archive)
	}
	if err != nil {
		code, msg := status(err)
		s.logFailure(r, code, err)
		http.Error(w, msg, code)
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", archiveCSP)
	h.Set("Cache-Control", "no-store")
	h.Del("X-Frame-Options")
	h.Set("X-Frame-Options", "SAMEORIGIN")
	h.Set("Content-Type", archivedType(hdr.Get("Content-Type")))
	if !strings.HasPrefix(h.Get("Content-Type"), "text/html") && !strings.HasPrefix(h.Get("Content-Type"), "image/") {
		h.Set("Content-Disposition", "attachment")
	}
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

// archivedType keeps an archived HTML or image type (with its charset);
// anything else is served as a download.
func archivedType(ct string) string {
	mt := strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	switch {
	case mt == "" || mt == "text/html" || mt == "application/xhtml+xml":
		cs := charsetOf(ct)
		if cs == "" {
			return "text/html"
		}
		return "text/html; charset=" + cs
	case strings.HasPrefix(mt, "image/") && mt != "image/svg+xml":
		return mt
	default:
		return "application/octet-stream"
	}
}

func charsetOf(ct string) string {
	for _, part := range strings.Split(ct, ";")[1:] {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if ok && strings.EqualFold(k, "charset") {
			v = strings.Trim(v, `"' `)
			for _, c := range v {
				if !(c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
					return ""
				}
			}
			return v
		}
	}
	return ""
}

// localName reports whether a WARC name from the index is a plain file name
// of the archive directory: no directory part, nothing hidden, no "..".
func localName(p string) bool {
	return p != "" && !strings.ContainsAny(p, "/\\\x00") && !strings.HasPrefix(p, ".")
}
