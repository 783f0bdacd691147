package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/vnarchive/vnarchive/search"
)

type listOptions struct{ JSON bool }

func newOfficialsCmd(e *env, g *globalOptions) *cobra.Command {
	o := &listOptions{}
	c := &cobra.Command{
		Use:   "officials [NAME]",
		Short: "Officials with article counts and titles over time",
		Long: `List the officials named in the archive, most mentioned first, each with every title
they were given and the first and last day it was seen (a career timeline; titles given
as former, "nguyên …", are listed apart and never extend it). NAME (accents optional)
keeps the officials whose name holds it.`,
		RunE: func(c *cobra.Command, args []string) error {
			return runOfficials(c.Context(), e, g, o, strings.Join(args, " "))
		},
	}
	c.Flags().BoolVar(&o.JSON, "json", false, "print the list as JSON")
	return c
}

func runOfficials(ctx context.Context, e *env, g *globalOptions, o *listOptions, name string) error {
	return runList(ctx, e, g, o, "officials", func(svc *search.Service) ([]search.OfficialSummary, error) {
		return svc.Officials(ctx, name)
	}, func(tw *tabwriter.Writer, list []search.OfficialSummary) {
		fmt.Fprintln(tw, "NAME / TITLE\tARTICLES\tFIRST\tLAST")
		for _, of := range list {
			fmt.Fprintf(tw, "%s\t%d\t\t\n", of.Name, of.Articles)
			for _, t := range of.Titles {
				fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\n", clip(t.Title, 70), t.Articles, t.First, t.Last)
			}
			for _, t := range of.Former {
				fmt.Fprintf(tw, "  (former) %s\t%d\t%s\t%s\n", clip(t.Title, 60), t.Articles, t.First, t.Last)
			}
		}
	})
}

// runList is the body of the list commands (officials, documents): open the
// index, aggregate, print JSON or, when the list has rows, an aligned table.
func runList[T any](ctx context.Context, e *env, g *globalOptions, o *listOptions, what string,
	aggregate func(*search.Service) ([]T, error), table func(*tabwriter.Writer, []T)) error {
	ix, err := openForQuery(ctx, e, g, what)
	if err != nil {
		return err
	}
	defer ix.Close()
	list, err := aggregate(search.NewService(ix))
	if err != nil {
		return err
	}
	if o.JSON {
		return writeJSON(e.stdout, list)
	}
	if len(list) == 0 {
		fmt.Fprintf(e.stdout, "no %s found\n", what)
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	table(tw, list)
	return tw.Flush()
}
