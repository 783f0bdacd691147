package crawler

import (
	"context"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/vnarchive/vnarchive/crawler/archive"
)

// robotsMaxAge is how old an archived robots.txt may be and still be used
// when a crawl resumes, instead of fetching it again.
const robotsMaxAge = 24 * time.Hour

// robotsCache holds each portal's robots.txt. It is fetched once per run
// through the same politeness and archive as every page (or, on resume,
// read back from the archive when recent), so it is polite and preserved.
type robotsCache struct {
	c     *Crawler
	agent string

	mu     sync.Mutex
	groups map[*portal]*robotsEntry
}

type robotsEntry struct {
	once   sync.Once
	loaded atomic.Bool
	group  *robotstxt.Group // nil: everything allowed
	err    error
}

func newRobotsCache(c *Crawler, agent string) *robotsCache {
	return &robotsCache{c: c, agent: agent, groups: map[*portal]*robotsEntry{}}
}

// allowed reports whether robots.txt lets the crawler fetch u on portal p,
// loading robots.txt first if needed. An error means the crawl must stop.
func (r *robotsCache) allowed(ctx context.Context, p *portal, u *url.URL) (bool, error) {
	r.mu.Lock()
	e := r.groups[p]
	if e == nil {
		e = &robotsEntry{}
		r.groups[p] = e
	}
	r.mu.Unlock()
	e.once.Do(func() {
		e.group, e.err = r.load(ctx, p, u.Scheme)
		e.loaded.Store(true)
	})
	if e.err != nil {
		return false, e.err
	}
	if e.group == nil {
		return true, nil
	}
	return e.group.Test(u.RequestURI()), nil
}

// known reports whether robots.txt of p is loaded and, if so, whether it
// allows u; it never fetches.
func (r *robotsCache) known(p *portal, u *url.URL) (loaded, ok bool) {
	r.mu.Lock()
	e := r.groups[p]
	r.mu.Unlock()
	if e == nil || !e.loaded.Load() {
		return false, true
	}
	if e.err != nil || e.group == nil {
		return e.err == nil, true
	}
	return true, e.group.Test(u.RequestURI())
}

func (r *robotsCache) load(ctx context.Context, p *portal, scheme string) (*robotstxt.Group, error) {
	if r.c.opts.IgnoreRobots {
		return nil, nil
	}
	ru := scheme + "://" + p.host + "/robots.txt"
	status, body, err := r.archived(ru)
	if err != nil {
		res, ferr := r.c.fetch.get(ctx, p, ru)
		if ferr != nil {
			return nil, ferr
		}
		r.c.count(func(s *Summary) { s.Robots++ })
		if res.final.err != nil {
			// Unreachable robots.txt: be safe and fetch nothing from the portal.
			r.c.log.Warn("robots.txt unreachable; portal skipped", "host", p.host, "err", res.final.err)
			r.c.count(func(s *Summary) {
				s.Failures = append(s.Failures, Failure{URL: ru, Reason: "robots.txt unreachable: " + res.final.err.Error()})
			})
			return disallowAll(r.agent), nil
		}
		status, body = res.final.status, res.final.body
	}
	data, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil {
		r.c.log.Warn("robots.txt unparsable; everything allowed", "host", p.host, "err", err)
		return nil, nil
	}
	g := data.FindGroup(r.agent)
	if g != nil && g.CrawlDelay > 0 {
		r.c.sched.SetCrawlDelay(p.host, g.CrawlDelay)
		r.c.log.Info("crawl-delay", "host", p.host, "delay", g.CrawlDelay, "in_force", r.c.sched.Delay(p.host))
	}
	return g, nil
}

// disallowAll is the robots.txt group that closes a whole portal.
func disallowAll(agent string) *robotstxt.Group {
	data, _ := robotstxt.FromString("User-agent: *\nDisallow: /\n")
	return data.FindGroup(agent)
}

// archived returns a recent capture of robots.txt from the archive.
func (r *robotsCache) archived(u string) (int, []byte, error) {
	locs, err := r.c.arch.Lookup(u)
	if err != nil || len(locs) == 0 {
		return 0, nil, errNoCapture
	}
	loc := locs[len(locs)-1]
	if loc.Status >= 500 || loc.Status == 429 || r.c.clock.Now().Sub(loc.Captured) > robotsMaxAge {
		return 0, nil, errNoCapture
	}
	rec, err := archive.ReadAt(r.c.archiveDir, loc)
	if err != nil {
		return 0, nil, err
	}
	return rec.Status, rec.Body, nil
}
