package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDemoCrawlsIndexesAndSearches runs the README's first command without
// the web page: the simulated portals are crawled into the data directory,
// indexed, and the three example searches each find articles.
func TestDemoCrawlsIndexesAndSearches(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls the simulated portals")
	}
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"demo", "--no-serve", "--articles", "40", "--dir", dir}, strings.NewReader(""), &out, &errOut)
	if code != exitOK {
		t.Fatalf("demo exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errOut.String())
	}
	s := out.String()
	if !strings.Contains(s, "crawl finished") || !strings.Contains(s, "40 articles in all") {
		t.Errorf("no crawl summary with the portal's 40 articles:\n%s", s)
	}
	searches := strings.Count(s, "$ vnarchive search ")
	if searches != 3 {
		t.Errorf("%d example searches, want 3:\n%s", searches, s)
	}
	for _, m := range regexp.MustCompile(`(?m)^(\d+) results?$`).FindAllStringSubmatch(s, -1) {
		if m[1] == "0" {
			t.Errorf("an example search found nothing:\n%s", s)
		}
	}
	if n := len(regexp.MustCompile(`(?m)^\d+ results?$`).FindAllString(s, -1)); n != 3 {
		t.Errorf("%d result counts printed, want 3:\n%s", n, s)
	}
	if matches, _ := filepath.Glob(filepath.Join(dir, "archive", "*.warc.gz")); len(matches) == 0 {
		t.Error("no WARC file in the data directory")
	}
	if _, err := os.Stat(filepath.Join(dir, "index")); err != nil {
		t.Errorf("no index in the data directory: %v", err)
	}
}
