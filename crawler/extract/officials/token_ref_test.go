package officials

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data/vn"
)

// tokenizeFlaggedRef is tokenizeFlagged as it was before its byte-class
// loop (a reference for FuzzTokenizer): tokenizeInto, also reporting the tokFlags of the
// tokens it appended (the tokens before toks' length are not looked at);
// recent is memory the shape reader may use (or nil).
func tokenizeFlaggedRef(toks []token, s string, l *lexicon, recent []int32) ([]token, tokFlags) {
	var rd shapeReader
	var sc *shapeReader // nil: no cache
	if l != nil {
		rd.open(theShapes, l, len(s), recent)
		sc = &rd
		defer rd.close()
	}
	var fl tokFlags
	first := len(toks)
	// upperBefore: the last token appended is a word in capitals and
	// letters only
	upperBefore := false
	// gluedDot: the last token appended is a "." with no space before it,
	// after a word that can be part of a dotted abbreviation (dottedPart)
	gluedDot := false
	space := true
	i := 0
	wr, ur := wordRunes(), upperRunes()
	for i < len(s) {
		c0 := s[i]
		if c0 < utf8.RuneSelf && ('a' <= c0 && c0 <= 'z' || 'A' <= c0 && c0 <= 'Z' || '0' <= c0 && c0 <= '9') {
			goto word
		}
		{
			r, size := rune(c0), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			switch {
			case r == '\n':
				if len(toks) == 0 || toks[len(toks)-1].kind != kLine {
					t := token{text: "\n", key: "\n", start: i, end: i + size, tokShape: tokShape{kind: kLine, space: true}}
					if l != nil {
						t.starts, t.first = l.startInfo(t.key)
						t.startsSet, t.lex = true, l.keyBits(t.key)
					}
					toks = append(toks, t)
					upperBefore = false
				}
				gluedDot = false
				space = true
				i += size
				continue
			case r >= utf8.RuneSelf && isWordRune(r):
				goto word
			case unicode.IsSpace(r) || r == '\u00AD' || r == '\u200B' || r == '\uFEFF':
				space = true
				i += size
				continue
			default:
				t := token{text: s[i : i+size], start: i, end: i + size, tokShape: tokShape{kind: kPunct, space: space}}
				t.key = t.text
				if strings.ContainsRune(dashes, r) {
					t.key = "-"
				}
				switch r {
				case '“', '”', '«', '»', '„', '"':
					t.key = "\""
				case '‘', '’':
					t.key = "'"
				case '…':
					t.key = "."
				case '／':
					t.key = "/"
				}
				gluedDot = t.key == "." && !space && len(toks) > 0 && dottedPart(toks[len(toks)-1])
				if l != nil {
					t.starts, t.first = l.startInfo(t.key)
					t.startsSet, t.lex = true, l.keyBits(t.key)
				}
				toks = append(toks, t)
				upperBefore = false
				space = false
				i += size
				continue
			}
		}
	word:
		{
			// the end of the word, its hash (wordHash), and whether a
			// capital follows its second rune (mayBeGlued)
			j, n, glued := i, 0, false
			h := uint32(2166136261)
			for j < len(s) {
				c := s[j]
				if c < utf8.RuneSelf {
					if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
						break
					}
					glued = glued || n >= 2 && 'A' <= c && c <= 'Z'
					h = (h ^ uint32(c)) * 16777619
					j++
					n++
					continue
				}
				// vn.DecodeRune, its common forms in line
				var r2 rune
				var sz int
				if c >= 0xC2 && c <= 0xDF && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
					r2, sz = rune(c&0x1F)<<6|rune(s[j+1]&0x3F), 2
				} else if c >= 0xE1 && c <= 0xEC && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
					r2, sz = rune(c&0x0F)<<12|rune(s[j+1]&0x3F)<<6|rune(s[j+2]&0x3F), 3
				} else {
					r2, sz = vn.DecodeRune(s, j)
				}
				if r2 < wordRuneTableSize {
					if wr[r2/64]&(1<<(r2%64)) == 0 {
						break
					}
					glued = glued || n >= 2 && ur[r2/64]&(1<<(r2%64)) != 0
				} else {
					if !isWordRuneSlow(r2) {
						break
					}
					glued = glued || n >= 2 && unicode.IsUpper(r2)
				}
				for k := j; k < j+sz; k++ {
					h = (h ^ uint32(s[k])) * 16777619
				}
				j += sz
				n++
			}
			if j < len(s) && (s[j] == '\'' || s[j] == 0xE2) && j-i <= utf8.UTFMax {
				// (apostropheName's first test, in line)
				if k := apostropheName(s, i, j); k != j {
					j = k
					glued = mayBeGlued(s[i:j])
					h = wordHash(s[i:j])
				}
			}
			// the word's first token is glued to such a dot: set dotted when
			// it is a dottedPart too
			afterDot, firstTok := gluedDot && !space, len(toks)
			gluedDot = false
			if glued {
				if cuts := gluedCuts(s[i:j]); len(cuts) > 0 {
					for _, cut := range cuts {
						toks = sc.appendWord(toks, s[i:i+cut], i, i+cut, space)
						upperBefore = wordUpperPair(toks, first, upperBefore, &fl)
						space = false
						i += cut
					}
					h = wordHash(s[i:j])
				}
			}
			hit := false
			if sc != nil {
				// fillWord's test of the word met last with this hash, in line
				slot := h & rd.mask
				if k := rd.recent[slot]; k > 0 && int(k) <= len(toks) && toks[k-1].text == s[i:j] &&
					toks[k-1].kind == kWord && toks[k-1].startsSet {
					t := toks[k-1]
					t.start, t.end, t.space = i, j, space
					toks = append(toks, t)
					rd.recent[slot] = int32(len(toks))
					hit = true
				}
			}
			if !hit {
				toks = sc.appendWordHash(toks, s[i:j], h, i, j, space)
			}
			upperBefore = wordUpperPair(toks, first, upperBefore, &fl)
			if afterDot && dottedPart(toks[firstTok]) {
				fl.dotted = true
			}
			space = false
			i = j
		}
	}
	return toks, fl
}

// FuzzTokenizer checks tokenizeFlagged against tokenizeFlaggedRef: the same
// tokens and flags, with the lexicon (through the shape table, with and
// without kept memory for the shape reader) and without, after tokens of
// an earlier text or none.
func FuzzTokenizer(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text, false)
	}
	for _, s := range []string{"", "\n\n", "a", "UV.BTV T.Ư ĐOÀNBÍ THƯ dânTrong QHNguyễn H'Yim Y’Moan x123 ÔNG",
		"\xff\xfe Chủ tịch \u0301Ánh", "a\u00a0b\u2003c\u0085d\u00ade\u200bf\ufeffg\r\n\t\v\fh", "“A” «B» ‘c’ … ／ – — ‐ − ﹘ ＿ 𝐀𝐁 ℂ 中文 ǅa",
		"TỈNH.UBND..PHÓ. CHỦ", "ab'C H’ Y'", "Ⅻ ⅻ ½ ² ᾈ ǈ Ǳ", "ĐẠI HỘI ĐẢNG BỘ TỈNHLẦN THỨ"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	l := theLexicon()
	f.Fuzz(func(t *testing.T, s string, after bool) {
		var pre []token
		if after {
			pre = tokenizeWith("Ông A. B\n", l)
		}
		for _, lx := range []*lexicon{l, nil} {
			for _, recent := range [][]int32{nil, make([]int32, maxRecent)} {
				want, wantFl := tokenizeFlaggedRef(slices.Clone(pre), s, lx, nil)
				wantFl.unstable = !nfcStableString(s)
				got, gotFl := tokenizeFlagged(slices.Clone(pre), s, lx, recent)
				if gotFl != wantFl {
					t.Fatalf("%q (lexicon %v): flags %+v, want %+v", s, lx != nil, gotFl, wantFl)
				}
				if !slices.Equal(got, want) {
					for i := range min(len(got), len(want)) {
						if got[i] != want[i] {
							t.Fatalf("%q (lexicon %v): token %d is %+v, want %+v", s, lx != nil, i, got[i], want[i])
						}
					}
					t.Fatalf("%q (lexicon %v): %d tokens, want %d", s, lx != nil, len(got), len(want))
				}
			}
		}
	})
}
