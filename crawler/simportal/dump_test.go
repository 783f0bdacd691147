package simportal

import (
	"fmt"
	"os"
	"testing"
)

// TestDump prints a few generated articles when SIMDUMP is set, for a
// human to read the prose: SIMDUMP=1 go test -run TestDump -v.
func TestDump(t *testing.T) {
	if os.Getenv("SIMDUMP") == "" {
		t.Skip("set SIMDUMP=1 to print sample articles")
	}
	p := New(Config{Articles: 500})
	for _, i := range []int{10, 11, 12, 13, 400} {
		tr := p.TruthAt(i, "http://a", "http://b")
		fmt.Printf("=== %d %s %s %s\n%s\n\n", i, tr.Kind, tr.Topic, tr.Title, tr.Text)
	}
}
