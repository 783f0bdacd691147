package search

import (
	"context"
	"errors"
	"github.com/vnarchive/vnarchive/data"
	"maps"
	"slices"
	"testing"
)

func basicService(t *testing.T) *Service {
	t.Helper()
	return NewService(openTestIndex(t, loadArticles(t, "testdata/basic/articles.json")))
}

func TestPagingWithCursorVisitsEveryHitOnce(t *testing.T) {
	svc := basicService(t)
	ctx := context.Background()
	for _, sort := range []string{SortRelevance, SortDate} {
		t.Run(sort, func(t *testing.T) {
			all, err := svc.Search(ctx, Request{Query: "dân OR hà OR hung", Sort: sort, Limit: MaxLimit})
			if err != nil {
				t.Fatal(err)
			}
			if all.Next != nil {
				t.Fatal("one big page has a next cursor")
			}
			var paged []string
			r := Request{Query: "dân OR hà OR hung", Sort: sort, Limit: 2}
			for page := 0; ; page++ {
				res, err := svc.Search(ctx, r)
				if err != nil {
					t.Fatal(err)
				}
				for _, h := range res.Hits {
					paged = append(paged, h.ID)
				}
				if res.Next == nil {
					break
				}
				if len(res.Hits) != 2 || page > 50 {
					t.Fatalf("page %d has %d hits and a next cursor", page, len(res.Hits))
				}
				r.After = *res.Next
			}
			var want []string
			for _, h := range all.Hits {
				want = append(want, h.ID)
			}
			if !slices.Equal(paged, want) {
				t.Errorf("paged %v\nwant  %v", paged, want)
			}
		})
	}
}

func TestOfficialsTimeline(t *testing.T) {
	svc := basicService(t)
	for _, name := range []string{"bui huyen mai", "Bùi Huyền Mai", "huyen mai"} {
		t.Run(name, func(t *testing.T) {
			got, err := svc.Officials(context.Background(), name)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Name != "Bùi Huyền Mai" || got[0].Articles != 3 {
				t.Fatalf("Officials(%q) = %+v", name, got)
			}
			o := got[0]
			want := []TitleSpan{
				{Title: "Bí thư Quận ủy", First: "2024-02-20", Last: "2024-02-20", Articles: 1},
				{Title: "Bí thư Quận ủy Thanh Xuân", First: "2024-02-28", Last: "2024-02-28", Articles: 1},
				{Title: "Ủy viên Ban Thường vụ Thành ủy", First: "2024-02-28", Last: "2024-02-28", Articles: 1},
			}
			if !slices.Equal(o.Titles, want) {
				t.Errorf("titles %+v\nwant   %+v", o.Titles, want)
			}
			if len(o.Former) != 1 || o.Former[0].Title != "nguyên Phó Bí thư Quận ủy" {
				t.Errorf("former %+v", o.Former)
			}
		})
	}
	all, err := svc.Officials(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 || all[0].Name != "Bùi Huyền Mai" {
		t.Errorf("all officials %+v", all)
	}
}

func TestDocumentsKeepsNumberSharersApart(t *testing.T) {
	svc := basicService(t)
	got, err := svc.Documents(context.Background(), "25/nq-tw")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("Documents = %+v", got)
	}
	d := got[0]
	if d.Canonical != "25-NQ/TW" || d.Citations != 5 || d.Type != "Nghị quyết" || d.Date != "2013-06-03" ||
		d.First.ID != "d05" || d.Last.ID != "d01" {
		t.Errorf("document %+v", d)
	}
	all, err := svc.Documents(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, d := range all {
		keys = append(keys, d.Canonical)
	}
	if !slices.Equal(keys, []string{"25-NQ/TW", "25-NQ/TU", "26-NQ/TW", "30/2020/NĐ-CP"}) {
		t.Errorf("documents %v", keys)
	}
}

func TestArticleByIDAndURL(t *testing.T) {
	svc := basicService(t)
	ctx := context.Background()
	a, err := svc.Article(ctx, "https://quanthanhxuan.gov.vn/tin-tuc/-/view_content/d01")
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "d01" || a.Text == "" || len(a.Officials) != 1 || len(a.Documents) != 1 || a.Archive.WARC != "test.warc.gz" {
		t.Errorf("article %+v", a)
	}
	if _, err := svc.Article(ctx, "0123456789abcdef"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

func TestEachVisitsTheWholeResult(t *testing.T) {
	svc := basicService(t)
	n := 0
	err := svc.Each(context.Background(), Request{Query: "", Limit: 1}, func(h Hit, v *ArticleView) error {
		if h.ID != v.ID {
			t.Errorf("hit %s with view %s", h.ID, v.ID)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 24 {
		t.Errorf("Each visited %d articles, want 24", n)
	}
}

func TestUndatedCitationJoinsTheOneDatedDocument(t *testing.T) {
	kl := func(date string) data.Document {
		return data.Document{Type: "Kết luận", Number: "114-KL/TW", Canonical: "114-KL/TW", Date: date}
	}
	nq := func(date string) data.Document {
		return data.Document{Type: "Nghị quyết", Number: "15-NQ/TW", Canonical: "15-NQ/TW", Date: date}
	}
	art := func(id, published string, docs ...data.Document) data.Article {
		return data.Article{ID: id, URL: "https://phuongmot.gov.vn/tin/" + id, Site: "phuongmot.gov.vn", Title: "Tin " + id,
			Published: published, Text: "Phường học tập các văn bản của Trung ương.", Documents: docs}
	}
	svc := NewService(openTestIndex(t, []data.Article{
		art("u1", "2024-01-05T08:00:00+07:00", kl("2015-07-14")),
		art("u2", "2024-02-05T08:00:00+07:00", kl("")),                             // short citation, no date: the one 114-KL/TW
		art("u3", "2024-03-05T08:00:00+07:00", kl("2015-07-14"), nq("2007-03-10")), // two documents numbered 15-NQ/TW …
		art("u4", "2024-04-05T08:00:00+07:00", nq("2022-07-05")),                   // … of two terms
		art("u5", "2024-05-05T08:00:00+07:00", nq("")),                             // cannot tell which: stays apart
	}))
	got, err := svc.Documents(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string][]int{}
	for _, d := range got {
		byKey[d.Canonical+" "+d.Date] = append(byKey[d.Canonical+" "+d.Date], d.Citations)
	}
	want := map[string][]int{"114-KL/TW 2015-07-14": {3}, "15-NQ/TW 2007-03-10": {1}, "15-NQ/TW 2022-07-05": {1}, "15-NQ/TW ": {1}}
	if !maps.EqualFunc(byKey, want, slices.Equal) {
		t.Errorf("documents and citations %v, want %v", byKey, want)
	}
	for _, d := range got {
		if d.Canonical == "114-KL/TW" && (d.First.ID != "u1" || d.Last.ID != "u3") {
			t.Errorf("114-KL/TW first %s last %s, want u1 and u3", d.First.ID, d.Last.ID)
		}
	}
}
