package archive

import (
	"strings"
	"testing"
)

func TestPrepareResponse(t *testing.T) {
	tests := []struct {
		name, raw     string
		wantBlock     string
		wantStatus    int
		wantMIME      string
		wantTruncated bool
		wantErr       bool
	}{
		{name: "kept byte for byte",
			raw:       "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello",
			wantBlock: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello", wantStatus: 200, wantMIME: "text/html"},
		{name: "chunked framing removed and headers fixed",
			raw:        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n3\r\nxin\r\n6;ext=1\r\n chào\r\n0\r\nX-Trailer: 1\r\n\r\n",
			wantBlock:  "HTTP/1.1 200 OK\r\nX-Archive-Orig-Transfer-Encoding: chunked\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 9\r\n\r\nxin chào",
			wantStatus: 200, wantMIME: "text/plain"},
		{name: "chunked header but body already de-chunked is kept",
			raw:       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nplain body",
			wantBlock: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nplain body", wantStatus: 200, wantMIME: "unk"},
		{name: "chunked body cut inside chunk data keeps what came and is marked truncated",
			raw:        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n10\r\ndefg",
			wantBlock:  "HTTP/1.1 200 OK\r\nX-Archive-Orig-Transfer-Encoding: chunked\r\nContent-Length: 7\r\n\r\nabcdefg",
			wantStatus: 200, wantMIME: "unk", wantTruncated: true},
		{name: "chunked body cut inside a size line",
			raw:        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n1",
			wantBlock:  "HTTP/1.1 200 OK\r\nX-Archive-Orig-Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc",
			wantStatus: 200, wantMIME: "unk", wantTruncated: true},
		{name: "chunked body cut before the last chunk",
			raw:        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
			wantBlock:  "HTTP/1.1 200 OK\r\nX-Archive-Orig-Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc",
			wantStatus: 200, wantMIME: "unk", wantTruncated: true},
		{name: "bad framing in the middle means the body was not chunked",
			raw:        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY\r\n0\r\n\r\n",
			wantBlock:  "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY\r\n0\r\n\r\n",
			wantStatus: 200, wantMIME: "unk"},
		{name: "bare LF headers get CRLF",
			raw:       "HTTP/1.0 301 Moved\nLocation: /x\n\nbody\n",
			wantBlock: "HTTP/1.0 301 Moved\r\nLocation: /x\r\n\r\nbody\n", wantStatus: 301, wantMIME: "unk"},
		{name: "short body marked truncated",
			raw:       "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc",
			wantBlock: "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc", wantStatus: 200, wantMIME: "unk", wantTruncated: true},
		{name: "no end of headers", raw: "HTTP/1.1 200 OK\r\nContent-Type: text/html", wantErr: true},
		{name: "not HTTP", raw: "<html>\r\n\r\n</html>", wantErr: true},
		{name: "bad status code", raw: "HTTP/1.1 abc OK\r\n\r\n", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, err := prepareResponse([]byte(tc.raw))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if string(w.block) != tc.wantBlock || w.status != tc.wantStatus || w.mime != tc.wantMIME || w.truncated != tc.wantTruncated {
				t.Errorf("got block %q status %d mime %q truncated %v", w.block, w.status, w.mime, w.truncated)
			}
			if !strings.HasSuffix(string(w.block), string(w.block[w.payloadStart:])) || !strings.HasSuffix(string(w.block[:w.payloadStart]), "\r\n\r\n") {
				t.Errorf("payload start %d is not after the headers", w.payloadStart)
			}
		})
	}
}

func TestDecodeContent(t *testing.T) {
	plain := []byte("Nghị quyết số 25-NQ/TW")
	tests := []struct {
		name, encoding string
		body           []byte
		want           []byte
		wantErr        bool
	}{
		{"identity", "", plain, plain, false},
		{"gzip", "gzip", gzipBytes(t, plain), plain, false},
		{"x-gzip with spaces and case", " X-Gzip ", gzipBytes(t, plain), plain, false},
		{"gzip twice", "gzip, gzip", gzipBytes(t, gzipBytes(t, plain)), plain, false},
		{"unknown coding left alone", "br", plain, plain, false},
		{"broken gzip", "gzip", []byte("not gzip"), nil, true},
		{"gzip cut short gives what it can", "gzip", gzipBytes(t, plain)[:len(gzipBytes(t, plain))-8], plain, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeContent(tc.body, tc.encoding)
			if (err != nil) != tc.wantErr || string(got) != string(tc.want) {
				t.Errorf("decodeContent = %q, %v", got, err)
			}
		})
	}
}
