package index

import (
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
	"github.com/vnarchive/vnarchive/index/vnanalysis"
)

// Query is a search query as a tree of our own node types; the index turns
// it into Bleve queries field by field, each with its field's analyzer.
// Package search builds it from what the user typed.
type Query interface{ isQuery() }

// Word matches one typed word (a syllable, or a document number) in the
// title or text: accent-exact matches score above accent-folded ones.
type Word struct{ Text string }

// Phrase matches words next to each other, compared accent-folded; exact
// accented matches score higher.
type Phrase struct{ Text string }

// Filter fields of Field.
const (
	FieldOfficial = "official" // an official's full name, exact or typed without diacritics
	FieldDoc      = "doc"      // a document number, any spelling
	FieldType     = "type"     // a document type's full name (resolve abbreviations first)
	FieldSite     = "site"     // a portal's host family
)

// Field matches articles whose keyword field Name has the value Value.
type Field struct{ Name, Value string }

// DateRange matches articles published from From to To, inclusive; a zero
// bound is open.
type DateRange struct{ From, To time.Time }

// And matches what all its parts match; Not parts exclude.
type And []Query

// Or matches what any of its parts matches.
type Or []Query

// Not excludes what Q matches (inside And), or matches everything else.
type Not struct{ Q Query }

// All matches every article.
type All struct{}

func (Word) isQuery()      {}
func (Phrase) isQuery()    {}
func (Field) isQuery()     {}
func (DateRange) isQuery() {}
func (And) isQuery()       {}
func (Or) isQuery()        {}
func (Not) isQuery()       {}
func (All) isQuery()       {}

// Boosts. The ranking pass selects by the body fields (the title is indexed
// in them too) and scores: title words above text words, accent-exact above
// folded, syllable pairs lift articles with the words next to each other, an
// official's full name lifts the articles that name them. The match-offset
// pass reads the title and body fields apart, for the spans of each.
const (
	boostDocKey    = 4 // the number is one the article cites
	boostTitleFold = 2
	boostBodyExact = 2
	boostBodyFold  = 1
	boostBodyPairs = 1
	boostField     = 0.1
	boostOfficial  = 4 // the words are the full name of an official of the article
)

func match(field, analyzer, text string, boost float64) query.Query {
	m := bleve.NewMatchQuery(text)
	m.SetField(field)
	m.Analyzer = analyzer
	m.SetOperator(query.MatchQueryOperatorAnd)
	m.SetBoost(boost)
	return m
}

func phrase(field, analyzer, text string, boost float64) query.Query {
	m := bleve.NewMatchPhraseQuery(text)
	m.SetField(field)
	m.Analyzer = analyzer
	m.SetBoost(boost)
	return m
}

func term(field, value string, boost float64) query.Query {
	t := bleve.NewTermQuery(value)
	t.SetField(field)
	t.SetBoost(boost)
	return t
}

// compile turns a Query into a Bleve query. Phrases are matched by their
// syllable pairs (cheap: no positions) unless positional, which the second,
// match-offset pass over a page of hits asks for.
func compile(q Query, positional bool, cs *termCounts) query.Query {
	switch q := q.(type) {
	case nil, All:
		return bleve.NewMatchAllQuery()
	case Word:
		return compileWord(q.Text, positional, cs)
	case Phrase:
		return compilePhrase(q.Text, positional, cs)
	case Field:
		return compileField(q)
	case DateRange:
		return compileDates(q)
	case Not:
		return query.NewBooleanQuery([]query.Query{bleve.NewMatchAllQuery()}, nil, []query.Query{compile(q.Q, positional, cs)})
	case Or:
		if len(q) == 1 {
			return compile(q[0], positional, cs)
		}
		var qs []query.Query
		for _, c := range q {
			qs = append(qs, compile(c, positional, cs))
		}
		return bleve.NewDisjunctionQuery(qs...)
	case And:
		return compileAnd(q, positional, cs)
	}
	return bleve.NewMatchNoneQuery()
}

// compileWord matches one word. The ranking pass selects by the folded body
// field and adds the accent-exact one to the score (skipped for a word
// typed without marks: its folded form is its exact form); the offset pass
// matches the title and body fields apart.
func compileWord(w string, positional bool, cs *termCounts) query.Query {
	if vnanalysis.IsDocNumber(w) {
		k := vnanalysis.DocKey(w)
		if !positional {
			return bleve.NewDisjunctionQuery(term(fDocKey, k, boostDocKey), term(fBodyFold, k, boostBodyFold))
		}
		return bleve.NewDisjunctionQuery(term(fDocKey, k, boostDocKey), term(fTitleFold, k, boostTitleFold), term(fBodyFold, k, boostBodyFold))
	}
	if positional {
		return bleve.NewDisjunctionQuery(
			match(fTitleFold, vnanalysis.ViFold, w, boostTitleFold),
			match(fBodyFold, vnanalysis.ViFold, w, boostBodyFold))
	}
	var should []query.Query
	if t := inTitle(w, cs); t != nil {
		should = append(should, t)
	}
	if hasMarks(w) && !cs.common(fBody, vnanalysis.Vi, w) {
		should = append(should, match(fBody, vnanalysis.Vi, w, boostBodyExact))
	}
	must := match(fBodyFold, vnanalysis.ViFold, w, boostBodyFold)
	if len(should) == 0 {
		return must
	}
	return query.NewBooleanQuery([]query.Query{must}, should, nil)
}

// inTitle lifts the articles with any of the words in their title; nil
// when every word is common in titles.
func inTitle(words string, cs *termCounts) query.Query {
	var kept []string
	for _, w := range strings.Fields(words) {
		if !cs.common(fTitleFold, vnanalysis.ViFold, w) {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	m := match(fTitleFold, vnanalysis.ViFold, strings.Join(kept, " "), boostTitleFold)
	m.(*query.MatchQuery).SetOperator(query.MatchQueryOperatorOr)
	return m
}

func compilePhrase(p string, positional bool, cs *termCounts) query.Query {
	p = strings.TrimSpace(p)
	if vnanalysis.IsDocNumber(strings.Join(strings.Fields(p), "")) {
		return compileWord(strings.Join(strings.Fields(p), ""), positional, cs)
	}
	if len(strings.Fields(p)) <= 1 {
		return compileWord(p, positional, cs)
	}
	if positional {
		return bleve.NewDisjunctionQuery(
			phrase(fTitleFold, vnanalysis.ViFold, p, boostTitleFold),
			phrase(fBodyFold, vnanalysis.ViFold, p, boostBodyFold))
	}
	// Every pair of neighbouring syllables present: the phrase in all but
	// contrived cases, without reading positions.
	must := match(fBodyPairs, vnanalysis.ViPairs, p, boostBodyFold)
	should := []query.Query{
		match(fTitlePairs, vnanalysis.ViPairs, p, boostTitleFold),
		term(fOfficialFold, vn.FoldKey(p), boostOfficial),
	}
	if !cs.common(fBody, vnanalysis.Vi, p) {
		should = append(should, match(fBody, vnanalysis.Vi, p, boostBodyExact))
	}
	return query.NewBooleanQuery([]query.Query{must}, should, nil)
}

// hasMarks reports whether s carries any diacritic (or đ).
func hasMarks(s string) bool {
	return vn.Fold(s) != strings.ToLower(s)
}

func compileField(f Field) query.Query {
	v := strings.TrimSpace(f.Value)
	switch f.Name {
	case FieldOfficial:
		if hasMarks(v) {
			return term(fOfficialKey, vn.Key(v), boostField)
		}
		return term(fOfficialFold, vn.FoldKey(v), boostField)
	case FieldDoc:
		return term(fDocKey, vnanalysis.DocKey(v), boostField)
	case FieldType:
		return term(fTypeFold, vn.FoldKey(v), boostField)
	case FieldSite:
		return term(fSite, SiteKey(v), boostField)
	}
	return bleve.NewMatchNoneQuery()
}

// SiteKey is the form of a site filter: a host family, from a host name or
// a URL, lower case, without "www.".
func SiteKey(v string) string {
	v = strings.TrimSpace(v)
	if strings.Contains(v, "://") {
		return data.SiteOf(v)
	}
	if i := strings.IndexAny(v, "/:"); i >= 0 {
		v = v[:i]
	}
	return strings.TrimPrefix(strings.ToLower(v), "www.")
}

func compileDates(d DateRange) query.Query {
	var from, to time.Time
	if !d.From.IsZero() {
		from = d.From
	} else {
		from = noDate.Add(time.Second)
	}
	if !d.To.IsZero() {
		to = d.To
	}
	t := true
	q := bleve.NewDateRangeInclusiveQuery(from, to, &t, &t)
	q.SetField(fPublished)
	return q
}

// compileAnd matches what all parts match. In the ranking pass it is one
// flat boolean query: a must clause per word on the folded body field, and
// one should list with the accent-exact words, the syllable pairs of each
// run of words in the text and in the title (a lone word: the word in the
// title) and the run as an official's name. Nested per-word queries
// would walk the same posting lists through many more searchers. The offset
// pass needs the matching words only.
func compileAnd(a And, positional bool, cs *termCounts) query.Query {
	var must, not, should []query.Query
	var run []string
	flush := func() {
		if len(run) == 1 && !positional {
			if t := inTitle(run[0], cs); t != nil {
				should = append(should, t)
			}
		}
		if len(run) >= 2 && !positional {
			tp := match(fTitlePairs, vnanalysis.ViPairs, strings.Join(run, " "), boostTitleFold)
			tp.(*query.MatchQuery).SetOperator(query.MatchQueryOperatorOr)
			should = append(should, tp)
			text := strings.Join(run, " ")
			pairs := match(fBodyPairs, vnanalysis.ViPairs, text, boostBodyPairs)
			pairs.(*query.MatchQuery).SetOperator(query.MatchQueryOperatorOr)
			should = append(should, pairs, term(fOfficialFold, vn.FoldKey(text), boostOfficial))
		}
		run = run[:0]
	}
	for _, c := range a {
		switch c := c.(type) {
		case Not:
			not = append(not, compile(c.Q, positional, cs))
			flush()
			continue
		case Word:
			if !vnanalysis.IsDocNumber(c.Text) {
				run = append(run, c.Text)
				if !positional {
					must = append(must, match(fBodyFold, vnanalysis.ViFold, c.Text, boostBodyFold))
					if hasMarks(c.Text) && !cs.common(fBody, vnanalysis.Vi, c.Text) {
						should = append(should, match(fBody, vnanalysis.Vi, c.Text, boostBodyExact))
					}
					continue
				}
			} else {
				flush()
			}
		default:
			flush()
		}
		must = append(must, compile(c, positional, cs))
	}
	flush()
	if len(must) == 0 {
		must = append(must, bleve.NewMatchAllQuery())
	}
	if len(must) == 1 && len(not) == 0 && len(should) == 0 {
		return must[0]
	}
	return query.NewBooleanQuery(must, should, not)
}
