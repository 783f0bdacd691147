package vn

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Decomposed Vietnamese ("ho" + U+0300 + "a", as some portals and editors
// write it) is the usual reason a text misses NFC's fast path. composeVi
// composes such text with a table of the Vietnamese vowels followed by one
// or two of their marks, each entry norm.NFC of its key, and gives up on
// anything else.

var (
	viSegmentsOnce sync.Once
	// viSegments maps a vowel and the marks that follow it to their NFC.
	viSegments map[string]string
)

// viMarks are the combining marks of Vietnamese: the five tones and the
// circumflex, breve and horn.
const viMarks = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B"

func buildViSegments() {
	viSegments = map[string]string{}
	bases := "aăâeêioôơuưy"
	bases += strings.ToUpper(bases)
	for _, b := range bases {
		for _, m1 := range viMarks {
			k := string(b) + string(m1)
			viSegments[k] = norm.NFC.String(k)
			for _, m2 := range viMarks {
				k2 := k + string(m2)
				viSegments[k2] = norm.NFC.String(k2)
			}
		}
	}
}

// passThrough reports whether NFC keeps the rune r (of size bytes, at the
// start of t) whatever comes before it: the stable runes and the
// lookalikes, which NFC keeps as they are (nfcSlow replaces them after).
func passThrough(t string, r rune, size int) bool {
	if r < tableSize {
		return bit(stable[:], r) || isLookalike(r)
	}
	if r == utf8.RuneError {
		return size > 1
	}
	return isLookalike(r) || stableBeyond(t[:size])
}

// composeVi returns norm.NFC.String(s), and true, when every rune of s
// that is not passThrough is a mark of a segment of viSegments (a vowel
// followed by one or two Vietnamese marks); false otherwise.
func composeVi(s string) (string, bool) {
	buildTablesOnce()
	viSegmentsOnce.Do(buildViSegments)
	var b strings.Builder
	copied := 0 // s[:copied] is in b
	prev := -1  // where the last passThrough rune starts
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			prev = i
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if passThrough(s[i:], r, size) {
			prev = i
			i += size
			continue
		}
		if prev < 0 {
			return "", false
		}
		// the marks run to the next passThrough rune
		j := i + size
		for j < len(s) && s[j] >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[j:])
			if passThrough(s[j:], r, size) {
				break
			}
			j += size
		}
		seg, ok := viSegments[s[prev:j]]
		if !ok {
			return "", false
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[copied:prev])
		b.WriteString(seg)
		copied = j
		prev = -1 // the segment is no starter for marks after it
		i = j
	}
	if copied == 0 {
		return s, true
	}
	b.WriteString(s[copied:])
	return b.String(), true
}
