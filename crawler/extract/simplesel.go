package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// simpleSel is a CSS selector of the plainest kind, matched without
// cascadia: compounds of an element name, classes and ids, joined by
// descendant (" ") or child (">") combinators ("h2.title",
// ".asset-full-content .journal-content-article", "#a > p"). It matches
// exactly what cascadia matches for the same text.
type simpleSel struct {
	parts []compound // left to right
	combs []byte     // combs[i] joins parts[i] and parts[i+1]: ' ' or '>'
}

// compound is one compound of a simpleSel.
type compound struct {
	tag     string // "" for any element
	classes []string
	ids     []string
}

// parseSimple reads s as a simpleSel, nil when s is anything else
// (groups, attributes, pseudo-classes, sibling combinators, escapes,
// names outside [A-Za-z_][A-Za-z0-9_-]*, white space other than single
// spaces around combinators).
func parseSimple(s string) *simpleSel {
	sel := &simpleSel{}
	i := 0
	for {
		c, j, ok := parseCompound(s, i)
		if !ok {
			return nil
		}
		sel.parts = append(sel.parts, c)
		i = j
		if i == len(s) {
			return sel
		}
		// a combinator: " ", ">", " > ", " >", "> "
		comb := byte(' ')
		if s[i] == ' ' {
			i++
		}
		if i < len(s) && s[i] == '>' {
			comb = '>'
			i++
			if i < len(s) && s[i] == ' ' {
				i++
			}
		}
		if i == len(s) || i == j {
			return nil
		}
		sel.combs = append(sel.combs, comb)
	}
}

// parseCompound reads a compound at s[i:], returning where it ends.
func parseCompound(s string, i int) (compound, int, bool) {
	var c compound
	start := i
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || i > start && '0' <= s[i] && s[i] <= '9') {
		i++
	}
	c.tag = s[start:i]
	for i < len(s) && (s[i] == '.' || s[i] == '#') {
		mark := s[i]
		i++
		ns := i
		for i < len(s) && isNameByte(s[i], i == ns) {
			i++
		}
		if i == ns {
			return c, i, false
		}
		if mark == '.' {
			c.classes = append(c.classes, s[ns:i])
		} else {
			c.ids = append(c.ids, s[ns:i])
		}
	}
	if i == start || i < len(s) && s[i] != ' ' && s[i] != '>' {
		return c, i, false
	}
	return c, i, true
}

// isNameByte reports whether c may be in a class or id name of a
// simpleSel (first: at its start).
func isNameByte(c byte, first bool) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || !first && ('0' <= c && c <= '9' || c == '-')
}

// match reports whether n matches the selector.
func (s *simpleSel) match(n *html.Node) bool { return s.matchAt(len(s.parts)-1, n) }

// matchAt matches parts[:k+1] with n as the subject of parts[k].
func (s *simpleSel) matchAt(k int, n *html.Node) bool {
	if !s.parts[k].match(n) {
		return false
	}
	if k == 0 {
		return true
	}
	if s.combs[k-1] == '>' {
		return n.Parent != nil && s.matchAt(k-1, n.Parent)
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if s.matchAt(k-1, p) {
			return true
		}
	}
	return false
}

// match reports whether element n has the compound's name, classes and
// ids (cascadia: any class attribute holding the class among its
// white-space separated words, any id attribute equal to the id).
func (c *compound) match(n *html.Node) bool {
	if n.Type != html.ElementNode || c.tag != "" && n.Data != c.tag {
		return false
	}
	for _, cl := range c.classes {
		if !hasAttrWord(n, "class", cl) {
			return false
		}
	}
	for _, id := range c.ids {
		found := false
		for _, a := range n.Attr {
			if a.Key == "id" && a.Val == id {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// hasAttrWord reports whether an attribute key of n holds w as one of its
// words separated by " \t\r\n\f".
func hasAttrWord(n *html.Node, key, w string) bool {
	for _, a := range n.Attr {
		if a.Key == key && hasWord(a.Val, w) {
			return true
		}
	}
	return false
}

// hasWord reports whether w (not empty) is one of the words of s
// separated by " \t\r\n\f": an occurrence with a separator or an end on
// either side.
func hasWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		if (i == 0 || isWordSep(s[i-1])) && (end == len(s) || isWordSep(s[end])) {
			return true
		}
		off = i + 1
	}
}

func isWordSep(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'
}
