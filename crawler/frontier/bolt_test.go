package frontier

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
)

func item(key string) Item {
	return Item{URL: "http://h/" + key, Key: "h/" + key, Queue: "h"}
}

func open(t *testing.T, path string) *Bolt {
	t.Helper()
	f, err := Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func claim(t *testing.T, f Frontier, q string) Item {
	t.Helper()
	it, ok, err := f.Claim(context.Background(), q)
	if err != nil || !ok {
		t.Fatalf("Claim(%q) = %v, %v", q, ok, err)
	}
	return it
}

func stats(t *testing.T, f Frontier) Stats {
	t.Helper()
	s, err := f.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestBolt(t *testing.T) {
	ctx := context.Background()
	t.Run("a key enters the queue once", func(t *testing.T) {
		f := open(t, filepath.Join(t.TempDir(), "s.db"))
		defer f.Close()
		n, err := f.Add(ctx, item("a"), item("b"), item("a"))
		if err != nil || n != 2 {
			t.Fatalf("Add = %d, %v; want 2", n, err)
		}
		if n, _ := f.Add(ctx, item("b")); n != 0 {
			t.Errorf("re-adding a seen key added %d", n)
		}
	})
	t.Run("claims come in FIFO order per queue", func(t *testing.T) {
		f := open(t, filepath.Join(t.TempDir(), "s.db"))
		defer f.Close()
		other := Item{URL: "http://o/x", Key: "o/x", Queue: "o"}
		f.Add(ctx, item("a"), other, item("b"))
		if got := claim(t, f, "h").Key; got != "h/a" {
			t.Errorf("first claim %q", got)
		}
		if got := claim(t, f, "h").Key; got != "h/b" {
			t.Errorf("second claim %q", got)
		}
		if _, ok, _ := f.Claim(ctx, "h"); ok {
			t.Error("empty queue handed out an item")
		}
		if qs, _ := f.Queues(ctx); len(qs) != 2 || qs[0] != "h" || qs[1] != "o" {
			t.Errorf("Queues = %v, want [h o] (h still has items in flight)", qs)
		}
	})
	t.Run("ack records the result and adds discovered links in one step", func(t *testing.T) {
		f := open(t, filepath.Join(t.TempDir(), "s.db"))
		defer f.Close()
		f.Add(ctx, item("a"))
		it := claim(t, f, "h")
		info, err := f.Ack(ctx, it.Key, Result{Status: 200, WARC: "w.warc.gz", Offset: 42, Article: true}, item("a"), item("c"))
		if err != nil || info.Added != 1 {
			t.Fatalf("Ack = %+v, %v", info, err)
		}
		rec, ok, _ := f.Get(ctx, it.Key)
		if !ok || rec.State != Done || rec.Result.Offset != 42 {
			t.Errorf("record after ack = %+v", rec)
		}
		if s := stats(t, f); s.Done != 1 || s.Queued != 1 || s.Articles != 1 || s.Claimed != 0 {
			t.Errorf("stats = %+v", s)
		}
		if _, err := f.Ack(ctx, it.Key, Result{}); !errors.Is(err, ErrNotClaimed) {
			t.Errorf("second ack: %v, want ErrNotClaimed", err)
		}
	})
	t.Run("items in flight go back to the queue on reopen", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "s.db")
		f := open(t, path)
		f.Add(ctx, item("a"), item("b"))
		claim(t, f, "h")
		f.Close() // as if killed: the claim was never acked
		f = open(t, path)
		defer f.Close()
		s := stats(t, f)
		if s.Queued != 2 || s.Claimed != 0 {
			t.Errorf("stats after reopen = %+v", s)
		}
		got := map[string]bool{claim(t, f, "h").Key: true, claim(t, f, "h").Key: true}
		if !got["h/a"] || !got["h/b"] {
			t.Errorf("claims after reopen = %v", got)
		}
	})
	t.Run("fail keeps the reason and release requeues", func(t *testing.T) {
		f := open(t, filepath.Join(t.TempDir(), "s.db"))
		defer f.Close()
		f.Add(ctx, item("a"), item("b"))
		a, b := claim(t, f, "h"), claim(t, f, "h")
		if err := f.Fail(ctx, a.Key, Result{Status: 503, Reason: "503 after 3 tries"}); err != nil {
			t.Fatal(err)
		}
		if err := f.Release(ctx, b.Key); err != nil {
			t.Fatal(err)
		}
		fails, _ := f.Failures(ctx)
		if len(fails) != 1 || fails[0].Result.Reason != "503 after 3 tries" {
			t.Errorf("failures = %+v", fails)
		}
		if got := claim(t, f, "h").Key; got != b.Key {
			t.Errorf("released item not handed out again: %q", got)
		}
	})
	t.Run("rel=canonical to a queued page marks it done without a fetch", func(t *testing.T) {
		f := open(t, filepath.Join(t.TempDir(), "s.db"))
		defer f.Close()
		f.Add(ctx, item("a"), item("canon"))
		a := claim(t, f, "h")
		info, err := f.Ack(ctx, a.Key, Result{Status: 200, Article: true, Canonical: "http://h/canon", CanonicalKey: "h/canon"})
		if err != nil || info.Duplicate {
			t.Fatalf("Ack = %+v, %v", info, err)
		}
		if _, ok, _ := f.Claim(ctx, "h"); ok {
			t.Error("the canonical page is still handed out")
		}
		rec, _, _ := f.Get(ctx, "h/canon")
		if rec.State != Done || rec.Result.AliasOf != a.Key {
			t.Errorf("canonical record = %+v", rec)
		}
		if s := stats(t, f); s.Articles != 1 {
			t.Errorf("articles = %d, want 1", s.Articles)
		}
	})
	t.Run("rel=canonical to a fetched page records a duplicate", func(t *testing.T) {
		f := open(t, filepath.Join(t.TempDir(), "s.db"))
		defer f.Close()
		f.Add(ctx, item("canon"), item("b"))
		c := claim(t, f, "h")
		f.Ack(ctx, c.Key, Result{Status: 200, Article: true})
		b := claim(t, f, "h")
		info, err := f.Ack(ctx, b.Key, Result{Status: 200, Article: true, Canonical: "http://h/canon", CanonicalKey: c.Key})
		if err != nil || !info.Duplicate {
			t.Fatalf("Ack = %+v, %v; want a duplicate", info, err)
		}
		if s := stats(t, f); s.Articles != 1 || s.Done != 2 {
			t.Errorf("stats = %+v, want 1 article of 2 done", s)
		}
	})
}
