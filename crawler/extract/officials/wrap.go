package officials

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped text (legal pages copied at ~80 columns) breaks names and
// titles anywhere: "Bộ trưởng Bộ Tư pháp Lê Thành\nLong". unwrap reads such
// breaks as spaces, so a wrapped "<title> <name>" list parses like the
// one-line form. A block of lines is hard-wrapped when three or more of its
// lines fill the width (wrapMin–wrapMax runes) and two or more lines go on
// from the line before in small letters; inside such a block a full line
// is joined to the next unless the next starts an item ("- ", "+ ", "1.",
// "a)") or a cell ("|"), or a sentence ends at the break. Lists of short
// lines, paragraphs of any length and headings keep their breaks.

const (
	wrapMin = 50  // a line this long may have been wrapped
	wrapMax = 100 // wider lines are paragraphs, not wrapped text
)

// unwrap returns text with the line breaks of hard-wrapped blocks made
// spaces; byte offsets are unchanged.
func unwrap(text string) string {
	if strings.Count(text, "\n") < 3 || !twoInnerBreaks(text) || !mayWrap(text) {
		return text
	}
	var b []byte // copy made on the first join
	lines := splitLines(text)
	for start := 0; start < len(lines); {
		end := start
		for end < len(lines) && !lines[end].blank {
			end++
		}
		if end-start >= 3 && wrappedBlock(lines[start:end]) {
			for i := start; i+1 < end; i++ {
				if joinLines(lines[i], lines[i+1]) {
					if b == nil {
						b = []byte(text)
					}
					b[lines[i].end] = ' '
				}
			}
		}
		start = end + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// twoInnerBreaks reports whether text has two line breaks with a byte
// other than a line break on either side. A block of three non-blank
// lines has them (its lines are not empty), and paragraphs set apart by
// blank lines ("\n\n", as extraction writes them) have none: most texts
// are ruled out at the cost of finding their line breaks, before mayWrap
// measures every line.
func twoInnerBreaks(text string) bool {
	n := 0
	for i := strings.IndexByte(text, '\n'); i >= 0; {
		if i > 0 && text[i-1] != '\n' && i+1 < len(text) && text[i+1] != '\n' {
			if n++; n == 2 {
				return true
			}
		}
		k := strings.IndexByte(text[i+1:], '\n')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// mayWrap reports whether text has a block of non-blank lines (see
// line.blank) that wrappedBlock may take for hard-wrapped, judging by byte
// lengths alone: three lines or more, three of them before its last at
// least wrapMin bytes long, none over 4×wrapMax bytes (more than wrapMax
// runes). Only such a block can be joined.
func mayWrap(text string) bool {
	lines, long, tooLong := 0, 0, false
	lastLong := false // the block's last line so far is long
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s := strings.TrimSpace(text[start:end])
		start = end + 1
		if s == "" || s == "|" {
			if lines >= 3 && !tooLong && long-b2i(lastLong) >= 3 {
				return true
			}
			lines, long, tooLong, lastLong = 0, 0, false, false
			continue
		}
		lines++
		lastLong = len(s) >= wrapMin
		if lastLong {
			long++
		}
		tooLong = tooLong || len(s) > 4*wrapMax
	}
	return lines >= 3 && !tooLong && long-b2i(lastLong) >= 3
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// line is one line of the text: bytes [start, end), end at its '\n'.
type line struct {
	text       string
	start, end int
	runes      int
	blank      bool // empty, spaces only, or a lone cell bar
}

func splitLines(text string) []line {
	out := make([]line, 0, strings.Count(text, "\n")+1)
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s := strings.TrimSpace(text[start:end])
		out = append(out, line{text: s, start: start, end: end, runes: utf8.RuneCountInString(s),
			blank: s == "" || s == "|"})
		start = end + 1
	}
	return out
}

// wrappedBlock reports whether a block of non-blank lines was hard-wrapped.
func wrappedBlock(ls []line) bool {
	full, goesOn := 0, 0
	for i, l := range ls {
		if l.runes > wrapMax {
			return false
		}
		if i < len(ls)-1 && l.runes >= wrapMin {
			full++
		}
		if i > 0 {
			if r, _ := utf8.DecodeRuneInString(l.text); unicode.IsLower(r) {
				goesOn++
			}
		}
	}
	return full >= 3 && goesOn >= 2
}

// joinLines reports whether the break between a and b is a wrap.
func joinLines(a, b line) bool {
	if a.runes < wrapMin || isAllUpperLine(a.text) || startsItem(b.text) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a.text)
	first, _ := utf8.DecodeRuneInString(b.text)
	if strings.ContainsRune(".!?", last) && unicode.IsUpper(first) {
		return false
	}
	return true
}

// isAllUpperLine reports whether a line is a heading in capitals.
func isAllUpperLine(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// startsItem reports whether a line opens a list item or a cell.
func startsItem(s string) bool {
	if s == "" {
		return true
	}
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case strings.ContainsRune(dashes+"+•*|>", r):
		return true
	case unicode.IsDigit(r) || (unicode.IsLetter(r) && size <= 2 && len(s) > size && unicode.IsLower(r)):
		// "1.", "12)", "a)", "b."
		j := size
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j < len(s) && (s[j] == '.' || s[j] == ')') && (j+1 == len(s) || s[j+1] == ' ')
	}
	return false
}
