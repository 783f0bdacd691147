package extract

import (
	"encoding/json"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnarchive/vnarchive/data"
)

// The generic fallback: what the extractor does on a portal no profile
// knows, and for the fields a profile leaves out.

// genericTitle picks the title from the page's headings, og:title and
// <title>: the first <h1> outside page chrome that <title> contains, else
// og:title, else the first such <h1>, else <title> without its site (and
// category) suffix.
func (pg *page) genericTitle() string {
	var titleTag string
	if pg.title != nil {
		titleTag = lineText(pg.title)
	}
	og := normLine(pg.metas["property:og:title"])
	var h1s []string
	for _, h := range queryAll(pg.root, "h1, h2.title, h2.detail-title, h3.title") {
		if inChrome(h) {
			continue
		}
		if t := lineText(h); t != "" && utf8.RuneCountInString(t) <= 400 {
			h1s = append(h1s, t)
		}
	}
	for _, h := range h1s {
		if titleTag != "" && strings.Contains(titleTag, h) && utf8.RuneCountInString(h) >= 10 {
			return h
		}
	}
	if og != "" {
		return og
	}
	if len(h1s) > 0 {
		return h1s[0]
	}
	return stripTitleSuffix(titleTag)
}

// stripTitleSuffix drops the " - Category - Site" tail of a <title>.
func stripTitleSuffix(t string) string {
	for _, sep := range []string{" - ", " | ", " – ", " :: "} {
		parts := strings.Split(t, sep)
		switch {
		case len(parts) >= 3:
			return strings.Join(parts[:len(parts)-2], sep)
		case len(parts) == 2:
			return parts[0]
		}
	}
	return t
}

// inChrome reports whether n sits in the page's header, navigation, footer
// or a side column.
func inChrome(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Header, atom.Nav, atom.Footer, atom.Aside:
			return true
		}
		if ci := classID(p); reNegClass.MatchString(ci) && !rePosClass.MatchString(ci) {
			return true
		}
	}
	return false
}

// mainContent finds the element holding the article text by scoring the
// parents of text paragraphs (the readability idea): long, comma-rich
// paragraphs add to their parent and less to their grandparents; class and
// id names and link density adjust the score.
func (pg *page) mainContent() *html.Node {
	body := pg.body
	if body == nil {
		body = pg.root
	}
	scores := map[*html.Node]float64{}
	var order []*html.Node
	add := func(n *html.Node, s float64) {
		if n == nil || n.Type != html.ElementNode {
			return
		}
		if _, ok := scores[n]; !ok {
			order = append(order, n)
		}
		scores[n] += s
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipped(n) {
				return
			}
			switch n.DataAtom {
			case atom.Nav, atom.Footer, atom.Aside, atom.Header:
				return
			}
			if paragraphLike(n) {
				runes, _, commas := textStats(n)
				if runes >= 25 {
					s := 1 + float64(commas) + min(float64(runes)/100, 3)
					add(n.Parent, s)
					if n.Parent != nil {
						add(n.Parent.Parent, s/2)
						if n.Parent.Parent != nil {
							add(n.Parent.Parent.Parent, s/3)
						}
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	// Class names and link density are costly to weigh: only the best
	// candidates by text score get them.
	sort.SliceStable(order, func(i, j int) bool { return scores[order[i]] > scores[order[j]] })
	if len(order) > 10 {
		order = order[:10]
	}
	var best *html.Node
	bestScore := 0.0
	for _, n := range order {
		s := (scores[n] + classWeight(n)) * (1 - linkDensity(n))
		if best == nil || s > bestScore {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return body
	}
	return best
}

// paragraphLike reports whether n is a unit of text for scoring: a <p>,
// <pre>, <blockquote>, a table cell, or a <div> without block children.
func paragraphLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Blockquote, atom.Td:
		return true
	case atom.Div, atom.Span:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && isBlock(c.DataAtom) {
				return false
			}
		}
		return n.DataAtom == atom.Div
	}
	return false
}

// classWeight is +25 for article-like class or id names and −25 for
// boilerplate-like ones.
func classWeight(n *html.Node) float64 {
	ci := classID(n)
	if strings.TrimSpace(ci) == "" {
		return 0
	}
	w := 0.0
	if reNegClass.MatchString(ci) {
		w -= 25
	}
	if rePosClass.MatchString(ci) {
		w += 25
	}
	return w
}

// linkDensity is the share of n's text that sits inside links.
func linkDensity(n *html.Node) float64 {
	total, linked, _ := textStats(n)
	if total == 0 {
		return 1
	}
	return min(float64(linked)/float64(total), 1)
}

// textStats counts, without building strings, the non-space runes of the
// text under n, those of them inside links, and the commas.
func textStats(n *html.Node) (runes, linked, commas int) {
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				if r == ' ' || r == '\n' || r == '\t' || r == '\r' {
					continue
				}
				runes++
				if inLink {
					linked++
				}
				if r == ',' {
					commas++
				}
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.A:
				inLink = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return runes, linked, commas
}

// dropBoilerplate marks the chrome inside a detected body: navigation,
// forms, side boxes, link lists, and containers with boilerplate names.
func (pg *page) dropBoilerplate(body *html.Node, drop map[*html.Node]bool) {
	if body == nil {
		return
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Header:
				if c.DataAtom != atom.Header || linkDensity(c) > 0.5 {
					drop[c] = true
					continue
				}
			case atom.Ul, atom.Ol:
				if linkDensity(c) > 0.7 && len(queryAll(c, "a")) >= 3 {
					drop[c] = true
					continue
				}
			}
			if ci := classID(c); strings.TrimSpace(ci) != "" && reNegClass.MatchString(ci) && !rePosClass.MatchString(ci) {
				drop[c] = true
				continue
			}
			walk(c)
		}
	}
	walk(body)
}

// genericSummary is the lead paragraph when the page marks one.
func (pg *page) genericSummary(body *html.Node) string {
	for _, s := range []string{".sapo", ".lead", ".summary", ".article-summary", ".detail-sapo", ".tomtat", ".chapeau", "[itemprop=description]", "h2.sapo", "p.description"} {
		if n := pg.q(s); n != nil && !inChrome(n) {
			if t := lineText(n); t != "" {
				return t
			}
		}
	}
	return ""
}

// metaAuthor is the author an element outside the body names (a
// "detail-author" line, itemprop=author), else <meta name="author">.
func (pg *page) metaAuthor(body *html.Node) string {
	for _, s := range []string{".detail-author", ".article-author", ".news-author", ".author", ".tac-gia", ".tacgia", "[itemprop=author]"} {
		n := pg.q(s)
		if n == nil || (body != nil && hasAncestor(n, body)) || inChrome(n) {
			continue
		}
		if t := cleanAuthor(lineText(n)); t != "" && utf8.RuneCountInString(t) <= 80 {
			return t
		}
	}
	if t := cleanAuthor(normLine(pg.metas["name:author"])); t != "" && utf8.RuneCountInString(t) <= 80 {
		return t
	}
	return ""
}

// genericCategory is the last breadcrumb item that is neither the home
// page nor the title, else article:section, else the middle part of a
// three-part <title>.
func (pg *page) genericCategory(title string) string {
	for _, s := range []string{".breadcrumb", ".breadcrumbs", "[itemtype*=BreadcrumbList]", `nav[aria-label*=readcrumb]`, "#breadcrumb", ".bread-crumb", ".duongdan", ".path", ".dd_chuyenmuc"} {
		n := pg.q(s)
		if n == nil {
			continue
		}
		items := queryAll(n, "li, a, span, p")
		var last string
		for _, it := range items {
			t := lineText(it)
			if t == "" || t == title || isBoilerLine(t) || strings.ContainsAny(t, "›»>/") && utf8.RuneCountInString(t) > 60 {
				continue
			}
			last = t
		}
		if last == "" {
			// A plain text trail: "Trang chủ > Tin tức > Category".
			parts := strings.FieldsFunc(lineText(n), func(r rune) bool { return r == '>' || r == '»' || r == '›' || r == '/' })
			for i := len(parts) - 1; i >= 0; i-- {
				if t := strings.TrimSpace(parts[i]); t != "" && t != title && !isBoilerLine(t) {
					last = t
					break
				}
			}
		}
		if last != "" {
			return last
		}
	}
	if t := normLine(pg.metas["property:article:section"]); t != "" {
		return t
	}
	if pg.title != nil {
		parts := strings.Split(lineText(pg.title), " - ")
		if len(parts) >= 3 {
			return strings.TrimSpace(parts[len(parts)-2])
		}
	}
	return ""
}

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
		if inChrome(n) {
			continue
		}
		t := lineText(n)
		if utf8.RuneCountInString(t) > 120 {
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
		if utf8.RuneCountInString(pa.text) > 160 {
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

// attachmentExt are the file types linked as attachments.
var attachmentExt = map[string]bool{
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true,
	".odt": true, ".ods": true, ".rtf": true, ".zip": true, ".rar": true, ".7z": true,
}

// attachments are the links to files in the body, absolute, in order,
// without duplicates.
func (pg *page) attachments(body *html.Node) []data.Attachment {
	if body == nil {
		return nil
	}
	var out []data.Attachment
	seen := map[string]bool{}
	for _, a := range queryAll(body, "a[href]") {
		href := attr(a, "href")
		u := pg.resolve(href)
		if u == "" || seen[u] || !isFileLink(u) {
			continue
		}
		seen[u] = true
		name := lineText(a)
		if name == "" {
			name = attr(a, "title")
		}
		out = append(out, data.Attachment{URL: u, Name: name})
	}
	return out
}

// isFileLink reports whether a URL's path names a document file; Liferay's
// /documents/<group>/<folder>/<name> links count when the name has a file
// extension.
func isFileLink(u string) bool {
	p := u
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	ext := strings.ToLower(path.Ext(p))
	if attachmentExt[ext] {
		return true
	}
	if strings.Contains(p, "/documents/") {
		segs := strings.Split(p, "/")
		for _, s := range segs {
			if attachmentExt[strings.ToLower(path.Ext(s))] {
				return true
			}
		}
	}
	return false
}

// captions are the image captions in the body: the profile's caption
// selectors, <figcaption>, and a short paragraph or table cell right under
// an image that is italic, centred or classed as a caption.
func (pg *page) captions(body *html.Node, sels []selector, drop map[*html.Node]bool) []string {
	if body == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	addText := func(t string) {
		if t == "" || seen[t] || utf8.RuneCountInString(t) > 300 {
			return
		}
		seen[t] = true
		out = append(out, t)
	}
	for _, s := range sels {
		if !pg.tok.possible(s) {
			continue
		}
		for _, n := range cascadia.QueryAll(body, s.m) {
			addText(lineText(n))
		}
	}
	for _, n := range queryAll(body, "figcaption, .caption, .image-caption, .img-caption, .chuthich, .chu-thich, .PhotoCMS_Caption, .expNoEdit, td.caption, p.caption") {
		if !dropped(n, drop) {
			addText(lineText(n))
		}
	}
	for _, img := range queryAll(body, "img") {
		if dropped(img, drop) {
			continue
		}
		if t := captionNear(img); t != "" {
			addText(t)
		}
	}
	return out
}

func dropped(n *html.Node, drop map[*html.Node]bool) bool {
	for p := n; p != nil; p = p.Parent {
		if drop[p] {
			return true
		}
	}
	return false
}

// captionNear finds the caption of an image: the text of a small table that
// holds it, or the short styled paragraph right after its own block.
func captionNear(img *html.Node) string {
	// The block that holds the image.
	blk := img.Parent
	for blk != nil && blk.Type == html.ElementNode && !isBlock(blk.DataAtom) {
		blk = blk.Parent
	}
	if blk == nil || blk.Type != html.ElementNode {
		return ""
	}
	if blk.DataAtom == atom.Td || blk.DataAtom == atom.Th {
		// A one-column table: image row, caption row.
		tbl := blk
		for tbl != nil && tbl.DataAtom != atom.Table {
			tbl = tbl.Parent
		}
		if tbl != nil && len(queryAll(tbl, "img")) == 1 && len(queryAll(tbl, "td")) <= 3 {
			if t := lineText(tbl); t != "" && utf8.RuneCountInString(t) <= 300 {
				return t
			}
		}
		return ""
	}
	if t := lineText(blk); t != "" {
		// Image and text in one block: the text is a caption when styled.
		if utf8.RuneCountInString(t) <= 200 && signatureStyled(blk) {
			return t
		}
		return ""
	}
	next := blk.NextSibling
	for next != nil && (next.Type != html.ElementNode) {
		if next.Type == html.TextNode && strings.TrimSpace(next.Data) != "" {
			return ""
		}
		next = next.NextSibling
	}
	if next == nil || len(queryAll(next, "img")) > 0 {
		return ""
	}
	t := lineText(next)
	if t == "" || utf8.RuneCountInString(t) > 250 {
		return ""
	}
	al := strings.ToLower(attr(next, "align") + attr(next, "style"))
	if signatureStyled(next) || strings.Contains(al, "center") || strings.Contains(classID(next), "caption") {
		return t
	}
	return ""
}
