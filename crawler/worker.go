package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/vnarchive/vnarchive/crawler/archive"
	"github.com/vnarchive/vnarchive/crawler/extract"
	"github.com/vnarchive/vnarchive/crawler/frontier"
	"github.com/vnarchive/vnarchive/crawler/urlcanon"
)

// job is one frontier item being processed by a worker. Colly's callbacks
// only fill it in; the worker acts on it afterwards.
type job struct {
	item   frontier.Item
	portal *portal
	replay *archive.Location // a capture an interrupted run left unacked

	res       fetchResult
	fatal     error // the crawl must stop (archive failure)
	links     []string
	canonical string
}

// slotKey carries a worker's slot in the context colly gives its requests,
// so that the transport finds the job of the request.
type slotKey struct{}

type slot struct{ job *job }

// worker fetches the items of one portal, one at a time, through its own
// colly collector.
type worker struct {
	c    *Crawler
	p    *portal
	slot *slot
	coll *colly.Collector
}

func (c *Crawler) newWorker(ctx context.Context, p *portal) (*worker, error) {
	w := &worker{c: c, p: p, slot: &slot{}}
	wctx := context.WithValue(ctx, slotKey{}, w.slot)
	coll := colly.NewCollector(
		colly.UserAgent(c.opts.UserAgent),
		colly.AllowURLRevisit(), // the frontier decides what is fetched, not colly
		colly.IgnoreRobotsTxt(), // robots.txt is fetched through our politeness and archived
		colly.ParseHTTPErrorResponse(),
		colly.StdlibContext(wctx),
		colly.MaxBodySize(int(4*c.opts.MaxBody)),
	)
	coll.WithTransport(&collyTransport{c: c})
	coll.SetRequestTimeout(0) // timeouts and retries are ours, per attempt
	coll.SetRedirectHandler(func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse // redirect targets go through the frontier
	})
	coll.DisableCookies()
	jobOf := func(ctx *colly.Context) *job {
		j, _ := ctx.GetAny("job").(*job)
		return j
	}
	coll.OnHTML("a[href], area[href]", func(e *colly.HTMLElement) {
		if j := jobOf(e.Request.Ctx); j != nil {
			j.links = append(j.links, e.Request.AbsoluteURL(e.Attr("href")))
		}
	})
	coll.OnHTML("link[href]", func(e *colly.HTMLElement) {
		j := jobOf(e.Request.Ctx)
		if j == nil {
			return
		}
		for _, rel := range strings.Fields(strings.ToLower(e.Attr("rel"))) {
			switch rel {
			case "canonical":
				if j.canonical == "" {
					j.canonical = e.Request.AbsoluteURL(e.Attr("href"))
				}
			case "next", "prev":
				j.links = append(j.links, e.Request.AbsoluteURL(e.Attr("href")))
			}
		}
	})
	coll.OnHTML("meta[http-equiv]", func(e *colly.HTMLElement) {
		j := jobOf(e.Request.Ctx)
		if j == nil || !strings.EqualFold(e.Attr("http-equiv"), "refresh") {
			return
		}
		content := e.Attr("content")
		if i := strings.Index(strings.ToLower(content), "url="); i >= 0 {
			j.links = append(j.links, e.Request.AbsoluteURL(strings.Trim(content[i+4:], `'" `)))
		}
	})
	w.coll = coll
	return w, nil
}

// loop claims and processes items until the crawl is finished.
func (w *worker) loop(ctx context.Context) error {
	c := w.c
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		if max := c.opts.MaxPages; max > 0 && c.claimed.Load() >= int64(max) {
			return nil
		}
		c.begin()
		it, ok, err := c.fr.Claim(ctx, w.p.host)
		if err != nil {
			c.end()
			return err
		}
		if !ok {
			c.end()
			done, changed, err := c.idle(ctx)
			if err != nil {
				return err
			}
			if done {
				return nil
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-changed:
			case <-time.After(200 * time.Millisecond):
			}
			continue
		}
		if max := c.opts.MaxPages; max > 0 && c.claimed.Add(1) > int64(max) {
			c.end()
			return c.fr.Release(context.WithoutCancel(ctx), it.Key)
		}
		err = w.process(ctx, it)
		if err != nil && ctx.Err() != nil {
			// Stopped: the item goes back to its queue for the next run.
			_ = c.fr.Release(context.WithoutCancel(ctx), it.Key)
		}
		c.end()
		if err != nil {
			return err
		}
	}
}

// process fetches one item through colly and records the outcome.
func (w *worker) process(ctx context.Context, it frontier.Item) error {
	c := w.c
	u, err := url.Parse(it.URL)
	if err != nil {
		return c.fail(ctx, it, frontier.Result{Reason: "bad URL: " + err.Error()})
	}
	ok, err := c.robots.allowed(ctx, w.p, u)
	if err != nil {
		return err
	}
	if !ok {
		c.count(func(s *Summary) { s.Blocked++; s.Pages++ })
		c.log.Info("blocked by robots.txt", "url", it.URL)
		_, err := c.fr.Ack(ctx, it.Key, frontier.Result{Reason: "disallowed by robots.txt"})
		return err
	}
	j := &job{item: it, portal: w.p}
	if loc, ok := c.unacked(it.URL); ok {
		j.replay = &loc
	}
	cctx := colly.NewContext()
	cctx.Put("job", j)
	w.slot.job = j
	rerr := w.coll.Request(http.MethodGet, it.URL, nil, cctx, nil)
	w.slot.job = nil
	if j.fatal != nil {
		return j.fatal
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	final := j.res.final
	if final.err != nil || (rerr != nil && final.status == 0) {
		reason := fmt.Sprintf("after %d tries: %v", j.res.tries, final.err)
		if final.err == nil {
			reason = rerr.Error()
		}
		return c.fail(ctx, it, frontier.Result{Reason: reason})
	}
	res := frontier.Result{Status: final.status, Fetched: final.loc.Captured, Digest: final.loc.Digest,
		WARC: final.loc.File, Offset: final.loc.Offset, Bytes: final.raw}
	if j.res.replayed {
		c.count(func(s *Summary) { s.Replayed++ })
	}
	switch {
	case final.status >= 300 && final.status < 400 && final.header.Get("Location") != "":
		res.Redirect = final.header.Get("Location")
		var found []frontier.Item
		if next, ok := w.discover(ctx, u, res.Redirect, it); ok {
			next.Barren = it.Barren
			found = append(found, next)
		}
		return c.ack(ctx, it, res, found)
	case final.status >= 200 && final.status < 300:
		return w.page(ctx, u, it, j, res)
	case final.status == http.StatusTooManyRequests || final.status >= 500:
		res.Reason = fmt.Sprintf("HTTP %d after %d tries", final.status, j.res.tries)
		return c.fail(ctx, it, res)
	default:
		res.Reason = fmt.Sprintf("HTTP %d", final.status)
		return c.fail(ctx, it, res)
	}
}

// page handles a 2xx answer: queue its links, pass it to the sink, ack.
func (w *worker) page(ctx context.Context, u *url.URL, it frontier.Item, j *job, res frontier.Result) error {
	c := w.c
	final := j.res.final
	html := strings.Contains(strings.ToLower(final.header.Get("Content-Type")), "html")
	pg := Page{URL: it.URL, CanonicalURL: it.URL, Status: final.status, Header: final.header, Body: final.body, Location: final.loc}
	duplicate := false
	if j.canonical != "" {
		if cu, err := urlcanon.CanonicalURL(nil, j.canonical); err == nil && c.portals.canonicalHost(ctx, cu) != nil {
			cs := cu.String()
			if ck := urlcanon.Key(cs); ck != it.Key {
				res.Canonical, res.CanonicalKey = cs, ck
				pg.CanonicalURL = cs
				if rec, found, err := c.fr.Get(ctx, ck); err == nil && found && rec.State == frontier.Done && rec.Result.AliasOf == "" {
					duplicate = true
				}
			}
		}
	}
	pg.IsArticle = it.Article || (html && looksArticle(u)) || (html && final.status == http.StatusOK && extract.IsArticle(final.body, it.URL))
	res.Article = pg.IsArticle

	// Links: new articles reset the trap guard; pages that lead to none
	// make their links one step more barren.
	var found, arts []frontier.Item
	seen := map[string]bool{it.Key: true}
	if html && !duplicate {
		for _, l := range j.links {
			d, ok := w.discover(ctx, u, l, it)
			if !ok || seen[d.Key] {
				continue
			}
			seen[d.Key] = true
			if d.Article {
				arts = append(arts, d)
			} else {
				found = append(found, d)
			}
		}
	}
	// The trap guard depends on page contents only, never on crawl order: a
	// page that links to articles, and not to the same ones as its parent,
	// restarts the count; others (calendar months, pagination clamped past
	// the end) add one to it.
	sig := articleSig(arts)
	barren := it.Barren + 1
	if len(arts) > 0 && sig != it.ParentSig {
		barren = 0
	}
	var items []frontier.Item
	for _, a := range arts {
		a.Barren, a.ParentSig = barren, sig
		items = append(items, a)
	}
	if barren <= c.opts.MaxBarren {
		for _, d := range found {
			d.Barren, d.ParentSig = barren, sig
			items = append(items, d)
		}
	}

	if html && final.status == http.StatusOK && !duplicate && c.opts.Sink != nil {
		if err := c.opts.Sink(ctx, pg); err != nil {
			c.log.Warn("sink failed", "url", it.URL, "err", err)
			c.count(func(s *Summary) {
				s.Failures = append(s.Failures, Failure{URL: it.URL, Status: final.status, Reason: "sink: " + err.Error()})
			})
		}
	}
	return c.ack(ctx, it, res, items)
}

// articleSig fingerprints a set of article links.
func articleSig(arts []frontier.Item) string {
	if len(arts) == 0 {
		return ""
	}
	keys := make([]string, len(arts))
	for i, a := range arts {
		keys[i] = a.Key
	}
	sort.Strings(keys)
	h := fnv.New64a()
	for _, k := range keys {
		h.Write([]byte(k))
		h.Write([]byte{0})
	}
	return strconv.FormatUint(h.Sum64(), 36)
}

// discover turns a link found on page base into a frontier item of a portal
// being crawled; ok is false for links to leave alone.
func (w *worker) discover(ctx context.Context, base *url.URL, link string, parent frontier.Item) (frontier.Item, bool) {
	if link == "" {
		return frontier.Item{}, false
	}
	cu, err := urlcanon.CanonicalURL(base, link)
	if err != nil {
		return frontier.Item{}, false
	}
	p := w.c.portals.canonicalHost(ctx, cu)
	if p == nil || !followable(cu) {
		return frontier.Item{}, false
	}
	if loaded, ok := w.c.robots.known(p, cu); loaded && !ok {
		return frontier.Item{}, false
	}
	s := cu.String()
	return frontier.Item{URL: s, Key: urlcanon.Key(s), Queue: p.host, Parent: parent.URL, Hops: parent.Hops + 1, Article: looksArticle(cu)}, true
}

// ack records a finished item (after the BeforeAck crash point).
func (c *Crawler) ack(ctx context.Context, it frontier.Item, res frontier.Result, found []frontier.Item) error {
	c.hook(ctx, BeforeAck, archive.Location{})
	info, err := c.fr.Ack(ctx, it.Key, res, found...)
	if err != nil {
		return err
	}
	c.count(func(s *Summary) {
		s.Pages++
		switch {
		case info.Duplicate:
			s.Duplicates++
		case res.Article && res.Status == http.StatusOK:
			s.Articles++
		}
	})
	return nil
}

// fail records an item given up.
func (c *Crawler) fail(ctx context.Context, it frontier.Item, res frontier.Result) error {
	c.hook(ctx, BeforeAck, archive.Location{})
	c.log.Warn("failed", "url", it.URL, "status", res.Status, "reason", res.Reason)
	c.count(func(s *Summary) { s.Pages++; s.Failed++ })
	return c.fr.Fail(ctx, it.Key, res)
}

// unacked returns the capture of a URL that an interrupted run archived but
// did not acknowledge (a final answer, not one that would be retried).
func (c *Crawler) unacked(u string) (archive.Location, bool) {
	locs, err := c.arch.Lookup(u)
	if err != nil || len(locs) == 0 {
		return archive.Location{}, false
	}
	loc := locs[len(locs)-1]
	if loc.Status == http.StatusTooManyRequests || loc.Status >= 500 {
		return archive.Location{}, false
	}
	return loc, true
}

// collyTransport is the http.RoundTripper colly fetches through: it finds
// the worker's job in the request context and fetches it politely, with
// retries, archiving every response — or, for a capture an interrupted run
// left unacknowledged, reads it back from the archive. Colly gets the body
// with Content-Encoding removed.
type collyTransport struct{ c *Crawler }

func (t *collyTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	s, _ := req.Context().Value(slotKey{}).(*slot)
	if s == nil || s.job == nil {
		return nil, errors.New("crawler: request outside a frontier job")
	}
	j := s.job
	if j.replay != nil {
		rec, err := archive.ReadAt(t.c.archiveDir, *j.replay)
		if err == nil && rec.Body != nil {
			j.res = fetchResult{final: attempt{status: rec.Status, header: rec.Header, body: rec.Body, loc: rec.Location,
				raw: int64(len(rec.RawPayload))}, tries: 0, replayed: true, captures: []archive.Location{rec.Location}}
			t.c.log.Info("replayed from archive", "url", j.item.URL, "warc", rec.File, "offset", rec.Offset)
			return collyResponse(req, j.res.final), nil
		}
		t.c.log.Warn("archived capture unreadable; fetching again", "url", j.item.URL, "err", err)
	}
	res, err := t.c.fetch.get(req.Context(), j.portal, j.item.URL)
	j.res = res
	if err != nil {
		if req.Context().Err() == nil {
			j.fatal = err
		}
		return nil, err
	}
	if res.final.err != nil {
		return nil, res.final.err
	}
	return collyResponse(req, res.final), nil
}

func collyResponse(req *http.Request, a attempt) *http.Response {
	h := a.header.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Del("Content-Encoding")
	h.Del("Content-Length")
	h.Del("Transfer-Encoding")
	return &http.Response{
		Status:        fmt.Sprintf("%d %s", a.status, http.StatusText(a.status)),
		StatusCode:    a.status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        h,
		Body:          io.NopCloser(bytes.NewReader(a.body)),
		ContentLength: int64(len(a.body)),
		Request:       req,
	}
}
