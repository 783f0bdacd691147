package archive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxRecordSize bounds the decompressed size of one record the reader accepts (a response body cap of the
// crawler is far below it); larger members are treated as damage rather than read into memory.
const maxRecordSize = 1 << 30

// ErrDamaged reports bytes in a WARC file that are not a complete gzip member holding one WARC record.
var ErrDamaged = errors.New("damaged WARC data")

// member is one gzip member of a WARC file and the WARC record it holds.
type member struct {
	offset, length int64
	rec            warcRecord
}

// warcRecord is a parsed WARC record: its header fields and its block.
type warcRecord struct {
	version string
	fields  []field
	block   []byte
}

type field struct{ name, value string }

// get returns the first value of a WARC header field (names compare case-insensitively), or "".
func (r warcRecord) get(name string) string {
	for _, f := range r.fields {
		if strings.EqualFold(f.name, name) {
			return f.value
		}
	}
	return ""
}

// typ returns the WARC-Type in lower case.
func (r warcRecord) typ() string { return strings.ToLower(r.get("WARC-Type")) }

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// memberScanner reads the gzip members of a WARC file one at a time, knowing the exact offset of each.
type memberScanner struct {
	base int64
	cr   *countingReader
	br   *bufio.Reader
	zr   *gzip.Reader
	buf  bytes.Buffer
}

// newMemberScanner reads members from r, whose first byte is at file offset base.
func newMemberScanner(r io.Reader, base int64) *memberScanner {
	cr := &countingReader{r: r}
	return &memberScanner{base: base, cr: cr, br: bufio.NewReaderSize(cr, 64<<10)}
}

// pos is the file offset of the next unread byte.
func (s *memberScanner) pos() int64 { return s.base + s.cr.n - int64(s.br.Buffered()) }

// next returns the next member. It returns io.EOF at a clean end of data, and an error wrapping ErrDamaged
// when the bytes at pos() are not one complete gzip member holding one complete WARC record; pos() then still
// points at the start of the bad bytes. The returned block is only valid until the next call.
func (s *memberScanner) next() (member, error) {
	start := s.pos()
	if _, err := s.br.Peek(1); err != nil {
		if err == io.EOF {
			return member{}, io.EOF
		}
		return member{}, fmt.Errorf("read at %d: %w", start, err)
	}
	damaged := func(format string, a ...any) (member, error) {
		return member{}, fmt.Errorf("%w at offset %d: %s", ErrDamaged, start, fmt.Sprintf(format, a...))
	}
	var err error
	if s.zr == nil {
		s.zr, err = gzip.NewReader(s.br)
	} else {
		err = s.zr.Reset(s.br)
	}
	if err != nil {
		return damaged("gzip header: %v", err)
	}
	s.zr.Multistream(false)
	s.buf.Reset()
	n, err := s.buf.ReadFrom(io.LimitReader(s.zr, maxRecordSize+1))
	if err != nil {
		return damaged("gzip member: %v", err)
	}
	if n > maxRecordSize {
		return damaged("record larger than %d bytes", maxRecordSize)
	}
	rec, err := parseWarcRecord(s.buf.Bytes())
	if err != nil {
		return damaged("%v", err)
	}
	return member{offset: start, length: s.pos() - start, rec: rec}, nil
}

// parseWarcRecord parses exactly one WARC record: version line, header fields, blank line, Content-Length bytes
// of block, CRLF CRLF, and nothing after.
func parseWarcRecord(b []byte) (warcRecord, error) {
	end := bytes.Index(b, []byte("\r\n\r\n"))
	if end < 0 {
		return warcRecord{}, errors.New("no end of WARC header")
	}
	lines := strings.Split(string(b[:end]), "\r\n")
	if !strings.HasPrefix(lines[0], "WARC/") {
		return warcRecord{}, fmt.Errorf("not a WARC record: %q", truncate(lines[0], 40))
	}
	rec := warcRecord{version: lines[0]}
	for _, l := range lines[1:] {
		if l != "" && (l[0] == ' ' || l[0] == '\t') && len(rec.fields) > 0 {
			rec.fields[len(rec.fields)-1].value += " " + strings.TrimSpace(l)
			continue
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			return warcRecord{}, fmt.Errorf("bad WARC header line %q", truncate(l, 40))
		}
		rec.fields = append(rec.fields, field{strings.TrimSpace(name), strings.TrimSpace(value)})
	}
	cl, err := strconv.ParseInt(rec.get("Content-Length"), 10, 64)
	if err != nil || cl < 0 {
		return warcRecord{}, fmt.Errorf("bad Content-Length %q", rec.get("Content-Length"))
	}
	if rec.get("WARC-Type") == "" {
		return warcRecord{}, errors.New("no WARC-Type")
	}
	blockStart := int64(end + 4)
	if int64(len(b)) != blockStart+cl+4 {
		return warcRecord{}, fmt.Errorf("record is %d bytes, header says %d", len(b), blockStart+cl+4)
	}
	if !bytes.HasSuffix(b, []byte("\r\n\r\n")) {
		return warcRecord{}, errors.New("no end-of-record CRLF CRLF")
	}
	rec.block = b[blockStart : blockStart+cl]
	return rec, nil
}
