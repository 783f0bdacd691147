package crawler

import (
	"bytes"
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"sync"
	"time"
)

// The wire layer keeps the bytes exactly as sent and received: every
// connection is wrapped in a recorder that copies what crosses it, so the
// archive gets the status line, headers and body of each response as the
// server sent them (gzip and chunked framing included), and the request as
// written. Keep-alive is off, so one connection carries one exchange.

type recorderKey struct{}

// recorder collects the raw bytes of one exchange.
type recorder struct {
	mu     sync.Mutex
	req    bytes.Buffer
	resp   bytes.Buffer
	limit  int // cap on the response bytes kept
	remote string
	over   bool // more response bytes arrived than limit
}

func (r *recorder) wrote(p []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.req.Len() < 1<<20 {
		r.req.Write(p)
	}
}

func (r *recorder) read(p []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if room := r.limit - r.resp.Len(); room < len(p) {
		r.over = true
		if room > 0 {
			r.resp.Write(p[:room])
		}
		return
	}
	r.resp.Write(p)
}

func (r *recorder) bytes() (req, resp []byte, remote string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return bytes.Clone(r.req.Bytes()), bytes.Clone(r.resp.Bytes()), r.remote
}

type recConn struct {
	net.Conn
	rec *recorder
}

func (c *recConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.rec.read(p[:n])
	}
	return n, err
}

func (c *recConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	if n > 0 {
		c.rec.wrote(p[:n])
	}
	return n, err
}

func wrapConn(ctx context.Context, c net.Conn) net.Conn {
	rec, _ := ctx.Value(recorderKey{}).(*recorder)
	if rec == nil {
		return c
	}
	rec.mu.Lock()
	rec.remote = c.RemoteAddr().String()
	rec.mu.Unlock()
	return &recConn{Conn: c, rec: rec}
}

// newWireTransport returns the HTTP/1.1 transport whose connections record
// their bytes. insecure accepts any TLS certificate.
func newWireTransport(insecure bool, timeout time.Duration) *http.Transport {
	d := &net.Dialer{Timeout: 15 * time.Second, KeepAlive: -1}
	return &http.Transport{
		Proxy: nil,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := d.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return wrapConn(ctx, c), nil
		},
		DialTLSContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			raw, err := d.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			host, _, _ := net.SplitHostPort(addr)
			tc := tls.Client(raw, &tls.Config{ServerName: host, InsecureSkipVerify: insecure, NextProtos: []string{"http/1.1"}}) //nolint:gosec // --insecure asks for it
			if err := tc.HandshakeContext(ctx); err != nil {
				raw.Close()
				return nil, err
			}
			return wrapConn(ctx, tc), nil
		},
		DisableKeepAlives:      true,
		DisableCompression:     true,
		ResponseHeaderTimeout:  timeout,
		MaxResponseHeaderBytes: 1 << 20,
		TLSNextProto:           map[string]func(string, *tls.Conn) http.RoundTripper{},
	}
}
