package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestIndexingSurvivesSIGKILL kills the real binary while it catches the
// index up with the archive, at several moments, then lets it finish: every
// archived article is indexed exactly once.
func TestIndexingSurvivesSIGKILL(t *testing.T) {
	work := t.TempDir()
	bin := filepath.Join(work, "vnarchive")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := filepath.Join(work, "data")
	truth := crawlPortal(t, dir, 40)
	for _, after := range []time.Duration{50 * time.Millisecond, 200 * time.Millisecond, 500 * time.Millisecond} {
		cmd := exec.Command(bin, "search", "--dir", dir, "x")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after) // a kill at some moment of the catch-up, not a wait for a condition
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}
	out, err := exec.Command(bin, "search", "--dir", dir, "--json", "--limit", "500").Output()
	if err != nil {
		t.Fatalf("search after the kills: %v", err)
	}
	var res struct {
		Total int
		Hits  []struct{ ID string }
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, h := range res.Hits {
		seen[h.ID]++
	}
	for _, tr := range truth {
		if seen[tr.ID] != 1 {
			t.Errorf("article %s indexed %d times", tr.ID, seen[tr.ID])
		}
	}
	if res.Total != len(res.Hits) || len(seen) != len(res.Hits) {
		t.Errorf("total %d, %d hits, %d distinct", res.Total, len(res.Hits), len(seen))
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, indexSubdir)); len(ents) == 0 || !strings.Contains(names(ents), "CURRENT") {
		t.Errorf("index directory holds %s", names(ents))
	}
}

func names(ents []os.DirEntry) string {
	var s []string
	for _, e := range ents {
		s = append(s, e.Name())
	}
	return strings.Join(s, " ")
}
