package archive

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// ErrDecode reports a payload whose Content-Encoding could not be undone; the Record still carries RawPayload.
var ErrDecode = errors.New("cannot decode payload")

// Record is one response (or revisit) record read back from the archive.
type Record struct {
	Location
	// Header holds the HTTP response headers as received (plus X-Archive-Orig-* when chunking was removed).
	Header http.Header
	// Body is the payload decoded: chunked framing and Content-Encoding gzip, x-gzip and deflate removed;
	// nil when it could not be decoded (ErrDecode). An unknown encoding (br) is left as it is. For a truncated
	// capture (a compressed stream cut short) it holds what could be decoded.
	// The bytes keep their charset (windows-1258 stays windows-1258): see Header's Content-Type.
	Body []byte
	// RawPayload is the payload as stored: the bytes the server sent, Content-Encoding kept.
	RawPayload []byte
}

// Records iterates over the response and revisit records of every WARC file in dir, in write order.
//
// An error is yielded (with a zero Record) for a file that cannot be read or holds damaged data, and the
// iteration goes on with the next file; a record whose payload cannot be decoded is yielded with ErrDecode and
// its RawPayload. Damage at the very end of the newest file is a record being written (or a crash not yet
// repaired) and ends the iteration silently. Breaking out of the loop stops it; so does ctx.
// Records reads without taking the writer's lock, so it may run while a crawl appends.
func Records(ctx context.Context, dir string) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		files, err := listWarcFiles(dir)
		if err != nil {
			yield(Record{}, err)
			return
		}
		stop := errors.New("stop")
		for i, f := range files {
			end, err := scanFile(ctx, dir, f.name, 0, func(m member) error {
				loc, ok := locationOf(f.name, m)
				if !ok {
					return nil
				}
				rec, err := recordOf(loc, m.rec.block)
				if !yield(rec, err) {
					return stop
				}
				return nil
			})
			switch {
			case err == nil:
			case errors.Is(err, stop):
				return
			case errors.Is(err, ErrDamaged) && i == len(files)-1 && !damageInside(dir, f.name, end):
				return // a torn tail: a record being written, or a crash not yet repaired
			default:
				if !yield(Record{}, fmt.Errorf("read archive: %w", err)) || ctx.Err() != nil {
					return
				}
			}
		}
	}
}

// damageInside reports whether complete records follow damaged bytes at offset at: damage inside the file,
// not a torn tail.
func damageInside(dir, name string, at int64) bool {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return true
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return true
	}
	return hasMemberAfter(f, at, info.Size())
}

// ReadAt reads the record at loc (as returned by Write, Lookup or Captures) from the archive in dir.
// loc.File must be a plain file name (no directories). It returns an error wrapping ErrDamaged if the bytes
// there are not one complete record, and ErrDecode (with the Record) if the payload cannot be decoded.
func ReadAt(dir string, loc Location) (Record, error) {
	if loc.File == "" || loc.File != filepath.Base(loc.File) || strings.HasPrefix(loc.File, ".") {
		return Record{}, fmt.Errorf("read archive: bad file name %q", loc.File)
	}
	if loc.Offset < 0 || loc.Length < 0 || loc.Length > maxRecordSize {
		return Record{}, fmt.Errorf("read archive: bad location %d+%d", loc.Offset, loc.Length)
	}
	f, err := os.Open(filepath.Join(dir, loc.File))
	if err != nil {
		return Record{}, fmt.Errorf("read archive: %w", err)
	}
	defer f.Close()
	var r io.Reader = io.NewSectionReader(f, loc.Offset, maxRecordSize)
	if loc.Length > 0 {
		r = io.NewSectionReader(f, loc.Offset, loc.Length)
	}
	m, err := newMemberScanner(r, loc.Offset).next()
	if err == io.EOF {
		err = fmt.Errorf("%w at offset %d: no data", ErrDamaged, loc.Offset)
	}
	if err != nil {
		return Record{}, fmt.Errorf("read archive %s: %w", loc.File, err)
	}
	got, ok := locationOf(loc.File, m)
	if !ok {
		return Record{}, fmt.Errorf("read archive %s at %d: %w: a %s record, not a response", loc.File, loc.Offset, ErrDamaged, m.rec.typ())
	}
	return recordOf(got, m.rec.block)
}

// Captures lists every capture in the archive in dir, in CDXJ order (SURT key, then time). It reads the CDXJ
// index and completes it from the WARC files where it is missing or stale (without writing anything), so the
// list is right even while a crawl is appending or after a crash.
func Captures(dir string) ([]Location, error) {
	files, err := listWarcFiles(dir)
	if err != nil {
		return nil, fmt.Errorf("captures: %w", err)
	}
	locs, st := readIndex(dir)
	locs, _, err = reconcile(context.Background(), dir, files, locs, st, discardLogger())
	if err != nil {
		return nil, fmt.Errorf("captures: %w", err)
	}
	sortLocations(locs)
	return locs, nil
}

// recordOf parses the HTTP response in a record's block.
func recordOf(loc Location, block []byte) (Record, error) {
	rec := Record{Location: loc, Header: http.Header{}}
	head, payload, ok := splitHead(bytes.Clone(block)) // the scanner reuses its buffer
	if !ok {
		return rec, nil // a revisit without HTTP headers
	}
	rec.Header = parseHeaderLines(splitLines(head)[1:])
	rec.RawPayload = payload
	body := payload
	if hasChunked(rec.Header) {
		if dec, _, err := dechunk(body); err == nil {
			body = dec
		}
	}
	dec, err := decodeContent(body, rec.Header.Get("Content-Encoding"))
	if err != nil {
		return rec, fmt.Errorf("%s: %w", loc.URL, err)
	}
	rec.Body = dec
	return rec, nil
}

func hasChunked(h http.Header) bool {
	for _, te := range h.Values("Transfer-Encoding") {
		if strings.Contains(strings.ToLower(te), "chunked") {
			return true
		}
	}
	return false
}

// decodeContent undoes the Content-Encodings it knows (gzip, x-gzip, deflate, identity), last applied first.
func decodeContent(body []byte, encoding string) ([]byte, error) {
	codings := strings.Split(encoding, ",")
	for i := len(codings) - 1; i >= 0; i-- {
		c := strings.ToLower(strings.TrimSpace(codings[i]))
		var err error
		switch c {
		case "", "identity", "none":
			continue
		case "gzip", "x-gzip":
			if len(body) == 0 {
				continue
			}
			var zr *gzip.Reader
			if zr, err = gzip.NewReader(bytes.NewReader(body)); err == nil {
				body, err = readAllLimited(zr)
			}
		case "deflate":
			// Servers send zlib-wrapped (RFC 1950) or raw deflate; try both.
			if zr, zerr := zlib.NewReader(bytes.NewReader(body)); zerr == nil {
				if out, rerr := readAllLimited(zr); rerr == nil {
					body = out
					continue
				}
			}
			body, err = readAllLimited(flate.NewReader(bytes.NewReader(body)))
		default:
			return body, nil // unknown coding: leave the bytes as they are
		}
		if err != nil {
			return nil, fmt.Errorf("%w (%s): %v", ErrDecode, c, err)
		}
	}
	return body, nil
}

// readAllLimited reads a decoder to its end, refusing more than maxRecordSize bytes. A stream cut short
// (a truncated capture) gives what could be decoded.
func readAllLimited(r io.Reader) ([]byte, error) {
	var b bytes.Buffer
	n, err := b.ReadFrom(bufio.NewReader(io.LimitReader(r, maxRecordSize+1)))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, err
	}
	if n > maxRecordSize {
		return nil, fmt.Errorf("decoded payload larger than %d bytes", maxRecordSize)
	}
	return b.Bytes(), nil
}
