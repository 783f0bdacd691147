package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vnarchive/vnarchive/crawler"
	"github.com/vnarchive/vnarchive/crawler/simportal"
	"github.com/vnarchive/vnarchive/data/vn"
	"github.com/vnarchive/vnarchive/search"
)

type demoOptions struct {
	Addr     string
	NoServe  bool
	Articles int
	Seed     int64
	Delay    time.Duration
}

func newDemoCmd(e *env, g *globalOptions) *cobra.Command {
	o := &demoOptions{}
	c := &cobra.Command{
		Use:   "demo",
		Short: "Crawl the built-in simulated portal, index it, search it and serve the web page",
		Long: `Start the built-in simulated portals (a Hanoi Liferay district portal and a 2025 ward portal)
on 127.0.0.1, crawl them into a WARC archive with progress, index the articles, print three
example searches (text typed without diacritics, an official, a document number), then serve
the search page until Ctrl-C (--no-serve stops after the searches). No portal on the network is
reached. Without --dir the archive goes to a new temporary directory, printed at the start.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			dirSet := c.Flags().Changed("dir") || os.Getenv("VNARCHIVE_DIR") != ""
			return runDemo(c.Context(), e, g, o, dirSet)
		},
	}
	c.Flags().StringVar(&o.Addr, "addr", defaultAddr, "listen address of the web page")
	c.Flags().BoolVar(&o.NoServe, "no-serve", false, "stop after the example searches")
	c.Flags().IntVar(&o.Articles, "articles", 300, "articles in the simulated portals (10..100000)")
	c.Flags().Int64Var(&o.Seed, "seed", 1, "seed of the simulated portals")
	c.Flags().DurationVar(&o.Delay, "delay", 20*time.Millisecond, "delay between requests to the (local) simulated portal")
	return c
}

func runDemo(ctx context.Context, e *env, g *globalOptions, o *demoOptions, dirSet bool) error {
	if o.Articles < 10 || o.Articles > 100000 {
		return usagef("--articles %d: want 10..100000", o.Articles)
	}
	dir := g.Dir
	if !dirSet {
		d, err := os.MkdirTemp("", "vnarchive-demo-")
		if err != nil {
			return fmt.Errorf("make a demo data directory: %w", err)
		}
		dir = d
	}
	log := cmdLogger(e)
	out := e.stdout

	portal := simportal.New(simportal.Config{Seed: o.Seed, Articles: o.Articles})
	srv, err := portal.Start()
	if err != nil {
		return fmt.Errorf("start the simulated portal: %w", err)
	}
	defer srv.Close()
	fmt.Fprintf(out, "Simulated portals on 127.0.0.1 (%d articles, seed %d):\n  %s  Hanoi Liferay district portal\n  %s  2025 ward portal\nData directory: %s\n\n",
		o.Articles, o.Seed, srv.LiferayURL, srv.WardURL, dir)

	// 1. Crawl.
	delay := o.Delay
	if delay <= 0 {
		delay = -1 // crawler.Options: negative is no delay, zero the polite default
	}
	opts := crawler.Options{Dir: dir, Delay: delay, Parallel: 2}
	if isTerminal(e.stderr) {
		opts.Progress = e.stderr
	}
	// Failures are listed in the summary; the log says only what goes wrong beyond them.
	opts.Logger = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	c, err := crawler.New(opts)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "Crawling (politely: robots.txt obeyed, one portal's host names count as one server) ...")
	sum, err := c.Run(ctx, srv.Roots())
	if err != nil {
		return fmt.Errorf("crawl: %w", err)
	}
	if err := printCrawlSummary(out, dir, sum, false); err != nil {
		return err
	}

	// 2. Index and search.
	ix, err := openIndex(ctx, dir, "demo", log)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	svc := search.NewService(ix)
	for _, ex := range demoQueries(portal) {
		fmt.Fprintf(out, "\n$ vnarchive search %s --dir %s\n", ex.args, dir)
		res, err := svc.Search(ctx, ex.req)
		if err != nil {
			ix.Close()
			return fmt.Errorf("example search %s: %w", ex.args, err)
		}
		if err := printResult(out, res); err != nil {
			ix.Close()
			return err
		}
	}
	if err := ix.Close(); err != nil {
		return err
	}
	if o.NoServe {
		return nil
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (choose another with --addr, or --no-serve)", o.Addr, err)
	}
	fmt.Fprintln(out)
	return serveWeb(ctx, e, dir, ln)
}

type demoQuery struct {
	args string
	req  search.Request
}

// demoQueries picks three searches the simulated corpus answers: a topic's
// words typed without diacritics, its most cited official typed the same way,
// and its most cited document number in another spelling.
func demoQueries(p *simportal.Portal) []demoQuery {
	officials := map[string]int{}
	documents := map[string]int{}
	for t := range p.Truths() {
		for _, o := range t.Officials {
			officials[o.Name]++
		}
		for _, d := range t.Documents {
			if strings.Contains(d.Number, "/") {
				documents[d.Number]++
			}
		}
	}
	text := ""
	for _, kw := range simportal.Topics()[0].Keywords {
		if len(strings.Fields(kw)) >= 3 {
			text = vn.FoldKey(kw)
			break
		}
	}
	name := vn.FoldKey(most(officials))
	doc := respell(most(documents))
	return []demoQuery{
		{fmt.Sprintf("%q --limit 5", text), search.Request{Query: text, Limit: 5}},
		{fmt.Sprintf("--official %q --limit 5", name), search.Request{Official: name, Limit: 5}},
		{fmt.Sprintf("--doc %q --limit 5", doc), search.Request{Doc: doc, Limit: 5}},
	}
}

// most returns the key with the highest count (ties by name).
func most(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) == 0 {
		return ""
	}
	return keys[0]
}

// respell writes a document number the way a hurried user might: lower case,
// slashes and dashes swapped ("25-NQ/TW" → "25/nq-tw").
func respell(n string) string {
	if strings.Count(n, "-") == 1 && strings.Count(n, "/") == 1 {
		n = strings.NewReplacer("-", "/", "/", "-").Replace(n)
	}
	return strings.ToLower(n)
}
