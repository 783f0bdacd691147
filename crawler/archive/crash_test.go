package archive

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

const crashChildEnv = "VNARCHIVE_ARCHIVE_CRASH_CHILD"

// TestKilledWriterLosesNothingAcknowledged runs a writer in a child process, SIGKILLs it at a random moment
// while four goroutines write, and reopens the archive: every acknowledged Write is there exactly once, the
// files are whole records only, each group complete, and the index right. Three rounds append to one archive.
func TestKilledWriterLosesNothingAcknowledged(t *testing.T) {
	if dir := os.Getenv(crashChildEnv); dir != "" {
		crashChild(dir, os.Getenv(crashChildEnv+"_ROUND"))
		return
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(7, 8))
	acked := map[string]bool{}
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWriterLosesNothingAcknowledged$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+dir, fmt.Sprintf("%s_ROUND=%d", crashChildEnv, round))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		killAfter := 10 + rng.IntN(40)
		sc := bufio.NewScanner(out)
		n := 0
		for sc.Scan() {
			url, ok := strings.CutPrefix(sc.Text(), "acked ")
			if !ok {
				continue
			}
			acked[url] = true
			if n++; n == killAfter {
				cmd.Process.Kill() // SIGKILL
				break
			}
		}
		for sc.Scan() { // acknowledgements already in the pipe count too
			if url, ok := strings.CutPrefix(sc.Text(), "acked "); ok {
				acked[url] = true
			}
		}
		cmd.Wait()
		if n < killAfter {
			t.Fatalf("round %d: child stopped after %d writes", round, n)
		}

		var logged strings.Builder
		a := openT(t, dir, Options{Logger: slog.New(slog.NewTextHandler(&logged, nil))})
		if logged.Len() > 0 {
			t.Logf("round %d: reopening after SIGKILL: %s", round, logged.String())
		}
		for url := range acked {
			if got, err := a.Lookup(url); err != nil || len(got) != 1 {
				t.Errorf("round %d: acknowledged %s has %d captures (%v)", round, url, len(got), err)
			}
		}
		closeT(t, a)
		caps, err := Captures(dir)
		if err != nil {
			t.Fatal(err)
		}
		seen, unacked := map[string]bool{}, 0
		for _, c := range caps {
			if seen[c.URL] {
				t.Errorf("round %d: %s captured twice", round, c.URL)
			}
			seen[c.URL] = true
			if !acked[c.URL] && strings.Contains(c.URL, fmt.Sprintf("/r%d/", round)) {
				unacked++ // written, killed before it was acknowledged: at most one per writer
			}
		}
		if unacked > 4 {
			t.Errorf("round %d: %d captures were never acknowledged (4 writers in flight at most)", round, unacked)
		}
		checkGroupsComplete(t, dir)
		checkCDXJ(t, dir)
	}
}

// crashChild writes until killed, printing "acked URL" after each Write returns.
func crashChild(dir, round string) {
	a, err := Open(context.Background(), dir, Options{MaxFileSize: 24 << 10})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(1)
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				url := fmt.Sprintf("http://xa.gov.vn/r%s/w%d/%d", round, w, i)
				body := strings.Repeat(fmt.Sprintf("Bản tin số %d của xã. ", i), 20+i%50)
				if _, err := a.Write(context.Background(), htmlExchange(url, body, time.Now())); err != nil {
					fmt.Fprintln(os.Stderr, "child:", err)
					os.Exit(1)
				}
				mu.Lock()
				fmt.Fprintf(os.Stdout, "acked %s\n", url)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

// checkGroupsComplete checks with the independent reader that every file is warcinfo then whole groups.
func checkGroupsComplete(t testing.TB, dir string) {
	t.Helper()
	var types []string
	for _, r := range indepReadDir(t, dir) {
		types = append(types, r.header["WARC-Type"])
	}
	s := strings.Join(types, " ") + " "
	s = strings.ReplaceAll(s, "response request metadata ", "")
	s = strings.ReplaceAll(s, "warcinfo ", "")
	if s != "" {
		t.Errorf("records outside whole groups: %q", s)
	}
}
