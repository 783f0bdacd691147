package web

import (
	"bytes"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// parsePages parses every page template with the shared layout. A template
// error is a programming error caught by the tests, so it panics.
func parsePages() map[string]*template.Template {
	funcs := template.FuncMap{
		"when":    fmtTime,
		"day":     fmtDay,
		"safeURL": safeHTTP,
	}
	base := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html"))
	pages := map[string]*template.Template{}
	for _, name := range []string{"search", "article", "archive", "officials", "documents", "error"} {
		t := template.Must(base.Clone())
		pages[name] = template.Must(t.ParseFS(templateFS, "templates/"+name+".html"))
	}
	return pages
}

// render writes page name with status code. The page is rendered into a
// buffer first so that a template failure never sends half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, v any) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout.html", v); err != nil {
		s.log.Error("render page", "page", name, "err", err)
		http.Error(w, "lỗi máy chủ (internal error)", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		_, _ = w.Write(buf.Bytes())
	}
}

// errorPage is the view of a failed page request.
type errorPage struct {
	Title, Message string
	Code           int
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := status(err)
	s.logFailure(r, code, err)
	s.render(w, r, code, "error", errorPage{Title: http.StatusText(code), Message: msg, Code: code})
}

var (
	vnZone = func() *time.Location {
		if l, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
			return l
		}
		return time.FixedZone("ICT", 7*3600)
	}()
)

// parseTime reads an RFC 3339 time or a bare date.
func parseTime(s string) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(vnZone), true
	}
	if t, err := time.ParseInLocation("2006-01-02", s, vnZone); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// fmtTime shows a publication time the Vietnamese way: "28/02/2024 16:38",
// or the day alone when the time is midnight; unparseable values as they are.
func fmtTime(s string) string {
	t, ok := parseTime(s)
	if !ok {
		return s
	}
	if t.Hour() == 0 && t.Minute() == 0 {
		return t.Format("02/01/2006")
	}
	return t.Format("02/01/2006 15:04")
}

// fmtDay shows the calendar day of a time or date.
func fmtDay(s string) string {
	t, ok := parseTime(s)
	if !ok {
		return s
	}
	return t.Format("02/01/2006")
}

// safeHTTP returns u when it is an absolute http(s) URL, else "" (the
// templates then show no link): javascript:, data: and the like never become
// links.
func safeHTTP(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// snippetHTML makes a snippet safe whatever the search side sent: every
// character is escaped except balanced <mark> and </mark> tags. Text that was
// already escaped stays escaped once.
func snippetHTML(s string) template.HTML {
	var b strings.Builder
	open := false
	for s != "" {
		i := strings.Index(s, "<mark>")
		j := strings.Index(s, "</mark>")
		next, tag, tagLen := len(s), "", 0
		if i >= 0 && (j < 0 || i < j) {
			next, tag, tagLen = i, "open", len("<mark>")
		} else if j >= 0 {
			next, tag, tagLen = j, "close", len("</mark>")
		}
		b.WriteString(html.EscapeString(html.UnescapeString(s[:next])))
		switch {
		case tag == "open" && !open:
			b.WriteString("<mark>")
			open = true
		case tag == "close" && open:
			b.WriteString("</mark>")
			open = false
		}
		s = s[next+tagLen:]
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String()) //nolint:gosec // built above from escaped text and balanced <mark> only
}

// plainSnippet is the snippet as plain text (for CSV).
func plainSnippet(s string) string {
	s = strings.ReplaceAll(s, "<mark>", "")
	s = strings.ReplaceAll(s, "</mark>", "")
	return html.UnescapeString(s)
}

// values writes a request as URL parameters with the contract's names,
// omitting empty ones, so that a URL holds the whole query.
func values(r Request) url.Values {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("q", r.Query)
	set("official", r.Official)
	set("doc", r.Doc)
	set("type", r.Type)
	set("site", r.Site)
	set("from", r.From)
	set("to", r.To)
	if r.Sort != "" && r.Sort != "relevance" {
		set("sort", r.Sort)
	}
	if r.Limit > 0 {
		v.Set("limit", itoa(r.Limit))
	}
	set("after", r.After)
	return v
}

// link is the URL of path with the query of r.
func link(path string, r Request) string {
	q := values(r).Encode()
	if q == "" {
		return path
	}
	return path + "?" + q
}
