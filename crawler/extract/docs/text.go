package docs

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func skipSpace(t string, k int) int {
	for k < len(t) && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r') {
		k++
	}
	return k
}

// nextWord returns the run of letters and digits at t[k].
func nextWord(t string, k int) string {
	j := k
	for j < len(t) {
		if c := t[j]; c < utf8.RuneSelf {
			// ASCII told without decoding (no ASCII byte is a mark)
			if !isASCIILetter(c) && !isDigit(c) && c != '/' {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[j:])
		if !isLetter(r) && !isDigitRune(r) && !unicode.Is(unicode.Mn, r) && r != '/' {
			break
		}
		j += size
	}
	return t[k:j]
}

// prevWord returns the run of letters right before t[i], spaces skipped.
func prevWord(t string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:j])
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' {
			break
		}
		j -= size
	}
	end := j
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:j])
		if !isLetter(r) {
			break
		}
		j -= size
	}
	return t[j:end]
}

// wordEnd reports whether t[k] ends a word (not a letter).
func wordEnd(t string, k int) bool {
	if k >= len(t) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[k:])
	return !isLetter(r)
}

// lowerWord is strings.ToLower(w), which returns w itself when no rune
// changes: told here from a table for the runes of Vietnamese text, where
// strings.ToLower looks each rune beyond ASCII up in unicode.ToLower's
// ranges.
func lowerWord(w string) string {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(w)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if u := uint32(r); u >= runeTableSize || lowerKeeps[u/64]&(1<<(u%64)) == 0 {
			return strings.ToLower(w)
		}
		i += size
	}
	return w
}

// lowerKeeps marks the runes below runeTableSize that unicode.ToLower
// keeps.
var lowerKeeps = func() (b [runeTableSize / 64]uint64) {
	for r := rune(0); r < runeTableSize; r++ {
		if unicode.ToLower(r) == r {
			b[r/64] |= 1 << (r % 64)
		}
	}
	return b
}()
