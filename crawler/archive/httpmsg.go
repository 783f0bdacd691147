package archive

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// ErrBadResponse reports an Exchange whose ResponseRaw is not an HTTP response (no status line or no end of headers).
var ErrBadResponse = errors.New("not an HTTP response")

// wireResponse is a response prepared for its WARC record: the block to store and what the index needs from it.
type wireResponse struct {
	block        []byte // HTTP status line, headers, CRLF, payload: the response record's block
	payloadStart int    // offset of the payload (entity body) in block
	status       int
	mime         string // media type of Content-Type, lower-case, "unk" when absent
	truncated    bool   // fewer bytes received than Content-Length or the chunked framing announced
}

// prepareResponse turns the bytes of a response as received into the block of a response record.
//
// The bytes are kept as they are, with one exception, which is WARC practice (warcprox, pywb's recorder):
// when the headers say "Transfer-Encoding: chunked" and the body is still in chunked framing (whole, or cut
// short by the end of the input, which marks the record truncated), the framing is removed, the header is
// renamed "X-Archive-Orig-Transfer-Encoding", any Content-Length is renamed "X-Archive-Orig-Content-Length",
// and a Content-Length of the de-chunked body is added. A body that is already
// de-chunked (as net/http hands it over) is stored as it is. Content-Encoding (gzip) is never undone.
// Header lines ending in a bare LF are rewritten with CRLF, the framing WARC readers expect.
func prepareResponse(raw []byte) (wireResponse, error) {
	head, body, ok := splitHead(raw)
	if !ok {
		return wireResponse{}, fmt.Errorf("%w: no end of headers", ErrBadResponse)
	}
	lines := splitLines(head)
	status, err := parseStatusLine(lines[0])
	kept := lines[:1]
	for _, l := range lines[1:] {
		if l != "" { // only a stray CR can make one: it would end the headers early
			kept = append(kept, l)
		}
	}
	lines = kept
	if err != nil {
		return wireResponse{}, err
	}
	hdr := parseHeaderLines(lines[1:])

	chunked := false
	for _, te := range hdr.Values("Transfer-Encoding") {
		if strings.Contains(strings.ToLower(te), "chunked") {
			chunked = true
		}
	}
	cut := false
	if chunked {
		if dec, complete, err := dechunk(body); err == nil {
			body, cut = dec, !complete
			out := lines[:1:1]
			for _, l := range lines[1:] {
				name, _, _ := strings.Cut(l, ":")
				n := textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
				if n == "Transfer-Encoding" || n == "Content-Length" {
					l = "X-Archive-Orig-" + l
				}
				out = append(out, l)
			}
			lines = append(out, "Content-Length: "+strconv.Itoa(len(body)))
			hdr = parseHeaderLines(lines[1:])
		}
	}

	var block bytes.Buffer
	block.Grow(len(head) + len(body) + 64)
	for _, l := range lines {
		block.WriteString(l)
		block.WriteString("\r\n")
	}
	block.WriteString("\r\n")
	payloadStart := block.Len()
	block.Write(body)

	w := wireResponse{block: block.Bytes(), payloadStart: payloadStart, status: status, mime: mediaType(hdr.Get("Content-Type"))}
	// After de-chunking, Content-Length is the body's own length; before, it is what the server announced.
	cl, err := strconv.ParseInt(strings.TrimSpace(hdr.Get("Content-Length")), 10, 64)
	w.truncated = cut || (err == nil && cl > int64(len(body)))
	return w, nil
}

// splitHead splits an HTTP message at the blank line ending its headers (CRLF CRLF, or LF LF as a fallback).
func splitHead(raw []byte) (head string, body []byte, ok bool) {
	if i := bytes.Index(raw, []byte("\r\n\r\n")); i >= 0 {
		if j := bytes.Index(raw, []byte("\n\n")); j < 0 || j > i {
			return string(raw[:i]), raw[i+4:], true
		}
	}
	if j := bytes.Index(raw, []byte("\n\n")); j >= 0 {
		return string(raw[:j]), raw[j+2:], true
	}
	return "", nil, false
}

// splitLines splits a header section into lines without their CRLF or LF.
func splitLines(head string) []string {
	lines := strings.Split(head, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

// parseStatusLine returns the status code of an HTTP/1.x status line.
func parseStatusLine(line string) (int, error) {
	proto, rest, _ := strings.Cut(line, " ")
	if !strings.HasPrefix(proto, "HTTP/") {
		return 0, fmt.Errorf("%w: status line %q", ErrBadResponse, truncate(line, 80))
	}
	code, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	n, err := strconv.Atoi(code)
	if err != nil || n < 100 || n > 999 {
		return 0, fmt.Errorf("%w: status code %q", ErrBadResponse, truncate(code, 20))
	}
	return n, nil
}

// parseHeaderLines parses "Name: value" lines leniently (bad lines are skipped; continuation lines are appended).
func parseHeaderLines(lines []string) http.Header {
	h := http.Header{}
	last := ""
	for _, l := range lines {
		if l == "" {
			continue
		}
		if (l[0] == ' ' || l[0] == '\t') && last != "" {
			vs := h[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(l)
			continue
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok || strings.TrimSpace(name) == "" {
			continue
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		h[last] = append(h[last], strings.TrimSpace(value))
	}
	return h
}

// mediaType returns the lower-case media type of a Content-Type value, or "unk" (pywb's word) when there is none.
func mediaType(ct string) string {
	if ct == "" {
		return "unk"
	}
	if mt, _, err := mime.ParseMediaType(ct); err == nil {
		return mt
	}
	mt, _, _ := strings.Cut(ct, ";")
	if mt = strings.ToLower(strings.TrimSpace(mt)); mt != "" {
		return mt
	}
	return "unk"
}

// errNotChunked reports a body that is not in chunked framing.
var errNotChunked = errors.New("body is not in chunked framing")

// dechunk removes HTTP/1.1 chunked framing. The input must be chunks up to the last-chunk and optional
// trailers, or such chunks cut short by the end of the input (a body capped by the crawler, a connection
// that broke): then the bytes received are returned with complete false. Any other framing, or bytes after
// the trailers, gives errNotChunked (the body was de-chunked already).
func dechunk(b []byte) (out []byte, complete bool, err error) {
	rest := b
	buf := make([]byte, 0, len(b))
	for first := true; ; first = false {
		nl := bytes.IndexByte(rest, '\n')
		if nl < 0 {
			if !first && isHexPrefix(rest) {
				return buf, false, nil // cut inside a chunk-size line
			}
			return nil, false, errNotChunked
		}
		line := strings.TrimRight(string(rest[:nl]), "\r")
		sizeStr, _, _ := strings.Cut(line, ";")
		size, perr := strconv.ParseUint(strings.TrimSpace(sizeStr), 16, 63)
		if perr != nil || strings.TrimSpace(sizeStr) == "" {
			return nil, false, errNotChunked
		}
		rest = rest[nl+1:]
		if size == 0 {
			break
		}
		if uint64(len(rest)) < size {
			return append(buf, rest...), false, nil // cut inside chunk data
		}
		buf = append(buf, rest[:size]...)
		rest = rest[size:]
		switch {
		case bytes.HasPrefix(rest, []byte("\r\n")):
			rest = rest[2:]
		case bytes.HasPrefix(rest, []byte("\n")):
			rest = rest[1:]
		case len(rest) == 0 || bytes.Equal(rest, []byte("\r")):
			return buf, false, nil // cut before the chunk's CRLF
		default:
			return nil, false, errNotChunked
		}
	}
	// Trailer fields up to an empty line; the input may end before it.
	for len(rest) > 0 {
		nl := bytes.IndexByte(rest, '\n')
		if nl < 0 {
			return buf, true, nil
		}
		line := strings.TrimRight(string(rest[:nl]), "\r")
		rest = rest[nl+1:]
		if line == "" {
			if len(rest) > 0 {
				return nil, false, errNotChunked
			}
			break
		}
	}
	return buf, true, nil
}

// isHexPrefix reports whether b could be the start of a chunk-size line.
func isHexPrefix(b []byte) bool {
	if len(b) == 0 {
		return true
	}
	for _, c := range bytes.TrimRight(b, "\r") {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
