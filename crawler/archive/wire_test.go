package archive

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// portal is a small HTTP server that remembers the SHA-1 of the body bytes it sent for each path.
type portal struct {
	mu   sync.Mutex
	sent map[string]string // path → sha1 of the entity body as sent (before chunked framing)
}

type page struct {
	path, contentType string
	decoded           []byte // what the reader must give back as Body
	gzip, chunked     bool
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func (p *portal) handler(t testing.TB, pages []page) http.Handler {
	mux := http.NewServeMux()
	for _, pg := range pages {
		mux.HandleFunc(pg.path, func(w http.ResponseWriter, r *http.Request) {
			body := pg.decoded
			if pg.gzip {
				body = gzipBytes(t, body)
				w.Header().Set("Content-Encoding", "gzip")
			}
			w.Header().Set("Content-Type", pg.contentType)
			if !pg.chunked {
				w.Header().Set("Content-Length", fmt.Sprint(len(body)))
			}
			p.mu.Lock()
			p.sent[pg.path] = sha1B32(body)
			p.mu.Unlock()
			if pg.chunked { // three writes with flushes: net/http frames them as chunks
				third := len(body) / 3
				for _, part := range [][]byte{body[:third], body[third : 2*third], body[2*third:]} {
					w.Write(part)
					w.(http.Flusher).Flush()
				}
				return
			}
			w.Write(body)
		})
	}
	return mux
}

// fetchRaw sends a GET over a plain TCP connection and returns the request and the response bytes exactly as
// they crossed the wire (chunked framing included).
func fetchRaw(t testing.TB, addr, path string) (req, resp []byte, remote string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	req = []byte("GET " + path + " HTTP/1.1\r\nHost: " + addr + "\r\nUser-Agent: vnarchive-test\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n")
	if _, err := conn.Write(req); err != nil {
		t.Fatal(err)
	}
	resp, err = io.ReadAll(conn)
	if err != nil {
		t.Fatal(err)
	}
	return req, resp, conn.RemoteAddr().String()
}

// cp1258Form spells Vietnamese the way windows-1258 can hold it: base letters (â, ơ, ư, đ…) precomposed and
// the tone mark as a separate combining character.
func cp1258Form(b []byte) []byte {
	var out []rune
	for _, r := range string(norm.NFC.Bytes(b)) {
		var base, tones []rune
		for _, d := range norm.NFD.String(string(r)) {
			switch d {
			case 0x300, 0x301, 0x303, 0x309, 0x323:
				tones = append(tones, d)
			default:
				base = append(base, d)
			}
		}
		out = append(out, []rune(norm.NFC.String(string(base)))...)
		out = append(out, tones...)
	}
	return []byte(string(out))
}

func vietnamesePage(s string) []byte {
	return []byte("<html><head><title>Cổng thông tin</title></head><body><p>" + s + "</p></body></html>")
}

func TestPayloadDigestEqualsWhatTheServerSent(t *testing.T) {
	cp1258, err := charmap.Windows1258.NewEncoder().Bytes(cp1258Form(vietnamesePage("Phường Khương Đình tổ chức Hội nghị tiếp xúc cử tri")))
	if err != nil {
		t.Fatal(err)
	}
	pages := []page{
		{path: "/plain", contentType: "text/html; charset=utf-8", decoded: vietnamesePage("Ủy ban nhân dân quận Thanh Xuân")},
		{path: "/gzip", contentType: "text/html; charset=utf-8", decoded: vietnamesePage(strings.Repeat("Đảng bộ phường ", 300)), gzip: true},
		{path: "/chunked", contentType: "text/html; charset=utf-8", decoded: vietnamesePage(strings.Repeat("Mặt trận Tổ quốc ", 200)), chunked: true},
		{path: "/gzip-chunked", contentType: "text/html; charset=utf-8", decoded: vietnamesePage(strings.Repeat("Hội Liên hiệp Phụ nữ ", 400)), gzip: true, chunked: true},
		{path: "/cp1258", contentType: "text/html; charset=windows-1258", decoded: cp1258},
		{path: "/cp1258-chunked-gzip", contentType: "text/html; charset=windows-1258", decoded: bytes.Repeat(cp1258, 20), gzip: true, chunked: true},
		{path: "/empty", contentType: "text/plain", decoded: []byte{}},
	}
	p := &portal{sent: map[string]string{}}
	srv := httptest.NewServer(p.handler(t, pages))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")

	dir := t.TempDir()
	a := openT(t, dir, Options{})
	locs := map[string]Location{}
	for _, pg := range pages {
		req, resp, remote := fetchRaw(t, addr, pg.path)
		if pg.chunked && !bytes.Contains(resp, []byte("Transfer-Encoding: chunked")) {
			t.Fatalf("%s was not sent chunked", pg.path)
		}
		locs[pg.path] = writeT(t, a, Exchange{URL: srv.URL + pg.path, Method: "GET", RequestRaw: req, ResponseRaw: resp,
			RemoteAddr: remote, Fetched: time.Now(), Meta: map[string]string{"canonical": srv.URL + pg.path}})
	}
	closeT(t, a)

	byURL := map[string]indepRecord{}
	for _, r := range indepReadDir(t, dir) {
		if r.header["WARC-Type"] == "response" {
			byURL[r.header["WARC-Target-URI"]] = r
		}
	}
	records := map[string]Record{}
	for _, r := range readAll(t, dir) {
		records[r.URL] = r
	}
	for _, pg := range pages {
		t.Run(pg.path, func(t *testing.T) {
			url := srv.URL + pg.path
			r := byURL[url]
			payloadSHA := sha1B32(payloadOf(t, r.block))
			p.mu.Lock()
			sent := p.sent[pg.path]
			p.mu.Unlock()
			if payloadSHA != sent || r.header["WARC-Payload-Digest"] != sent || locs[pg.path].Digest != sent {
				t.Errorf("payload sha1 %s, WARC-Payload-Digest %s, Location %s; the server sent %s",
					payloadSHA, r.header["WARC-Payload-Digest"], locs[pg.path].Digest, sent)
			}
			if got := sha1B32(r.block); r.header["WARC-Block-Digest"] != got {
				t.Errorf("WARC-Block-Digest %s, block sha1 %s", r.header["WARC-Block-Digest"], got)
			}
			rec := records[url]
			if !bytes.Equal(rec.Body, pg.decoded) {
				t.Errorf("Body = %.80q…, want %.80q…", rec.Body, pg.decoded)
			}
			if rec.Header.Get("Content-Type") != pg.contentType {
				t.Errorf("Content-Type = %q", rec.Header.Get("Content-Type"))
			}
			if pg.chunked {
				if rec.Header.Get("Transfer-Encoding") != "" || rec.Header.Get("X-Archive-Orig-Transfer-Encoding") != "chunked" {
					t.Errorf("chunked headers not fixed: %v", rec.Header)
				}
				if rec.Header.Get("Content-Length") != fmt.Sprint(len(rec.RawPayload)) {
					t.Errorf("Content-Length %q for a %d-byte payload", rec.Header.Get("Content-Length"), len(rec.RawPayload))
				}
			}
		})
	}
	checkCDXJ(t, dir)
	checkWithGowarcReader(t, dir)
	t.Run("webrecorder's warcio.js reads every record, verifies every payload digest, indexes it as we do", func(t *testing.T) {
		checkWithWarcioJS(t, dir)
	})
}

// checkWithWarcioJS reads the archive with webrecorder's warcio.js (Node.js), when VNARCHIVE_WARCIO_JS names
// an installed warcio package directory (npm install warcio; then …/node_modules/warcio): every record parses,
// every response's payload SHA-1 equals its WARC-Payload-Digest, and warcio's cdx-index output equals our
// index.cdxj line for line.
func checkWithWarcioJS(t *testing.T, dir string) {
	pkg := os.Getenv("VNARCHIVE_WARCIO_JS")
	node, err := exec.LookPath("node")
	if pkg == "" || err != nil {
		t.Skip("set VNARCHIVE_WARCIO_JS to an installed warcio.js package (npm install warcio) and have node in PATH")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	check := exec.Command(node, append([]string{"testdata/warcio_check.cjs"}, files...)...)
	check.Env = append(os.Environ(), "WARCIO_JS="+pkg)
	out, err := check.CombinedOutput()
	if err != nil {
		t.Fatalf("warcio.js check: %v\n%s", err, out)
	}
	t.Logf("warcio.js: %s", bytes.TrimSpace(out))
	index := exec.Command(node, append([]string{filepath.Join(pkg, "dist", "cli.cjs"), "cdx-index"}, files...)...)
	index.Dir = dir
	out, err = index.Output()
	if err != nil {
		t.Fatalf("warcio cdx-index: %v", err)
	}
	theirs := strings.Split(strings.TrimSpace(string(out)), "\n")
	for i, l := range theirs {
		theirs[i] = strings.ReplaceAll(l, dir+string(filepath.Separator), "")
	}
	sort.Strings(theirs)
	ours := cdxjLines(t, dir)
	if strings.Join(theirs, "\n") != strings.Join(ours, "\n") {
		t.Errorf("warcio cdx-index:\n%s\nours:\n%s", strings.Join(theirs, "\n"), strings.Join(ours, "\n"))
	}
}

// checkWithGowarcReader reads every file with gowarc's reader, strict, and validates every record's digests.
func checkWithGowarcReader(t testing.TB, dir string) {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	for _, name := range names {
		r, err := gowarc.NewWarcFileReader(name, 0, gowarc.WithStrictValidation())
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rec, err := range r.Records() {
			if err != nil {
				t.Fatalf("gowarc reader: %s record %d: %v", name, n, err)
			}
			if v, err := rec.WarcRecord.ValidateDigest(); err != nil || len(v) > 0 {
				t.Errorf("gowarc: %s record %d (%s): digest: %v %v", name, n, rec.WarcRecord.Type(), err, v)
			}
			if len(rec.Validation) > 0 {
				t.Errorf("gowarc: %s record %d: %v", name, n, rec.Validation)
			}
			rec.Close()
			n++
		}
		r.Close()
		if n == 0 {
			t.Errorf("gowarc read no record from %s", name)
		}
	}
}

func TestConcurrentWriters(t *testing.T) {
	dir := t.TempDir()
	a := openT(t, dir, Options{MaxFileSize: 64 << 10})
	const writers, each = 8, 25
	var wg sync.WaitGroup
	locs := make(chan Location, writers*each)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				url := fmt.Sprintf("http://xa%d.gov.vn/tin/%d", w, i)
				loc, err := a.Write(context.Background(), htmlExchange(url, strings.Repeat("Thôn ", 50+i), t0))
				if err != nil {
					t.Error(err)
					return
				}
				if got, err := a.Lookup(url); err != nil || len(got) != 1 {
					t.Errorf("Lookup(%s) right after Write = %v, %v", url, got, err)
				}
				locs <- loc
			}
		}()
	}
	wg.Wait()
	close(locs)
	closeT(t, a)
	seen := map[Location]bool{}
	for l := range locs {
		if seen[l] {
			t.Errorf("location %v given twice", l)
		}
		seen[l] = true
		if rec, err := ReadAt(dir, l); err != nil || rec.Location != l {
			t.Errorf("ReadAt(%v) = %v, %v", l, rec.Location, err)
		}
	}
	if lines := checkCDXJ(t, dir); len(lines) != writers*each {
		t.Errorf("%d CDXJ lines, want %d", len(lines), writers*each)
	}
	checkWithGowarcReader(t, dir)
	t.Run("warcio.js reads the rotated files", func(t *testing.T) { checkWithWarcioJS(t, dir) })
}

func TestBodyCutByTheSizeCapIsKeptAndMarkedTruncated(t *testing.T) {
	text := vietnamesePage(strings.Repeat("Chi bộ thôn tổ chức sinh hoạt chuyên đề. ", 3000))
	pages := []page{
		{path: "/chunked-gzip", contentType: "text/html; charset=utf-8", decoded: text, gzip: true, chunked: true},
		{path: "/length", contentType: "text/html; charset=utf-8", decoded: text},
	}
	p := &portal{sent: map[string]string{}}
	srv := httptest.NewServer(p.handler(t, pages))
	defer srv.Close()
	dir := t.TempDir()
	a := openT(t, dir, Options{})
	for _, pg := range pages {
		req, resp, remote := fetchRaw(t, strings.TrimPrefix(srv.URL, "http://"), pg.path)
		resp = resp[:len(resp)*2/3] // what a crawler keeps under its body cap
		writeT(t, a, Exchange{URL: srv.URL + pg.path, RequestRaw: req, ResponseRaw: resp, RemoteAddr: remote, Fetched: t0})
	}
	closeT(t, a)
	for _, r := range indepReadDir(t, dir) {
		if r.header["WARC-Type"] == "response" && r.header["WARC-Truncated"] != "length" {
			t.Errorf("%s: WARC-Truncated = %q, want length", r.header["WARC-Target-URI"], r.header["WARC-Truncated"])
		}
	}
	for _, rec := range readAll(t, dir) {
		if len(rec.Body) == 0 || !bytes.HasPrefix(text, rec.Body) {
			t.Errorf("%s: Body (%d bytes) is not a prefix of the page", rec.URL, len(rec.Body))
		}
	}
	checkCDXJ(t, dir)
	checkWithGowarcReader(t, dir)
}
