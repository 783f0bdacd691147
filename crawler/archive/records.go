package archive

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"io"
	"net"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Software is the name written into every warcinfo record.
const Software = "vnarchive"

// recordOpts are the gowarc options for every record this package builds: WARC/1.1, digests checked by Build.
var recordOpts = []gowarc.WarcRecordOption{
	gowarc.WithVersion(gowarc.V1_1),
	gowarc.WithBufferMaxMemBytes(256 << 20),
}

// builderMu serialises gowarc.NewRecordBuilder: it sets a package variable of github.com/google/uuid
// (EnableRandPool) without synchronisation, a data race when records are built concurrently.
var builderMu sync.Mutex

// newRecordBuilder is gowarc.NewRecordBuilder with recordOpts, safe for concurrent use.
func newRecordBuilder(rt gowarc.RecordType) gowarc.WarcRecordBuilder {
	builderMu.Lock()
	defer builderMu.Unlock()
	return gowarc.NewRecordBuilder(rt)
}

// group is the gzip members of one Exchange, in file order: response, request (when sent), metadata.
type group struct {
	data     []byte  // the members, concatenated
	lengths  []int64 // length of each member
	url      string
	status   int
	mime     string
	digest   string // "sha1:BASE32" of the payload
	captured time.Time
}

// buildGroup builds the records of one exchange with gowarc and gzips each into its own member.
func buildGroup(ex Exchange, level int) (*group, error) {
	if ex.URL == "" {
		return nil, fmt.Errorf("exchange has no URL")
	}
	resp, err := prepareResponse(ex.ResponseRaw)
	if err != nil {
		return nil, fmt.Errorf("response of %s: %w", ex.URL, err)
	}
	captured := ex.Fetched.UTC().Truncate(time.Second)
	if ex.Fetched.IsZero() {
		captured = time.Now().UTC().Truncate(time.Second)
	}
	respID := newRecordID()
	g := &group{url: ex.URL, status: resp.status, mime: resp.mime, captured: captured,
		digest: sha1Digest(resp.block[resp.payloadStart:])}

	rb := newRecordBuilder(gowarc.Response)
	rb.AddWarcHeader(gowarc.WarcRecordID, respID)
	rb.AddWarcHeaderTime(gowarc.WarcDate, captured)
	rb.AddWarcHeader(gowarc.WarcTargetURI, ex.URL)
	if ip := remoteIP(ex.RemoteAddr); ip != "" {
		rb.AddWarcHeader(gowarc.WarcIPAddress, ip)
	}
	rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	rb.AddWarcHeader(gowarc.WarcBlockDigest, sha1Digest(resp.block))
	rb.AddWarcHeader(gowarc.WarcPayloadDigest, g.digest)
	if resp.truncated {
		rb.AddWarcHeader(gowarc.WarcTruncated, "length")
	}
	if err := addRecord(g, rb, resp.block, level); err != nil {
		return nil, fmt.Errorf("response record of %s: %w", ex.URL, err)
	}

	if len(ex.RequestRaw) > 0 {
		rb := newRecordBuilder(gowarc.Request)
		rb.AddWarcHeader(gowarc.WarcRecordID, newRecordID())
		rb.AddWarcHeaderTime(gowarc.WarcDate, captured)
		rb.AddWarcHeader(gowarc.WarcTargetURI, ex.URL)
		rb.AddWarcHeader(gowarc.WarcConcurrentTo, respID)
		rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
		rb.AddWarcHeader(gowarc.WarcBlockDigest, sha1Digest(ex.RequestRaw))
		if err := addRecord(g, rb, ex.RequestRaw, level); err != nil {
			return nil, fmt.Errorf("request record of %s: %w", ex.URL, err)
		}
	}

	// The metadata record ends every group: tail repair treats a group without it as unfinished.
	meta := warcFields(ex.Meta)
	rb = newRecordBuilder(gowarc.Metadata)
	rb.AddWarcHeader(gowarc.WarcRecordID, newRecordID())
	rb.AddWarcHeaderTime(gowarc.WarcDate, captured)
	rb.AddWarcHeader(gowarc.WarcTargetURI, ex.URL)
	rb.AddWarcHeader(gowarc.WarcConcurrentTo, respID)
	rb.AddWarcHeader(gowarc.WarcRefersTo, respID)
	rb.AddWarcHeader(gowarc.ContentType, "application/warc-fields")
	rb.AddWarcHeader(gowarc.WarcBlockDigest, sha1Digest(meta))
	if err := addRecord(g, rb, meta, level); err != nil {
		return nil, fmt.Errorf("metadata record of %s: %w", ex.URL, err)
	}
	return g, nil
}

// buildWarcinfo builds the gzip member of the warcinfo record that starts a WARC file.
func buildWarcinfo(filename string, now time.Time, info map[string]string, level int) ([]byte, error) {
	fields := map[string]string{
		"software":   Software,
		"format":     "WARC File Format 1.1",
		"conformsTo": "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
	}
	for k, v := range info {
		fields[k] = v
	}
	block := warcFields(fields)
	rb := newRecordBuilder(gowarc.Warcinfo)
	rb.AddWarcHeader(gowarc.WarcRecordID, newRecordID())
	rb.AddWarcHeaderTime(gowarc.WarcDate, now.UTC().Truncate(time.Second))
	rb.AddWarcHeader(gowarc.WarcFilename, filename)
	rb.AddWarcHeader(gowarc.ContentType, "application/warc-fields")
	rb.AddWarcHeader(gowarc.WarcBlockDigest, sha1Digest(block))
	g := &group{}
	if err := addRecord(g, rb, block, level); err != nil {
		return nil, fmt.Errorf("warcinfo record: %w", err)
	}
	return g.data, nil
}

// addRecord writes block into rb, builds the record (gowarc checks the digests) and appends it to g as one gzip member.
func addRecord(g *group, rb gowarc.WarcRecordBuilder, block []byte, level int) error {
	if _, err := rb.Write(block); err != nil {
		_ = rb.Close()
		return err
	}
	rec, _, err := rb.Build()
	if err != nil {
		return err
	}
	defer rec.Close()
	var buf bytes.Buffer
	zw, err := getGzipWriter(&buf, level)
	if err != nil {
		return err
	}
	defer putGzipWriter(zw, level)
	if _, _, err := gowarc.NewMarshaler().Marshal(zw, rec, 0); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	g.data = append(g.data, buf.Bytes()...)
	g.lengths = append(g.lengths, int64(buf.Len()))
	return nil
}

// gzipPools recycle gzip writers (each holds about 1 MB of compressor state), one pool per level -2…9.
var gzipPools [gzip.BestCompression - gzip.HuffmanOnly + 1]sync.Pool

// getGzipWriter returns a gzip writer of the given level writing to w.
func getGzipWriter(w io.Writer, level int) (*gzip.Writer, error) {
	if level < gzip.HuffmanOnly || level > gzip.BestCompression {
		return nil, fmt.Errorf("gzip level %d out of range", level)
	}
	if zw, ok := gzipPools[level-gzip.HuffmanOnly].Get().(*gzip.Writer); ok {
		zw.Reset(w)
		return zw, nil
	}
	return gzip.NewWriterLevel(w, level)
}

// putGzipWriter returns a writer got from getGzipWriter.
func putGzipWriter(zw *gzip.Writer, level int) {
	zw.Reset(io.Discard)
	gzipPools[level-gzip.HuffmanOnly].Put(zw)
}

// warcFields renders a map as an application/warc-fields block, keys sorted; line breaks in values become spaces.
func warcFields(m map[string]string) []byte {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	clean := strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ")
	for _, k := range keys {
		name := strings.Map(func(r rune) rune {
			if r <= ' ' || r == ':' || r == 0x7f {
				return '-'
			}
			return r
		}, k)
		if name == "" {
			continue
		}
		fmt.Fprintf(&b, "%s: %s\r\n", name, clean.Replace(m[k]))
	}
	return b.Bytes()
}

// sha1Digest returns "sha1:" and the base-32 SHA-1 of b, the digest form of WARC and CDXJ.
func sha1Digest(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

// newRecordID returns a fresh "<urn:uuid:…>" (random, version 4).
func newRecordID() string {
	var u [16]byte
	_, _ = rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// remoteIP returns the IP address part of a "host:port" or bare address, or "" when there is none.
func remoteIP(addr string) string {
	if addr == "" {
		return ""
	}
	host := addr
	if h, _, err := net.SplitHostPort(addr); err == nil {
		host = h
	}
	if ip := net.ParseIP(strings.Trim(host, "[]")); ip != nil {
		return ip.String()
	}
	return ""
}
