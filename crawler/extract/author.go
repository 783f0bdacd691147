package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// authorPrefixes are labels before an author's name or unit.
var authorPrefixes = []string{"Tác giả:", "Tác giả", "Người viết:", "Bài, ảnh:", "Bài và ảnh:", "Bài:", "Nguồn:", "Theo:", "Author:", "Source:"}

// cleanAuthor strips labels and brackets around an author line.
func cleanAuthor(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range authorPrefixes {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	s = strings.Trim(s, " -–—()[]")
	return strings.TrimSpace(s)
}

// authorLine decides whether the last paragraph of a body is its author or
// unit. On profiles that say so any short line qualifies; otherwise it must
// look like a signature: right-aligned, wholly bold or italic, or labelled.
func authorLine(pa para, lastParagraphRule bool) (string, bool) {
	s := pa.text
	if s == "" || runesOver(s, 80) || strings.Contains(s, "\n") || len(strings.Fields(s)) > 14 {
		return "", false
	}
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, ",") {
		return "", false
	}
	if isDateLine(s) || isBoilerLine(s) {
		return "", false
	}
	labelled := false
	for _, p := range authorPrefixes {
		if strings.HasPrefix(s, p) {
			labelled = true
		}
	}
	if !lastParagraphRule && !labelled && !signatureStyled(pa.block) {
		return "", false
	}
	if au := cleanAuthor(s); au != "" {
		return au, true
	}
	return "", false
}

// signatureStyled reports whether a block is right-aligned, wholly bold or
// italic, or classed as an author line.
func signatureStyled(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	if strings.EqualFold(attr(n, "align"), "right") || strings.Contains(strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", ""), "text-align:right") {
		return true
	}
	ci := classID(n)
	if strings.Contains(ci, "author") || strings.Contains(ci, "tacgia") || strings.Contains(ci, "tac-gia") || strings.Contains(ci, "signature") {
		return true
	}
	// Wholly inside <strong>/<b>/<em>/<i>: every non-blank text node has
	// such an ancestor below n.
	styled := true
	var walk func(c *html.Node, inside bool)
	walk = func(c *html.Node, inside bool) {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" && !inside {
			styled = false
		}
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Strong, atom.B, atom.Em, atom.I:
				inside = true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k, inside)
		}
	}
	walk(n, false)
	return styled
}
