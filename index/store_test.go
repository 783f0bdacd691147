package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/vnarchive/vnarchive/data"
)

func entries(ids ...string) []Entry {
	var es []Entry
	for _, id := range ids {
		es = append(es, Entry{Article: &data.Article{ID: id, URL: "https://a.gov.vn/" + id, Title: "Tin " + id, Text: "Nội dung bài " + id, Published: "2024-01-02T08:00:00+07:00"}})
	}
	return es
}

func TestIndexSurvivesCloseAndReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ctx := context.Background()
	ix, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Apply(ctx, entries("a", "b"), Checkpoint{"f.warc.gz": 42}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n != 2 {
		t.Errorf("%d documents after reopen, want 2", n)
	}
	if cp, _ := ix.Checkpoint(ctx); cp["f.warc.gz"] != 42 {
		t.Errorf("checkpoint %v after reopen", cp)
	}
}

func TestOnlyOneOwner(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ctx := context.Background()
	ix, err := Open(ctx, dir, Options{Owner: "serve"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(ctx, dir, Options{Owner: "search"})
	var le *LockedError
	if !errors.As(err, &le) || !errors.Is(err, ErrLocked) || le.Owner == "" {
		t.Fatalf("second Open: %v", err)
	}
	ix.Close()
	ix2, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	ix2.Close()
}

func TestSearchesRunWhileBatchesAndARebuildApply(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ctx := context.Background()
	ix, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 20; i++ {
			if err := ix.Apply(ctx, entries(string(rune('a'+i))), nil); err != nil {
				t.Error(err)
			}
		}
		err := ix.Rebuild(ctx, func(ctx context.Context, w Writer) error {
			return w.Apply(ctx, entries("x", "y"), Checkpoint{"f": 1})
		})
		if err != nil {
			t.Error(err)
		}
	}()
	for searching := true; searching; {
		select {
		case <-done:
			searching = false
		default:
		}
		if _, err := ix.Search(ctx, Request{Query: Word{Text: "tin"}, Facets: true, Text: true}); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := ix.Count(); n != 2 {
		t.Errorf("%d documents after the rebuild, want 2", n)
	}
	if cp, _ := ix.Checkpoint(ctx); cp["f"] != 1 {
		t.Errorf("checkpoint %v after the rebuild", cp)
	}
	gens, _ := filepath.Glob(filepath.Join(dir, genPrefix+"*"))
	if len(gens) != 1 {
		t.Errorf("generations left: %v", gens)
	}
}

func TestOpenRemovesAnUnfinishedRebuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ctx := context.Background()
	ix, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	stale := filepath.Join(dir, genPrefix+"stale")
	if err := os.MkdirAll(stale, 0o755); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("unfinished generation left: %v", err)
	}
}

func TestIndexOfAnOlderFormatIsStartedAgainEmpty(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ctx := context.Background()
	ix, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Apply(ctx, entries("a", "b"), Checkpoint{"f.warc.gz": 42}); err != nil {
		t.Fatal(err)
	}
	oldGen := ix.gen
	// What an index written before the format key existed looks like.
	if err := ix.idx.DeleteInternal(formatKey); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix, err = Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n != 0 {
		t.Errorf("%d documents in the new index, want 0 (refilled from the archive by the owner)", n)
	}
	if cp, _ := ix.Checkpoint(ctx); len(cp) != 0 {
		t.Errorf("checkpoint %v carried over, want none: the archive must be indexed again", cp)
	}
	if ix.gen == oldGen {
		t.Errorf("still on generation %s", oldGen)
	}
	if _, err := os.Stat(filepath.Join(dir, oldGen)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("old generation %s not removed: %v", oldGen, err)
	}
	if err := ix.Apply(ctx, entries("c"), Checkpoint{"f.warc.gz": 7}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n != 1 {
		t.Errorf("%d documents after reopening the new index, want 1", n)
	}
}
