package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/crawler"
	"github.com/vnarchive/vnarchive/crawler/simportal"
)

func TestCrawlUsage(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no URL and nothing to resume", []string{"crawl", "--dir", dir}, "give seed URLs"},
		{"a URL that is not http", []string{"crawl", "--dir", dir, "ftp://h/a"}, "not an http or https URL"},
		{"a delay that is no duration", []string{"crawl", "--dir", dir, "--delay", "soon", "http://h/"}, "--delay"},
		{"a negative delay", []string{"crawl", "--dir", dir, "--delay", "-1s", "http://h/"}, "negative"},
		{"no parallelism", []string{"crawl", "--dir", dir, "--parallel", "0", "http://h/"}, "--parallel"},
		{"a negative page limit", []string{"crawl", "--dir", dir, "--max-pages", "-1", "http://h/"}, "--max-pages"},
		{"an unknown flag", []string{"crawl", "--dir", dir, "--fast", "http://h/"}, "unknown flag"},
		{"a bad crash point", []string{"crawl", "--dir", dir, "http://h/"}, "VNARCHIVE_CRASHPOINT"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if strings.Contains(tc.name, "crash point") {
				t.Setenv("VNARCHIVE_CRASHPOINT", "somewhere")
			}
			var out, errb strings.Builder
			code := run(context.Background(), tc.args, strings.NewReader(""), &out, &errb)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr %q", code, exitUsage, errb.String())
			}
			if !strings.Contains(errb.String(), tc.want) {
				t.Errorf("stderr %q does not say %q", errb.String(), tc.want)
			}
		})
	}
}

func TestCrawlCommand(t *testing.T) {
	p := simportal.New(simportal.Config{Seed: 7, Articles: 10})
	srv, err := p.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	crawlOnce := func(t *testing.T, args ...string) crawler.Summary {
		t.Helper()
		var out, errb strings.Builder
		args = append([]string{"crawl", "--dir", dir, "--delay", "0", "--json"}, args...)
		if code := run(context.Background(), args, strings.NewReader(""), &out, &errb); code != exitOK {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		var s crawler.Summary
		if err := json.Unmarshal([]byte(out.String()), &s); err != nil {
			t.Fatalf("summary is not JSON: %v\n%s", err, out.String())
		}
		return s
	}
	t.Run("--max-pages stops the crawl with pages left queued", func(t *testing.T) {
		s := crawlOnce(t, "--max-pages", "3", srv.LiferayURL)
		if s.Pages != 3 || s.Queued == 0 {
			t.Errorf("summary %+v, want 3 pages and some queued", s)
		}
	})
	t.Run("without URLs the crawl in --dir resumes to the end", func(t *testing.T) {
		s := crawlOnce(t)
		if s.Queued != 0 || s.Pages == 0 {
			t.Errorf("summary %+v, want everything done", s)
		}
	})
	t.Run("the human summary names the archive and the failures", func(t *testing.T) {
		var b strings.Builder
		printCrawlSummary(&b, dir, crawler.Summary{Pages: 2, Failures: []crawler.Failure{{URL: "http://h/x", Reason: "HTTP 404"}}}, false)
		for _, want := range []string{"crawl finished", "archive", "HTTP 404 (1)", "http://h/x"} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("summary lacks %q:\n%s", want, b.String())
			}
		}
	})
}
