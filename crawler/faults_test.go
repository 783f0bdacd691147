package crawler

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/vnarchive/vnarchive/crawler/archive"
	"github.com/vnarchive/vnarchive/crawler/simportal"
)

func countPaths(reqs []simportal.Request, prefix string) int {
	n := 0
	for _, r := range reqs {
		if strings.HasPrefix(r.Path, prefix) {
			n++
		}
	}
	return n
}

func TestFaults(t *testing.T) {
	t.Run("a redirect loop ends after each URL is fetched once", func(t *testing.T) {
		_, srv := startPortal(t, simportal.Config{Seed: 7, Articles: 10, Faults: simportal.Faults{RedirectLoop: true}})
		sum := crawl(t, Options{Dir: t.TempDir(), Delay: -1, MaxPages: 5}, srv.LiferayURL+"vong-lap/a")
		if n := countPaths(srv.Requests(), "/vong-lap/"); n != 2 {
			t.Errorf("%d requests into the loop, want 2 (summary %+v)", n, sum)
		}
	})
	t.Run("a body over the cap is archived truncated, once", func(t *testing.T) {
		_, srv := startPortal(t, simportal.Config{Seed: 7, Articles: 10, Faults: simportal.Faults{HugeBody: true, HugeBodyBytes: 3 << 20}})
		dir := t.TempDir()
		crawl(t, Options{Dir: dir, Delay: -1, MaxPages: 1, MaxBody: 1 << 20}, srv.LiferayURL+"tai-lieu-lon")
		if n := countPaths(srv.Requests(), "/tai-lieu-lon"); n != 1 {
			t.Errorf("huge body requested %d times", n)
		}
		found := false
		for rec, err := range archive.Records(context.Background(), ArchiveDir(dir)) {
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(rec.URL, "/tai-lieu-lon") {
				found = true
				if len(rec.RawPayload) > 1<<20 {
					t.Errorf("archived %d bytes, cap 1 MiB", len(rec.RawPayload))
				}
			}
		}
		if !found {
			t.Error("the huge page is not in the archive")
		}
	})
	t.Run("a 503 is retried and the article archived once", func(t *testing.T) {
		p, srv := startPortal(t, simportal.Config{Seed: 7, Articles: 10, Faults: simportal.Faults{Unavailable: true, RetryAfterSeconds: 1}})
		tr := srv.Truth()[0]
		dir := t.TempDir()
		sum := crawl(t, Options{Dir: dir, Delay: -1, MaxPages: 1, RetryBackoff: time.Millisecond}, tr.CanonicalURL)
		if sum.Retries != 1 || sum.Articles != 1 {
			t.Errorf("summary %+v, want 1 retry and 1 article", sum)
		}
		if got := captured(t, p, dir)[tr.ID]; got != 1 {
			t.Errorf("article archived %d times with status 200", got)
		}
	})
	t.Run("the endless calendars are left after a few months", func(t *testing.T) {
		_, srv := startPortal(t, simportal.Config{Seed: 7, Articles: 10})
		crawl(t, Options{Dir: t.TempDir(), Delay: -1, Parallel: 2}, srv.WardURL+"lich-cong-tac", srv.LiferayURL+"lich")
		reqs := srv.Requests()
		n := countPaths(reqs, "/lich")
		// Each month links its neighbours and a few fixed months; the trap
		// guard follows each chain MaxBarren (3) months past the last page
		// that led to a new article.
		if n == 0 || n > 60 {
			t.Errorf("%d calendar requests, want a few dozen at most", n)
		}
		for _, r := range reqs {
			if r.Status == http.StatusOK && strings.HasPrefix(r.Path, "/lich/") {
				t.Errorf("disallowed calendar print view requested: %s", r.Path)
			}
		}
		t.Logf("%d calendar requests of %d", n, len(reqs))
	})
}
