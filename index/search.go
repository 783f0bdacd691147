package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vnarchive/vnarchive/data"
)

// Facet names of Result.Facets.
const (
	FacetYear     = "year"
	FacetMonth    = "month"
	FacetOfficial = "official"
	FacetDocument = "document"
	FacetType     = "type"
	FacetSite     = "site"
)

var facetFields = []struct {
	name, field string
	size        int
}{
	{FacetMonth, fMonth, 1200}, // also gives the years: one facet less to count
	{FacetOfficial, fOfficial, 20},
	{FacetDocument, fDocument, 20},
	{FacetType, fType, 20},
	{FacetSite, fSite, 20},
}

// Request is one search of the index. The zero value finds every article,
// ten at a time, by relevance.
type Request struct {
	// Query scores and selects articles; nil matches all.
	Query Query
	// Filters select without scoring (Field and DateRange nodes).
	Filters []Query
	// ByDate sorts newest first instead of by relevance.
	ByDate bool
	// Size is the number of hits; 0 means 10.
	Size int
	// After is the Next of the previous page.
	After []string
	// Facets asks for the facet counts of the whole result. They depend
	// on Query and Filters only, so the index keeps those of recent
	// requests until it next changes (Options.FacetCacheSize): paging and
	// reloads do not count them again.
	Facets bool
	// Text asks for each hit's text and the byte spans of the matches in it
	// and in the title (for snippets).
	Text bool
}

// Span is a byte range [Start, End) of a match.
type Span struct{ Start, End int }

// Hit is one article of a result.
type Hit struct {
	ID string
	// Score is the relevance score; 0 when sorting by date without a
	// query, where there is nothing to score.
	Score float64
	// Article is the indexed article; its Text only when Request.Text.
	Article data.Article
	Archive ArchiveRef
	// TextSpans and TitleSpans are the matches in Article.Text and
	// Article.Title, sorted, when Request.Text.
	TextSpans, TitleSpans []Span
}

// FacetValue is one value of a facet and the number of articles with it.
type FacetValue struct {
	Key   string
	Count int
}

// Result is one page of hits.
type Result struct {
	Total  uint64
	Hits   []Hit
	Facets map[string][]FacetValue
	// Next continues after the last hit; nil on the last page.
	Next []string
}

// Search runs one request.
func (ix *Index) Search(ctx context.Context, r Request) (*Result, error) {
	idx, err := ix.current()
	if err != nil {
		return nil, err
	}
	defer ix.mu.RUnlock()
	size := r.Size
	if size <= 0 {
		size = 10
	}
	if len(r.After) != 0 && len(r.After) != 2 {
		return nil, errors.New("search: bad cursor")
	}
	var facetKey string
	var cached map[string][]FacetValue
	changes := ix.facets.changes.Load() // before the search: see facetCache
	wantFacets := false
	if r.Facets {
		facetKey = ix.facets.key(r)
		var ok bool
		cached, ok = ix.facets.get(facetKey, changes)
		wantFacets = !ok
	}
	// Compiled once: the score-only request and its full-key rerun share it.
	var cs *termCounts
	if !isAll(r.Query) {
		cs = newTermCounts(ctx, idx)
	}
	q := build(r, false, cs)
	cs.Close()
	var hits []*search.DocumentMatch
	var next []string
	var res *bleve.SearchResult
	if !r.ByDate {
		res, hits, next, err = byScore(ctx, idx, q, r, size, wantFacets)
		if err != nil {
			return nil, err
		}
	}
	if res == nil || hits == nil {
		// By date, or a page the score-only order cannot settle: sort
		// by the full key (score or date, then id).
		req := newRequest(q, r, size, wantFacets && res == nil)
		if r.ByDate {
			req.SortByCustom(search.SortOrder{&search.SortField{Field: fDateKey, Type: search.SortFieldAsString, Desc: true}})
			if len(r.After) == 2 {
				t, err := time.Parse(time.RFC3339Nano, r.After[0])
				if err != nil {
					return nil, errors.New("search: bad cursor")
				}
				req.SearchAfter = []string{dateKey(t, r.After[1])}
			}
		} else {
			req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}, &search.SortDocID{}})
			if len(r.After) == 2 {
				req.SearchAfter = r.After
			}
		}
		full, err := idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		if res == nil {
			res = full
		}
		hits, next = full.Hits, nil
		if len(hits) > size {
			next = sortKey(hits[size-1], r.ByDate)
			hits = hits[:size]
		}
	}
	out := &Result{Total: res.Total, Next: next}
	if r.Text && len(hits) > 0 && r.Query != nil {
		// Match offsets in a second pass over the page's hits only:
		// locations for every matching article would cost far more.
		if err := addLocations(ctx, idx, build(r, true, nil), hits); err != nil {
			return nil, err
		}
	}
	for _, h := range hits {
		hit, err := makeHit(h, r.Text)
		if err != nil {
			return nil, err
		}
		out.Hits = append(out.Hits, hit)
	}
	switch {
	case cached != nil:
		out.Facets = cached
	case r.Facets:
		out.Facets = facets(res.Facets)
		out.Facets[FacetYear] = yearsOf(out.Facets[FacetMonth])
		ix.facets.put(facetKey, changes, out.Facets)
	}
	return out, nil
}

// newRequest is the Bleve request of r, compiled as q, without its sort
// order.
func newRequest(q query.Query, r Request, size int, withFacets bool) *bleve.SearchRequest {
	req := bleve.NewSearchRequestOptions(q, size+1, 0, false)
	if r.ByDate && isAll(r.Query) {
		// Nothing to rank by: every hit would score the same, and the
		// date decides the order. Scoring is skipped (Hit.Score is 0).
		req.Score = "none"
	}
	req.Fields = []string{fMeta}
	if r.Text {
		req.Fields = append(req.Fields, fBody)
	}
	if withFacets {
		for _, f := range facetFields {
			req.AddFacet(f.name, bleve.NewFacetRequest(f.field, f.size))
		}
	}
	return req
}

// byScore runs a relevance-ordered request sorted by score alone, which
// spares Bleve loading the id of every matching article (the tie-breaker of
// the full order). The page it gives is the page of the full order (score
// descending, then id) whenever no article outside it could tie with its
// last hit; it returns the page's hits sorted in the full order and the
// cursor after them. hits is nil when the page cannot be settled that way:
// the caller then sorts by the full key (res and its facets stay valid).
func byScore(ctx context.Context, idx bleve.Index, q query.Query, r Request, size int, withFacets bool) (res *bleve.SearchResult, hits []*search.DocumentMatch, next []string, err error) {
	req := newRequest(q, r, size, withFacets)
	req.SortByCustom(search.SortOrder{&search.SortScore{Desc: true}})
	var s0 float64
	var id0 string
	if len(r.After) == 2 {
		if s0, err = strconv.ParseFloat(r.After[0], 64); err != nil {
			return nil, nil, nil, errors.New("search: bad cursor")
		}
		id0 = r.After[1]
		// Scores up to and including the cursor's: the articles tied
		// with it and after it by id belong to this page.
		req.SearchAfter = []string{strconv.FormatFloat(math.Nextafter(s0, math.Inf(1)), 'g', -1, 64)}
	}
	res, err = idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("search: %w", err)
	}
	// Every article scoring above the lowest returned is in res.Hits.
	exhausted := len(res.Hits) < size+1
	var lowest float64
	if !exhausted {
		lowest = res.Hits[len(res.Hits)-1].Score
	}
	page := make([]*search.DocumentMatch, 0, len(res.Hits))
	for _, h := range res.Hits {
		if len(r.After) == 2 && h.Score == s0 && h.ID <= id0 {
			continue
		}
		page = append(page, h)
	}
	sort.SliceStable(page, func(i, j int) bool {
		if page[i].Score != page[j].Score {
			return page[i].Score > page[j].Score
		}
		return page[i].ID < page[j].ID
	})
	switch {
	case exhausted:
	case len(page) >= size && page[size-1].Score > lowest:
	default:
		return res, nil, nil, nil
	}
	if len(page) > size {
		next = sortKey(page[size-1], false)
		page = page[:size]
	}
	if len(page) == 0 {
		page = []*search.DocumentMatch{}
	}
	return res, page, next, nil
}

// addLocations fills in the match locations of hits by running q again
// restricted to their ids.
func addLocations(ctx context.Context, idx bleve.Index, q query.Query, hits []*search.DocumentMatch) error {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	// A conjunction led by the id list advances the query to those ids
	// only (a filter would run the whole query and drop the rest).
	b := bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), q)
	req := bleve.NewSearchRequestOptions(b, len(ids), 0, false)
	req.IncludeLocations = true
	res, err := idx.SearchInContext(ctx, req)
	if err != nil {
		return fmt.Errorf("search: match offsets: %w", err)
	}
	byID := make(map[string]*search.DocumentMatch, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h
	}
	for _, h := range hits {
		if m := byID[h.ID]; m != nil {
			h.Locations = m.Locations
		}
	}
	return nil
}

// isAll reports whether q matches every article.
func isAll(q Query) bool {
	switch q := q.(type) {
	case nil, All:
		return true
	case And:
		return len(q) == 0
	}
	return false
}

func build(r Request, positional bool, cs *termCounts) query.Query {
	q := compile(r.Query, positional, cs)
	if len(r.Filters) == 0 {
		return q
	}
	var fs []query.Query
	for _, f := range r.Filters {
		fs = append(fs, compile(f, positional, nil))
	}
	if isAll(r.Query) && r.ByDate {
		// Filters alone select; no match-all to walk beside them.
		if len(fs) == 1 {
			return fs[0]
		}
		return bleve.NewConjunctionQuery(fs...)
	}
	b := query.NewBooleanQuery([]query.Query{q}, nil, nil)
	b.AddFilter(bleve.NewConjunctionQuery(fs...))
	return b
}

// sortKey is the cursor after hit h: its score (or date) and its id.
func sortKey(h *search.DocumentMatch, byDate bool) []string {
	if byDate && len(h.Sort) > 0 {
		t := noDate
		if k, err := parseDateKey(h.Sort[0]); err == nil {
			t = k
		}
		return []string{t.Format(time.RFC3339Nano), h.ID}
	}
	return []string{strconv.FormatFloat(h.Score, 'g', -1, 64), h.ID}
}

func makeHit(h *search.DocumentMatch, withText bool) (Hit, error) {
	hit := Hit{ID: h.ID, Score: h.Score}
	if err := decodeMeta(h.Fields[fMeta], &hit); err != nil {
		return hit, fmt.Errorf("article %s: %w", h.ID, err)
	}
	hit.Article.ID = h.ID
	if withText {
		hit.Article.Text = firstString(h.Fields[fBody])
		hit.TextSpans = spans(h.Locations[fBodyFold], true)
		hit.TitleSpans = spans(h.Locations[fTitleFold], false)
	}
	return hit, nil
}

func decodeMeta(v interface{}, hit *Hit) error {
	s, _ := v.(string)
	if s == "" {
		return errors.New("stored article missing")
	}
	var m stored
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return fmt.Errorf("decode stored article: %w", err)
	}
	hit.Article, hit.Archive = m.Article, m.Archive
	return nil
}

func firstString(v interface{}) string {
	switch v := v.(type) {
	case string:
		return v
	case []interface{}:
		if len(v) > 0 {
			s, _ := v[0].(string)
			return s
		}
	}
	return ""
}

// spans collects the match offsets of one field; for the body only those
// in its first value, the text.
func spans(tl search.TermLocationMap, firstValueOnly bool) []Span {
	var out []Span
	for _, locs := range tl {
		for _, l := range locs {
			if firstValueOnly && len(l.ArrayPositions) > 0 && l.ArrayPositions[0] != 0 {
				continue
			}
			out = append(out, Span{int(l.Start), int(l.End)})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

// yearsOf sums month counts (keys YYYY-MM, ascending) into years.
func yearsOf(months []FacetValue) []FacetValue {
	years := []FacetValue{}
	for _, m := range months {
		y := m.Key[:min(4, len(m.Key))]
		if n := len(years); n > 0 && years[n-1].Key == y {
			years[n-1].Count += m.Count
			continue
		}
		years = append(years, FacetValue{Key: y, Count: m.Count})
	}
	return years
}

func facets(fr search.FacetResults) map[string][]FacetValue {
	out := map[string][]FacetValue{}
	for _, f := range facetFields {
		res := fr[f.name]
		vals := []FacetValue{}
		if res != nil && res.Terms != nil {
			for _, t := range res.Terms.Terms() {
				vals = append(vals, FacetValue{Key: t.Term, Count: t.Count})
			}
		}
		switch f.name {
		case FacetMonth:
			sort.Slice(vals, func(i, j int) bool { return vals[i].Key < vals[j].Key })
		default:
			sort.SliceStable(vals, func(i, j int) bool {
				if vals[i].Count != vals[j].Count {
					return vals[i].Count > vals[j].Count
				}
				return vals[i].Key < vals[j].Key
			})
		}
		out[f.name] = vals
	}
	return out
}

// Get returns one article with its text, by id; ErrNotFound when absent.
func (ix *Index) Get(ctx context.Context, id string) (*Hit, error) {
	return ix.getOne(ctx, bleve.NewDocIDQuery([]string{id}))
}

// ByURL returns the article archived from a URL, with its text;
// ErrNotFound when absent.
func (ix *Index) ByURL(ctx context.Context, url string) (*Hit, error) {
	return ix.getOne(ctx, term(fURL, url, 1))
}

func (ix *Index) getOne(ctx context.Context, q query.Query) (*Hit, error) {
	idx, err := ix.current()
	if err != nil {
		return nil, err
	}
	defer ix.mu.RUnlock()
	req := bleve.NewSearchRequestOptions(q, 1, 0, false)
	req.Fields = []string{fMeta, fBody}
	res, err := idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("get article: %w", err)
	}
	if len(res.Hits) == 0 {
		return nil, ErrNotFound
	}
	hit, err := makeHit(res.Hits[0], true)
	if err != nil {
		return nil, err
	}
	return &hit, nil
}

// Count returns the number of articles in the index.
func (ix *Index) Count() (uint64, error) {
	idx, err := ix.current()
	if err != nil {
		return 0, err
	}
	defer ix.mu.RUnlock()
	return idx.DocCount()
}

// Scan calls fn for every article matching q (nil: all), in id order,
// without text. It reads in pages, so the index may change meanwhile.
func (ix *Index) Scan(ctx context.Context, q Query, fn func(Hit) error) error {
	var after []string
	for {
		idx, err := ix.current()
		if err != nil {
			return err
		}
		req := bleve.NewSearchRequestOptions(compile(q, false, nil), 1000, 0, false)
		req.Fields = []string{fMeta}
		req.SortByCustom(search.SortOrder{&search.SortDocID{}})
		req.Score = "none"
		if after != nil {
			req.SearchAfter = after
		}
		res, err := idx.SearchInContext(ctx, req)
		ix.mu.RUnlock()
		if err != nil {
			return fmt.Errorf("scan: %w", err)
		}
		for _, h := range res.Hits {
			hit, err := makeHit(h, false)
			if err != nil {
				return err
			}
			if err := fn(hit); err != nil {
				return err
			}
		}
		if len(res.Hits) < 1000 {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}
