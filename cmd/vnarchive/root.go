package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes of the interface contract.
const (
	exitOK    = 0
	exitError = 1 // runtime failure
	exitUsage = 2 // bad usage or bad input
)

// usageError marks an error caused by the user's input; it exits 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// env carries what every command needs from the process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// globalOptions are the flags every command takes.
type globalOptions struct {
	Dir string
}

func defaultDir() string {
	if d := os.Getenv("VNARCHIVE_DIR"); d != "" {
		return d
	}
	return "vnarchive-data"
}

// run executes the command line and returns the process exit code. Errors map
// to exit codes here and nowhere else.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(e)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "vnarchive: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		return exitUsage
	}
	return exitError
}

func isCobraUsage(err error) bool {
	var fe flagError
	return errors.As(err, &fe)
}

// flagError wraps cobra's flag-parsing errors so they exit 2.
type flagError struct{ error }

func newRootCmd(e *env) *cobra.Command {
	g := &globalOptions{}
	root := &cobra.Command{
		Use:           "vnarchive",
		Short:         "Searchable archive of Vietnamese government web portals",
		Long:          "vnarchive crawls Vietnamese government portals into a WARC archive, extracts officials,\ncited documents and dates, and indexes everything for Vietnamese full-text search.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&g.Dir, "dir", defaultDir(), "data directory ($VNARCHIVE_DIR when set)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagError{err} })
	root.AddCommand(
		newCrawlCmd(e, g),
		newExtractCmd(e, g),
		newReindexCmd(e, g),
		newSearchCmd(e, g),
		newOfficialsCmd(e, g),
		newDocumentsCmd(e, g),
		newShowCmd(e, g),
		newExportCmd(e, g),
		newServeCmd(e, g),
		newDemoCmd(e, g),
	)
	return root
}
