package search

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/index"
)

// SnippetRunes is the length of a snippet in runes.
const SnippetRunes = 200

// Snippet returns about maxRunes runes of text around the densest run of
// matches, HTML-escaped, each match wrapped in <mark>…</mark>; "…" marks a
// cut. Spans are byte ranges into text (bad ones are ignored). Without spans
// it is the start of the text.
func Snippet(text string, spans []index.Span, maxRunes int) string {
	spans = cleanSpans(text, spans)
	start := 0
	if len(spans) > 0 {
		start = bestWindow(text, spans, maxRunes)
	}
	end := advance(text, start, maxRunes)
	// Never cut a match: widen to whole matches at both ends.
	for _, sp := range spans {
		if sp.Start < start && sp.End > start {
			start = sp.Start
		}
		if sp.Start < end && sp.End > end {
			end = sp.End
		}
	}
	// Cut at word boundaries, never past a match inside the window.
	firstMatch, lastMatch := end, start
	for _, sp := range spans {
		if sp.Start >= start && sp.End <= end {
			firstMatch = min(firstMatch, sp.Start)
			lastMatch = max(lastMatch, sp.End)
		}
	}
	if start > 0 {
		if i := strings.IndexAny(text[start:firstMatch], " \n"); i >= 0 {
			start += i + 1
		}
	}
	if end < len(text) {
		if i := strings.LastIndexAny(text[lastMatch:end], " \n"); i >= 0 {
			end = lastMatch + i
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := start
	for _, s := range spans {
		if s.Start < start || s.End > end {
			continue
		}
		b.WriteString(html.EscapeString(flat(text[pos:s.Start])))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(flat(text[s.Start:s.End])))
		b.WriteString("</mark>")
		pos = s.End
	}
	b.WriteString(html.EscapeString(flat(text[pos:end])))
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

func flat(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// cleanSpans drops spans outside text or off rune boundaries, sorts them and
// merges overlaps.
func cleanSpans(text string, spans []index.Span) []index.Span {
	var out []index.Span
	for _, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End ||
			!utf8.RuneStart(byteAt(text, s.Start)) || (s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			continue
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// bestWindow returns the byte offset to start a window of maxRunes runes so
// that it holds the most matches, with some context before the first.
func bestWindow(text string, spans []index.Span, maxRunes int) int {
	bestI, bestN := 0, 0
	for i := range spans {
		n := 0
		limit := advance(text, spans[i].Start, maxRunes*3/4)
		for j := i; j < len(spans) && spans[j].End <= limit; j++ {
			n++
		}
		if n > bestN {
			bestI, bestN = i, n
		}
	}
	// Back up about a quarter of the window before the first match.
	return retreat(text, spans[bestI].Start, maxRunes/4)
}

func advance(text string, at, runes int) int {
	for ; at < len(text) && runes > 0; runes-- {
		_, size := utf8.DecodeRuneInString(text[at:])
		at += size
	}
	return at
}

func retreat(text string, at, runes int) int {
	for ; at > 0 && runes > 0; runes-- {
		_, size := utf8.DecodeLastRuneInString(text[:at])
		at -= size
	}
	return at
}
