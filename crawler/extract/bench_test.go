package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/vnarchive/vnarchive/crawler/simportal"
	"github.com/vnarchive/vnarchive/data"
)

// benchSets are the page sets benchmarked: the real fixtures when
// ../shared is there (HTML-heavy Liferay pages, mostly lists), the article
// pages written for the profiles' self-tests (a few hundred bytes each:
// almost nothing to parse, every entity finder at work), and whole article
// pages of the simulated portals.
func benchSets(b *testing.B) map[string][][]byte {
	sets := map[string][][]byte{}
	if files, _ := filepath.Glob(filepath.Join(sharedDirQuiet(), "fixtures", "real-html", "*.html")); len(files) > 0 {
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sets["real-fixtures"] = append(sets["real-fixtures"], raw)
		}
	}
	written := [][]byte{[]byte(genericPage)}
	ps, err := LoadProfiles(data.Profiles())
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range ps {
		for _, tc := range p.Tests {
			if tc.Want.IsArticle {
				written = append(written, []byte(tc.HTML))
			}
		}
	}
	sets["written-articles"] = written
	// Whole article pages of the simulated portals: the boilerplate, menus
	// and side columns of real portal pages around generated articles.
	sim := simportal.New(simportal.Config{Seed: 3, Articles: 200})
	for i := 0; i < 60; i++ {
		page, _ := sim.Page(i*3, "http://127.0.0.1:1/")
		sets["simulated-articles"] = append(sets["simulated-articles"], page)
	}
	return sets
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
	for name, pages := range benchSets(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(totalBytes(pages))
			for b.Loop() {
				for _, p := range pages {
					if _, err := goquery.NewDocumentFromReader(bytes.NewReader(p)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkExtract is page → Article (entities included) on the same pages.
func BenchmarkExtract(b *testing.B) {
	x, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for name, pages := range benchSets(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(totalBytes(pages))
			for b.Loop() {
				for _, p := range pages {
					if _, err := x.Extract(p, "https://sotttt.hanoi.gov.vn/a", ""); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkExtractVsParse runs both in one benchmark, alternating, and
// reports extraction's throughput as a fraction of the bare parse's
// ("throughput-ratio"; the bar is 0.5), with the entity finders and
// without them (the page work alone).
func BenchmarkExtractVsParse(b *testing.B) {
	full, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	pageOnly := *full
	pageOnly.noEntities = true
	for name, pages := range benchSets(b) {
		for _, variant := range []struct {
			name string
			x    *Extractor
		}{{"entities", full}, {"page-only", &pageOnly}} {
			x := variant.x
			b.Run(name+"/"+variant.name, func(b *testing.B) {
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
			})
		}
	}
}

// BenchmarkPageWork is the page work alone: Extract without its html.Parse
// and without the entity finders, on trees parsed beforehand (the
// extraction does not change the tree).
func BenchmarkPageWork(b *testing.B) {
	x, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for name, pages := range benchSets(b) {
		b.Run(name, func(b *testing.B) {
			roots := make([]*html.Node, len(pages))
			for i, p := range pages {
				text, _, err := decode(p, "")
				if err != nil {
					b.Fatal(err)
				}
				if roots[i], err = html.Parse(bytes.NewReader(text)); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(totalBytes(pages))
			for b.Loop() {
				for i, p := range pages {
					if err := usable(p, ""); err != nil {
						b.Fatal(err)
					}
					if _, _, err := decode(p, ""); err != nil {
						b.Fatal(err)
					}
					pg := newPage(roots[i], "https://sotttt.hanoi.gov.vn/a", x.filter)
					pg.profile = x.match(roots[i], pg.site, pg.tok)
					pg.noEntities = true
					pg.extract()
				}
			}
		})
	}
}

// BenchmarkNormLine normalises the text nodes of every page of the sets.
func BenchmarkNormLine(b *testing.B) {
	for name, pages := range benchSets(b) {
		b.Run(name, func(b *testing.B) {
			var texts []string
			var n int64
			for _, p := range pages {
				text, _, _ := decode(p, "")
				root, err := html.Parse(bytes.NewReader(text))
				if err != nil {
					b.Fatal(err)
				}
				for c := root; c != nil; c = next(root, c) {
					if c.Type == html.TextNode {
						texts = append(texts, c.Data)
						n += int64(len(c.Data))
					}
				}
			}
			b.SetBytes(n)
			for b.Loop() {
				for _, t := range texts {
					normLine(t)
				}
			}
		})
	}
}
