package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/vnarchive/vnarchive/data"
)

// The types below mirror the search side's API (notes/searchapi.md) until
// package search lands; then they become aliases of its types so that
// *search.Service satisfies Searcher as it is.

// Request is one search with the contract's parameter names.
type Request struct {
	Query, Official, Doc, Type, Site string
	From, To                         string
	Sort                             string
	Limit                            int
	After                            string
}

// BadRequestError is bad input: HTTP 400 with its message.
type BadRequestError struct{ Field, Msg string }

func (e *BadRequestError) Error() string {
	if e.Field == "" {
		return e.Msg
	}
	return e.Field + ": " + e.Msg
}

// ErrNotFound is returned by Searcher.Article when the article is absent.
var ErrNotFound = errors.New("not found")

// Hit is one article in a result.
type Hit struct {
	ID        string   `json:"id"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Score     float64  `json:"score"`
	Snippet   string   `json:"snippet"`
	Officials []string `json:"officials"`
	Documents []string `json:"documents"`
	Site      string   `json:"site,omitempty"`
	Category  string   `json:"category,omitempty"`
}

// FacetValue is one value of a facet with its count.
type FacetValue struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
}

// Result is one page of a search.
type Result struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetValue `json:"facets"`
	Next   *string                 `json:"next"`
}

// TitleSpan is one title of an official and when it was seen.
type TitleSpan struct {
	Title    string `json:"title"`
	First    string `json:"first"`
	Last     string `json:"last"`
	Articles int    `json:"articles"`
}

// OfficialSummary is one official with the titles they held over time.
type OfficialSummary struct {
	Name     string      `json:"name"`
	Articles int         `json:"articles"`
	Titles   []TitleSpan `json:"titles"`
}

// ArticleRef points at one article by id and publication time.
type ArticleRef struct {
	ID        string `json:"id"`
	Published string `json:"published"`
}

// DocumentSummary is one cited document with its citations.
type DocumentSummary struct {
	Canonical string     `json:"canonical"`
	Type      string     `json:"type"`
	Number    string     `json:"number"`
	Date      string     `json:"date"`
	Issuer    string     `json:"issuer"`
	Citations int        `json:"citations"`
	First     ArticleRef `json:"first"`
	Last      ArticleRef `json:"last"`
}

// ArchiveRef locates the archived capture of an article.
type ArchiveRef struct {
	WARC     string `json:"warc"`
	Offset   int64  `json:"offset"`
	Captured string `json:"captured"`
}

// ArticleView is one article with its archive location.
type ArticleView struct {
	data.Article
	Archive ArchiveRef `json:"archive"`
}

// ParseRequest reads the contract's parameters from v.
func ParseRequest(v url.Values) (Request, error) {
	r := Request{
		Query: v.Get("q"), Official: v.Get("official"), Doc: v.Get("doc"),
		Type: v.Get("type"), Site: v.Get("site"), From: v.Get("from"), To: v.Get("to"),
		Sort: v.Get("sort"), After: v.Get("after"),
	}
	for _, d := range []struct{ name, val string }{{"from", r.From}, {"to", r.To}} {
		if d.val == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d.val); err != nil {
			return Request{}, &BadRequestError{Field: d.name, Msg: fmt.Sprintf("%q is not a date YYYY-MM-DD", d.val)}
		}
	}
	if r.From != "" && r.To != "" && r.From > r.To {
		return Request{}, &BadRequestError{Field: "from", Msg: "from is after to"}
	}
	switch r.Sort {
	case "", "relevance", "date":
	default:
		return Request{}, &BadRequestError{Field: "sort", Msg: fmt.Sprintf("%q is not relevance or date", r.Sort)}
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > 500 {
			return Request{}, &BadRequestError{Field: "limit", Msg: fmt.Sprintf("%q is not a number from 1 to 500", s)}
		}
		r.Limit = n
	}
	return r, nil
}

// Searcher is what the web layer needs from the search side. *search.Service
// satisfies it. Implementations must be safe for concurrent use.
type Searcher interface {
	Search(ctx context.Context, r Request) (*Result, error)
	Officials(ctx context.Context, name string) ([]OfficialSummary, error)
	Documents(ctx context.Context, number string) ([]DocumentSummary, error)
	Article(ctx context.Context, idOrURL string) (*ArticleView, error)
}

// Archive reads the archived response of a capture: its HTTP header and
// decoded body. Implementations must be safe for concurrent use and return an
// error wrapping ErrNotFound when the record is absent.
type Archive interface {
	ReadArchived(ctx context.Context, ref ArchiveRef) (http.Header, []byte, error)
}
