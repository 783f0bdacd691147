package web

import (
	"context"
	"net/http"
	"net/url"

	"github.com/vnarchive/vnarchive/search"
)

// The search side's types, as the page and the API show them. They are
// aliases, so *search.Service satisfies Searcher as it is.
type (
	// Request is one search with the contract's parameter names.
	Request = search.Request
	// BadRequestError is bad input: HTTP 400 with its message.
	BadRequestError = search.BadRequestError
	// Hit is one article in a result.
	Hit = search.Hit
	// FacetValue is one value of a facet with its count.
	FacetValue = search.FacetValue
	// Result is one page of a search.
	Result = search.Result
	// TitleSpan is one title of an official and when it was seen.
	TitleSpan = search.TitleSpan
	// OfficialSummary is one official with the titles they held over time.
	OfficialSummary = search.OfficialSummary
	// ArticleRef points at one article by id and publication time.
	ArticleRef = search.ArticleRef
	// DocumentSummary is one cited document with its citations.
	DocumentSummary = search.DocumentSummary
	// ArchiveRef locates the archived capture of an article.
	ArchiveRef = search.ArchiveRef
	// ArticleView is one article with its archive location.
	ArticleView = search.ArticleView
)

// ErrNotFound is returned by Searcher.Article (and Archive.ReadArchived)
// when the article (or record) is absent.
var ErrNotFound = search.ErrNotFound

// ParseRequest reads the contract's parameters from v; errors are
// *BadRequestError.
func ParseRequest(v url.Values) (Request, error) { return search.ParseRequest(v) }

// Searcher is what the web layer needs from the search side. *search.Service
// satisfies it. Implementations must be safe for concurrent use.
type Searcher interface {
	Search(ctx context.Context, r Request) (*Result, error)
	Officials(ctx context.Context, name string) ([]OfficialSummary, error)
	Documents(ctx context.Context, number string) ([]DocumentSummary, error)
	Article(ctx context.Context, idOrURL string) (*ArticleView, error)
}

var _ Searcher = (*search.Service)(nil)

// Archive reads the archived response of a capture: its HTTP header and
// decoded body. Implementations must be safe for concurrent use and return an
// error wrapping ErrNotFound when the record is absent.
type Archive interface {
	ReadArchived(ctx context.Context, ref ArchiveRef) (http.Header, []byte, error)
}
