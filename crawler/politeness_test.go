package crawler

import (
	"context"
	"errors"
	"net/http"
	"sort"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/vnarchive/vnarchive/crawler/simportal"
)

// The scheduler runs on the real clock inside a synctest bubble, whose time
// is fake: it moves only when every goroutine of the bubble waits.
func TestScheduler(t *testing.T) {
	acquire := func(t *testing.T, s *Scheduler, key string) func() {
		t.Helper()
		rel, err := s.Acquire(context.Background(), key)
		if err != nil {
			t.Fatal(err)
		}
		return rel
	}
	t.Run("the next request waits the delay after the previous one ended", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			s := NewScheduler(nil, time.Second, 1)
			start := time.Now()
			rel := acquire(t, s, "a")
			time.Sleep(300 * time.Millisecond) // the response takes 300 ms
			rel()
			acquire(t, s, "a")()
			if got := time.Since(start); got != 1300*time.Millisecond {
				t.Errorf("second request after %v, want 1.3s", got)
			}
		})
	})
	t.Run("servers do not wait for each other", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			s := NewScheduler(nil, time.Second, 1)
			start := time.Now()
			acquire(t, s, "a")()
			acquire(t, s, "b")()
			if got := time.Since(start); got != 0 {
				t.Errorf("other server waited %v", got)
			}
		})
	})
	t.Run("no more requests in flight than the parallelism", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			s := NewScheduler(nil, 0, 2)
			r1, r2 := acquire(t, s, "a"), acquire(t, s, "a")
			got := make(chan time.Duration)
			start := time.Now()
			go func() {
				acquire(t, s, "a")()
				got <- time.Since(start)
			}()
			time.Sleep(5 * time.Second)
			r1()
			if d := <-got; d != 5*time.Second {
				t.Errorf("third request started after %v, want 5s (when one ended)", d)
			}
			r2()
		})
	})
	t.Run("a Crawl-delay learnt from a response also spaces the next request", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			s := NewScheduler(nil, time.Second, 1)
			start := time.Now()
			acquire(t, s, "a")() // robots.txt
			s.SetCrawlDelay("a", 5*time.Second)
			acquire(t, s, "a")()
			if got := time.Since(start); got != 5*time.Second {
				t.Errorf("gap %v, want 5s", got)
			}
		})
	})
	t.Run("a Crawl-delay above the delay wins", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			s := NewScheduler(nil, time.Second, 1)
			s.SetCrawlDelay("a", 3*time.Second)
			start := time.Now()
			acquire(t, s, "a")()
			acquire(t, s, "a")()
			if got := time.Since(start); got != 3*time.Second {
				t.Errorf("gap %v, want 3s", got)
			}
		})
	})
	t.Run("a Crawl-delay below the delay is ignored", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			s := NewScheduler(nil, 2*time.Second, 1)
			s.SetCrawlDelay("a", time.Second)
			start := time.Now()
			acquire(t, s, "a")()
			acquire(t, s, "a")()
			if got := time.Since(start); got != 2*time.Second {
				t.Errorf("gap %v, want 2s", got)
			}
		})
	})
	t.Run("Retry-After pauses the server", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			s := NewScheduler(nil, time.Second, 2)
			start := time.Now()
			acquire(t, s, "a")()
			s.Pause("a", start.Add(30*time.Second))
			acquire(t, s, "a")()
			if got := time.Since(start); got != 30*time.Second {
				t.Errorf("request after %v, want 30s", got)
			}
			acquire(t, s, "b")()
			if got := time.Since(start); got != 30*time.Second {
				t.Errorf("other server waited until %v", got)
			}
		})
	})
	t.Run("a cancelled wait returns the context error", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			s := NewScheduler(nil, time.Hour, 1)
			acquire(t, s, "a")()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if _, err := s.Acquire(ctx, "a"); !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("err = %v, want deadline exceeded", err)
			}
		})
	})
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		name, in string
		want     time.Duration
		ok       bool
	}{
		{"seconds", "120", 2 * time.Minute, true},
		{"an HTTP date", now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second, true},
		{"capped at ten minutes", "86400", maxRetryAfter, true},
		{"a huge number is capped, not overflowed", "99999999999", maxRetryAfter, true},
		{"a past date is now", now.Add(-time.Hour).Format(http.TimeFormat), 0, true},
		{"garbage is ignored", "soon", 0, false},
		{"empty is ignored", "", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := retryAfter(tc.in, now)
			if got != tc.want || ok != tc.ok {
				t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// minGap is the smallest time between two requests the server answered on
// each port, with the pair.
func minGaps(reqs []simportal.Request) map[string]time.Duration {
	byPort := map[string][]time.Time{}
	for _, r := range reqs {
		_, port, _ := strings.Cut(r.Host, ":")
		byPort[port] = append(byPort[port], r.Time)
	}
	out := map[string]time.Duration{}
	for port, ts := range byPort {
		sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
		min := time.Duration(1 << 62)
		for i := 1; i < len(ts); i++ {
			if d := ts[i].Sub(ts[i-1]); d < min {
				min = d
			}
		}
		out[port] = min
	}
	return out
}

func TestPolitenessOnLoopback(t *testing.T) {
	t.Run("with --delay 200ms no two requests to a portal come closer than 190ms", func(t *testing.T) {
		_, srv := startPortal(t, simportal.Config{Seed: 7, Articles: 10,
			Faults: simportal.Faults{TooManyRequests: true, RedirectLoop: true, RetryAfterSeconds: 0}})
		seeds := append(srv.Roots(), srv.LiferayURL+"cai-cach-hanh-chinh", srv.WardURL+"dang-doan-the")
		crawl(t, Options{Dir: t.TempDir(), Delay: 200 * time.Millisecond, Parallel: 1, MaxPages: 8, RetryBackoff: time.Millisecond}, seeds...)
		reqs := srv.Requests()
		statuses := map[int]int{}
		for _, r := range reqs {
			statuses[r.Status]++
		}
		if statuses[http.StatusTooManyRequests] == 0 {
			t.Errorf("no 429 was answered (statuses %v): the test does not cover retries", statuses)
		}
		for port, gap := range minGaps(reqs) {
			if gap < 190*time.Millisecond {
				t.Errorf("port %s: two requests %v apart", port, gap)
			}
		}
		t.Logf("%d requests, statuses %v, smallest gaps %v", len(reqs), statuses, minGaps(reqs))
	})
	t.Run("a Crawl-delay above --delay wins", func(t *testing.T) {
		_, srv := startPortal(t, simportal.Config{Seed: 7, Articles: 10, CrawlDelay: 300 * time.Millisecond})
		crawl(t, Options{Dir: t.TempDir(), Delay: 50 * time.Millisecond, Parallel: 1, MaxPages: 6}, srv.Roots()...)
		for port, gap := range minGaps(srv.Requests()) {
			if gap < 290*time.Millisecond {
				t.Errorf("port %s: two requests %v apart under a 300ms Crawl-delay", port, gap)
			}
		}
	})
	t.Run("429 with Retry-After pauses that portal", func(t *testing.T) {
		_, srv := startPortal(t, simportal.Config{Seed: 7, Articles: 10,
			Faults: simportal.Faults{TooManyRequests: true, RetryAfterSeconds: 1}})
		crawl(t, Options{Dir: t.TempDir(), Delay: -1, Parallel: 1, MaxPages: 6}, srv.LiferayURL+"cai-cach-hanh-chinh", srv.LiferayURL+"xay-dung-dang")
		reqs := srv.Requests()
		sort.Slice(reqs, func(i, j int) bool { return reqs[i].Time.Before(reqs[j].Time) })
		seen429 := false
		for i, r := range reqs {
			if r.Status != http.StatusTooManyRequests {
				continue
			}
			seen429 = true
			for _, next := range reqs[i+1:] {
				if d := next.Time.Sub(r.Time); d < 950*time.Millisecond {
					t.Errorf("request %s %v after a 429 with Retry-After: 1", next.Path, d)
				}
				break
			}
		}
		if !seen429 {
			t.Error("no 429 was answered")
		}
	})
}

// FuzzRetryAfter checks that any Retry-After value parses without panic to a
// pause between zero and the cap.
func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "0", "-5", "Wed, 21 Oct 2015 07:28:00 GMT", "", "1e9", "99999999999999999999"} {
		f.Add(s)
	}
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := retryAfter(s, now)
		if d < 0 || d > maxRetryAfter || (!ok && d != 0) {
			t.Fatalf("retryAfter(%q) = %v, %v", s, d, ok)
		}
	})
}
