package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/vnarchive/vnarchive/index"
	"github.com/vnarchive/vnarchive/search"
)

// searchFlags are the search filters shared by search and export.
type searchFlags struct {
	Official, Doc, Type, Site string
	From, To, Sort            string
	Limit                     int
	After                     string
}

func (f *searchFlags) bind(c *cobra.Command, paging bool) {
	fl := c.Flags()
	fl.StringVar(&f.Official, "official", "", "only articles naming this official (accents optional)")
	fl.StringVar(&f.Doc, "doc", "", "only articles citing this document number (any spelling)")
	fl.StringVar(&f.Type, "type", "", `only articles citing a document of this type ("Nghị quyết" or "NQ")`)
	fl.StringVar(&f.Site, "site", "", "only articles of this portal (host name)")
	fl.StringVar(&f.From, "from", "", "published on or after this day (YYYY-MM-DD, Asia/Ho_Chi_Minh)")
	fl.StringVar(&f.To, "to", "", "published on or before this day (YYYY-MM-DD, Asia/Ho_Chi_Minh)")
	fl.StringVar(&f.Sort, "sort", search.SortRelevance, "relevance or date (newest first)")
	if paging {
		fl.IntVar(&f.Limit, "limit", search.DefaultLimit, fmt.Sprintf("hits per page (1..%d)", search.MaxLimit))
		fl.StringVar(&f.After, "after", "", "the next cursor of the previous page")
	}
}

func (f *searchFlags) request(args []string) search.Request {
	return search.Request{
		Query: strings.Join(args, " "), Official: f.Official, Doc: f.Doc, Type: f.Type, Site: f.Site,
		From: f.From, To: f.To, Sort: f.Sort, Limit: f.Limit, After: f.After,
	}
}

type searchOptions struct {
	searchFlags
	JSON bool
}

func newSearchCmd(e *env, g *globalOptions) *cobra.Command {
	o := &searchOptions{}
	c := &cobra.Command{
		Use:   "search [QUERY]",
		Short: "Search the archive",
		Long: `Search the archive. QUERY is words (accents optional), "quoted phrases", AND/OR/NOT
(or +/-), parentheses and field prefixes official:, doc:, type:, site: — for example
  vnarchive search 'dan van kheo' --from 2024-01-01
  vnarchive search 'official:"bui huyen mai" doc:25-NQ/TW'`,
		RunE: func(c *cobra.Command, args []string) error {
			return runSearch(c.Context(), e, g, o, args)
		},
	}
	o.bind(c, true)
	c.Flags().BoolVar(&o.JSON, "json", false, "print the result as JSON")
	return c
}

func runSearch(ctx context.Context, e *env, g *globalOptions, o *searchOptions, args []string) error {
	ix, err := openForQuery(ctx, e, g, "search")
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := search.NewService(ix).Search(ctx, o.request(args))
	if err != nil {
		return searchError(err)
	}
	if o.JSON {
		return writeJSON(e.stdout, res)
	}
	return printResult(e.stdout, res)
}

// openForQuery opens the index of --dir for a query command (catching up
// with the archive first). A missing data directory is an error, not a new
// empty archive.
func openForQuery(ctx context.Context, e *env, g *globalOptions, owner string) (*index.Index, error) {
	if _, err := os.Stat(g.Dir); err != nil {
		return nil, fmt.Errorf("no archive in %s (set --dir or $VNARCHIVE_DIR, or crawl first): %w", g.Dir, err)
	}
	return openIndex(ctx, g.Dir, owner, cmdLogger(e))
}

// cmdLogger writes warnings and errors to stderr.
func cmdLogger(e *env) *slog.Logger {
	return slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// searchError maps bad input to exit code 2.
func searchError(err error) error {
	var bre *search.BadRequestError
	if errors.As(err, &bre) {
		return usageError{err}
	}
	return err
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func printResult(w io.Writer, res *search.Result) error {
	fmt.Fprintf(w, "%d result%s\n", res.Total, plural(int(res.Total)))
	if len(res.Hits) > 0 {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "PUBLISHED\tSITE\tTITLE\tID")
		for _, h := range res.Hits {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", day(h.Published), h.Site, clip(h.Title, 72), h.ID)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	for _, f := range []string{"year", "type", "official", "document", "site"} {
		if vs := res.Facets[f]; len(vs) > 0 {
			var parts []string
			for i, v := range vs {
				if i == 8 {
					parts = append(parts, "…")
					break
				}
				parts = append(parts, fmt.Sprintf("%s (%d)", v.Key, v.Count))
			}
			fmt.Fprintf(w, "%s: %s\n", f, strings.Join(parts, ", "))
		}
	}
	if res.Next != nil {
		fmt.Fprintf(w, "more: --after %s\n", *res.Next)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// day is the date part of an RFC 3339 time.
func day(t string) string {
	if len(t) >= 10 {
		return t[:10]
	}
	return t
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
