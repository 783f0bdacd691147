package main

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vnarchive/vnarchive/crawler"
	"github.com/vnarchive/vnarchive/crawler/archive"
	"github.com/vnarchive/vnarchive/crawler/simportal"
)

// buildBinary builds vnarchive into dir.
func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "vnarchive")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// crawlRun runs the binary once; killed reports whether it died of SIGKILL.
type crawlRun struct {
	crashpoint string        // VNARCHIVE_CRASHPOINT
	tear       bool          // after the kill, cut the archive's last record in half
	killAfter  time.Duration // kill from outside after this long (0: never)
	parallel   string
}

func (r crawlRun) run(t *testing.T, bin, dir string, seeds []string) (killed bool, out string) {
	t.Helper()
	args := append([]string{"crawl", "--dir", dir, "--delay", "0", "--parallel", r.parallel, "--retries", "1"}, seeds...)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "VNARCHIVE_CRASHPOINT="+r.crashpoint)
	var buf strings.Builder
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	if r.killAfter > 0 {
		select {
		case err = <-done:
		case <-time.After(r.killAfter):
			_ = cmd.Process.Kill()
			err = <-done
		}
	} else {
		select {
		case err = <-done:
		case <-time.After(2 * time.Minute):
			_ = cmd.Process.Kill()
			t.Fatalf("crawl did not finish in 2 minutes:\n%s", tail(buf.String()))
		}
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() == -1 {
		return true, buf.String()
	}
	if err != nil {
		t.Fatalf("crawl %v: %v\n%s", r, err, tail(buf.String()))
	}
	return false, buf.String()
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 15 {
		lines = lines[len(lines)-15:]
	}
	return strings.Join(lines, "\n")
}

// archiveCaptures reads every WARC file of the data directory, failing the
// test on any damage, and counts the 200 captures of each article.
func archiveCaptures(t *testing.T, p *simportal.Portal, dir string) (map[string]int, int) {
	t.Helper()
	got := map[string]int{}
	records := 0
	for rec, err := range archive.Records(context.Background(), crawler.ArchiveDir(dir)) {
		if err != nil {
			t.Fatalf("WARC unreadable: %v", err)
		}
		records++
		if rec.Status != http.StatusOK {
			continue
		}
		if tr, ok := p.TruthByURL(rec.URL); ok {
			got[tr.ID]++
		}
	}
	return got, records
}

// TestCrawlSurvivesKill kills the real binary at fixed crash points and at
// random moments, resumes each time, and checks the archive it completes:
// every article captured exactly once, every WARC readable after every kill,
// and no more repeated article requests than requests in flight at the kills.
func TestCrawlSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and crawls a simulated portal many times")
	}
	bin := buildBinary(t, t.TempDir())
	p := simportal.New(simportal.Config{Seed: 7, Articles: 24})
	srv, err := p.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	seeds := srv.Roots()
	rng := rand.New(rand.NewPCG(11, 27))

	runs := []crawlRun{
		{crashpoint: "after-response:5", parallel: "2"},
		{crashpoint: "after-warc:7", parallel: "2", tear: true}, // a write torn in the middle of a WARC record
		{crashpoint: "after-warc-before-ack:6", parallel: "2"},
		{crashpoint: "before-ack:4", parallel: "2"},
	}
	for range 3 {
		runs = append(runs, crawlRun{killAfter: time.Duration(150+rng.IntN(700)) * time.Millisecond, parallel: "2"})
	}
	kills := 0
	torn := false // the previous run died in the middle of a WARC record
	for i, r := range runs {
		name := r.crashpoint
		if name == "" {
			name = "kill after " + r.killAfter.String()
		}
		if r.tear {
			name += ", then the last WARC record torn"
		}
		killed, out := r.run(t, bin, dir, seeds)
		if killed && r.tear {
			tearLastRecord(t, crawler.ArchiveDir(dir))
		}
		t.Logf("run %d (%s): killed=%v", i+1, name, killed)
		if torn && !strings.Contains(out, "torn tail") {
			t.Errorf("run %d did not report cutting the torn record the previous run left:\n%s", i+1, tail(out))
		}
		torn = killed && r.tear
		if killed {
			kills++
		} else if !strings.Contains(out, "crawl finished") {
			t.Fatalf("run %d ended without a summary:\n%s", i+1, tail(out))
		}
		if !torn {
			archiveCaptures(t, p, dir) // every WARC readable after every kill
		}
	}
	killed, out := crawlRun{parallel: "2"}.run(t, bin, dir, seeds)
	if killed {
		t.Fatal("the final run was killed")
	}
	t.Logf("final run:\n%s", out)

	got, records := archiveCaptures(t, p, dir)
	truth := srv.Truth()
	t.Run("every article is archived exactly once", func(t *testing.T) {
		for _, tr := range truth {
			if got[tr.ID] != 1 {
				t.Errorf("article %s (%s): %d captures", tr.ID, tr.CanonicalURL, got[tr.ID])
			}
		}
	})
	t.Run("repeated requests are bounded by the requests in flight at the kills", func(t *testing.T) {
		fetched := map[string]int{}
		for _, r := range srv.Requests() {
			if tr, ok := p.TruthByURL("http://" + r.Host + r.Path); ok && r.Status == http.StatusOK {
				fetched[tr.ID]++
			}
		}
		extra := 0
		for _, n := range fetched {
			extra += n - 1
		}
		if extra > 2*kills {
			t.Errorf("%d repeated article requests after %d kills with --parallel 2", extra, kills)
		}
		t.Logf("%d kills, %d repeated article requests, %d response records", kills, extra, records)
	})
}

// tearLastRecord cuts the newest WARC file in the middle of its last
// response record, as a crash in the middle of a write leaves it: the bytes
// of that record's second half and of everything after it are gone.
func tearLastRecord(t *testing.T, archiveDir string) {
	t.Helper()
	var last archive.Location
	for rec, err := range archive.Records(context.Background(), archiveDir) {
		if err != nil {
			t.Fatalf("WARC unreadable before tearing: %v", err)
		}
		if rec.File > last.File || rec.File == last.File && rec.Offset > last.Offset {
			last = rec.Location
		}
	}
	if last.File == "" || last.Length < 2 {
		t.Fatal("no response record to tear")
	}
	if err := os.Truncate(filepath.Join(archiveDir, last.File), last.Offset+last.Length/2); err != nil {
		t.Fatal(err)
	}
}
