package web

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
)

// fakeSearch is an in-memory Searcher for handler tests: substring matching
// on folded text, the contract's filters, facets and an offset cursor. Its
// snippets are deliberately NOT escaped, so the page must escape them.
type fakeSearch struct {
	mu   sync.RWMutex
	arts []ArticleView
}

func (f *fakeSearch) add(a ...ArticleView) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.arts = append(f.arts, a...)
}

func (f *fakeSearch) Search(ctx context.Context, r Request) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if strings.Count(r.Query, `"`)%2 == 1 {
		return nil, &BadRequestError{Field: "q", Msg: "unbalanced quote"}
	}
	off := 0
	if r.After != "" {
		var c struct {
			K []string `json:"k"`
		}
		raw, err := base64.RawURLEncoding.DecodeString(r.After)
		if err == nil {
			err = json.Unmarshal(raw, &c)
		}
		if err != nil || len(c.K) != 2 {
			return nil, &BadRequestError{Field: "after", Msg: "bad cursor"}
		}
		if off, err = strconv.Atoi(c.K[1]); err != nil || off < 0 {
			return nil, &BadRequestError{Field: "after", Msg: "bad cursor"}
		}
	}
	limit := r.Limit
	if limit == 0 {
		limit = 20
	}
	f.mu.RLock()
	defer f.mu.RUnlock()
	var words []string
	for _, w := range strings.Fields(strings.ReplaceAll(r.Query, `"`, " ")) {
		words = append(words, vn.FoldKey(w))
	}
	var match []ArticleView
	for _, a := range f.arts {
		if f.matches(a, r, words) {
			match = append(match, a)
		}
	}
	if r.Sort == "date" {
		sort.SliceStable(match, func(i, j int) bool { return match[i].Published > match[j].Published })
	}
	res := &Result{Total: uint64(len(match)), Hits: []Hit{}, Facets: facets(match)}
	for i := off; i < len(match) && i < off+limit; i++ {
		res.Hits = append(res.Hits, hitOf(match[i], words))
	}
	if off+limit < len(match) {
		next := fakeCursor(r, off+limit)
		res.Next = &next
	}
	return res, nil
}

// fakeCursor writes an offset in the search side's cursor format, so that
// search.ParseRequest accepts it.
func fakeCursor(r Request, off int) string {
	c := map[string]any{"s": "relevance", "k": []string{"1", strconv.Itoa(off)}}
	if r.Sort == "date" || strings.TrimSpace(r.Query) == "" {
		c = map[string]any{"s": "date", "k": []string{"2024-01-01T00:00:00Z", strconv.Itoa(off)}}
	}
	raw, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(raw)
}

func (f *fakeSearch) matches(a ArticleView, r Request, words []string) bool {
	text := vn.FoldKey(a.Title + " " + a.Text)
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	if r.Official != "" && !hasOfficial(a.Article, r.Official) {
		return false
	}
	if r.Doc != "" && !hasDoc(a.Article, func(d data.Document) bool { return d.Canonical == r.Doc }) {
		return false
	}
	if r.Type != "" && !hasDoc(a.Article, func(d data.Document) bool { return d.Type == r.Type }) {
		return false
	}
	if r.Site != "" && a.Site != r.Site {
		return false
	}
	day := a.Published
	if len(day) >= 10 {
		day = day[:10]
	}
	return (r.From == "" || day >= r.From) && (r.To == "" || day <= r.To)
}

func hasOfficial(a data.Article, name string) bool {
	for _, o := range a.Officials {
		if vn.FoldKey(o.Name) == vn.FoldKey(name) {
			return true
		}
	}
	return false
}

func hasDoc(a data.Article, ok func(data.Document) bool) bool {
	for _, d := range a.Documents {
		if ok(d) {
			return true
		}
	}
	return false
}

func hitOf(a ArticleView, words []string) Hit {
	h := Hit{ID: a.ID, URL: a.URL, Title: a.Title, Published: a.Published, Score: 1, Site: a.Site, Category: a.Category,
		Officials: []string{}, Documents: []string{}}
	snip := a.Text
	if len(snip) > 300 {
		snip = snip[:300]
	}
	for _, w := range words { // raw text with marks: the page must escape it
		if i := strings.Index(strings.ToLower(snip), w); i >= 0 {
			snip = snip[:i] + "<mark>" + snip[i:i+len(w)] + "</mark>" + snip[i+len(w):]
			break
		}
	}
	h.Snippet = snip
	for _, o := range a.Officials {
		h.Officials = append(h.Officials, o.Name)
	}
	for _, d := range a.Documents {
		h.Documents = append(h.Documents, d.Canonical)
	}
	return h
}

func facets(arts []ArticleView) map[string][]FacetValue {
	counts := map[string]map[string]int{}
	inc := func(f, k string) {
		if k == "" {
			return
		}
		if counts[f] == nil {
			counts[f] = map[string]int{}
		}
		counts[f][k]++
	}
	for _, a := range arts {
		if len(a.Published) >= 7 {
			inc("year", a.Published[:4])
			inc("month", a.Published[:7])
		}
		inc("site", a.Site)
		for _, o := range a.Officials {
			inc("official", o.Name)
		}
		for _, d := range a.Documents {
			inc("document", d.Canonical)
			inc("type", d.Type)
		}
	}
	out := map[string][]FacetValue{}
	for f, m := range counts {
		for k, n := range m {
			out[f] = append(out[f], FacetValue{Key: k, Count: n})
		}
		sort.Slice(out[f], func(i, j int) bool {
			if out[f][i].Count != out[f][j].Count {
				return out[f][i].Count > out[f][j].Count
			}
			return out[f][i].Key < out[f][j].Key
		})
	}
	return out
}

func (f *fakeSearch) Officials(ctx context.Context, name string) ([]OfficialSummary, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	byName := map[string]*OfficialSummary{}
	var order []string
	for _, a := range f.arts {
		for _, o := range a.Officials {
			if name != "" && !strings.Contains(vn.FoldKey(o.Name), vn.FoldKey(name)) {
				continue
			}
			s := byName[o.Name]
			if s == nil {
				s = &OfficialSummary{Name: o.Name}
				byName[o.Name] = s
				order = append(order, o.Name)
			}
			s.Articles++
			for _, t := range o.Titles {
				found := false
				for i := range s.Titles {
					if s.Titles[i].Title == t {
						found = true
						s.Titles[i].Articles++
						s.Titles[i].First = min(s.Titles[i].First, a.Published[:10])
						s.Titles[i].Last = max(s.Titles[i].Last, a.Published[:10])
					}
				}
				if !found {
					s.Titles = append(s.Titles, TitleSpan{Title: t, First: a.Published[:10], Last: a.Published[:10], Articles: 1})
				}
			}
		}
	}
	out := []OfficialSummary{}
	for _, n := range order {
		out = append(out, *byName[n])
	}
	return out, nil
}

func (f *fakeSearch) Documents(ctx context.Context, number string) ([]DocumentSummary, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	byKey := map[string]*DocumentSummary{}
	var order []string
	for _, a := range f.arts {
		for _, d := range a.Documents {
			if number != "" && d.Canonical != number {
				continue
			}
			s := byKey[d.Canonical]
			ref := ArticleRef{ID: a.ID, Published: a.Published}
			if s == nil {
				s = &DocumentSummary{Canonical: d.Canonical, Type: d.Type, Number: d.Number, Date: d.Date, Issuer: d.Issuer, First: ref, Last: ref}
				byKey[d.Canonical] = s
				order = append(order, d.Canonical)
			}
			s.Citations++
			if ref.Published < s.First.Published {
				s.First = ref
			}
			if ref.Published > s.Last.Published {
				s.Last = ref
			}
		}
	}
	out := []DocumentSummary{}
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	return out, nil
}

func (f *fakeSearch) Article(ctx context.Context, idOrURL string) (*ArticleView, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	for _, a := range f.arts {
		if a.ID == idOrURL || a.URL == idOrURL {
			a := a
			return &a, nil
		}
	}
	return nil, fmt.Errorf("article %q: %w", idOrURL, ErrNotFound)
}

// fakeArchive serves archived records from memory, keyed by WARC name.
type fakeArchive struct {
	mu    sync.Mutex
	pages map[string]string
	reads []ArchiveRef
}

func (f *fakeArchive) ReadArchived(ctx context.Context, ref ArchiveRef) (http.Header, []byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads = append(f.reads, ref)
	body, ok := f.pages[ref.WARC]
	if !ok {
		return nil, nil, fmt.Errorf("record %s@%d: %w", ref.WARC, ref.Offset, ErrNotFound)
	}
	return http.Header{"Content-Type": {"text/html; charset=utf-8"}}, []byte(body), nil
}
