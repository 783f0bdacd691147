// Package search answers the archive's questions over the index: it parses
// the query language and the contract's search parameters, runs searches
// with facets, cursor paging and highlighted snippets, aggregates officials
// (career timelines) and cited documents, and shows one article with its
// archive location. The CLI and the web page (subpackage web) both use it.
//
// Data flow:
//
//	url.Values / flags ─▶ Request ─▶ check ─┐
//	q ─▶ ParseQuery ─▶ index.Query ─────────┴▶ index.Search ─▶ Snippet ─▶ Result
//	                                           index.Scan   ─▶ Officials, Documents
//	                                           index.Get    ─▶ Article
package search

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/index"
)

// ErrNotFound is returned by Article when the article is not in the index.
var ErrNotFound = index.ErrNotFound

// Service answers searches over one index. It is safe for concurrent use and
// sees articles added to the index while it runs.
type Service struct {
	ix *index.Index
}

// NewService returns a Service over an open index; closing the index is the
// caller's business.
func NewService(ix *index.Index) *Service { return &Service{ix: ix} }

// Hit is one article of a result.
type Hit struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	Score     float64 `json:"score"`
	// Snippet is HTML whose only markup is <mark>; all else is escaped.
	Snippet   string   `json:"snippet"`
	Officials []string `json:"officials"`
	// Documents are canonical document numbers.
	Documents []string `json:"documents"`
	Site      string   `json:"site,omitempty"`
	Category  string   `json:"category,omitempty"`
}

// FacetValue is one value of a facet with its count.
type FacetValue struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
}

// Result is one page of a search. Facets has the keys "year", "month"
// (YYYY-MM, ascending like "year"), "official", "document", "type" and
// "site" (by count, descending); they count the whole result, not the page.
type Result struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetValue `json:"facets"`
	// Next is the After of the next page; nil on the last page.
	Next *string `json:"next"`
}

// Search runs one search. Bad input gives a *BadRequestError.
func (s *Service) Search(ctx context.Context, r Request) (*Result, error) {
	return s.search(ctx, r, true)
}

func (s *Service) search(ctx context.Context, r Request, facets bool) (*Result, error) {
	c, err := r.check()
	if err != nil {
		return nil, err
	}
	q, err := ParseQuery(r.Query)
	if err != nil {
		return nil, err
	}
	res, err := s.ix.Search(ctx, index.Request{
		Query:   q,
		Filters: filters(r, c),
		ByDate:  c.byDate,
		Size:    c.limit,
		After:   c.after,
		Facets:  facets,
		Text:    true,
	})
	if err != nil {
		return nil, err
	}
	out := &Result{Total: res.Total, Hits: []Hit{}, Facets: map[string][]FacetValue{}}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, makeHit(h))
	}
	for k, vs := range res.Facets {
		fv := make([]FacetValue, 0, len(vs))
		for _, v := range vs {
			fv = append(fv, FacetValue{Key: v.Key, Count: v.Count})
		}
		out.Facets[k] = fv
	}
	if res.Next != nil {
		n := encodeCursor(res.Next, c.byDate)
		out.Next = &n
	}
	return out, nil
}

func filters(r Request, c checked) []index.Query {
	var fs []index.Query
	if r.Official != "" {
		fs = append(fs, index.Field{Name: index.FieldOfficial, Value: r.Official})
	}
	if r.Doc != "" {
		fs = append(fs, index.Field{Name: index.FieldDoc, Value: r.Doc})
	}
	if r.Type != "" {
		fs = append(fs, index.Field{Name: index.FieldType, Value: ResolveType(r.Type)})
	}
	if r.Site != "" {
		fs = append(fs, index.Field{Name: index.FieldSite, Value: r.Site})
	}
	if !c.from.IsZero() || !c.to.IsZero() {
		fs = append(fs, index.DateRange{From: c.from, To: c.to})
	}
	return fs
}

func makeHit(h index.Hit) Hit {
	a := &h.Article
	hit := Hit{
		ID: h.ID, URL: a.URL, Title: a.Title, Published: a.Published, Score: h.Score,
		Snippet:   Snippet(a.Text, h.TextSpans, SnippetRunes),
		Officials: []string{}, Documents: []string{},
		Site: a.Site, Category: a.Category,
	}
	if hit.Site == "" {
		hit.Site = data.SiteOf(a.URL)
	}
	for _, o := range a.Officials {
		hit.Officials = append(hit.Officials, o.Name)
	}
	seen := map[string]bool{}
	for _, d := range a.Documents {
		c := d.Canonical
		if c == "" {
			c = d.Number
		}
		if c != "" && !seen[c] {
			seen[c] = true
			hit.Documents = append(hit.Documents, c)
		}
	}
	return hit
}

// Each calls fn for every hit of a search, page by page in the request's
// order, ignoring r.Limit and r.After: the whole result (for export).
func (s *Service) Each(ctx context.Context, r Request, fn func(Hit, *ArticleView) error) error {
	r.Limit, r.After = MaxLimit, ""
	for {
		c, err := r.check()
		if err != nil {
			return err
		}
		q, err := ParseQuery(r.Query)
		if err != nil {
			return err
		}
		res, err := s.ix.Search(ctx, index.Request{Query: q, Filters: filters(r, c), ByDate: c.byDate, Size: c.limit, After: c.after})
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			v := view(h)
			if err := fn(makeHit(h), v); err != nil {
				return err
			}
		}
		if res.Next == nil {
			return nil
		}
		r.After = encodeCursor(res.Next, c.byDate)
	}
}

// ArchiveRef locates the archived capture of an article: a WARC file of the
// archive directory and the byte offset of its response record.
type ArchiveRef struct {
	WARC     string `json:"warc"`
	Offset   int64  `json:"offset"`
	Length   int64  `json:"length,omitempty"`
	Captured string `json:"captured"`
}

// ArticleView is one article with its id and archive location.
type ArticleView struct {
	data.Article
	Archive ArchiveRef `json:"archive"`
}

func view(h index.Hit) *ArticleView {
	v := &ArticleView{Article: h.Article, Archive: ArchiveRef(h.Archive)}
	v.ID = h.ID
	return v
}

// Article returns one article by id or by its URL; ErrNotFound when absent.
func (s *Service) Article(ctx context.Context, idOrURL string) (*ArticleView, error) {
	var h *index.Hit
	var err error
	if !strings.Contains(idOrURL, "://") {
		h, err = s.ix.Get(ctx, idOrURL)
	} else {
		h, err = s.ix.ByURL(ctx, idOrURL)
		if errors.Is(err, index.ErrNotFound) {
			h, err = s.ix.Get(ctx, data.ArticleID(idOrURL))
		}
	}
	if err != nil {
		if errors.Is(err, index.ErrNotFound) {
			return nil, fmt.Errorf("article %s: %w", idOrURL, ErrNotFound)
		}
		return nil, err
	}
	return view(*h), nil
}
