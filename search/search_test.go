package search

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/index"
)

// The search tests follow bleve's integration-test pattern: testdata/<set>/
// holds articles.json (the documents) and searches.json (requests with the
// expected hits: an exact set, ranking tiers, an exact order, facet counts,
// snippet fragments).

type searchCase struct {
	Name     string                  `json:"name"`
	Request  Request                 `json:"request"`
	Hits     []string                `json:"hits"`
	Tiers    [][]string              `json:"tiers"`
	Order    []string                `json:"order"`
	Facets   map[string][]FacetValue `json:"facets"`
	Snippets map[string]string       `json:"snippets"`
}

// UnmarshalJSON reads the request with the contract's parameter names.
func (r *Request) UnmarshalJSON(b []byte) error {
	var v struct {
		Q, Official, Doc, Type, Site, From, To, Sort, After string
		Limit                                               int
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*r = Request{Query: v.Q, Official: v.Official, Doc: v.Doc, Type: v.Type, Site: v.Site,
		From: v.From, To: v.To, Sort: v.Sort, Limit: v.Limit, After: v.After}
	return nil
}

func loadArticles(t testing.TB, path string) []data.Article {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var as []data.Article
	if err := json.Unmarshal(raw, &as); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return as
}

// openTestIndex indexes articles into a fresh index in a temporary directory.
func openTestIndex(t testing.TB, as []data.Article) *index.Index {
	t.Helper()
	ix, err := index.Open(context.Background(), filepath.Join(t.TempDir(), "index"), index.Options{Owner: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var es []index.Entry
	for i := range as {
		es = append(es, index.Entry{Article: &as[i], Archive: index.ArchiveRef{WARC: "test.warc.gz", Offset: int64(i * 1000)}})
	}
	if err := ix.Apply(context.Background(), es, index.Checkpoint{"test.warc.gz": int64(len(as) * 1000)}); err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestSearchData(t *testing.T) {
	sets, _ := filepath.Glob("testdata/*/searches.json")
	if len(sets) == 0 {
		t.Fatal("no testdata/*/searches.json")
	}
	for _, set := range sets {
		dir := filepath.Dir(set)
		svc := NewService(openTestIndex(t, loadArticles(t, filepath.Join(dir, "articles.json"))))
		raw, err := os.ReadFile(set)
		if err != nil {
			t.Fatal(err)
		}
		var cases []searchCase
		if err := json.Unmarshal(raw, &cases); err != nil {
			t.Fatalf("%s: %v", set, err)
		}
		for _, c := range cases {
			t.Run(filepath.Base(dir)+"/"+c.Name, func(t *testing.T) {
				c.Request.Limit = MaxLimit
				res, err := svc.Search(context.Background(), c.Request)
				if err != nil {
					t.Fatalf("search %+v: %v", c.Request, err)
				}
				var got []string
				snip := map[string]string{}
				for _, h := range res.Hits {
					got = append(got, h.ID)
					snip[h.ID] = norm.NFC.String(h.Snippet)
				}
				if int(res.Total) != len(got) {
					t.Errorf("total %d, %d hits", res.Total, len(got))
				}
				want := c.Hits
				if c.Tiers != nil {
					want = slices.Concat(c.Tiers...)
				}
				if want != nil || c.Hits != nil {
					if !sameSet(got, want) {
						t.Errorf("hits %v, want %v", got, sorted(want))
					}
				}
				if c.Tiers != nil {
					pos := 0
					for i, tier := range c.Tiers {
						if !sameSet(got[pos:min(len(got), pos+len(tier))], tier) {
							t.Errorf("tier %d: ranked %v, want %v first (scores %v)", i+1, got, tier, scores(res))
							break
						}
						pos += len(tier)
					}
				}
				if c.Order != nil && !slices.Equal(got, c.Order) {
					t.Errorf("order %v, want %v", got, c.Order)
				}
				for name, want := range c.Facets {
					if gotF := res.Facets[name]; !slices.Equal(gotF, want) {
						t.Errorf("facet %s = %v, want %v", name, gotF, want)
					}
				}
				for id, frag := range c.Snippets {
					if !strings.Contains(snip[id], norm.NFC.String(frag)) {
						t.Errorf("snippet of %s = %q, want it to contain %q", id, snip[id], frag)
					}
				}
			})
		}
	}
}

func scores(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID+":"+strings.TrimRight(strings.TrimRight(jsonFloat(h.Score), "0"), "."))
	}
	return out
}

func jsonFloat(f float64) string { b, _ := json.Marshal(f); return string(b) }

func sameSet(a, b []string) bool {
	return slices.Equal(sorted(a), sorted(b))
}

func sorted(a []string) []string {
	c := slices.Clone(a)
	sort.Strings(c)
	if c == nil {
		c = []string{}
	}
	return c
}
