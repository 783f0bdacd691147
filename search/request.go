package search

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
)

// Limits of Request.Limit.
const (
	DefaultLimit = 20
	MaxLimit     = 500
)

// Sort orders of Request.Sort.
const (
	SortRelevance = "relevance"
	SortDate      = "date"
)

// Request is one search, with the contract's parameter names (q, official,
// doc, type, site, from, to, sort, limit, after). The zero value finds every
// article, newest first, DefaultLimit at a time.
type Request struct {
	Query, Official, Doc, Type, Site string
	// From and To are inclusive calendar days (YYYY-MM-DD) in
	// Asia/Ho_Chi_Minh; "" leaves that end open.
	From, To string
	// Sort is "relevance" (the default) or "date" (newest first). A request
	// without a query is sorted by date.
	Sort string
	// Limit is the page size: 0 means DefaultLimit, at most MaxLimit.
	Limit int
	// After is Result.Next of the previous page.
	After string
}

// BadRequestError is bad input: exit code 2 in the CLI, HTTP 400 on the web.
type BadRequestError struct{ Field, Msg string }

func (e *BadRequestError) Error() string {
	if e.Field == "" {
		return e.Msg
	}
	return e.Field + ": " + e.Msg
}

func badf(field, format string, args ...any) error {
	return &BadRequestError{Field: field, Msg: fmt.Sprintf(format, args...)}
}

// ParseRequest reads the contract's parameters from v (a URL query). It
// checks them as Service.Search does; errors are *BadRequestError.
func ParseRequest(v url.Values) (Request, error) {
	r := Request{
		Query: v.Get("q"), Official: v.Get("official"), Doc: v.Get("doc"),
		Type: v.Get("type"), Site: v.Get("site"), From: v.Get("from"), To: v.Get("to"),
		Sort: v.Get("sort"), After: v.Get("after"),
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return r, badf("limit", "not a number: %q", s)
		}
		r.Limit = n
	}
	if _, err := r.check(); err != nil {
		return r, err
	}
	return r, nil
}

// checked is a Request made ready to run.
type checked struct {
	from, to time.Time
	byDate   bool
	limit    int
	after    []string
}

var hcm = func() *time.Location {
	if l, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
		return l
	}
	return time.FixedZone("ICT", 7*3600)
}()

func (r Request) check() (checked, error) {
	var c checked
	switch r.Sort {
	case "", SortRelevance:
		c.byDate = strings.TrimSpace(r.Query) == ""
	case SortDate:
		c.byDate = true
	default:
		return c, badf("sort", "must be relevance or date, not %q", r.Sort)
	}
	switch {
	case r.Limit == 0:
		c.limit = DefaultLimit
	case r.Limit < 0 || r.Limit > MaxLimit:
		return c, badf("limit", "must be 1..%d, not %d", MaxLimit, r.Limit)
	default:
		c.limit = r.Limit
	}
	var err error
	if r.From != "" {
		if c.from, err = time.ParseInLocation("2006-01-02", r.From, hcm); err != nil {
			return c, badf("from", "want YYYY-MM-DD, got %q", r.From)
		}
	}
	if r.To != "" {
		t, err := time.ParseInLocation("2006-01-02", r.To, hcm)
		if err != nil {
			return c, badf("to", "want YYYY-MM-DD, got %q", r.To)
		}
		c.to = t.AddDate(0, 0, 1).Add(-time.Nanosecond)
	}
	if !c.from.IsZero() && !c.to.IsZero() && c.from.After(c.to) {
		return c, badf("from", "%s is after to %s", r.From, r.To)
	}
	if r.After != "" {
		if c.after, err = decodeCursor(r.After, c.byDate); err != nil {
			return c, err
		}
	}
	return c, nil
}

// cursor is the decoded form of Result.Next: the sort order it belongs to
// and the sort key of the last hit.
type cursor struct {
	Sort string   `json:"s"`
	Key  []string `json:"k"`
}

func encodeCursor(key []string, byDate bool) string {
	c := cursor{Sort: SortRelevance, Key: key}
	if byDate {
		c.Sort = SortDate
	}
	raw, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(raw)
}

func decodeCursor(s string, byDate bool) ([]string, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	var c cursor
	if err == nil {
		err = json.Unmarshal(raw, &c)
	}
	if err != nil || len(c.Key) != 2 {
		return nil, badf("after", "not a cursor of this search")
	}
	if (c.Sort == SortDate) != byDate {
		return nil, badf("after", "cursor belongs to another sort order")
	}
	if byDate {
		if _, err := time.Parse(time.RFC3339Nano, c.Key[0]); err != nil {
			return nil, badf("after", "not a cursor of this search")
		}
	} else if _, err := strconv.ParseFloat(c.Key[0], 64); err != nil {
		return nil, badf("after", "not a cursor of this search")
	}
	return c.Key, nil
}

// ResolveType turns a document type as typed — full name in any case and
// accents, or a symbol abbreviation ("NQ", "qd") — into its canonical full
// name; an unknown type is returned as typed.
func ResolveType(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	k := vn.FoldKey(s)
	for _, t := range data.DocTypes() {
		if vn.FoldKey(t.Name) == k {
			return t.Name
		}
		for _, a := range t.Aliases {
			if vn.FoldKey(a) == k {
				return t.Name
			}
		}
	}
	if name, ok := data.TypeOfAbbrev(s); ok {
		return name
	}
	return s
}
