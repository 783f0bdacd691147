package archive

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// ---- An independent reader: no code shared with the package (neither its writer nor its reader). ----

// indepRecord is one WARC record as the independent reader sees it.
type indepRecord struct {
	file           string
	offset, length int64
	header         map[string]string // WARC header fields, canonical names as written
	block          []byte
}

// indepRead reads a .warc.gz file one gzip member at a time (multistream off) and parses each member as
// exactly one WARC record. It fails the test on anything else.
func indepRead(t testing.TB, path string) []indepRecord {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []indepRecord
	r := bytes.NewReader(data) // a ByteReader: gzip reads no byte past the member's end
	for r.Len() > 0 {
		off := int64(len(data) - r.Len())
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatalf("%s at %d: gzip header: %v", path, off, err)
		}
		zr.Multistream(false)
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s at %d: gzip member: %v", path, off, err)
		}
		rec := indepParse(t, raw)
		rec.file, rec.offset, rec.length = filepath.Base(path), off, int64(len(data)-r.Len())-off
		out = append(out, rec)
	}
	return out
}

// indepParse parses bytes that must be exactly one WARC record.
func indepParse(t testing.TB, raw []byte) indepRecord {
	t.Helper()
	i := bytes.Index(raw, []byte("\r\n\r\n"))
	if i < 0 || !bytes.HasPrefix(raw, []byte("WARC/1.1\r\n")) {
		t.Fatalf("not a WARC/1.1 record: %.60q", raw)
	}
	h := map[string]string{}
	for _, l := range strings.Split(string(raw[len("WARC/1.1\r\n"):i]), "\r\n") {
		k, v, ok := strings.Cut(l, ": ")
		if !ok {
			t.Fatalf("bad header line %q", l)
		}
		h[k] = v
	}
	n, err := strconv.Atoi(h["Content-Length"])
	if err != nil {
		t.Fatalf("Content-Length %q", h["Content-Length"])
	}
	rest := raw[i+4:]
	if len(rest) != n+4 || string(rest[n:]) != "\r\n\r\n" {
		t.Fatalf("record body is %d bytes, want Content-Length %d + CRLF CRLF", len(rest), n)
	}
	return indepRecord{header: h, block: rest[:n]}
}

// payloadOf returns the bytes after the HTTP headers of a response block.
func payloadOf(t testing.TB, block []byte) []byte {
	t.Helper()
	i := bytes.Index(block, []byte("\r\n\r\n"))
	if i < 0 {
		t.Fatalf("no HTTP header end in %.60q", block)
	}
	return block[i+4:]
}

// sha1B32 is "sha1:" + base32(SHA-1), computed here independently of the package.
func sha1B32(b []byte) string {
	s := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(s[:])
}

// indepReadDir reads all WARC files of dir, in name order.
func indepReadDir(t testing.TB, dir string) []indepRecord {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	sort.Strings(names)
	var out []indepRecord
	for _, n := range names {
		out = append(out, indepRead(t, n)...)
	}
	return out
}

// ---- Fixtures ----

var t0 = time.Date(2024, 2, 28, 9, 38, 0, 0, time.UTC)

// htmlExchange is a plain 200 page with its own body text.
func htmlExchange(url, body string, at time.Time) Exchange {
	return Exchange{
		URL:         url,
		Method:      "GET",
		RequestRaw:  []byte("GET " + url + " HTTP/1.1\r\nHost: x\r\nUser-Agent: vnarchive-test\r\n\r\n"),
		ResponseRaw: []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body),
		RemoteAddr:  "127.0.0.1:8080",
		Fetched:     at,
		Meta:        map[string]string{"canonical": url, "outlinks": "3"},
	}
}

func openT(t testing.TB, dir string, opts Options) *Archive {
	t.Helper()
	a, err := Open(context.Background(), dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func writeT(t testing.TB, a *Archive, ex Exchange) Location {
	t.Helper()
	loc, err := a.Write(context.Background(), ex)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func closeT(t testing.TB, a *Archive) {
	t.Helper()
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
}

// readAll collects Records(dir), failing on any error.
func readAll(t testing.TB, dir string) []Record {
	t.Helper()
	var out []Record
	for rec, err := range Records(context.Background(), dir) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
	return out
}

// cdxjLines reads dir/index.cdxj.
func cdxjLines(t testing.TB, dir string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, IndexName))
	if err != nil {
		t.Fatal(err)
	}
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// checkCDXJ checks that every CDXJ line points (offset, length) at a gzip member holding the response record
// of its URL, with its digest, that the lines are sorted, and that there is one line per response record.
func checkCDXJ(t testing.TB, dir string) []string {
	t.Helper()
	lines := cdxjLines(t, dir)
	if !sort.StringsAreSorted(lines) {
		t.Errorf("index.cdxj is not sorted")
	}
	responses := 0
	for _, r := range indepReadDir(t, dir) {
		if r.header["WARC-Type"] == "response" {
			responses++
		}
	}
	if len(lines) != responses {
		t.Errorf("index.cdxj has %d lines, the WARC files %d response records", len(lines), responses)
	}
	for _, l := range lines {
		parts := strings.SplitN(l, " ", 3)
		var f struct{ URL, Digest, Filename, Offset, Length, Status, Mime string }
		if err := jsonUnmarshal(parts[2], &f); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		off, _ := strconv.ParseInt(f.Offset, 10, 64)
		n, _ := strconv.ParseInt(f.Length, 10, 64)
		data, err := os.ReadFile(filepath.Join(dir, f.Filename))
		if err != nil {
			t.Fatal(err)
		}
		if off+n > int64(len(data)) {
			t.Fatalf("line %q points past the end of %s", l, f.Filename)
		}
		zr, err := gzip.NewReader(bytes.NewReader(data[off : off+n]))
		if err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		zr.Multistream(false)
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		rec := indepParse(t, raw)
		if rec.header["WARC-Type"] != "response" || rec.header["WARC-Target-URI"] != f.URL ||
			rec.header["WARC-Payload-Digest"] != "sha1:"+f.Digest || sha1B32(payloadOf(t, rec.block)) != "sha1:"+f.Digest {
			t.Errorf("line %q points at %v", l, rec.header)
		}
		if parts[0] != SURT(f.URL) {
			t.Errorf("line %q: key is not SURT(url) = %q", l, SURT(f.URL))
		}
	}
	return lines
}

func jsonUnmarshal(s string, v any) error {
	return jsonDecode(strings.NewReader(s), v)
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	a := openT(t, dir, Options{})
	body1 := "<html><body><h1>Tin hoạt động</h1><p>Ủy ban nhân dân phường tổ chức hội nghị.</p></body></html>"
	loc1 := writeT(t, a, htmlExchange("https://thanhxuan.hanoi.gov.vn/tin-tuc/hoi-nghi-1.html", body1, t0))
	ex2 := htmlExchange("https://thanhxuan.hanoi.gov.vn/khong-co", "không tìm thấy", t0.Add(time.Minute))
	ex2.ResponseRaw = []byte("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n\r\nkhông tìm thấy")
	ex2.RequestRaw = nil
	loc2 := writeT(t, a, ex2)

	if loc1.Status != 200 || loc1.MIME != "text/html" || loc1.Digest != sha1B32([]byte(body1)) || !loc1.Captured.Equal(t0) {
		t.Errorf("location 1 = %+v", loc1)
	}
	if loc2.Status != 404 || loc2.MIME != "text/plain" {
		t.Errorf("location 2 = %+v", loc2)
	}
	got, err := a.Lookup("https://www.thanhxuan.hanoi.gov.vn/tin-tuc/hoi-nghi-1.html#top")
	if err != nil || len(got) != 1 || got[0] != loc1 {
		t.Errorf("Lookup = %v, %v; want [%v]", got, err, loc1)
	}
	closeT(t, a)

	recs := readAll(t, dir)
	if len(recs) != 2 {
		t.Fatalf("Records gave %d records, want 2", len(recs))
	}
	if string(recs[0].Body) != body1 || recs[0].Location != loc1 || recs[0].Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("record 1 = %+v", recs[0].Location)
	}
	if string(recs[1].Body) != "không tìm thấy" || recs[1].Location != loc2 {
		t.Errorf("record 2 = %+v body %q", recs[1].Location, recs[1].Body)
	}
	for _, loc := range []Location{loc1, loc2} {
		rec, err := ReadAt(dir, loc)
		if err != nil || rec.Location != loc {
			t.Errorf("ReadAt(%v) = %v, %v", loc, rec.Location, err)
		}
	}
	caps, err := Captures(dir)
	if err != nil || len(caps) != 2 {
		t.Fatalf("Captures = %v, %v", caps, err)
	}
	checkCDXJ(t, dir)

	// The groups, as an independent reader sees them: warcinfo, then response, request, metadata per Write.
	var types []string
	for _, r := range indepReadDir(t, dir) {
		types = append(types, r.header["WARC-Type"])
	}
	if want := "warcinfo response request metadata response metadata"; strings.Join(types, " ") != want {
		t.Errorf("record types = %v, want %s", types, want)
	}
}

func TestRecordHeaders(t *testing.T) {
	dir := t.TempDir()
	a := openT(t, dir, Options{Info: map[string]string{"operator": "nhóm lưu trữ"}})
	writeT(t, a, htmlExchange("http://example.vn/a", "xin chào", t0))
	closeT(t, a)
	recs := indepReadDir(t, dir)
	info, resp, req, meta := recs[0], recs[1], recs[2], recs[3]
	for _, want := range []string{"software: vnarchive\r\n", "format: WARC File Format 1.1\r\n", "operator: nhóm lưu trữ\r\n"} {
		if !bytes.Contains(info.block, []byte(want)) {
			t.Errorf("warcinfo block %q lacks %q", info.block, want)
		}
	}
	if info.header["WARC-Filename"] != info.file {
		t.Errorf("warcinfo WARC-Filename = %q, file is %q", info.header["WARC-Filename"], info.file)
	}
	checks := []struct{ name, got, want string }{
		{"response date", resp.header["WARC-Date"], "2024-02-28T09:38:00Z"},
		{"response IP", resp.header["WARC-IP-Address"], "127.0.0.1"},
		{"response content type", resp.header["Content-Type"], "application/http;msgtype=response"},
		{"response block digest", resp.header["WARC-Block-Digest"], sha1B32(resp.block)},
		{"request concurrent to response", req.header["WARC-Concurrent-To"], resp.header["WARC-Record-ID"]},
		{"request content type", req.header["Content-Type"], "application/http;msgtype=request"},
		{"metadata refers to response", meta.header["WARC-Refers-To"], resp.header["WARC-Record-ID"]},
		{"metadata block", string(meta.block), "canonical: http://example.vn/a\r\noutlinks: 3\r\n"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

func TestEachRecordIsItsOwnGzipMember(t *testing.T) {
	dir := t.TempDir()
	a := openT(t, dir, Options{})
	for i := range 5 {
		writeT(t, a, htmlExchange(fmt.Sprintf("http://example.vn/%d", i), strings.Repeat("nội dung ", i*50), t0))
	}
	closeT(t, a)
	recs := indepReadDir(t, dir) // fails unless every member is exactly one record
	if len(recs) != 1+5*3 {
		t.Fatalf("%d records, want 16", len(recs))
	}
	for i := 1; i < len(recs); i++ {
		if recs[i].offset != recs[i-1].offset+recs[i-1].length {
			t.Errorf("record %d at %d does not follow the previous member", i, recs[i].offset)
		}
	}
}

func TestRotation(t *testing.T) {
	dir := t.TempDir()
	clock := t0
	a := openT(t, dir, Options{MaxFileSize: 2000, Now: func() time.Time { clock = clock.Add(time.Second); return clock }})
	var locs []Location
	for i := range 12 {
		locs = append(locs, writeT(t, a, htmlExchange(fmt.Sprintf("http://example.vn/p%d", i), strings.Repeat("Hà Nội ", 40), t0)))
	}
	closeT(t, a)
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if len(files) < 3 {
		t.Fatalf("%d files, want rotation into several", len(files))
	}
	for _, f := range files {
		if !warcNameRE.MatchString(filepath.Base(f)) {
			t.Errorf("file name %s does not match vnarchive-YYYYMMDDhhmmss-NNNNN.warc.gz", f)
		}
		recs := indepRead(t, f)
		if recs[0].header["WARC-Type"] != "warcinfo" {
			t.Errorf("%s starts with %s", f, recs[0].header["WARC-Type"])
		}
		if got := recs[len(recs)-1].header["WARC-Type"]; got != "metadata" {
			t.Errorf("%s ends with %s: a group was split", f, got)
		}
	}
	recs := readAll(t, dir)
	for i, r := range recs {
		if r.Location != locs[i] {
			t.Errorf("record %d = %v, want %v (write order)", i, r.Location, locs[i])
		}
	}
	checkCDXJ(t, dir)
}

func TestSecondOpenOfTheSameDirectoryFails(t *testing.T) {
	dir := t.TempDir()
	a := openT(t, dir, Options{})
	defer closeT(t, a)
	if b, err := Open(context.Background(), dir, Options{}); err == nil {
		b.Close()
		t.Fatal("second Open succeeded")
	}
}

func TestClosedArchiveRefusesWrites(t *testing.T) {
	a := openT(t, t.TempDir(), Options{})
	closeT(t, a)
	if _, err := a.Write(context.Background(), htmlExchange("http://example.vn/", "x", t0)); err == nil {
		t.Error("Write after Close succeeded")
	}
	if err := a.Close(); err == nil {
		t.Error("second Close succeeded")
	}
}
