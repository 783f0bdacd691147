package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// Publication time on pages no profile knows.

// genericPublished finds the publication time in machine-readable markup
// (meta, JSON-LD, <time>), then in date elements and labelled date lines.
func (pg *page) genericPublished(body *html.Node) published {
	for _, key := range []string{
		"property:article:published_time", "name:article:published_time", "itemprop:datepublished",
		"name:pubdate", "name:publishdate", "name:dc.date.issued", "name:date", "property:og:published_time",
	} {
		if v, ok := pg.metas[key]; ok {
			if p := parseMachineDate(v); p.ok() {
				return p
			}
		}
	}
	for _, sc := range pg.ldjson {
		if p := jsonLDDate(rawScript(sc)); p.ok() {
			return p
		}
	}
	for _, t := range queryAll(pg.root, "time[datetime], [itemprop=datePublished]") {
		v := attr(t, "datetime")
		if v == "" {
			v = attr(t, "content")
		}
		if p := parseMachineDate(v); p.ok() {
			return p
		}
		if p := parseDateLine(lineText(t)); p.ok() {
			return p
		}
	}
	// Elements named for dates, outside chrome and list items of other news.
	for _, n := range queryAll(pg.root, `[class*=date], [class*=Date], [class*=time], [class*=Time], [id*=date], [id*=Date], [class*=ngay], [class*=publish], [class*=Publish], [id*=lblDate], [class*=block_timer]`) {
		if pg.inChrome(n) {
			continue
		}
		t := lineText(n)
		if runesOver(t, 120) {
			continue
		}
		if p := parseDateLine(t); p.ok() {
			return p
		}
	}
	// Labelled lines anywhere in the page.
	root := pg.body
	if root == nil {
		root = pg.root
	}
	for _, pa := range paragraphs(root, nil) {
		if runesOver(pa.text, 160) {
			continue
		}
		f := strings.ToLower(pa.text)
		for _, label := range []string{"ngày đăng", "ngày cập nhật", "cập nhật", "đăng lúc", "thời gian đăng", "ngày xuất bản", "publish date", "posted", "đăng ngày"} {
			if strings.Contains(f, label) {
				if p := parseDateLine(pa.text); p.ok() {
					return p
				}
			}
		}
	}
	return published{}
}

// parseMachineDate reads an ISO date, or a written one.
func parseMachineDate(v string) published {
	if p := parseISO(v); p.ok() {
		return p
	}
	return parseDateLine(v)
}

func rawScript(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// jsonLDDate finds datePublished in a JSON-LD block (an object, an array,
// or an @graph).
func jsonLDDate(s string) published {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return published{}
	}
	var find func(v any, depth int) published
	find = func(v any, depth int) published {
		if depth > 6 {
			return published{}
		}
		switch x := v.(type) {
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok {
				if p := parseMachineDate(d); p.ok() {
					return p
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if p := find(x[k], depth+1); p.ok() {
					return p
				}
			}
		case []any:
			for _, e := range x {
				if p := find(e, depth+1); p.ok() {
					return p
				}
			}
		}
		return published{}
	}
	return find(v, 0)
}
