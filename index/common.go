package index

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
)

// commonShare is the share of articles above which a term counts as common:
// its BM25 weight (idf squared, under 0.05 here) is too small to move a
// ranking, yet walking its posting list costs as much as any.
const commonShare = 0.8

// termCounts tells which terms are common in the index being searched. The
// ranking pass leaves the bonus clauses of common words out (accent-exact
// and title matches): they would add next to nothing to any article's score
// and walk posting lists as long as the archive. Words stay in the must
// clauses, so what is found does not change. The same cut-off as a common
// terms query or a cutoff frequency elsewhere. A nil *termCounts keeps
// every clause.
type termCounts struct {
	ctx context.Context
	r   index.IndexReader
	m   mapping.IndexMapping
	min uint64 // document frequency from which a term is common
}

// newTermCounts opens a reader on idx; close it with Close. It returns nil
// (every clause kept) when the index cannot give one.
func newTermCounts(ctx context.Context, idx bleve.Index) *termCounts {
	adv, err := idx.Advanced()
	if err != nil {
		return nil
	}
	r, err := adv.Reader()
	if err != nil {
		return nil
	}
	n, err := r.DocCount()
	if err != nil {
		_ = r.Close()
		return nil
	}
	return &termCounts{ctx: ctx, r: r, m: idx.Mapping(), min: uint64(commonShare*float64(n)) + 1}
}

// Close releases the reader.
func (c *termCounts) Close() {
	if c != nil {
		_ = c.r.Close()
	}
}

// common reports whether every term the analyzer makes of text is in more
// than commonShare of the articles' field.
func (c *termCounts) common(field, analyzer, text string) bool {
	if c == nil {
		return false
	}
	a := c.m.AnalyzerNamed(analyzer)
	if a == nil {
		return false
	}
	toks := a.Analyze([]byte(text))
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		tfr, err := c.r.TermFieldReader(c.ctx, t.Term, field, false, false, false)
		if err != nil {
			return false
		}
		n := tfr.Count()
		_ = tfr.Close()
		if n < c.min {
			return false
		}
	}
	return true
}
