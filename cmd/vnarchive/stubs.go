package main

import "github.com/spf13/cobra"

// Commands whose implementation lands with a later issue. Each exists now so
// the interface contract is complete; each exits 1 and says so.

func newDemoCmd(e *env, g *globalOptions) *cobra.Command {
	return &cobra.Command{Use: "demo", Short: "Crawl the built-in simulated portal and show the archive", RunE: notYet("demo", "issue 2")}
}
