package extract

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data/vn"
)

// Normalize returns plain text as the archive stores it: HTML entities
// decoded (pages mix "&agrave;" and "&#7897;" with UTF-8), TCVN3 or VNI
// lines converted, Unicode NFC with lookalikes mended (Ð → Đ), soft hyphens
// and zero-width characters dropped, runs of spaces made one space, line
// ends trimmed and line breaks "\n". Paragraph breaks (blank lines) are
// kept, at most one blank line in a row.
func Normalize(s string) string {
	if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // drop leading blank lines
	for _, l := range lines {
		l = normLine(l)
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

// normLine normalises one line of text: legacy encodings, NFC, soft
// hyphens, and white space collapsed and trimmed.
func normLine(s string) string {
	if ascii, collapse := scanASCII(s); ascii {
		// what the steps below come to on ASCII: collapseSpace
		if collapse {
			return joinFields(s)
		}
		return s
	}
	s, _ = vn.FixLegacy(s)
	s = vn.NFC(s)
	collapse, shy := scanSpace(s, true)
	switch {
	case shy:
		return collapseSpace(strings.ReplaceAll(s, "\u00AD", ""))
	case collapse:
		return joinFields(s)
	}
	return s
}

// collapseSpace makes every run of white space one space and trims the
// ends.
func collapseSpace(s string) string {
	if collapse, _ := scanSpace(s, false); !collapse {
		return s // no white space but single inner spaces
	}
	return joinFields(s)
}

// Kinds of bytes for scanSpace: an ASCII space, other ASCII white space,
// and the first bytes of the white space outside ASCII (and of the soft
// hyphen).
const (
	spNone  = iota
	spSpace // ' '
	spOther // \t \n \v \f \r
	spC2    // U+0085, U+00A0; U+00AD the soft hyphen
	spE1    // U+1680
	spE2    // U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F
	spE3    // U+3000
)

// spaceKind is the kind of each byte.
var spaceKind = func() (t [256]uint8) {
	t[' '] = spSpace
	for _, c := range "\t\n\v\f\r" {
		t[c] = spOther
	}
	t[0xC2], t[0xE1], t[0xE2], t[0xE3] = spC2, spE1, spE2, spE3
	return t
}()

// scanSpace reads s once and reports whether it holds white space
// (unicode.IsSpace) other than single spaces between words, which
// joinFields would change, and, when shy is asked for, whether it holds a
// soft hyphen. It stops at the first white space to collapse when shy is
// not asked for or already found.
func scanSpace(s string, wantShy bool) (collapse, shy bool) {
	n := len(s)
	for i := 0; i < n; i++ {
		k := spaceKind[s[i]]
		if k == spNone {
			continue
		}
		switch k {
		case spSpace:
			if i > 0 && i+1 < n && s[i+1] != ' ' {
				continue
			}
		case spOther:
		case spC2:
			if i+1 >= n {
				continue
			}
			if c := s[i+1]; c == 0xAD {
				shy = true
				if collapse && wantShy {
					return collapse, shy
				}
				continue
			} else if c != 0x85 && c != 0xA0 {
				continue
			}
		case spE1:
			if i+2 >= n || s[i+1] != 0x9A || s[i+2] != 0x80 {
				continue
			}
		case spE2:
			if i+2 >= n || !wideSpaceE2(s[i+1], s[i+2]) {
				continue
			}
		case spE3:
			if i+2 >= n || s[i+1] != 0x80 || s[i+2] != 0x80 {
				continue
			}
		}
		collapse = true
		if shy || !wantShy {
			return collapse, shy
		}
	}
	return collapse, shy
}

// scanASCII reports whether s is all ASCII and, when it is, whether its
// white space needs collapsing (scanSpace on ASCII), in one pass that
// stops at the first byte outside ASCII.
func scanASCII(s string) (ascii, collapse bool) {
	n := len(s)
	for i := 0; i < n; i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return false, false
		case c == ' ':
			if i == 0 || i+1 == n || s[i+1] == ' ' {
				collapse = true
			}
		case c <= '\r' && c >= '\t':
			collapse = true
		}
	}
	return true, collapse
}

// wideSpaceE2 reports whether E2 b1 b2 is white space: U+2000 to U+200A,
// U+2028, U+2029, U+202F or U+205F.
func wideSpaceE2(b1, b2 byte) bool {
	switch b1 {
	case 0x80:
		return b2 >= 0x80 && b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF
	case 0x81:
		return b2 == 0x9F
	}
	return false
}

// joinFields is strings.Join(strings.Fields(s), " ") in one pass: the
// words between runs of white space (unicode.IsSpace), copied as they
// are, one space between them.
func joinFields(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := -1 // where the current word starts, -1 between words
	for i := 0; i < len(s); {
		c := s[i]
		sp, size := false, 1
		if c < utf8.RuneSelf {
			sp = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
		}
		switch {
		case sp && start >= 0:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s[start:i])
			start = -1
		case !sp && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:])
	}
	return b.String()
}

// runesOver is utf8.RuneCountInString(s) > n, counting no further than
// needed: a rune takes one to four bytes.
func runesOver(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	if len(s) > 4*n {
		return true
	}
	c := 0
	for range s {
		c++
		if c > n {
			return true
		}
	}
	return false
}
