// Package vnanalysis owns the Vietnamese text analysis of the search index:
// one tokenizer that keeps legal document numbers whole, and the analyzers
// built on it — accent-exact (NFC, one tone-mark placement, lower case),
// accent-folded (đ → d, folding done on tokens so that offsets stay those of
// the original text, NFD input included), folded syllable pairs, and
// single-token keys for names.
//
// Every component is registered with Bleve's registry when this package is
// imported; package index imports it, so every process that opens the index
// (CLI, web, tests) has them. The analyzers are referred to by the names
// below in the index mapping.
//
// Data flow:
//
//	text ─▶ Tokenizer (doc numbers whole, else UAX#29 words) ─┬▶ exact filter ─▶ Vi
//	                                                          ├▶ fold filter  ─▶ ViFold
//	                                                          └▶ fold filter ─▶ pairs ─▶ ViPairs
//	name ─▶ whole string ─▶ Key / FoldKey ─▶ KeyExact / KeyFold
package vnanalysis

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/shingle"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/exception"
	unitok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"

	"github.com/vnarchive/vnarchive/data/vn"
)

// Names of the registered components, as the index mapping refers to them.
const (
	// Tokenizer splits text into syllables (Unicode word boundaries) but
	// keeps document numbers such as "15/2023/NĐ-CP" whole.
	Tokenizer = "vi_tok"
	// Vi is the accent-exact analyzer: NFC, Ð → Đ, one tone-mark placement
	// (hoà = hòa), lower case. Document numbers become DocKey.
	Vi = "vi"
	// ViFold is the accent-folded analyzer: as Vi, then diacritics removed
	// and đ → d. Offsets are those of the input text.
	ViFold = "vi_fold"
	// ViPairs is ViFold followed by overlapping pairs of syllables
	// ("ha noi", "noi hom") only, for phrase-like precision.
	ViPairs = "vi_pairs"
	// KeyExact analyses a whole value (a name) into one token: vn.Key.
	KeyExact = "vi_key"
	// KeyFold analyses a whole value (a name) into one token: vn.FoldKey.
	KeyFold = "vi_keyfold"
)

// maxTokenRunes drops longer tokens (base64 runs, garbage) from the index.
const maxTokenRunes = 64

// docNumberInText matches a document number as written in text: an ordinal,
// optionally a year, then a symbol of capital-letter groups, with "/" or "-"
// between parts (a single space around a separator is tolerated). Matched
// before lower-casing, so ordinary hyphenated words stay words.
var docNumberInText = regexp.MustCompile(`\d+(?: ?[/\-‐–—] ?\d{4})? ?[/\-‐–—] ?(?:QyĐ|CTr|TTr|TrS|\p{Lu}[\p{Lu}\d]*)(?: ?[/\-‐–—] ?(?:QyĐ|CTr|TTr|TrS|\p{Lu}[\p{Lu}\d]*))*`)

func init() {
	must(registry.RegisterTokenizer(Tokenizer, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return newTokenizer(), nil
	}))
	for name, a := range map[string]analysis.Analyzer{
		Vi:       &textAnalyzer{tok: newTokenizer(), norm: exactTerm},
		ViFold:   &textAnalyzer{tok: newTokenizer(), norm: foldTerm},
		ViPairs:  &textAnalyzer{tok: newTokenizer(), norm: foldTerm, pairs: shingle.NewShingleFilter(2, 2, false, " ", "_")},
		KeyExact: keyAnalyzer(vn.Key),
		KeyFold:  keyAnalyzer(vn.FoldKey),
	} {
		must(registry.RegisterAnalyzer(name, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return a, nil
		}))
	}
}

func must(err error) {
	if err != nil {
		panic("vnanalysis: " + err.Error())
	}
}

func newTokenizer() analysis.Tokenizer {
	return exception.NewExceptionsTokenizer(docNumberInText, unitok.NewUnicodeTokenizer())
}

// textAnalyzer tokenizes, normalises each term in place (offsets kept),
// drops empty and over-long terms, and optionally emits syllable pairs.
// It holds no per-call state and is safe for concurrent use.
type textAnalyzer struct {
	tok   analysis.Tokenizer
	norm  func(term []byte) []byte
	pairs analysis.TokenFilter
}

func (a *textAnalyzer) Analyze(input []byte) analysis.TokenStream {
	toks := a.tok.Tokenize(input)
	out := toks[:0]
	for _, t := range toks {
		t.Term = a.norm(t.Term)
		if len(t.Term) == 0 || utf8.RuneCount(t.Term) > maxTokenRunes {
			continue
		}
		out = append(out, t)
	}
	for i, t := range out {
		t.Position = i + 1
	}
	if a.pairs != nil {
		return a.pairs.Filter(out)
	}
	return out
}

// keyAnalyzer turns the whole input into one token with the given key.
type keyAnalyzer func(string) string

func (k keyAnalyzer) Analyze(input []byte) analysis.TokenStream {
	key := k(string(input))
	if key == "" {
		return nil
	}
	return analysis.TokenStream{{Term: []byte(key), Start: 0, End: len(input), Position: 1, Type: analysis.AlphaNumeric}}
}

// isDocToken reports whether a token came from the document-number rule of
// the tokenizer: word tokens never hold "/", "-" or spaces.
func isDocToken(term []byte) bool {
	for _, c := range term {
		if c == '/' || c == '-' || c == ' ' {
			return true
		}
	}
	return bytes.Contains(term, []byte("‐")) || bytes.Contains(term, []byte("–")) || bytes.Contains(term, []byte("—"))
}

// exactTerm is the accent-exact form of one token.
func exactTerm(term []byte) []byte {
	if isDocToken(term) {
		return []byte(DocKey(string(term)))
	}
	if ascii(term) {
		return lowerASCII(term)
	}
	w := string(term)
	// Fast path, same result as vn.Key: NFC already, no lookalike letters,
	// and no oa/oe/uy whose tone mark could need moving.
	if norm.NFC.IsNormalString(w) && !strings.ContainsAny(w, lookalikeRunes) {
		f := Fold(w)
		if !strings.Contains(f, "oa") && !strings.Contains(f, "oe") && !strings.Contains(f, "uy") {
			return []byte(strings.ToLower(w))
		}
	}
	return []byte(vn.Key(w))
}

// lookalikeRunes are the characters vn.NFC mends.
const lookalikeRunes = "\u00D0\u00F0\u0189\u0256\u00A0\u202F\u200B\u200C\u200D\uFEFF"

// foldTerm is the accent-folded form of one token.
func foldTerm(term []byte) []byte {
	if isDocToken(term) {
		return []byte(DocKey(string(term)))
	}
	if ascii(term) {
		return lowerASCII(term)
	}
	return []byte(Fold(string(term)))
}

func ascii(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func lowerASCII(b []byte) []byte {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// Fold is vn.Fold made fast for single tokens: it gives the same result
// (diacritics removed, đ → d, lower case, NFC or NFD input) through a rune
// table built from vn.Fold.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case unicode.Is(unicode.Mn, r):
		default:
			if f, ok := foldTable[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteString(vn.Fold(string(r)))
			}
		}
	}
	return b.String()
}

// foldTable maps the precomposed Latin letters to vn.Fold of them.
var foldTable = func() map[rune]string {
	m := map[rune]string{}
	for _, rg := range [][2]rune{{0x00C0, 0x024F}, {0x1E00, 0x1EFF}} {
		for r := rg[0]; r <= rg[1]; r++ {
			m[r] = vn.Fold(string(r))
		}
	}
	return m
}()
