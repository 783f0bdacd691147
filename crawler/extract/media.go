package extract

import (
	"net/url"
	"path"
	"slices"
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
func (pg *page) attachments(body *html.Node, links []*html.Node) []data.Attachment {
	if body == nil {
		return nil
	}
	var out []data.Attachment
	for _, a := range links {
		href := attr(a, "href")
		if !pg.mayLinkFile(href) {
			continue
		}
		u := pg.resolve(href)
		if u == "" || seenURL(out, u) || !isFileLink(u) {
			continue
		}
		name := lineText(a)
		if name == "" {
			name = attr(a, "title")
		}
		out = append(out, data.Attachment{URL: u, Name: name})
	}
	return out
}

// seenURL reports whether an attachment of out has URL u (a page links a
// handful of files: a search costs less than a map).
func seenURL(out []data.Attachment, u string) bool {
	for i := range out {
		if out[i].URL == u {
			return true
		}
	}
	return false
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
func (pg *page) captions(body *html.Node, sels []selector, drop map[*html.Node]bool, bn *bodyNodes) []string {
	if body == nil {
		return nil
	}
	var out []string
	addText := func(t string) {
		// out holds every text added so far: a page has a few captions
		if t == "" || slices.Contains(out, t) || runesOver(t, 300) {
			return
		}
		out = append(out, t)
	}
	for i := range sels {
		s := &sels[i]
		if !pg.tok.possibleAt(s) {
			continue
		}
		for _, n := range cascadia.QueryAll(body, s.m) {
			addText(lineText(n))
		}
	}
	for _, n := range bn.captions {
		if !dropped(n, drop) {
			addText(lineText(n))
		}
	}
	for _, img := range bn.imgs {
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
	if len(drop) == 0 {
		return false
	}
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
		if tbl != nil && countTag(tbl, "img", 2) == 1 && countTag(tbl, "td", 4) <= 3 {
			if t := lineText(tbl); t != "" && !runesOver(t, 300) {
				return t
			}
		}
		return ""
	}
	if t := lineText(blk); t != "" {
		// Image and text in one block: the text is a caption when styled.
		if !runesOver(t, 200) && signatureStyled(blk) {
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
	if next == nil || countTag(next, "img", 1) > 0 {
		return ""
	}
	t := lineText(next)
	if t == "" || runesOver(t, 250) {
		return ""
	}
	al := strings.ToLower(attr(next, "align") + attr(next, "style"))
	if signatureStyled(next) || strings.Contains(al, "center") || strings.Contains(classID(next), "caption") {
		return t
	}
	return ""
}

// bodyNodes are the elements of the body that captions and attachments
// read, gathered in one walk, each list in document order.
type bodyNodes struct {
	captions []*html.Node // pg.queryGroup(body, captionGroup)
	imgs     []*html.Node // queryAll(body, "img")
	links    []*html.Node // queryAll(body, "a[href]")
	buf      [12]*html.Node
}

// scanBody walks body once for its bodyNodes (the page's, filled once).
func (pg *page) scanBody(body *html.Node) *bodyNodes {
	bn := &pg.bn
	if body == nil {
		return bn
	}
	// The three lists start in buf, four places each.
	bn.captions, bn.imgs, bn.links = bn.buf[0:0:4], bn.buf[4:4:8], bn.buf[8:8:12]
	var buf [16]selector
	group := buf[:0]
	for i := range captionGroup.sels {
		if pg.tok.possibleAt(&captionGroup.sels[i]) {
			group = append(group, captionGroup.sels[i])
		}
	}
	for n := next(body, body); n != nil; n = next(body, n) {
		for i := range group {
			if group[i].matches(n) {
				bn.captions = append(bn.captions, n)
				break
			}
		}
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "img":
			bn.imgs = append(bn.imgs, n)
		case "a":
			if hasAttr(n, "href") {
				bn.links = append(bn.links, n)
			}
		}
	}
	return bn
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// mayLinkFile is false when href cannot resolve to a URL isFileLink
// accepts, so that most links cost no URL parsing: every slash-separated
// part of the resolved URL comes from href or from the base URL, so with
// no part of the base URL named like a file, href must name one itself:
// hold "." and the first letters of a file type (in any case), or a "%"
// escape or non-ASCII letter that could hide them.
func (pg *page) mayLinkFile(href string) bool {
	if !pg.baseClean() {
		return true
	}
	for i := 0; i < len(href); i++ {
		if href[i] >= utf8.RuneSelf {
			return true // case mappings outside ASCII: left to isFileLink
		}
		switch href[i] {
		case '%':
			return true
		case '.':
			if fileTypeAt(href, i+1) {
				return true
			}
		}
	}
	return false
}

// fileTypePrefixes are the starts of the attachment types after the dot.
var fileTypePrefixes = []string{"pdf", "doc", "xls", "ppt", "od", "rtf", "zip", "rar", "7z"}

// fileTypeAt reports whether one of fileTypePrefixes is written at s[i],
// in any case.
func fileTypeAt(s string, i int) bool {
	for _, p := range fileTypePrefixes {
		if len(s)-i >= len(p) && strings.EqualFold(s[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// baseClean reports whether no slash-separated part of the base URL
// (before its query) carries an attachment's file type; computed once.
func (pg *page) baseClean() bool {
	if pg.baseState == 0 {
		pg.baseState = 2
		if pg.baseURL == nil {
			pg.baseState = 1 // only absolute links resolve: all from href
		} else if u := pg.baseURL; plainBase(u) {
			// u.String() before its query is scheme "://" host path: the
			// scheme's part ("https:") never ends in a file type
			if cleanParts(u.Host) && cleanParts(u.Path) {
				pg.baseState = 1
			}
		} else {
			b := u.String()
			if i := strings.IndexAny(b, "?#"); i >= 0 {
				b = b[:i]
			}
			if cleanParts(b) {
				pg.baseState = 1
			}
		}
	}
	return pg.baseState == 1
}

// cleanParts reports whether no slash-separated part of s holds a "%" or
// ends in an attachment's file type.
func cleanParts(s string) bool {
	for rest := s; ; {
		// each part of strings.Split(s, "/")
		seg, tail, more := strings.Cut(rest, "/")
		if strings.Contains(seg, "%") || attachmentExt[strings.ToLower(path.Ext(seg))] {
			return false
		}
		if !more {
			return true
		}
		rest = tail
	}
}

// plainBase reports whether u.String() is its scheme, "://", its host and
// its path as they are, then the query and fragment: a scheme, a plain
// host (plainHost), no user, and a path that is empty or an absolute path
// of letters, digits and "-_.~/", which URL escaping leaves alone.
func plainBase(u *url.URL) bool {
	if u.Scheme == "" || u.Host == "" || u.User != nil || u.Opaque != "" || u.RawPath != "" || !plainHost(u.Host) {
		return false
	}
	p := u.Path
	if p == "" {
		return true
	}
	if p[0] != '/' {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
			return false
		}
	}
	return true
}
