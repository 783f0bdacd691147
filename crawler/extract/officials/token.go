package officials

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnarchive/vnarchive/data/vn"
)

// kind tells words, punctuation and line breaks apart.
type kind uint8

const (
	kWord kind = iota
	kPunct
	kLine // a line break; paragraphs are separated by one or more
)

// token is one word or punctuation mark of the NFC text, with its byte span
// and a matching key (lower case, one tone-mark placement; dashes as "-").
type token struct {
	text       string
	key        string
	start, end int
	// starts has the bit of every phrase set (phrases.bit) with a phrase
	// beginning with key, and first is key's entry in lexicon.firstList
	// (-1 for none); they hold only when startsSet is true.
	starts uint16
	tokShape
	first int32
}

// tokShape is what a token is besides its text, key, place and phrase
// starts: a word's (but space) depends on the word alone, so that the
// shape cache keeps it ready to be copied into a token whole (shapeVal).
type tokShape struct {
	kind       kind
	space      bool // white space (or the start of text) before it
	capital    bool // first letter upper case
	upper      bool // two or more letters, all upper case (UBND, HĐND)
	nameShape  bool // could be a syllable of a person name: Xxx or a single capital
	digits     bool
	onlyLetter bool
	startsSet  bool
	lex        uint8 // lexicon.lexBits of key, when startsSet
}

// dashes are the characters written for a dash between words.
var dashes = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D"

// tokenize splits NFC text into tokens. Letters, digits and combining marks
// make words; every other non-space character is a token of its own.
func tokenize(s string) []token { return tokenizeWith(s, nil) }

// tokenizeWith is tokenize reading word shapes from the shared cache when l
// is not nil (each token then carries its phrase-start bits).
func tokenizeWith(s string, l *lexicon) []token {
	return tokenizeInto(make([]token, 0, len(s)/5+1), s, l)
}

// tokenizeInto is tokenizeWith appending to toks.
func tokenizeInto(toks []token, s string, l *lexicon) []token {
	toks, _ = tokenizeFlagged(toks, s, l, nil)
	return toks
}

// tokFlags tell which later passes over the tokens can change them.
type tokFlags struct {
	// dotted: a "." with no space before or after it, between words
	// that can be parts of a dotted abbreviation (mergeDotted may join)
	dotted bool
	// upperPair: a word in capitals and letters only right before a word
	// in capitals (splitGluedCaps may cut)
	upperPair bool
	// unstable: a rune that is not nfcStable, or bytes that are not
	// UTF-8: NFC may change the text (without one it leaves it as it is)
	unstable bool
}

// tokenizeFlagged is tokenizeInto, also reporting the tokFlags of the
// tokens it appended (the tokens before toks' length are not looked at);
// recent is memory the shape reader may use (or nil). It reads the text a
// byte at a time through byteClass, decoding only the runes outside ASCII
// (tokenizeFlaggedRef, in the tests, is the rune-by-rune form it must
// agree with: FuzzTokenizer).
func tokenizeFlagged(toks []token, s string, l *lexicon, recent []int32) ([]token, tokFlags) {
	return tokenizeText(toks, s, l, recent, false)
}

// tokenizeText is tokenizeFlagged; with stopUnstable it stops at the
// first word or mark that sets tokFlags.unstable (the tokens are then cut
// short): the text is to be normalised and read again.
func tokenizeText(toks []token, s string, l *lexicon, recent []int32, stopUnstable bool) ([]token, tokFlags) {
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
	rc := runeClasses()
	for i := 0; i < len(s); {
		c := s[i]
		bc := byteClass[c]
		if bc&bcWord == 0 {
			if bc&bcSpace != 0 {
				space = true
				i++
				continue
			}
			if c == '\n' {
				if len(toks) == 0 || toks[len(toks)-1].kind != kLine {
					t := token{text: "\n", key: "\n", start: i, end: i + 1, tokShape: tokShape{kind: kLine, space: true}}
					if l != nil {
						a := &l.asciiStarts['\n']
						t.starts, t.first = a.bits, a.first
						t.startsSet, t.lex = true, l.asciiLex['\n']
					}
					toks = append(toks, t)
					upperBefore = false
				}
				gluedDot = false
				space = true
				i++
				continue
			}
			if bc&bcHigh == 0 {
				// ASCII punctuation: its key is itself
				t := token{text: s[i : i+1], start: i, end: i + 1, tokShape: tokShape{kind: kPunct, space: space}}
				t.key = t.text
				gluedDot = c == '.' && !space && len(toks) > 0 && dottedPart(toks[len(toks)-1])
				if l != nil {
					a := &l.asciiStarts[c]
					t.starts, t.first = a.bits, a.first
					t.startsSet, t.lex = true, l.asciiLex[c]
				}
				toks = append(toks, t)
				upperBefore = false
				space = false
				i++
				continue
			}
			r, size := vn.DecodeRune(s, i)
			if !nfcStable(r) {
				fl.unstable = true
				if stopUnstable {
					return toks, fl
				}
			}
			if !isWordRuneIn(rc, r) {
				if unicode.IsSpace(r) || r == '\u00AD' || r == '\u200B' || r == '\uFEFF' {
					space = true
					i += size
					continue
				}
				toks = appendPunct(toks, s, i, size, r, space, l)
				gluedDot = toks[len(toks)-1].key == "." && !space && len(toks) > 1 && dottedPart(toks[len(toks)-2])
				upperBefore = false
				space = false
				i += size
				continue
			}
		}
		// a word: its end, its hash (wordHash), and whether a capital
		// follows its second rune (mayBeGlued)
		j, h, glued, unstable := readWord(s, i, rc)
		if unstable {
			fl.unstable = true
			if stopUnstable {
				return toks, fl
			}
		}
		if j < len(s) && (s[j] == '\'' || s[j] == 0xE2) && j-i <= utf8.UTFMax {
			// (apostropheName's first test, in line)
			if k := apostropheName(s, i, j); k != j {
				if !nfcStableString(s[j:k]) {
					fl.unstable = true
					if stopUnstable {
						return toks, fl
					}
				}
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
		w := s[i:j]
		if sc == nil {
			toks = append(toks, wordToken(w, i, j, space))
		} else {
			// the word met last with this hash, when it is this word, gives
			// its shape; else the shared table does
			slot := h & rd.mask
			// (the new token is written in place: every field is set)
			n := len(toks)
			if n < cap(toks) {
				toks = toks[:n+1]
			} else {
				toks = append(toks, token{})
			}
			if k := rd.recent[slot]; k > 0 && int(k) <= n && toks[k-1].text == w &&
				toks[k-1].kind == kWord && toks[k-1].startsSet {
				toks[n] = toks[k-1]
				t := &toks[n]
				t.start, t.end, t.space = i, j, space
			} else {
				rd.fillShape(&toks[n], w, h, i, j, space)
			}
			rd.recent[slot] = int32(n + 1)
		}
		t := &toks[len(toks)-1]
		if upperBefore && t.upper && len(toks)-1 > first {
			fl.upperPair = true
		}
		upperBefore = t.upper && t.onlyLetter
		if afterDot && dottedPart(toks[firstTok]) {
			fl.dotted = true
		}
		space = false
		i = j
	}
	return toks, fl
}

// appendPunct appends the token of the punctuation rune r, size bytes at
// s[i:], its key the plain form of the mark (dashes as "-", quotes as "\""
// and "'", "…" as ".").
func appendPunct(toks []token, s string, i, size int, r rune, space bool, l *lexicon) []token {
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
	if l != nil {
		t.starts, t.first = l.startInfo(t.key)
		t.startsSet, t.lex = true, l.keyBits(t.key)
	}
	return append(toks, t)
}

// Byte classes (byteClass): how a byte of the text reads on its own.
const (
	bcWord  uint8 = 1 << iota // an ASCII letter or digit
	bcUpper                   // A–Z
	bcSpace                   // ASCII white space other than '\n'
	bcHigh                    // a byte of a rune outside ASCII
)

// byteClass is the class of every byte.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = bcHigh
		case 'A' <= c && c <= 'Z':
			t[c] = bcWord | bcUpper
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = bcWord
		case c != '\n' && unicode.IsSpace(rune(c)):
			t[c] = bcSpace
		}
	}
	return t
}()

// Rune classes (runeClasses), of the runes below wordRuneTableSize.
const (
	rcWord     uint8 = 1 << iota // isWordRune
	rcUpper                      // unicode.IsUpper (the bit of bcUpper)
	rcUnstable                   // not nfcStable
)

// readWord or's byte and rune classes: their capital bits are one.
var _ = [1]int{}[bcUpper^rcUpper]

// runeClasses is the class of every rune below wordRuneTableSize.
var runeClasses = sync.OnceValue(func() *[wordRuneTableSize]uint8 {
	var t [wordRuneTableSize]uint8
	for r := rune(0); r < wordRuneTableSize; r++ {
		if isWordRuneSlow(r) {
			t[r] |= rcWord
		}
		if unicode.IsUpper(r) {
			t[r] |= rcUpper
		}
		if !nfcStable(r) {
			t[r] |= rcUnstable
		}
	}
	return &t
})

// nfcStable reports whether NFC (vn.NFC) keeps rune r whatever stands
// around it, so that a text of such runes is its own NFC: an ASCII rune,
// or one of the Latin, combining, Vietnamese or punctuation blocks that NFC
// keeps alone, that nothing before it combines with, and that vn.NFC does
// not replace (its lookalikes). It is false for the runes past these
// blocks, which may be stable too: a text with one is normalised.
func nfcStable(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0
	}
	if r >= stableTableSize {
		return false
	}
	return stableRunes()[r/64]&(1<<(r%64)) != 0
}

// nfcStableString reports whether s is UTF-8 made of nfcStable runes.
func nfcStableString(s string) bool {
	for i := 0; i < len(s); {
		r, size := vn.DecodeRune(s, i)
		if !nfcStable(r) || r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// stableTableSize bounds the table of nfcStable: Latin, combining marks,
// the Vietnamese block and general punctuation.
const stableTableSize = 0x2080

// stableRunes is nfcStable of every rune below stableTableSize.
var stableRunes = sync.OnceValue(func() *[stableTableSize / 64]uint64 {
	var t [stableTableSize / 64]uint64
	for r := rune(0); r < stableTableSize; r++ {
		if r < utf8.RuneSelf {
			t[r/64] |= 1 << (r % 64)
			continue
		}
		if !(r < 0x250 || 0x300 <= r && r < 0x370 || 0x1E00 <= r && r < 0x1F00 || 0x2000 <= r && r < 0x2070) || !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if vn.NFC(s) == s && norm.NFC.IsNormalString(s) && norm.NFC.PropertiesString(s).BoundaryBefore() {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return &t
})

// isWordRuneIn is isWordRune(r) for r >= utf8.RuneSelf, rc being
// runeClasses().
func isWordRuneIn(rc *[wordRuneTableSize]uint8, r rune) bool {
	if r < wordRuneTableSize {
		return rc[r]&rcWord != 0
	}
	return isWordRuneSlow(r)
}

// readWord reads the word that starts at s[i] (a word rune) and returns its
// end, its wordHash, whether an upper-case letter follows its second
// rune (mayBeGlued), and whether a rune of it is not nfcStable; rc is
// runeClasses(). It reads ASCII, the two-byte runes and those led by E1
// (the Vietnamese letters) in line and calls nothing: at any other rune it
// leaves the word to readWordSlow.
func readWord(s string, i int, rc *[wordRuneTableSize]uint8) (j int, h uint32, glued, unstable bool) {
	const prime = 16777619
	h = 2166136261
	// up or's the classes of the runes after the second: bcUpper and
	// rcUpper are the same bit; all those of the runes outside ASCII
	var up, all uint8
	n := 0
	j = i
	for j < len(s) {
		c := s[j]
		var k uint8
		switch {
		case c < utf8.RuneSelf:
			k = byteClass[c]
			if k&bcWord == 0 {
				return j, h, up&bcUpper != 0, all&rcUnstable != 0
			}
			h = (h ^ uint32(c)) * prime
			j++
		case c >= 0xC2 && c <= 0xDF && j+1 < len(s) && s[j+1]&0xC0 == 0x80:
			c1 := s[j+1]
			k = rc[rune(c&0x1F)<<6|rune(c1&0x3F)]
			if k&rcWord == 0 {
				return j, h, up&bcUpper != 0, all&rcUnstable != 0
			}
			all |= k
			h = (h ^ uint32(c)) * prime
			h = (h ^ uint32(c1)) * prime
			j += 2
		case c == 0xE1 && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80:
			c1, c2 := s[j+1], s[j+2]
			k = rc[0x1000|rune(c1&0x3F)<<6|rune(c2&0x3F)]
			if k&rcWord == 0 {
				return j, h, up&bcUpper != 0, all&rcUnstable != 0
			}
			all |= k
			h = (h ^ uint32(c)) * prime
			h = (h ^ uint32(c1)) * prime
			h = (h ^ uint32(c2)) * prime
			j += 3
		default:
			return readWordSlow(s, i, rc)
		}
		if n >= 2 {
			up |= k
		}
		n++
	}
	return j, h, up&bcUpper != 0, all&rcUnstable != 0
}

// readWordSlow is readWord for any word: it decodes every rune outside
// ASCII.
func readWordSlow(s string, i int, rc *[wordRuneTableSize]uint8) (j int, h uint32, glued, unstable bool) {
	const prime = 16777619
	h = 2166136261
	n := 0
	for j = i; j < len(s); n++ {
		c := s[j]
		if bc := byteClass[c]; bc&bcHigh == 0 {
			if bc&bcWord == 0 {
				break
			}
			glued = glued || n >= 2 && bc&bcUpper != 0
			h = (h ^ uint32(c)) * prime
			j++
			continue
		}
		var r rune
		var sz int
		if c >= 0xC2 && c <= 0xDF && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			r, sz = rune(c&0x1F)<<6|rune(s[j+1]&0x3F), 2
		} else if c >= 0xE1 && c <= 0xEC && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
			r, sz = rune(c&0x0F)<<12|rune(s[j+1]&0x3F)<<6|rune(s[j+2]&0x3F), 3
		} else {
			r, sz = vn.DecodeRune(s, j)
		}
		if r < wordRuneTableSize {
			k := rc[r]
			if k&rcWord == 0 {
				break
			}
			glued = glued || n >= 2 && k&rcUpper != 0
			unstable = unstable || k&rcUnstable != 0
		} else {
			if !isWordRuneSlow(r) {
				break
			}
			glued = glued || n >= 2 && unicode.IsUpper(r)
			unstable = unstable || !nfcStable(r)
		}
		h = (h ^ uint32(c)) * prime
		for k := j + 1; k < j+sz; k++ {
			h = (h ^ uint32(s[k])) * prime
		}
		j += sz
	}
	return j, h, glued, unstable
}

// wordUpperPair sets fl.upperPair when the word just appended is in
// capitals and the token before it was a word in capitals and letters
// only; it returns whether the word just appended is such a word.
func wordUpperPair(toks []token, first int, upperBefore bool, fl *tokFlags) bool {
	t := &toks[len(toks)-1]
	if upperBefore && t.upper && len(toks)-1 > first {
		fl.upperPair = true
	}
	return t.upper && t.onlyLetter
}

// apostropheName extends the word s[i:j] over an apostrophe when it is one
// capital letter and a capitalised syllable follows at once: the H'- and
// Y'- of Ede and Jarai names ("H'Yim", "Y'Moan"). It returns the new end.
func apostropheName(s string, i, j int) int {
	if j-i > utf8.UTFMax || j >= len(s) || s[j] != '\'' && s[j] != 0xE2 {
		return j // not one rune, or no apostrophe (’ starts with 0xE2) after it
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if i+size != j || !unicode.IsUpper(r) || j >= len(s) {
		return j
	}
	a, asz := utf8.DecodeRuneInString(s[j:])
	if a != '\'' && a != '’' {
		return j
	}
	k := j + asz
	if n, _ := utf8.DecodeRuneInString(s[k:]); k >= len(s) || !unicode.IsUpper(n) {
		return j
	}
	for k < len(s) {
		r2, sz := utf8.DecodeRuneInString(s[k:])
		if !isWordRune(r2) {
			break
		}
		k += sz
	}
	return k
}

// mayBeGlued reports whether w has an upper-case letter after its second
// rune: only then can gluedCuts cut it.
func mayBeGlued(w string) bool {
	n := 0
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if n >= 2 && 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if n >= 2 && isUpper(r) {
			return true
		}
		i += size
		n++
	}
	return false
}

// isUpper is unicode.IsUpper with a table for the runes below
// wordRuneTableSize.
func isUpper(r rune) bool {
	if r >= 0 && r < wordRuneTableSize {
		return upperRunes()[r/64]&(1<<(r%64)) != 0
	}
	return unicode.IsUpper(r)
}

var upperRunes = sync.OnceValue(func() *[wordRuneTableSize / 64]uint64 {
	var t [wordRuneTableSize / 64]uint64
	for r := rune(0); r < wordRuneTableSize; r++ {
		if unicode.IsUpper(r) {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return &t
})

// gluedCuts returns the byte lengths of the leading parts of a word where
// two words were glued without a space: "dânTrong", "QHNguyễn",
// "TTXVNChủ". A cut goes before a capital that starts a lower-case
// syllable, when both sides have two letters or more ("ThS" stays whole).
func gluedCuts(w string) []int {
	rs := []rune(w)
	var cuts []int
	last := 0
	for k := 2; k+1 < len(rs); k++ {
		if !unicode.IsUpper(rs[k]) || !unicode.IsLower(rs[k+1]) || k-last < 2 {
			continue
		}
		if !unicode.IsLetter(rs[k-1]) || !unicode.IsLetter(rs[k-2]) {
			continue
		}
		cuts = append(cuts, len(string(rs[last:k])))
		last = k
	}
	return cuts
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r < wordRuneTableSize {
		return wordRunes()[r/64]&(1<<(r%64)) != 0
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordRuneTableSize bounds the table of word runes: Latin, combining marks
// and the Vietnamese block.
const wordRuneTableSize = 0x2000

// wordRunes is isWordRuneSlow of every rune below wordRuneTableSize.
var wordRunes = sync.OnceValue(func() *[wordRuneTableSize / 64]uint64 {
	var t [wordRuneTableSize / 64]uint64
	for r := rune(0); r < wordRuneTableSize; r++ {
		if isWordRuneSlow(r) {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return &t
})

func wordToken(w string, start, end int, space bool) token {
	t := wordShape(w)
	t.start, t.end, t.space = start, end, space
	return t
}

// wordShape is the token of word w with its key and shape, at no position.
func wordShape(w string) token {
	t := token{text: w, key: vn.Key(w), tokShape: tokShape{kind: kWord}}
	if k := strings.IndexAny(w, "'’"); k > 0 {
		// "H'Yim": shaped like the syllable after the apostrophe
		rest := wordShape(w[k+utf8.RuneLen([]rune(w[k:])[0]):])
		t.capital, t.upper, t.nameShape, t.digits, t.onlyLetter = true, rest.upper, rest.nameShape, false, rest.onlyLetter
		return t
	}
	letters, uppers, lowers, digits := 0, 0, 0, 0
	first := true
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if first {
					t.capital = true
				}
			} else {
				lowers++
			}
		case unicode.IsDigit(r):
			digits++
		}
		first = false
	}
	t.digits = digits > 0 && letters == 0
	t.onlyLetter = letters > 0 && digits == 0
	t.upper = letters >= 2 && lowers == 0
	switch {
	case !t.onlyLetter || !t.capital:
	case letters == 1:
		// a one-letter syllable: "Y" of Ede names, "A" of examples; not
		// Roman numerals
		t.nameShape = !strings.ContainsAny(w, "IVXLCDM")
	default:
		t.nameShape = uppers == 1
	}
	return t
}

// keysOf returns the token keys of a lexicon phrase, punctuation included.
func keysOf(phrase string) []string {
	toks := tokenize(vn.NFC(phrase))
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.key)
	}
	return out
}

// mergeDotted joins abbreviations written with dots between capitals
// ("UV.BTV", "T.Ư", "T.W") into one word whose key drops the dots, when the
// lexicon knows the joined form ("UVBTV") or it is the Central Committee
// ("TƯ", "TW"). Other dotted capitals ("TP.HCM", "TS.BS") stay as they are.
func mergeDotted(toks []token, l *lexicon, text string) []token {
	w := 0 // toks[:w] is the result so far; w == i until the first merge
	for i := 0; i < len(toks); i++ {
		j, key := i, toks[i].key
		if i+2 < len(toks) && toks[i+1].key == "." && !toks[i+1].space && !toks[i+2].space && dottedPart(toks[i]) {
			for j+2 < len(toks) && toks[j+1].key == "." && !toks[j+1].space && !toks[j+2].space && dottedPart(toks[j+2]) {
				key += toks[j+2].key
				j += 2
			}
		}
		if j > i && (key == "tư" || key == "tw" || l.startsPhrase(key)) {
			t := toks[i]
			t.end = toks[j].end
			t.text = text[t.start:t.end]
			t.key = key
			t.upper, t.nameShape = true, false
			t.starts, t.startsSet = 0, false
			toks[w] = t
			w++
			i = j
			continue
		}
		if w != i {
			toks[w] = toks[i]
		}
		w++
	}
	return toks[:w]
}

// dottedPart reports whether t can be part of a dotted abbreviation: capitals
// only, or one capital letter.
func dottedPart(t token) bool {
	return t.kind == kWord && t.onlyLetter && (t.upper || t.capital && utf8.RuneCountInString(t.text) == 1)
}

// splitGluedCaps cuts a word in capitals where a header flattened onto one
// line glued the next line's title to it: "ĐOÀNBÍ THƯ" is "ĐOÀN" and the head
// "BÍ THƯ", "ĐOÀNPHÓ BÍ THƯ" is "ĐOÀN" and "PHÓ BÍ THƯ". The cut is made
// only when the end of the word and the words after it are a title head of
// two words or more, and both parts have two letters or more.
func splitGluedCaps(toks []token, l *lexicon, text string) []token {
	type cutAt struct{ i, cut int }
	var cuts []cutAt
	for i := range toks {
		if cut := gluedHeadCut(toks, i, l); cut > 0 {
			cuts = append(cuts, cutAt{i, cut})
		}
	}
	if len(cuts) == 0 {
		return toks
	}
	// Make room at the end (in place when the slice has it) and move the
	// tokens back from the last, cutting on the way.
	n := len(toks)
	toks = slices.Grow(toks, len(cuts))[:n+len(cuts)]
	w, k := len(toks), len(cuts)-1
	for i := n - 1; i >= 0 && w > i+1; i-- {
		if k < 0 || cuts[k].i != i {
			w--
			toks[w] = toks[i]
			continue
		}
		t, cut := toks[i], cuts[k].cut
		k--
		a, b := wordShape(t.text[:cut]), wordShape(t.text[cut:])
		a.start, a.end, a.space = t.start, t.start+cut, t.space
		b.start, b.end = t.start+cut, t.end
		toks[w-1], toks[w-2] = b, a
		w -= 2
	}
	return toks
}

// gluedHeadCut returns the byte offset at which word token i splits into a
// word and the start of a title head, 0 for none.
func gluedHeadCut(toks []token, i int, l *lexicon) int {
	t := &toks[i]
	if t.kind != kWord || !t.upper || !t.onlyLetter || i+1 >= len(toks) || toks[i+1].kind != kWord || !toks[i+1].upper {
		return 0
	}
	n := 0
	for cut := range t.text {
		if n >= 2 && utf8.RuneCountInString(t.text[cut:]) >= 2 {
			for _, ph := range l.heads.byFirst[vn.Key(t.text[cut:])] {
				if len(ph) >= 2 && i+len(ph) <= len(toks) && headFits(toks[i+1:i+len(ph)], ph[1:]) {
					return cut
				}
			}
		}
		n++
	}
	return 0
}

func headFits(toks []token, keys []string) bool {
	for j, k := range keys {
		if toks[j].key != k {
			return false
		}
	}
	return true
}
