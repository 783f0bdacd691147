package main

import (
	"context"
	"encoding/json"
	"errors"
	"github.com/vnarchive/vnarchive/crawler/archive"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vnarchive/vnarchive/crawler"
	"github.com/vnarchive/vnarchive/crawler/simportal"
	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/index"
	"github.com/vnarchive/vnarchive/search"
)

var quiet = slog.New(slog.DiscardHandler)

// crawlPortal crawls a fresh simulated portal into dataDir and returns its
// ground truth.
func crawlPortal(t *testing.T, dataDir string, articles int) []simportal.Truth {
	t.Helper()
	p := simportal.New(simportal.Config{Seed: 3, Articles: articles})
	srv, err := p.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	c, err := crawler.New(crawler.Options{Dir: dataDir, Delay: -1, Parallel: 4, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Run(context.Background(), srv.Roots()); err != nil {
		t.Fatal(err)
	}
	return srv.Truth()
}

// allArticles returns every indexed article, with its text, as JSON by id.
func allArticles(t *testing.T, ix *index.Index) map[string]string {
	t.Helper()
	out := map[string]string{}
	svc := search.NewService(ix)
	err := svc.Each(context.Background(), search.Request{Sort: search.SortDate}, func(h search.Hit, _ *search.ArticleView) error {
		v, err := svc.Article(context.Background(), h.ID)
		if err != nil {
			return err
		}
		if v.Text == "" || v.Title == "" {
			t.Errorf("article %s has no text or title", h.ID)
		}
		b, _ := json.Marshal(v)
		out[h.ID] = string(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// missing returns the ids of truth articles absent from got. (The
// extractor may take a few list pages for articles too; they are indexed
// like articles and do not count here.)
func missing(got map[string]string, truth []simportal.Truth) []string {
	var out []string
	for _, tr := range truth {
		if _, ok := got[tr.ID]; !ok {
			out = append(out, tr.ID)
		}
	}
	return out
}

func TestIndexingFollowsTheArchive(t *testing.T) {
	dir, killDir := t.TempDir(), t.TempDir()
	truth := crawlPortal(t, dir, 40)
	ctx := context.Background()

	ix, err := openIndex(ctx, dir, "test", quiet)
	if err != nil {
		t.Fatal(err)
	}
	got := allArticles(t, ix)
	t.Run("every archived article is indexed once, under its stable id", func(t *testing.T) {
		if m := missing(got, truth); len(m) > 0 {
			t.Errorf("%d of %d articles not indexed: %v", len(m), len(truth), m)
		}
	})
	t.Run("a second catch-up finds nothing new", func(t *testing.T) {
		n, err := newFeeder(dir, quiet).catchUp(ctx, ix)
		if err != nil || n != 0 {
			t.Errorf("catchUp = %d, %v", n, err)
		}
	})
	t.Run("the checkpoint reaches the end of every WARC file", func(t *testing.T) {
		cp, err := ix.Checkpoint(ctx)
		if err != nil {
			t.Fatal(err)
		}
		files, _ := archive.Files(newFeeder(dir, quiet).archiveDir)
		for _, f := range files {
			if cp[f.Name] != f.Size {
				t.Errorf("checkpoint of %s at %d, size %d", f.Name, cp[f.Name], f.Size)
			}
		}
	})
	t.Run("another process cannot open the index meanwhile", func(t *testing.T) {
		_, err := openIndex(ctx, dir, "search", quiet)
		var le *index.LockedError
		if !errors.As(err, &le) || !strings.Contains(le.Owner, "test") {
			t.Errorf("second open: %v", err)
		}
	})
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	t.Run("a catch-up killed between batches resumes and indexes every article once", func(t *testing.T) {
		copyDir(t, filepath.Join(dir, archiveSubdir), filepath.Join(killDir, archiveSubdir))
		checkKillAndResume(t, killDir, truth)
	})

	t.Run("reindex from the WARC and CDXJ files alone gives the same articles", func(t *testing.T) {
		keepOnlyArchive(t, dir)
		n, err := reindexArchive(ctx, dir, quiet)
		if err != nil {
			t.Fatal(err)
		}
		if n != len(got) {
			t.Errorf("reindexed %d articles, want %d", n, len(got))
		}
		ix, err := openIndex(ctx, dir, "test", quiet)
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		again := allArticles(t, ix)
		if len(again) != len(got) {
			t.Fatalf("%d articles after reindex, %d before", len(again), len(got))
		}
		for id, a := range got {
			if again[id] != a {
				t.Errorf("article %s differs after reindex:\n%s\n%s", id, a, again[id])
			}
		}
	})
}

func checkKillAndResume(t *testing.T, dir string, truth []simportal.Truth) {
	ctx := context.Background()
	ix, err := index.Open(ctx, filepath.Join(dir, indexSubdir), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	f := newFeeder(dir, quiet)
	f.batch = 7
	if _, err := f.catchUp(ctx, &failingWriter{Writer: ix, left: 2}); err == nil {
		t.Fatal("the killed catch-up did not fail")
	}
	if n, _ := ix.Count(); n != 14 {
		t.Fatalf("%d articles indexed before the kill, want 14", n)
	}
	if _, err := f.catchUp(ctx, ix); err != nil {
		t.Fatal(err)
	}
	got := allArticles(t, ix)
	if m := missing(got, truth); len(m) > 0 {
		t.Errorf("after resume %d of %d articles not indexed: %v", len(m), len(truth), m)
	}
	if int(mustCount(t, ix)) != len(got) {
		t.Errorf("index holds %d documents, %d articles", mustCount(t, ix), len(got))
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
}

// keepOnlyArchive deletes everything of a data directory but the WARC and
// CDXJ files.
func keepOnlyArchive(t *testing.T, dir string) {
	t.Helper()
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		if !strings.HasSuffix(p, ".warc.gz") && !strings.HasSuffix(p, ".cdxj") {
			return os.Remove(p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"index", "crawl"} {
		if err := os.RemoveAll(filepath.Join(dir, sub)); err != nil {
			t.Fatal(err)
		}
	}
}

// failingWriter applies its first batches and then fails, like a process
// killed between archiving and indexing.
type failingWriter struct {
	index.Writer
	left int
}

func (w *failingWriter) Apply(ctx context.Context, es []index.Entry, cp index.Checkpoint) error {
	if w.left == 0 {
		return errors.New("killed")
	}
	w.left--
	return w.Writer.Apply(ctx, es, cp)
}

func TestServeSeesArticlesOfARunningCrawl(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	svc, stop, err := startFollowing(ctx, dir, quiet)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if res, err := svc.Search(ctx, search.Request{}); err != nil || res.Total != 0 {
		t.Fatalf("empty archive: %v, %v", res, err)
	}
	truth := crawlPortal(t, dir, 20)
	deadline := time.Now().Add(5 * time.Second)
	for {
		res, err := svc.Search(ctx, search.Request{})
		if err != nil {
			t.Fatal(err)
		}
		if int(res.Total) >= len(truth) && len(missing(hitIDs(t, svc), truth)) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d archived articles searchable 5 s after the crawl", res.Total, len(truth))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func hitIDs(t *testing.T, svc *search.Service) map[string]string {
	out := map[string]string{}
	err := svc.Each(context.Background(), search.Request{}, func(h search.Hit, _ *search.ArticleView) error {
		out[h.ID] = h.Title
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func mustCount(t *testing.T, ix *index.Index) uint64 {
	n, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestExtractArticleKeepsOnlyArticles(t *testing.T) {
	_, ok, _ := extractArticle([]byte("<html><head><title>Trang chủ</title></head><body><a href=/a>a</a></body></html>"), "https://a.gov.vn/", "text/html")
	if ok {
		t.Error("a page without text was taken for an article")
	}
	_ = data.Article{}
}
