package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/vnarchive/vnarchive/search"
)

func newDocumentsCmd(e *env, g *globalOptions) *cobra.Command {
	o := &listOptions{}
	c := &cobra.Command{
		Use:   "documents [NUMBER]",
		Short: "Cited documents with counts and first/last citation",
		Long: `List the documents cited in the archive, most cited first: type, canonical number, date,
the number of citing articles and the first and last of them. Documents that only share a
number (another body, year or term) are listed apart. NUMBER, in any spelling
("25-NQ/TW", "25/nq-tw"), keeps the documents with that number.`,
		RunE: func(c *cobra.Command, args []string) error {
			return runDocuments(c.Context(), e, g, o, strings.Join(args, " "))
		},
	}
	c.Flags().BoolVar(&o.JSON, "json", false, "print the list as JSON")
	return c
}

func runDocuments(ctx context.Context, e *env, g *globalOptions, o *listOptions, number string) error {
	return runList(ctx, e, g, o, "documents", func(svc *search.Service) ([]search.DocumentSummary, error) {
		return svc.Documents(ctx, number)
	}, func(tw *tabwriter.Writer, list []search.DocumentSummary) {
		fmt.Fprintln(tw, "NUMBER\tTYPE\tDATE\tCITED\tFIRST\tLAST")
		for _, d := range list {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s %s\t%s %s\n", d.Canonical, d.Type, d.Date, d.Citations,
				day(d.First.Published), d.First.ID, day(d.Last.Published), d.Last.ID)
		}
	})
}
