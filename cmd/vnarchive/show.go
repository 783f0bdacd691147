package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vnarchive/vnarchive/search"
)

func newShowCmd(e *env, g *globalOptions) *cobra.Command {
	o := &listOptions{}
	c := &cobra.Command{
		Use:   "show ID|URL",
		Short: "Show one archived article",
		Long:  "Show one article of the archive by its id or URL: its extracted fields, officials, documents and where its capture is in the WARC files.",
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("show takes one article id or URL")
			}
			return runShow(c.Context(), e, g, o, args[0])
		},
	}
	c.Flags().BoolVar(&o.JSON, "json", false, "print the article as JSON")
	return c
}

func runShow(ctx context.Context, e *env, g *globalOptions, o *listOptions, idOrURL string) error {
	ix, err := openForQuery(ctx, e, g, "show")
	if err != nil {
		return err
	}
	defer ix.Close()
	a, err := search.NewService(ix).Article(ctx, idOrURL)
	if errors.Is(err, search.ErrNotFound) {
		return usageError{fmt.Errorf("no article %s in the archive (see vnarchive search)", idOrURL)}
	}
	if err != nil {
		return err
	}
	if o.JSON {
		return writeJSON(e.stdout, a)
	}
	w := e.stdout
	fmt.Fprintf(w, "%s\n\n", a.Title)
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-10s %s\n", k+":", v)
		}
	}
	field("id", a.ID)
	field("url", a.URL)
	field("published", a.Published)
	field("site", a.Site)
	field("category", a.Category)
	field("author", a.Author)
	field("archive", fmt.Sprintf("%s @ %d (captured %s)", a.Archive.WARC, a.Archive.Offset, a.Archive.Captured))
	if len(a.Officials) > 0 {
		fmt.Fprintln(w, "\nofficials:")
		for _, of := range a.Officials {
			fmt.Fprintf(w, "  %s — %s\n", of.Name, strings.Join(of.Titles, "; "))
		}
	}
	if len(a.Documents) > 0 {
		fmt.Fprintln(w, "\ndocuments:")
		for _, d := range a.Documents {
			extra := strings.TrimSpace(strings.Join([]string{d.Date, d.Issuer}, " "))
			fmt.Fprintf(w, "  %s %s %s\n", d.Type, d.Number, extra)
		}
	}
	fmt.Fprintf(w, "\n%s\n", a.Text)
	return nil
}
