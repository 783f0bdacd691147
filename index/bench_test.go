package index_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/vnarchive/vnarchive/crawler/simportal"
	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/index"
)

// Benchmarks at 20,000 articles of the simulated portal:
//
//	go test -run XXX -bench . -benchtime 1x ./index/
//
// BenchmarkIndexing indexes them into our index and into a default-mapping
// Bleve index in the same run and reports both rates, their ratio and the
// index bytes per article; BenchmarkQueries reports p50/p99 latencies of
// text, phrase, folded and filtered+faceted queries, the faceted ones with
// and without the facet cache. Its index is built once into the temporary
// directory and reused by later runs (see cachedIndex).

var benchArticles = envInt("VNARCHIVE_BENCH_ARTICLES", 20000)

func benchCorpus(n int) []data.Article {
	p := simportal.New(simportal.Config{Seed: 5, Articles: n})
	out := make([]data.Article, p.Len())
	for i := range out {
		tr := p.TruthAt(i, "https://quandongthanh.hanoi.gov.vn", "https://kimlung.hanoi.gov.vn")
		out[i] = data.Article{ID: tr.ID, URL: tr.CanonicalURL, Site: data.SiteOf(tr.CanonicalURL), Title: tr.Title,
			Published: tr.Published, Author: tr.Author, Category: tr.Category, Text: tr.Text,
			Officials: tr.Officials, Documents: tr.Documents, Dates: tr.Dates}
	}
	return out
}

func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return n
}

const batchSize = 500

func indexOurs(b *testing.B, dir string, as []data.Article, opts index.Options) *index.Index {
	ix, err := index.Open(context.Background(), dir, opts)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < len(as); i += batchSize {
		var es []index.Entry
		for j := i; j < min(i+batchSize, len(as)); j++ {
			es = append(es, index.Entry{Article: &as[j], Archive: index.ArchiveRef{WARC: "x.warc.gz", Offset: int64(j)}})
		}
		if err := ix.Apply(context.Background(), es, index.Checkpoint{"x.warc.gz": int64(i)}); err != nil {
			b.Fatal(err)
		}
	}
	return ix
}

func indexDefault(b *testing.B, dir string, as []data.Article) {
	idx, err := bleve.NewUsing(dir, bleve.NewIndexMapping(), "scorch", "scorch", map[string]interface{}{"unsafe_batch": true})
	if err != nil {
		b.Fatal(err)
	}
	defer idx.Close()
	for i := 0; i < len(as); i += batchSize {
		batch := idx.NewBatch()
		for j := i; j < min(i+batchSize, len(as)); j++ {
			if err := batch.Index(as[j].ID, as[j]); err != nil {
				b.Fatal(err)
			}
		}
		if err := idx.Batch(batch); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIndexing(b *testing.B) {
	as := benchCorpus(benchArticles)
	for range b.N {
		dir := b.TempDir()
		start := time.Now()
		indexDefault(b, filepath.Join(dir, "default"), as)
		defRate := float64(len(as)) / time.Since(start).Seconds()
		defBytes := dirSize(filepath.Join(dir, "default"))

		start = time.Now()
		ix := indexOurs(b, filepath.Join(dir, "ours"), as, index.Options{})
		ourRate := float64(len(as)) / time.Since(start).Seconds()
		ix.Close()
		ourBytes := dirSize(filepath.Join(dir, "ours"))

		b.ReportMetric(ourRate, "ours-articles/s")
		b.ReportMetric(defRate, "default-articles/s")
		b.ReportMetric(ourRate/defRate, "ratio")
		b.ReportMetric(float64(ourBytes)/float64(len(as)), "ours-bytes/article")
		b.ReportMetric(float64(defBytes)/float64(len(as)), "default-bytes/article")
	}
}

// benchIndexVersion names the cached query-benchmark index: change it when
// the mapping, the analysis or the simulated corpus changes.
const benchIndexVersion = "v1"

// cachedIndex opens the query-benchmark index of n articles, built once into
// the temporary directory (keyed by benchIndexVersion and n) and reused by
// later runs; VNARCHIVE_BENCH_NOCACHE=1 builds a fresh one.
func cachedIndex(b *testing.B, n int, opts index.Options) *index.Index {
	if os.Getenv("VNARCHIVE_BENCH_NOCACHE") != "" {
		return indexOurs(b, filepath.Join(b.TempDir(), "ours"), benchCorpus(n), opts)
	}
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("vnarchive-bench-index-%s-%d", benchIndexVersion, n))
	done := filepath.Join(dir, "complete")
	if _, err := os.Stat(done); err == nil {
		ix, err := index.Open(context.Background(), filepath.Join(dir, "ours"), opts)
		if err == nil {
			// An index of an older format opens empty (see index.Open).
			if c, err := ix.Count(); err == nil && c == uint64(n) {
				return ix
			}
			err = errors.New("not all articles in it")
			ix.Close()
		}
		b.Logf("cached bench index unusable, rebuilding: %v", err)
	}
	if err := os.RemoveAll(dir); err != nil {
		b.Fatal(err)
	}
	ix := indexOurs(b, filepath.Join(dir, "ours"), benchCorpus(n), opts)
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		b.Fatal(err)
	}
	return ix
}

// BenchmarkQueries runs every query against the index without its facet
// cache (each search counts its facets), then the faceted ones again with
// the cache, as paging and reloads see them: both figures are reported.
func BenchmarkQueries(b *testing.B) {
	from, _ := time.Parse("2006-01-02", "2020-01-01")
	queries := map[string]index.Request{
		"text":             {Query: index.And{index.Word{Text: "công"}, index.Word{Text: "tác"}, index.Word{Text: "dân"}, index.Word{Text: "vận"}}, Size: 20, Text: true},
		"phrase":           {Query: index.Phrase{Text: "chuyển đổi số"}, Size: 20, Text: true},
		"folded":           {Query: index.And{index.Word{Text: "cai"}, index.Word{Text: "cach"}, index.Word{Text: "hanh"}, index.Word{Text: "chinh"}}, Size: 20, Text: true},
		"filtered+faceted": {Query: index.And{index.Word{Text: "an"}, index.Word{Text: "ninh"}}, Filters: []index.Query{index.DateRange{From: from}, index.Field{Name: index.FieldSite, Value: "quandongthanh.hanoi.gov.vn"}}, Size: 20, Facets: true, Text: true},
		"doc number":       {Query: index.Word{Text: "25/nq-tw"}, Size: 20, Text: true},
		"by date, all":     {ByDate: true, Size: 20, Facets: true},
	}
	for _, cache := range []bool{false, true} {
		opts := index.Options{FacetCacheSize: -1}
		suffix := ""
		if cache {
			opts, suffix = index.Options{}, " (facet cache)"
		}
		ix := cachedIndex(b, benchArticles, opts)
		benchQueries(b, ix, queries, suffix, cache)
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

func benchQueries(b *testing.B, ix *index.Index, queries map[string]index.Request, suffix string, facetsOnly bool) {
	names := make([]string, 0, len(queries))
	for n := range queries {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		req := queries[name]
		if facetsOnly && !req.Facets {
			continue
		}
		b.Run(name+suffix, func(b *testing.B) {
			var lat []time.Duration
			var total uint64
			for range b.N {
				for range 200 {
					start := time.Now()
					res, err := ix.Search(context.Background(), req)
					if err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(start))
					total = res.Total
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(total), "hits")
		})
	}
}

func envInt(name string, def int) int {
	var n int
	if _, err := fmt.Sscan(os.Getenv(name), &n); err == nil && n > 0 {
		return n
	}
	return def
}
