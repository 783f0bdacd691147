package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vnarchive/vnarchive/search"
)

type exportOptions struct {
	searchFlags
	Format string
}

func newExportCmd(e *env, g *globalOptions) *cobra.Command {
	o := &exportOptions{}
	c := &cobra.Command{
		Use:   "export [QUERY]",
		Short: "Export a whole search result as JSONL or CSV",
		Long: `Export every article a search finds (same QUERY and filters as search), one per line
(jsonl) or row (csv), with a fixed set of columns: ` + strings.Join(exportColumns, ", ") + `.
In CSV, several values in one column are joined with " | ".`,
		RunE: func(c *cobra.Command, args []string) error {
			if o.Format != "jsonl" && o.Format != "csv" {
				return usagef("--format must be jsonl or csv, not %q", o.Format)
			}
			return runExport(c.Context(), e, g, o, args)
		},
	}
	o.bind(c, false)
	c.Flags().StringVar(&o.Format, "format", "jsonl", "jsonl or csv")
	return c
}

// exportColumns is the fixed column set of export.
var exportColumns = []string{"id", "url", "site", "category", "published", "title", "officials", "documents", "types", "warc", "offset", "captured"}

// exportRow is one exported article; JSONL has the CSV's columns as keys.
type exportRow struct {
	ID        string   `json:"id"`
	URL       string   `json:"url"`
	Site      string   `json:"site"`
	Category  string   `json:"category"`
	Published string   `json:"published"`
	Title     string   `json:"title"`
	Officials []string `json:"officials"`
	Documents []string `json:"documents"`
	Types     []string `json:"types"`
	WARC      string   `json:"warc"`
	Offset    int64    `json:"offset"`
	Captured  string   `json:"captured"`
}

func (r exportRow) record() []string {
	return []string{r.ID, r.URL, r.Site, r.Category, r.Published, r.Title,
		strings.Join(r.Officials, " | "), strings.Join(r.Documents, " | "), strings.Join(r.Types, " | "),
		r.WARC, strconv.FormatInt(r.Offset, 10), r.Captured}
}

func rowOf(h search.Hit, v *search.ArticleView) exportRow {
	r := exportRow{ID: h.ID, URL: h.URL, Site: h.Site, Category: h.Category, Published: h.Published, Title: h.Title,
		Officials: h.Officials, Documents: h.Documents, Types: []string{},
		WARC: v.Archive.WARC, Offset: v.Archive.Offset, Captured: v.Archive.Captured}
	seen := map[string]bool{}
	for _, d := range v.Documents {
		if d.Type != "" && !seen[d.Type] {
			seen[d.Type] = true
			r.Types = append(r.Types, d.Type)
		}
	}
	return r
}

func runExport(ctx context.Context, e *env, g *globalOptions, o *exportOptions, args []string) error {
	ix, err := openForQuery(ctx, e, g, "export")
	if err != nil {
		return err
	}
	defer ix.Close()
	w := exportWriter(e.stdout, o.Format)
	if err := w.header(); err != nil {
		return err
	}
	err = search.NewService(ix).Each(ctx, o.request(args), func(h search.Hit, v *search.ArticleView) error {
		return w.row(rowOf(h, v))
	})
	if err != nil {
		return searchError(err)
	}
	return w.flush()
}

type rowWriter struct {
	header func() error
	row    func(exportRow) error
	flush  func() error
}

func exportWriter(out io.Writer, format string) rowWriter {
	if format == "csv" {
		cw := csv.NewWriter(out)
		return rowWriter{
			header: func() error { return cw.Write(exportColumns) },
			row:    func(r exportRow) error { return cw.Write(r.record()) },
			flush:  func() error { cw.Flush(); return cw.Error() },
		}
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	return rowWriter{
		header: func() error { return nil },
		row:    func(r exportRow) error { return enc.Encode(r) },
		flush:  func() error { return nil },
	}
}
