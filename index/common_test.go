package index

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/index/vnanalysis"
)

func TestCommonWordsLoseTheirBonusClausesButNotTheirHits(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, filepath.Join(t.TempDir(), "index"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// "công" is in every article, "cộng" in a few: the first is common,
	// "vận" (in a third) is not.
	var es []Entry
	for i := 0; i < 30; i++ {
		text := "Bàn về công tác năm nay."
		switch {
		case i%3 == 0:
			text = "Công tác dân vận ở phường."
		case i%7 == 0:
			text = "Cộng đồng và công tác dân cư."
		}
		id := fmt.Sprintf("a%02d", i)
		a := data.Article{ID: id, URL: "https://a.gov.vn/" + id, Title: "Tin số " + id, Text: text}
		es = append(es, Entry{Article: &a})
	}
	if err := ix.Apply(ctx, es, nil); err != nil {
		t.Fatal(err)
	}
	idx, err := ix.current()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.mu.RUnlock()
	cs := newTermCounts(ctx, idx)
	if cs == nil {
		t.Fatal("no term counts")
	}
	defer cs.Close()
	for _, c := range []struct {
		field, analyzer, text string
		want                  bool
	}{
		{fBody, vnanalysis.Vi, "công", true},
		{fBody, vnanalysis.Vi, "Công", true},
		{fBody, vnanalysis.Vi, "vận", false},
		{fBody, vnanalysis.Vi, "cộng", false},
		{fBody, vnanalysis.Vi, "công vận", false},
		{fTitleFold, vnanalysis.ViFold, "tin", true},
		{fTitleFold, vnanalysis.ViFold, "xyz", false},
	} {
		if got := cs.common(c.field, c.analyzer, c.text); got != c.want {
			t.Errorf("common(%s, %q) = %v, want %v", c.field, c.text, got, c.want)
		}
	}
	var nilCounts *termCounts
	if nilCounts.common(fBody, vnanalysis.Vi, "công") {
		t.Error("a nil *termCounts must keep every clause")
	}

	all := func(r Request, cs *termCounts) []string {
		req := bleve.NewSearchRequestOptions(build(r, false, cs), 100, 0, false)
		res, err := idx.SearchInContext(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		sort.Strings(ids)
		return ids
	}
	for _, q := range []Query{
		Word{Text: "công"},
		And{Word{Text: "công"}, Word{Text: "tác"}},
		And{Word{Text: "công"}, Word{Text: "vận"}},
		Phrase{Text: "công tác"},
		Or{Word{Text: "công"}, Word{Text: "cộng"}},
	} {
		with, without := all(Request{Query: q}, cs), all(Request{Query: q}, nil)
		if len(without) == 0 || !reflect.DeepEqual(with, without) {
			t.Errorf("%#v: hits %v with the cut-off, %v without", q, with, without)
		}
	}
	// An article with the accented word still ranks above one that
	// matches only folded when the word is not common.
	res, err := ix.Search(ctx, Request{Query: Word{Text: "cộng"}, Size: 30})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(res); len(got) < 4 || !reflect.DeepEqual(got[:3], []string{"a07", "a14", "a28"}) {
		t.Errorf("cộng: hits %v, want a07, a14, a28 (the articles with cộng) first, then the others", got)
	}
}
