package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

func newReindexCmd(e *env, g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "reindex",
		Short: "Rebuild the search index from the WARC archive",
		Long: `Rebuild the search index from the WARC files of the archive alone (no network): every
archived page is extracted again into a new index, which then replaces the old one in one
atomic step. Searches see the old index until then. Stop vnarchive serve first.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return runReindex(c.Context(), e, g)
		},
	}
}

func runReindex(ctx context.Context, e *env, g *globalOptions) error {
	arch := filepath.Join(g.Dir, archiveSubdir)
	if _, err := os.Stat(arch); err != nil {
		return fmt.Errorf("no archive in %s (set --dir or $VNARCHIVE_DIR): %w", g.Dir, err)
	}
	n, err := reindexArchive(ctx, g.Dir, cmdLogger(e))
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "reindexed %d article%s from %s\n", n, plural(n), arch)
	return nil
}
