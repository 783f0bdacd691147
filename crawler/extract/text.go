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
	if isASCIIString(s) {
		return collapseSpace(s) // what the steps below come to on ASCII
	}
	s, _ = vn.FixLegacy(s)
	s = vn.NFC(s)
	if strings.ContainsRune(s, '\u00AD') {
		s = strings.ReplaceAll(s, "\u00AD", "")
	}
	return collapseSpace(s)
}

// collapseSpace makes every run of white space one space and trims the
// ends.
func collapseSpace(s string) string {
	// Simple: no white space but single inner spaces (each test a fast
	// scan of the string).
	if !strings.HasPrefix(s, " ") && !strings.HasSuffix(s, " ") && !strings.Contains(s, "  ") &&
		strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\t') < 0 && strings.IndexByte(s, '\r') < 0 &&
		strings.IndexByte(s, '\f') < 0 && strings.IndexByte(s, '\v') < 0 && !hasWideSpace(s) {
		return s
	}
	return joinFields(s)
}

// hasWideSpace reports whether s holds white space outside ASCII (U+0085,
// U+2028, U+3000, …), which joinFields treats as a space too.
func hasWideSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.IndexFunc(s[i:], func(r rune) bool { return r >= utf8.RuneSelf && unicode.IsSpace(r) }) >= 0
		}
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
