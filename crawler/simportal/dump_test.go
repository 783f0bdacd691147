package simportal

import (
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	if os.Getenv("SIMDUMP") == "" {
		t.Skip()
	}
	p := New(Config{Articles: 500})
	for _, i := range []int{10, 11, 12, 13, 400} {
		tr := p.TruthAt(i, "http://a", "http://b")
		fmt.Printf("=== %d %s %s %s\n%s\n\n", i, tr.Kind, tr.Topic, tr.Title, tr.Text)
	}
}
