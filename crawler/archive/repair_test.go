package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeGroups writes n exchanges to a new archive in dir and returns their locations and the WARC file's name.
func writeGroups(t testing.TB, dir string, n int) ([]Location, string) {
	t.Helper()
	a := openT(t, dir, Options{})
	var locs []Location
	for i := range n {
		body := fmt.Sprintf("<p>Thông báo số %d của Ủy ban nhân dân.</p>%s", i, strings.Repeat("ạ", 200+i*37))
		locs = append(locs, writeT(t, a, htmlExchange(fmt.Sprintf("http://portal.gov.vn/tin/%d", i), body, t0)))
	}
	closeT(t, a)
	return locs, locs[0].File
}

// copyDir copies the files of src into a new temporary directory.
func copyDir(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// checkIntact reopens dir and checks that exactly want are its captures, readable, and that writing goes on.
func checkIntact(t *testing.T, dir string, want []Location) {
	t.Helper()
	a := openT(t, dir, Options{NoSync: true})
	for _, l := range want {
		if got, err := a.Lookup(l.URL); err != nil || len(got) != 1 || got[0] != l {
			t.Errorf("Lookup(%s) = %v, %v; want %v", l.URL, got, err, l)
		}
	}
	next := writeT(t, a, htmlExchange("http://portal.gov.vn/sau-khi-sua", "tiếp tục ghi", t0))
	closeT(t, a)
	recs := readAll(t, dir)
	if len(recs) != len(want)+1 {
		t.Fatalf("%d records after repair and one more write, want %d", len(recs), len(want)+1)
	}
	for i, l := range want {
		if recs[i].Location != l {
			t.Errorf("record %d = %v, want %v", i, recs[i].Location, l)
		}
	}
	if recs[len(want)].Location != next {
		t.Errorf("last record = %v, want %v", recs[len(want)].Location, next)
	}
	if lines := checkCDXJ(t, dir); len(lines) != len(want)+1 {
		t.Errorf("%d CDXJ lines, want %d", len(lines), len(want)+1)
	}
	indepReadDir(t, dir) // every byte is a complete record
}

func TestTornTailIsCutAtEveryKindOfOffset(t *testing.T) {
	const n = 4
	src := t.TempDir()
	locs, name := writeGroups(t, src, n)
	whole, err := os.ReadFile(filepath.Join(src, name))
	if err != nil {
		t.Fatal(err)
	}
	lastStart, end := locs[n-1].Offset, int64(len(whole))

	// Offsets inside the last group: every member boundary, their neighbours, and random ones.
	rng := rand.New(rand.NewPCG(1, 2))
	cuts := map[int64]bool{lastStart + 1: true, end - 1: true}
	for _, r := range indepRead(t, filepath.Join(src, name)) {
		if r.offset > lastStart {
			cuts[r.offset], cuts[r.offset-1], cuts[r.offset+1] = true, true, true
		}
	}
	for range 12 {
		cuts[lastStart+1+rng.Int64N(end-lastStart-1)] = true
	}
	garbage := [][]byte{nil, []byte("rác\x00\x1f\x8b"), {0x1f, 0x8b, 0x08, 0, 0, 0}, bytes.Repeat([]byte{0xff}, 700)}
	for cut := range cuts {
		for gi, g := range garbage {
			t.Run(fmt.Sprintf("cut at %d of %d, garbage %d", cut-lastStart, end-lastStart, gi), func(t *testing.T) {
				t.Parallel()
				dir := copyDir(t, src)
				torn := append(append([]byte(nil), whole[:cut]...), g...)
				if err := os.WriteFile(filepath.Join(dir, name), torn, 0o644); err != nil {
					t.Fatal(err)
				}
				checkIntact(t, dir, locs[:n-1])
			})
		}
	}
}

func TestGarbageAfterCompleteGroupsIsCut(t *testing.T) {
	src := t.TempDir()
	locs, name := writeGroups(t, src, 3)
	f, err := os.OpenFile(filepath.Join(src, name), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("\x1f\x8b\x08\x00 torn"))
	f.Close()
	checkIntact(t, src, locs)
}

func TestResponseWithoutMetadataIsCutAsAnUnfinishedGroup(t *testing.T) {
	src := t.TempDir()
	locs, name := writeGroups(t, src, 3)
	recs := indepRead(t, filepath.Join(src, name))
	meta := recs[len(recs)-1]
	if meta.header["WARC-Type"] != "metadata" {
		t.Fatal("last record is not metadata")
	}
	if err := os.Truncate(filepath.Join(src, name), meta.offset); err != nil { // response and request are whole
		t.Fatal(err)
	}
	var logged bytes.Buffer
	a := openT(t, src, Options{Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	closeT(t, a)
	if !strings.Contains(logged.String(), "unfinished group") {
		t.Errorf("repair was not logged: %q", logged.String())
	}
	checkIntact(t, src, locs[:2])
}

func TestDamageBeforeCompleteRecordsIsSavedAside(t *testing.T) {
	src := t.TempDir()
	locs, name := writeGroups(t, src, 3)
	path := filepath.Join(src, name)
	b, _ := os.ReadFile(path)
	b[locs[1].Offset+20] ^= 0xff // inside group 2's response; group 3 after it is whole
	os.WriteFile(path, b, 0o644)
	// As after a power loss: the index never covered the unsynced groups.
	if err := writeIndex(src, locs[:1], indexState{Files: map[string]int64{name: locs[1].Offset}}, false); err != nil {
		t.Fatal(err)
	}
	for _, err := range Records(context.Background(), src) {
		if err == nil {
			continue
		}
		if !errors.Is(err, ErrDamaged) {
			t.Errorf("Records error %v, want ErrDamaged", err)
		}
		break
	}
	checkIntact(t, src, locs[:1])
	side, _ := filepath.Glob(filepath.Join(src, "*.cut-*"))
	if len(side) != 1 {
		t.Fatalf("saved side files = %v, want one", side)
	}
	saved, _ := os.ReadFile(side[0])
	if !bytes.Equal(saved, b[locs[1].Offset:]) {
		t.Error("the side file does not hold the cut bytes")
	}
}

func TestEmptyNewestFileGetsItsWarcinfo(t *testing.T) {
	dir := t.TempDir()
	name := warcFileName(t0, 1)
	os.WriteFile(filepath.Join(dir, name), []byte{0x1f, 0x8b}, 0o644) // torn warcinfo
	a := openT(t, dir, Options{})
	loc := writeT(t, a, htmlExchange("http://portal.gov.vn/", "trang chủ", t0))
	closeT(t, a)
	recs := indepReadDir(t, dir)
	if recs[0].header["WARC-Type"] != "warcinfo" || loc.File != name {
		t.Errorf("first record %s in %s, want warcinfo in %s", recs[0].header["WARC-Type"], loc.File, name)
	}
}

func TestIndexIsRebuiltFromTheWARCFiles(t *testing.T) {
	src := t.TempDir()
	locs, _ := writeGroups(t, src, 3)
	want := strings.Join(cdxjLines(t, src), "\n")

	tests := []struct {
		name  string
		spoil func(dir string)
	}{
		{"index missing", func(dir string) { os.Remove(filepath.Join(dir, IndexName)) }},
		{"state missing", func(dir string) { os.Remove(filepath.Join(dir, indexStateName)) }},
		{"state garbage", func(dir string) { os.WriteFile(filepath.Join(dir, indexStateName), []byte("{"), 0o644) }},
		{"index garbage", func(dir string) { os.WriteFile(filepath.Join(dir, IndexName), []byte("x y z\n"), 0o644) }},
		{"index and state stale", func(dir string) {
			st := indexState{Files: map[string]int64{locs[0].File: locs[2].Offset}}
			if err := writeIndex(dir, locs[:2], st, false); err != nil {
				t.Fatal(err)
			}
		}},
		{"index newer than its state", func(dir string) {
			st := indexState{Files: map[string]int64{locs[0].File: locs[1].Offset}}
			if err := writeIndex(dir, locs, st, false); err != nil {
				t.Fatal(err)
			}
		}},
		{"state points inside a record", func(dir string) {
			st := indexState{Files: map[string]int64{locs[0].File: locs[1].Offset + 7}}
			if err := writeIndex(dir, locs[:1], st, false); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Run("Captures reads it right without writing", func(t *testing.T) {
				dir := copyDir(t, src)
				tc.spoil(dir)
				caps, err := Captures(dir)
				if err != nil || len(caps) != 3 {
					t.Fatalf("Captures = %d, %v; want 3", len(caps), err)
				}
			})
			t.Run("Open rewrites it", func(t *testing.T) {
				dir := copyDir(t, src)
				tc.spoil(dir)
				a, err := Open(context.Background(), dir, Options{})
				if err != nil {
					t.Fatal(err)
				}
				if got := strings.Join(cdxjLines(t, dir), "\n"); got != want {
					t.Errorf("index after Open:\n%s\nwant\n%s", got, want)
				}
				closeT(t, a)
			})
		})
	}
}
