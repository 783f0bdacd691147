package docs

import (
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
