package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/vnarchive/vnarchive/crawler"
	"github.com/vnarchive/vnarchive/crawler/archive"
	"github.com/vnarchive/vnarchive/crawler/urlcanon"
)

// crawlOptions are the flags of `vnarchive crawl`.
type crawlOptions struct {
	MaxPages  int
	Delay     string
	Parallel  int
	Insecure  bool
	UserAgent string
	MaxBody   int64
	Retries   int
	Timeout   time.Duration
	JSON      bool
	NoIndex   bool
}

func newCrawlCmd(e *env, g *globalOptions) *cobra.Command {
	o := &crawlOptions{}
	c := &cobra.Command{
		Use:   "crawl URL...",
		Short: "Crawl portals into the WARC archive (resumable)",
		Long: `Crawl portals into the WARC archive in --dir, politely: robots.txt obeyed, the larger of
Crawl-delay and --delay between requests to a portal, --parallel requests in flight per portal.
Without URLs, the crawl kept in --dir resumes where it stopped (also after kill -9).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCrawl(cmd.Context(), e, g, o, args, cmd.Flags().Changed("delay"))
		},
	}
	f := c.Flags()
	f.IntVar(&o.MaxPages, "max-pages", 0, "stop after this many pages (0: no limit); the rest stays queued")
	f.StringVar(&o.Delay, "delay", "1s", "least time between requests to one portal (robots.txt Crawl-delay wins when larger)")
	f.IntVar(&o.Parallel, "parallel", 1, "requests in flight per portal")
	f.BoolVar(&o.Insecure, "insecure", false, "accept expired or self-signed TLS certificates")
	f.StringVar(&o.UserAgent, "user-agent", crawler.DefaultUserAgent, "User-Agent header sent with every request")
	f.Int64Var(&o.MaxBody, "max-body", crawler.DefaultMaxBody, "largest response body read, in bytes (longer ones are archived truncated)")
	f.IntVar(&o.Retries, "retries", crawler.DefaultRetries, "retries of a timeout, reset, 429 or 5xx (0: none)")
	f.DurationVar(&o.Timeout, "timeout", crawler.DefaultTimeout, "time limit of one request")
	f.BoolVar(&o.JSON, "json", false, "print the end-of-crawl summary as JSON")
	f.BoolVar(&o.NoIndex, "no-index", false, "leave the search index alone (run `vnarchive reindex` or `serve` later)")
	return c
}

func runCrawl(ctx context.Context, e *env, g *globalOptions, o *crawlOptions, args []string, delaySet bool) error {
	opts, err := o.toOptions(g, delaySet)
	if err != nil {
		return err
	}
	for _, a := range args {
		if _, err := urlcanon.Canonical(nil, a); err != nil {
			return usagef("crawl: %v", err)
		}
	}
	if len(args) == 0 {
		if _, err := os.Stat(crawler.StatePath(g.Dir)); err != nil {
			return usagef("crawl: give seed URLs, or --dir of a crawl to resume (%s has none)", g.Dir)
		}
	}
	tty := isTerminal(e.stderr)
	level := slog.LevelInfo
	if tty {
		opts.Progress = e.stderr
		level = slog.LevelWarn
	}
	opts.Logger = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	hook, err := crashHook(os.Getenv("VNARCHIVE_CRASHPOINT"), crawler.ArchiveDir(g.Dir))
	if err != nil {
		return usagef("crawl: VNARCHIVE_CRASHPOINT: %v", err)
	}
	opts.Hook = hook

	c, err := crawler.New(opts)
	if err != nil {
		return usagef("crawl: %v", err)
	}
	sum, err := c.Run(ctx, args)
	switch {
	case errors.Is(err, crawler.ErrBadSeed), errors.Is(err, crawler.ErrNothingToCrawl):
		return usagef("crawl: %v", err)
	case err != nil && ctx.Err() != nil:
		printCrawlSummary(e.stdout, g.Dir, sum, o.JSON)
		return fmt.Errorf("crawl interrupted; run `vnarchive crawl --dir %s` to resume", g.Dir)
	case err != nil:
		printCrawlSummary(e.stdout, g.Dir, sum, o.JSON)
		return fmt.Errorf("crawl: %w", err)
	}
	if err := printCrawlSummary(e.stdout, g.Dir, sum, o.JSON); err != nil {
		return err
	}
	if o.NoIndex {
		return nil
	}
	// The archive is complete: bring the search index up to date with it
	// (unless `serve` holds the index; it follows the archive itself).
	if _, err := indexArchive(ctx, g.Dir, opts.Logger); err != nil {
		return fmt.Errorf("crawl done, but indexing the archive failed (run `vnarchive reindex`): %w", err)
	}
	return nil
}

// toOptions checks the flags and turns them into crawler options. A delay
// of zero is honoured only when given explicitly.
func (o *crawlOptions) toOptions(g *globalOptions, delaySet bool) (crawler.Options, error) {
	d, err := time.ParseDuration(strings.TrimSpace(o.Delay))
	if err != nil {
		if n, nerr := strconv.ParseFloat(o.Delay, 64); nerr == nil {
			d, err = time.Duration(n*float64(time.Second)), nil
		}
	}
	switch {
	case err != nil:
		return crawler.Options{}, usagef("crawl: --delay %q: want a duration such as 1s or 500ms", o.Delay)
	case d < 0:
		return crawler.Options{}, usagef("crawl: --delay must not be negative")
	case d == 0 && delaySet:
		d = -1 // explicitly no delay
	case d == 0:
		d = crawler.DefaultDelay
	}
	if o.Parallel < 1 {
		return crawler.Options{}, usagef("crawl: --parallel must be at least 1")
	}
	if o.MaxPages < 0 {
		return crawler.Options{}, usagef("crawl: --max-pages must not be negative")
	}
	if o.MaxBody <= 0 {
		return crawler.Options{}, usagef("crawl: --max-body must be positive")
	}
	if o.Retries < 0 {
		return crawler.Options{}, usagef("crawl: --retries must not be negative")
	}
	retries := o.Retries
	if retries == 0 {
		retries = -1 // crawler.Options: negative means none
	}
	if o.Timeout <= 0 {
		return crawler.Options{}, usagef("crawl: --timeout must be positive")
	}
	if strings.TrimSpace(o.UserAgent) == "" {
		return crawler.Options{}, usagef("crawl: --user-agent must not be empty")
	}
	return crawler.Options{Dir: g.Dir, Delay: d, Parallel: o.Parallel, MaxPages: o.MaxPages, Insecure: o.Insecure,
		UserAgent: o.UserAgent, MaxBody: o.MaxBody, Retries: retries, Timeout: o.Timeout}, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// printCrawlSummary writes the end-of-crawl summary: counts, then the
// failures grouped by reason.
func printCrawlSummary(w io.Writer, dir string, s crawler.Summary, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if s.Failures == nil {
			s.Failures = []crawler.Failure{}
		}
		return enc.Encode(s)
	}
	fmt.Fprintf(w, "crawl finished in %s: %d pages, %d articles, %d requests (%d retries), %s received\n",
		s.Duration.Round(time.Millisecond), s.Pages, s.Articles, s.Requests, s.Retries, humanBytes(s.Bytes))
	fmt.Fprintf(w, "  failed %d, blocked by robots.txt %d, duplicates %d, taken from the archive after a crash %d, still queued %d\n",
		s.Failed, s.Blocked, s.Duplicates, s.Replayed, s.Queued)
	fmt.Fprintf(w, "  archive %s (%d articles in all), state %s\n", crawler.ArchiveDir(dir), s.TotalArticles, crawler.StatePath(dir))
	if len(s.Failures) == 0 {
		return nil
	}
	byReason := map[string][]string{}
	for _, f := range s.Failures {
		byReason[f.Reason] = append(byReason[f.Reason], f.URL)
	}
	reasons := make([]string, 0, len(byReason))
	for r := range byReason {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if len(byReason[reasons[i]]) != len(byReason[reasons[j]]) {
			return len(byReason[reasons[i]]) > len(byReason[reasons[j]])
		}
		return reasons[i] < reasons[j]
	})
	fmt.Fprintf(w, "failures (%d):\n", len(s.Failures))
	for _, r := range reasons {
		urls := byReason[r]
		fmt.Fprintf(w, "  %s (%d)\n", r, len(urls))
		for i, u := range urls {
			if i == 5 {
				fmt.Fprintf(w, "    … and %d more\n", len(urls)-5)
				break
			}
			fmt.Fprintf(w, "    %s\n", u)
		}
	}
	return nil
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// crashHook builds the fault-injection hook of the kill tests from
// VNARCHIVE_CRASHPOINT="POINT:N": the process kills itself (SIGKILL, no
// cleanup) the N-th time it reaches POINT. Points: after-response (a
// response arrived, not archived), after-warc or after-warc-before-ack (the
// response is archived, the frontier not told) and before-ack. A write torn
// in the middle of a WARC record is made by the kill test itself, after the
// process is dead (cutting the file's last record in half): done from
// inside, another portal's writer could append behind the cut before the
// signal lands, which no real crash does. "" means no hook.
func crashHook(spec, archiveDir string) (func(crawler.CrashPoint, archive.Location), error) {
	if spec == "" {
		return nil, nil
	}
	name, num, ok := strings.Cut(spec, ":")
	n, err := strconv.Atoi(num)
	if !ok || err != nil || n < 1 {
		return nil, fmt.Errorf("%q: want POINT:N with N ≥ 1", spec)
	}
	var point crawler.CrashPoint
	switch name {
	case "after-response":
		point = crawler.AfterResponse
	case "after-warc", "after-warc-before-ack":
		point = crawler.AfterWARC
	case "before-ack":
		point = crawler.BeforeAck
	default:
		return nil, fmt.Errorf("unknown crash point %q", name)
	}
	var count atomic.Int64
	return func(p crawler.CrashPoint, loc archive.Location) {
		if p != point || count.Add(1) != int64(n) {
			return
		}
		self, err := os.FindProcess(os.Getpid())
		if err == nil {
			_ = self.Kill() // SIGKILL: no deferred cleanup runs
		}
		select {} // wait for the signal
	}, nil
}
