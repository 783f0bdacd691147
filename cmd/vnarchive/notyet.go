package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// notYet is the body of a command that a later issue fills in: it says so
// plainly and exits 1.
func notYet(name, issue string) func(*cobra.Command, []string) error {
	return func(*cobra.Command, []string) error {
		return fmt.Errorf("%s: %w (%s)", name, errNotYet, issue)
	}
}
