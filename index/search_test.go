package index

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/vnarchive/vnarchive/data"
)

func datedEntries() []Entry {
	arts := []data.Article{
		{ID: "a", Site: "a.gov.vn", URL: "https://a.gov.vn/a", Title: "Hội nghị công tác dân vận", Text: "Bàn về công tác dân vận ở phường.", Published: "2024-03-02T08:00:00+07:00"},
		{ID: "b", Site: "a.gov.vn", URL: "https://a.gov.vn/b", Title: "Tin an ninh", Text: "Giữ gìn an ninh trật tự.", Published: "2023-05-02T08:00:00+07:00"},
		{ID: "c", Site: "b.gov.vn", URL: "https://b.gov.vn/c", Title: "Dân vận khéo", Text: "Phong trào dân vận khéo ở xã.", Published: "2024-07-09T08:00:00+07:00"},
		{ID: "d", Site: "b.gov.vn", URL: "https://b.gov.vn/d", Title: "Lịch tiếp dân", Text: "Lịch tiếp công dân tháng này.", Published: "2022-01-05T08:00:00+07:00"},
	}
	var es []Entry
	for i := range arts {
		es = append(es, Entry{Article: &arts[i]})
	}
	return es
}

func ids(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestSearchResultsDoNotDependOnTheFacetCache(t *testing.T) {
	ctx := context.Background()
	from, _ := time.Parse("2006-01-02", "2023-01-01")
	reqs := map[string]Request{
		"all by date":                    {ByDate: true, Facets: true},
		"all by date, one filter":        {ByDate: true, Facets: true, Filters: []Query{Field{Name: FieldSite, Value: "b.gov.vn"}}},
		"all by date, two filters":       {ByDate: true, Facets: true, Filters: []Query{Field{Name: FieldSite, Value: "a.gov.vn"}, DateRange{From: from}}},
		"words by relevance":             {Query: And{Word{Text: "dân"}, Word{Text: "vận"}}, Facets: true},
		"words by date with a filter":    {Query: And{Word{Text: "dân"}}, ByDate: true, Facets: true, Filters: []Query{DateRange{From: from}}},
		"all by relevance with a filter": {Facets: true, Filters: []Query{Field{Name: FieldSite, Value: "a.gov.vn"}}},
		"pages of one by date":           {ByDate: true, Facets: true, Size: 1},
	}
	open := func(name string, cache int) *Index {
		ix, err := Open(ctx, filepath.Join(t.TempDir(), name), Options{FacetCacheSize: cache})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		if err := ix.Apply(ctx, datedEntries(), nil); err != nil {
			t.Fatal(err)
		}
		return ix
	}
	plain, cached := open("plain", -1), open("cached", 0)
	for name, r := range reqs {
		t.Run(name, func(t *testing.T) {
			want, err := plain.Search(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			for range 2 { // the second search is answered from the cache
				got, err := cached.Search(ctx, r)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(ids(got), ids(want)) || got.Total != want.Total || !reflect.DeepEqual(got.Facets, want.Facets) {
					t.Fatalf("cached: %v %d %v\nwant %v %d %v", ids(got), got.Total, got.Facets, ids(want), want.Total, want.Facets)
				}
			}
			if want.Next != nil {
				r.After = want.Next
				got, _ := cached.Search(ctx, r)
				wantNext, _ := plain.Search(ctx, r)
				if !reflect.DeepEqual(ids(got), ids(wantNext)) || !reflect.DeepEqual(got.Facets, wantNext.Facets) {
					t.Fatalf("next page cached: %v %v, want %v %v", ids(got), got.Facets, ids(wantNext), wantNext.Facets)
				}
			}
		})
	}
}

func TestFiltersAloneSortedByDateSelectWhatTheSameQuerySelects(t *testing.T) {
	ctx := context.Background()
	from, _ := time.Parse("2006-01-02", "2023-01-01")
	ix, err := Open(ctx, filepath.Join(t.TempDir(), "index"), Options{FacetCacheSize: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Apply(ctx, datedEntries(), nil); err != nil {
		t.Fatal(err)
	}
	for name, fs := range map[string][]Query{
		"a site":             {Field{Name: FieldSite, Value: "b.gov.vn"}},
		"a site and a range": {Field{Name: FieldSite, Value: "a.gov.vn"}, DateRange{From: from}},
		"a range":            {DateRange{From: from}},
	} {
		t.Run(name, func(t *testing.T) {
			got, err := ix.Search(ctx, Request{ByDate: true, Facets: true, Filters: fs})
			if err != nil {
				t.Fatal(err)
			}
			want, err := ix.Search(ctx, Request{ByDate: true, Facets: true, Query: And(fs)})
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Hits) == 0 || !reflect.DeepEqual(ids(got), ids(want)) || got.Total != want.Total || !reflect.DeepEqual(got.Facets, want.Facets) {
				t.Fatalf("filters: %v %d %v\nquery: %v %d %v", ids(got), got.Total, got.Facets, ids(want), want.Total, want.Facets)
			}
		})
	}
}

func TestFacetCacheForgetsCountsWhenTheIndexChanges(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, filepath.Join(t.TempDir(), "index"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Apply(ctx, datedEntries(), nil); err != nil {
		t.Fatal(err)
	}
	r := Request{ByDate: true, Facets: true}
	count := func() int {
		res, err := ix.Search(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, y := range res.Facets[FacetYear] {
			n += y.Count
		}
		return n
	}
	if n := count(); n != 4 {
		t.Fatalf("year counts sum to %d, want 4", n)
	}
	more := []Entry{{Article: &data.Article{ID: "e", URL: "https://a.gov.vn/e", Title: "Tin mới", Text: "Nội dung.", Published: "2025-02-03T08:00:00+07:00"}}}
	if err := ix.Apply(ctx, more, nil); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 5 {
		t.Fatalf("year counts sum to %d after adding an article, want 5", n)
	}
}

func TestRelevancePagesFollowScoreThenIDAcrossTies(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, filepath.Join(t.TempDir(), "index"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var arts []data.Article
	// Twelve articles alike but for their id score the same: pages must
	// cut through the tie by id. Eight others score apart.
	for _, id := range []string{"t07", "t02", "t11", "t00", "t05", "t09", "t01", "t10", "t03", "t08", "t04", "t06"} {
		arts = append(arts, data.Article{ID: id, URL: "https://a.gov.vn/" + id, Title: "Tin phường", Text: "Bàn về công tác dân vận ở phường."})
	}
	for i, text := range []string{"dân vận", "dân vận dân vận", "dân vận khéo, dân vận giỏi, dân vận bền", "dân và vận", "Phong trào dân vận khéo.", "vận động nhân dân", "dân vận ở xã, dân vận ở phường", "Dân vận"} {
		id := string(rune('a' + i))
		arts = append(arts, data.Article{ID: id, URL: "https://a.gov.vn/" + id, Title: "Bài " + id, Text: text})
	}
	var es []Entry
	for i := range arts {
		es = append(es, Entry{Article: &arts[i]})
	}
	if err := ix.Apply(ctx, es, nil); err != nil {
		t.Fatal(err)
	}
	q := And{Word{Text: "dân"}, Word{Text: "vận"}}
	all, err := ix.Search(ctx, Request{Query: q, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Hits) != int(all.Total) || all.Total != 20 {
		t.Fatalf("one page of 100: %d hits of %d, want 20", len(all.Hits), all.Total)
	}
	for i := 1; i < len(all.Hits); i++ {
		a, b := all.Hits[i-1], all.Hits[i]
		if a.Score < b.Score || a.Score == b.Score && a.ID >= b.ID {
			t.Fatalf("hits %d and %d out of order: %s %v, %s %v", i-1, i, a.ID, a.Score, b.ID, b.Score)
		}
	}
	for size := 1; size <= 7; size++ {
		var got []string
		var after []string
		for page := 0; ; page++ {
			res, err := ix.Search(ctx, Request{Query: q, Size: size, After: after})
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != all.Total {
				t.Fatalf("size %d page %d: total %d, want %d", size, page, res.Total, all.Total)
			}
			got = append(got, ids(res)...)
			if res.Next == nil {
				break
			}
			if len(res.Hits) != size || page > len(all.Hits) {
				t.Fatalf("size %d page %d: %d hits with a next page", size, page, len(res.Hits))
			}
			after = res.Next
		}
		if !reflect.DeepEqual(got, ids(all)) {
			t.Errorf("pages of %d give %v, want %v", size, got, ids(all))
		}
	}
}

func TestDatePagesFollowNewestFirstThenIDAcrossTies(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, filepath.Join(t.TempDir(), "index"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	published := map[string]string{
		"c": "2024-03-02T08:00:00+07:00", "a": "2024-03-02T08:00:00+07:00", "b2": "2024-03-02T08:00:00+07:00",
		"b": "2024-03-02T08:00:00+07:00", "z": "2025-01-01T00:00:00+07:00", "y": "2023-12-31T23:59:59.5+07:00",
		"x": "2023-12-31T23:59:59+07:00", "n1": "", "n0": "",
	}
	var es []Entry
	for id, p := range published {
		es = append(es, Entry{Article: &data.Article{ID: id, URL: "https://a.gov.vn/" + id, Title: "Tin " + id, Text: "Tin phường.", Published: p}})
	}
	if err := ix.Apply(ctx, es, nil); err != nil {
		t.Fatal(err)
	}
	want := []string{"z", "a", "b", "b2", "c", "y", "x", "n0", "n1"}
	all, err := ix.Search(ctx, Request{ByDate: true, Size: 100})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ids(all), want) {
		t.Fatalf("by date: %v, want %v", ids(all), want)
	}
	for size := 1; size <= 4; size++ {
		var got []string
		var after []string
		for page := 0; page <= len(want); page++ {
			res, err := ix.Search(ctx, Request{ByDate: true, Size: size, After: after})
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, ids(res)...)
			if res.Next == nil {
				break
			}
			if _, err := time.Parse(time.RFC3339Nano, res.Next[0]); err != nil {
				t.Fatalf("cursor time %q: %v", res.Next[0], err)
			}
			after = res.Next
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("pages of %d give %v, want %v", size, got, want)
		}
	}
}
