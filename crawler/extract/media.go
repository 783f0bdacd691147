package extract

import (
	"path"
	"strings"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnarchive/vnarchive/data"
)

// Attachments and image captions.

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
	for _, n := range pg.queryGroup(body, captionGroup) {
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
