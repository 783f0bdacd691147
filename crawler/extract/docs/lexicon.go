package docs

import (
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
)

// typeWords matches the type words of the lexicon in prose ("Nghị quyết",
// "chương trình hành động", "QUYẾT ĐỊNH"), longest first, any case, any
// run of white space between syllables. canonical maps the vn.Key of a
// matched phrase to the canonical type name.
type typeWords struct {
	re        *regexp.Regexp
	canonical map[string]string
}

var (
	typeWordsOnce sync.Once
	typeWordsVal  *typeWords
)

func loadTypeWords() *typeWords {
	typeWordsOnce.Do(func() {
		tw := &typeWords{canonical: map[string]string{}}
		var phrases []string
		add := func(phrase, name string) {
			k := vn.Key(phrase)
			if k == "" {
				return
			}
			if _, ok := tw.canonical[k]; ok {
				return
			}
			tw.canonical[k] = name
			phrases = append(phrases, k)
		}
		for _, t := range data.DocTypes() {
			add(t.Name, t.Name)
			for _, a := range t.Aliases {
				add(a, t.Name)
			}
		}
		// Longest first: RE2 takes the leftmost alternative that matches.
		sort.Slice(phrases, func(i, j int) bool {
			if len(phrases[i]) != len(phrases[j]) {
				return len(phrases[i]) > len(phrases[j])
			}
			return phrases[i] < phrases[j]
		})
		alts := make([]string, len(phrases))
		for i, p := range phrases {
			words := strings.Fields(p)
			for j, w := range words {
				words[j] = regexp.QuoteMeta(w)
			}
			alts[i] = strings.Join(words, `\s+`)
		}
		tw.re = regexp.MustCompile(`(?i)(?:` + strings.Join(alts, "|") + `)`)
		typeWordsVal = tw
	})
	return typeWordsVal
}

// typeOfPhrase returns the canonical type a matched type phrase names.
func (tw *typeWords) typeOfPhrase(phrase string) string {
	return tw.canonical[vn.Key(phrase)]
}

// Types returns the canonical document type names of the lexicon
// (data/lexicon/doctypes*.txt) in lexicon order: "Nghị quyết", "Quyết
// định", "Chỉ thị", … The slice is fresh on each call.
func Types() []string {
	var out []string
	for _, t := range data.DocTypes() {
		out = append(out, t.Name)
	}
	return out
}

// TypeFromAbbrev returns the canonical type name for a symbol abbreviation
// ("NQ" → "Nghị quyết", "qd" → "Quyết định") or for a spelling of a type name
// ("nghi quyet", "Chương trình hành động" → "Chương trình"; a canonical name
// gives itself). Matching ignores case, diacritics, tone-mark placement and
// extra spaces. ok is false for anything else.
func TypeFromAbbrev(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if t, ok := data.TypeOfAbbrev(s); ok && !strings.Contains(s, " ") {
		return t, true
	}
	fk := vn.FoldKey(s)
	for _, t := range data.DocTypes() {
		if vn.FoldKey(t.Name) == fk {
			return t.Name, true
		}
	}
	for _, t := range data.DocTypes() {
		for _, a := range t.Aliases {
			if vn.FoldKey(a) == fk {
				return t.Name, true
			}
		}
	}
	return "", false
}
