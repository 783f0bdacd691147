package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// benchPages are the real fixtures when ../shared is there, else the pages
// written for the tests.
func benchPages(b *testing.B) [][]byte {
	var pages [][]byte
	if files, _ := filepath.Glob(filepath.Join(sharedDirQuiet(), "fixtures", "real-html", "*.html")); len(files) > 0 {
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, raw)
		}
		return pages
	}
	return [][]byte{[]byte(genericPage)}
}

// sharedDirQuiet is sharedDir without skipping: "" when not found.
func sharedDirQuiet() string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func totalBytes(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

// BenchmarkParseGoquery is the baseline: a bare goquery parse of each page.
func BenchmarkParseGoquery(b *testing.B) {
	pages := benchPages(b)
	b.SetBytes(totalBytes(pages))
	for b.Loop() {
		for _, p := range pages {
			if _, err := goquery.NewDocumentFromReader(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtract is page → Article on the same pages.
func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	x, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(totalBytes(pages))
	for b.Loop() {
		for _, p := range pages {
			if _, err := x.Extract(p, "https://sotttt.hanoi.gov.vn/a", ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractVsParse runs both in one benchmark, alternating, and
// reports extraction's throughput as a fraction of the bare parse's
// ("throughput-ratio"; the bar is 0.5).
func BenchmarkExtractVsParse(b *testing.B) {
	pages := benchPages(b)
	x, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var parse, extract time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, p := range pages {
			if _, err := goquery.NewDocumentFromReader(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
		t1 := time.Now()
		for _, p := range pages {
			if _, err := x.Extract(p, "https://sotttt.hanoi.gov.vn/a", ""); err != nil {
				b.Fatal(err)
			}
		}
		parse += t1.Sub(t0)
		extract += time.Since(t1)
	}
	if extract > 0 {
		b.ReportMetric(float64(parse)/float64(extract), "throughput-ratio")
	}
}
