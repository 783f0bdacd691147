package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"
	"sync"
	"sync/atomic"

	"github.com/vnarchive/vnarchive/crawler/archive"
	"github.com/vnarchive/vnarchive/crawler/frontier"
	"github.com/vnarchive/vnarchive/crawler/urlcanon"
)

var errNoCapture = errors.New("no capture")

// Crawler crawls portals into the archive. Make one with New and call Run
// once; it is not meant for concurrent Runs.
type Crawler struct {
	opts  Options
	log   *slog.Logger
	clock Clock

	fr         frontier.Frontier
	arch       *archive.Archive
	archiveDir string
	sched      *Scheduler
	portals    *portals
	robots     *robotsCache
	fetch      *fetcher

	claimed atomic.Int64 // pages claimed this run (MaxPages)

	mu       sync.Mutex
	sum      Summary
	inflight int
	changed  chan struct{}
}

// New checks the options and returns a Crawler. Nothing is opened until Run.
func New(opts Options) (*Crawler, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	c := &Crawler{opts: o, log: o.Logger.With("component", "crawler"), clock: o.Clock, changed: make(chan struct{})}
	c.sched = NewScheduler(o.Clock, o.Delay, o.Parallel)
	c.portals = newPortals(o.Resolver)
	c.robots = newRobotsCache(c, RobotsAgent)
	c.fetch = &fetcher{c: c, wire: newWireTransport(o.Insecure, o.Timeout), sched: c.sched}
	return c, nil
}

// StatePath is the frontier file of a data directory.
func StatePath(dir string) string { return filepath.Join(dir, "crawl", "state.db") }

// ArchiveDir is the archive directory of a data directory.
func ArchiveDir(dir string) string { return filepath.Join(dir, "archive") }

// Run crawls from the seed URLs (or, with none, resumes the crawl kept in
// the data directory) until the frontier is empty, MaxPages is reached or ctx
// ends. Seeds already seen are not fetched again. The Summary is valid also
// when an error is returned.
func (c *Crawler) Run(ctx context.Context, seeds []string) (Summary, error) {
	start := c.clock.Now()
	sum, err := c.run(ctx, seeds)
	sum.Duration = c.clock.Now().Sub(start)
	return sum, err
}

func (c *Crawler) run(ctx context.Context, seeds []string) (sum Summary, err error) {
	type seed struct {
		u *url.URL
	}
	var parsed []seed
	for _, s := range seeds {
		u, err := urlcanon.CanonicalURL(nil, s)
		if err != nil {
			return Summary{}, fmt.Errorf("%w: %v", ErrBadSeed, err)
		}
		parsed = append(parsed, seed{u})
	}
	fr, err := frontier.Open(ctx, StatePath(c.opts.Dir), c.clock.Now)
	if err != nil {
		return Summary{}, err
	}
	c.fr = fr
	defer func() {
		if cerr := fr.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	c.archiveDir = ArchiveDir(c.opts.Dir)
	arch, err := archive.Open(ctx, c.archiveDir, archive.Options{
		Logger: c.opts.Logger,
		Info:   map[string]string{"http-header-user-agent": c.opts.UserAgent, "robots": "obey"},
	})
	if err != nil {
		return Summary{}, err
	}
	c.arch = arch
	defer func() {
		if cerr := arch.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()

	var items []frontier.Item
	for _, s := range parsed {
		p := c.portals.seed(ctx, s.u.Host)
		s.u.Host = p.host
		cu := s.u.String()
		items = append(items, frontier.Item{URL: cu, Key: urlcanon.Key(cu), Queue: p.host, Article: looksArticle(s.u)})
	}
	if _, err := fr.Add(ctx, items...); err != nil {
		return Summary{}, err
	}
	queues, err := fr.Queues(ctx)
	if err != nil {
		return Summary{}, err
	}
	for _, q := range queues {
		c.portals.seed(ctx, q)
	}
	st, err := fr.Stats(ctx)
	if err != nil {
		return Summary{}, err
	}
	if len(c.portals.list) == 0 {
		if len(seeds) == 0 && st.Done == 0 {
			return c.summary(ctx), ErrNothingToCrawl
		}
		return c.summary(ctx), nil
	}
	if st.Done > 0 {
		c.log.Info("resuming", "queued", st.Queued, "done", st.Done)
	}

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	stopProgress := c.startProgress(runCtx)
	var wg sync.WaitGroup
	var firstErr error
	var errOnce sync.Once
	for _, p := range c.portals.list {
		for range c.opts.Parallel {
			w, werr := c.newWorker(runCtx, p)
			if werr != nil {
				cancel()
				wg.Wait()
				return c.summary(ctx), werr
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := w.loop(runCtx); err != nil && !errors.Is(err, context.Canceled) {
					errOnce.Do(func() { firstErr = err; cancel() })
				}
			}()
		}
	}
	wg.Wait()
	stopProgress()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return c.summary(context.WithoutCancel(ctx)), firstErr
}

// count updates the summary under the lock.
func (c *Crawler) count(fn func(*Summary)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fn(&c.sum)
}

// hook calls the crash hook.
func (c *Crawler) hook(_ context.Context, p CrashPoint, loc archive.Location) {
	if c.opts.Hook != nil {
		c.opts.Hook(p, loc)
	}
}

// begin and end count pages in flight; end wakes idle workers.
func (c *Crawler) begin() {
	c.mu.Lock()
	c.inflight++
	c.mu.Unlock()
}

func (c *Crawler) end() {
	c.mu.Lock()
	c.inflight--
	close(c.changed)
	c.changed = make(chan struct{})
	c.mu.Unlock()
}

// idle reports whether the crawl is finished: nothing in flight and nothing
// queued. Otherwise it returns a channel closed at the next change.
func (c *Crawler) idle(ctx context.Context) (bool, <-chan struct{}, error) {
	c.mu.Lock()
	inflight, ch := c.inflight, c.changed
	c.mu.Unlock()
	if inflight > 0 {
		return false, ch, nil
	}
	st, err := c.fr.Stats(ctx)
	if err != nil {
		return false, nil, err
	}
	return st.Queued == 0, ch, nil
}

// summary completes the run's counts with the crawl state's.
func (c *Crawler) summary(ctx context.Context) Summary {
	c.mu.Lock()
	s := c.sum
	s.Failures = append([]Failure(nil), c.sum.Failures...)
	c.mu.Unlock()
	if c.fr == nil {
		return s
	}
	if st, err := c.fr.Stats(ctx); err == nil {
		s.Queued, s.TotalArticles, s.TotalDone = st.Queued, st.Articles, st.Done
	}
	if fails, err := c.fr.Failures(ctx); err == nil {
		for _, r := range fails {
			s.Failures = append(s.Failures, Failure{URL: r.URL, Status: r.Result.Status, Reason: r.Result.Reason})
		}
	}
	return s
}
