package crawler

import (
	"context"
	"fmt"
	"time"
)

// startProgress prints a live progress line to Options.Progress (a
// terminal) or, without one, a structured log line every ten intervals. The
// returned function stops it and ends the line.
func (c *Crawler) startProgress(ctx context.Context) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(finished)
		t := time.NewTicker(c.opts.ProgressEvery)
		defer t.Stop()
		n := 0
		for {
			select {
			case <-done:
				if c.opts.Progress != nil {
					c.printProgress(ctx, start)
					fmt.Fprintln(c.opts.Progress)
				}
				return
			case <-t.C:
				n++
				if c.opts.Progress != nil {
					c.printProgress(ctx, start)
				} else if n%10 == 0 {
					s := c.snapshot(ctx)
					c.log.Info("progress", "pages", s.Pages, "queued", s.Queued, "failed", s.Failed, "articles", s.Articles, "requests", s.Requests)
				}
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// snapshot is the summary so far without the failure list.
func (c *Crawler) snapshot(ctx context.Context) Summary {
	c.mu.Lock()
	s := c.sum
	c.mu.Unlock()
	s.Failures = nil
	if st, err := c.fr.Stats(ctx); err == nil {
		s.Queued = st.Queued + st.Claimed
	}
	return s
}

func (c *Crawler) printProgress(ctx context.Context, start time.Time) {
	s := c.snapshot(context.WithoutCancel(ctx))
	el := time.Since(start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(s.Pages) / el
	}
	eta := ""
	if rate > 0 && s.Queued > 0 {
		eta = fmt.Sprintf("  eta ≥%s", (time.Duration(float64(s.Queued)/rate) * time.Second).Round(time.Second))
	}
	fmt.Fprintf(c.opts.Progress, "\r\x1b[Kfetched %d  articles %d  queued %d  failed %d  %.1f pages/s%s",
		s.Pages, s.Articles, s.Queued, s.Failed, rate, eta)
}
