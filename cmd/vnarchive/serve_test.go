package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vnarchive/vnarchive/crawler"
	"github.com/vnarchive/vnarchive/crawler/simportal"
)

// startServe runs serveWeb on a free loopback port over dir until the test
// ends; it returns the base URL.
func startServe(t *testing.T, dir string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var out, errs bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- serveWeb(ctx, &env{stdout: &out, stderr: &errs}, dir, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve ended with %v; stderr:\n%s", err, errs.String())
		}
	})
	return "http://" + ln.Addr().String()
}

func apiTotal(t *testing.T, base string) int {
	t.Helper()
	resp, err := http.Get(base + "/api/search")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var res struct {
		Total int `json:"total"`
	}
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("/api/search: %d %s", resp.StatusCode, b)
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		t.Fatal(err)
	}
	return res.Total
}

func TestServeAnswersWhileACrawlAddsArticles(t *testing.T) {
	dir := t.TempDir()
	base := startServe(t, dir)
	if n := apiTotal(t, base); n != 0 {
		t.Fatalf("empty archive: total %d", n)
	}
	// Readers keep asking for the page and the API during the crawl.
	stop := make(chan struct{})
	var once sync.Once
	halt := func() { once.Do(func() { close(stop) }) }
	defer halt()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var failures []string
	requests := 0
	for _, path := range []string{"/", "/api/search?q=dan+van", "/officials", "/documents"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pace := time.NewTicker(25 * time.Millisecond) // a steady reader, not a flood
			defer pace.Stop()
			for {
				select {
				case <-stop:
					return
				case <-pace.C:
				}
				resp, err := http.Get(base + path)
				mu.Lock()
				requests++
				if err != nil {
					failures = append(failures, path+": "+err.Error())
				} else if resp.StatusCode != http.StatusOK {
					failures = append(failures, path+": "+resp.Status)
				}
				mu.Unlock()
				if resp != nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
			}
		}()
	}
	p := simportal.New(simportal.Config{Seed: 9, Articles: 12})
	srv, err := p.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	c, err := crawler.New(crawler.Options{Dir: dir, Delay: -1, Parallel: 4, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Run(context.Background(), srv.Roots()); err != nil {
		t.Fatal(err)
	}
	want := len(srv.Truth())
	deadline := time.Now().Add(10 * time.Second)
	// The extractor may take a list page or two for articles: at least every
	// article of the portal must show.
	for n := apiTotal(t, base); n < want; n = apiTotal(t, base) {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d crawled articles on the page 10 s after the crawl", n, want)
		}
		time.Sleep(50 * time.Millisecond) // polling interval
	}
	halt()
	wg.Wait()
	if requests == 0 {
		t.Error("no request was made during the crawl")
	}
	if len(failures) > 0 {
		t.Errorf("%d of %d requests failed during the crawl: %v", len(failures), requests, failures[:min(5, len(failures))])
	}
}

func TestServeCommandLine(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"address without a port is bad usage", []string{"serve", "--addr", "localhost", "--dir", "."}, exitUsage, "--addr"},
		{"missing data directory", []string{"serve", "--dir", "/nonexistent/vnarchive"}, exitError, "no archive"},
		{"arguments are bad usage", []string{"serve", "extra"}, exitUsage, "no arguments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			code := run(context.Background(), tc.args, strings.NewReader(""), &out, &errs)
			if code != tc.code || !strings.Contains(errs.String(), tc.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errs.String(), tc.code, tc.msg)
			}
		})
	}
	t.Run("binds loopback by default", func(t *testing.T) {
		c := newServeCmd(&env{}, &globalOptions{})
		if f := c.Flags().Lookup("addr"); f == nil || f.DefValue != "127.0.0.1:8080" {
			t.Errorf("default --addr is %v", f)
		}
	})
}
