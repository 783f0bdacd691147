package simportal

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// rawClient does not decompress: tests see the bytes of the wire.
func rawClient() *http.Client {
	return &http.Client{
		Transport:     &http.Transport{DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

type fetched struct {
	status int
	header http.Header
	raw    []byte // body bytes as received
	te     []string
}

func fetch(t testing.TB, c *http.Client, url string, hdr map[string]string) fetched {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("get %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", url, err)
	}
	return fetched{status: resp.StatusCode, header: resp.Header, raw: b, te: resp.TransferEncoding}
}

// decoded undoes Content-Encoding and the charset, giving NFC text.
func (f fetched) decoded(t testing.TB) string {
	t.Helper()
	b := f.raw
	if f.header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(strings.NewReader(string(b)))
		if err != nil {
			t.Fatal(err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	if strings.Contains(f.header.Get("Content-Type"), "windows-1258") {
		u, err := charmap.Windows1258.NewDecoder().Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		b = u
	}
	return norm.NFC.String(string(b))
}

// visibleText returns the text nodes of a page (entities decoded, NFC),
// one per line, without scripts and styles.
func visibleText(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return norm.NFC.String(b.String())
		case html.StartTagToken:
			n, _ := z.TagName()
			if s := string(n); s == "script" || s == "style" {
				skip++
			}
		case html.EndTagToken:
			n, _ := z.TagName()
			if s := string(n); (s == "script" || s == "style") && skip > 0 {
				skip--
			}
		case html.TextToken:
			if skip == 0 {
				b.WriteString(string(z.Text()))
				b.WriteString("\n")
			}
		}
	}
}

// render serves one request through a family's handler on a fixed host.
func render(t testing.TB, p *Portal, family, target string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8080"+target, nil)
	rec := httptest.NewRecorder()
	p.Handler(family).ServeHTTP(rec, req)
	return rec
}
