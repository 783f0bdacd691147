package docs

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// oneLineRef and gluedWordsRef are oneLine and gluedWords as they were
// before the single-spaced shortcut and the vowel table; lowerWord is
// checked against strings.ToLower.
func oneLineRef(p string) string { return strings.Join(strings.Fields(p), " ") }

func gluedWordsRef(w string) bool {
	runs, in := 0, false
	for _, r := range w {
		v := strings.ContainsRune(vowels, unicode.ToLower(r))
		if v && !in {
			runs++
		}
		in = v
	}
	return runs > 1
}

// nextWordRef is nextWord as it was before it told ASCII without decoding.
func nextWordRef(t string, k int) string {
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

func checkTailWordsAreRef(t *testing.T, s string) {
	t.Helper()
	for k := 0; k <= len(s); k++ {
		if got, want := nextWord(s, k), nextWordRef(s, k); got != want {
			t.Fatalf("nextWord(%q, %d) = %q, the reference says %q", s, k, got, want)
		}
	}
	if got, want := oneLine(s), oneLineRef(s); got != want {
		t.Fatalf("oneLine(%q) = %q, the reference says %q", s, got, want)
	}
	for _, w := range append(strings.Fields(s), s) {
		if got, want := lowerWord(w), strings.ToLower(w); got != want {
			t.Fatalf("lowerWord(%q) = %q, strings.ToLower says %q", w, got, want)
		}
		if got, want := gluedWords(w), gluedWordsRef(w); got != want {
			t.Fatalf("gluedWords(%q) = %v, the reference says %v", w, got, want)
		}
	}
}

func TestTailWordsAreTheReference(t *testing.T) {
	texts := []string{"", " ", "UBND xã", "UBND  xã", " UBND", "xã ", "Ủy ban nhân\ndân tỉnh", "Bộ\tTài chính", "Sở\u00a0Tư pháp",
		"a\u2003b", "thựchiện", "THỰCHIỆN", "người", "quyền", "\xff \xfe", "a\vb", "a\fb", "a\u0085b", "Ê-đê", "ỦY BAN", "İstanbul", "\u212aelvin", "ǅ", "QĐ/UBND"}
	texts = append(texts, benchShort...)
	for _, s := range texts {
		checkTailWordsAreRef(t, s)
	}
}

// FuzzTailWordsAreTheReference checks oneLine and gluedWords against their
// references.
func FuzzTailWordsAreTheReference(f *testing.F) {
	for _, s := range benchShort {
		f.Add(s)
	}
	f.Add("Ủy ban nhân\ndân  tỉnh ")
	f.Fuzz(checkTailWordsAreRef)
}
