package web

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// allowedTags is every element the templates write. Injected markup shows
// up as an element outside this set, or as an attribute below.
var allowedTags = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "link": true, "body": true, "a": true, "header": true,
	"nav": true, "main": true, "footer": true, "form": true, "div": true, "label": true, "input": true, "button": true,
	"details": true, "summary": true, "p": true, "select": true, "option": true, "section": true, "h1": true, "h2": true,
	"ul": true, "ol": true, "li": true, "time": true, "strong": true, "aside": true, "span": true, "figure": true,
	"svg": true, "rect": true, "text": true, "figcaption": true, "article": true, "code": true, "iframe": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true, "caption": true, "mark": true,
}

// assertSafeHTML fails when a page carries an element the templates never
// write, an event-handler attribute, or a link, source or action that is
// not http(s) or relative.
func assertSafeHTML(t *testing.T, body string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if !allowedTags[tok.Data] {
				t.Errorf("page carries element <%s>: %s", tok.Data, tok.String())
			}
			for _, a := range tok.Attr {
				k := strings.ToLower(a.Key)
				if strings.HasPrefix(k, "on") {
					t.Errorf("page carries event handler %s=%q on <%s>", a.Key, a.Val, tok.Data)
				}
				if k == "href" || k == "src" || k == "action" || k == "xlink:href" || k == "formaction" {
					if u, err := url.Parse(strings.TrimSpace(a.Val)); err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
						t.Errorf("page carries %s=%q on <%s>", a.Key, a.Val, tok.Data)
					}
				}
				if k == "style" {
					t.Errorf("page carries an inline style on <%s> (blocked by the CSP)", tok.Data)
				}
			}
		}
	}
}
