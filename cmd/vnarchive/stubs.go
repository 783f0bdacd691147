package main

import "github.com/spf13/cobra"

// Commands whose implementation lands with a later issue. Each exists now so
// the interface contract is complete; each exits 1 and says so.

type crawlOptions struct {
	MaxPages int
	Delay    string
	Parallel int
	Insecure bool
}

func newCrawlCmd(e *env, g *globalOptions) *cobra.Command {
	o := &crawlOptions{}
	c := &cobra.Command{Use: "crawl URL...", Short: "Crawl portals into the WARC archive (resumable)", RunE: notYet("crawl", "issue 2")}
	c.Flags().IntVar(&o.MaxPages, "max-pages", 0, "stop after this many pages (0: no limit)")
	c.Flags().StringVar(&o.Delay, "delay", "1s", "delay between requests to one portal")
	c.Flags().IntVar(&o.Parallel, "parallel", 1, "requests in flight per portal")
	c.Flags().BoolVar(&o.Insecure, "insecure", false, "accept expired or self-signed certificates")
	return c
}

func newServeCmd(e *env, g *globalOptions) *cobra.Command {
	return &cobra.Command{Use: "serve", Short: "Serve the search web page and JSON API", RunE: notYet("serve", "issue 5")}
}

func newDemoCmd(e *env, g *globalOptions) *cobra.Command {
	return &cobra.Command{Use: "demo", Short: "Crawl the built-in simulated portal and show the archive", RunE: notYet("demo", "issue 2")}
}
