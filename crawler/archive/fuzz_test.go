package archive

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzSURT(f *testing.F) {
	for _, s := range []string{"https://www.thanhxuan.hanoi.gov.vn/tin-tuc?b=1&a=2#x", "http://127.0.0.1:8080/", "::", "http://[::1]:80/a", "example.vn", "http://Ư.vn/đ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := SURT(s)
		if got != strings.ToLower(got) {
			t.Errorf("SURT(%q) = %q is not lower case", s, got)
		}
	})
}

func FuzzPrepareResponse(f *testing.F) {
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"))
	f.Add([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"))
	f.Add([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffff\r\n"))
	f.Add([]byte("HTTP/1.0 404 x\n\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		w, err := prepareResponse(raw)
		if err != nil {
			return
		}
		if w.payloadStart > len(w.block) || !bytes.HasSuffix(w.block[:w.payloadStart], []byte("\r\n\r\n")) {
			t.Fatalf("payload start %d of %q", w.payloadStart, w.block)
		}
		// What was prepared must read back: one HTTP response, the same payload.
		rec, _ := recordOf(Location{}, w.block)
		if !bytes.Equal(rec.RawPayload, w.block[w.payloadStart:]) {
			t.Fatalf("payload read back %q, written %q", rec.RawPayload, w.block[w.payloadStart:])
		}
	})
}

func FuzzParseCDXJLine(f *testing.F) {
	f.Add(cdxjLine(Location{File: "a.warc.gz", Offset: 10, Length: 20, Digest: "sha1:X", Status: 200, Captured: t0, URL: "http://example.vn/a b\"", MIME: "text/html"}))
	f.Add(`vn,example)/ 20240101000000 {"url":"http://example.vn/","status":"-","offset":"1","length":"2"}`)
	f.Add("x y z")
	f.Fuzz(func(t *testing.T, line string) {
		loc, err := parseCDXJLine(line)
		if err != nil {
			return
		}
		again, err := parseCDXJLine(cdxjLine(loc))
		if err != nil || again != loc {
			t.Fatalf("round trip of %+v gave %+v, %v", loc, again, err)
		}
	})
}

// FuzzRepairTail gives arbitrary bytes as the newest WARC file: reading must not panic, and Open must leave a
// file that is all complete records, with an index that says so.
func FuzzRepairTail(f *testing.F) {
	src := f.TempDir()
	locs, name := writeGroups(f, src, 2)
	whole, err := os.ReadFile(filepath.Join(src, name))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(whole)
	f.Add(whole[:locs[1].Offset+locs[1].Length+3])
	f.Add(whole[:len(whole)-1])
	f.Add(append(append([]byte(nil), whole...), 0x1f, 0x8b, 0x08, 0))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		for rec, err := range Records(ctx, dir) {
			if err == nil {
				_, _ = ReadAt(dir, rec.Location)
			}
		}
		_, _ = Captures(dir)
		_, _ = ReadAt(dir, Location{File: name, Offset: int64(len(data) / 2)})

		a, err := Open(ctx, dir, Options{NoSync: true})
		if err != nil {
			return // an I/O error is acceptable; a panic is not
		}
		n := 0
		if _, err := scanFile(ctx, dir, name, 0, func(member) error { n++; return nil }); err != nil {
			t.Fatalf("after repair the file still has damage: %v", err)
		}
		if n == 0 {
			t.Fatal("after repair the file has no warcinfo record")
		}
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
		caps, err := Captures(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range caps {
			if _, err := ReadAt(dir, c); err != nil && !errors.Is(err, ErrDecode) {
				t.Fatalf("capture %v: %v", c, err)
			}
		}
	})
}
