package simportal

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"hash"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Request is one request a portal answered, as it crossed the wire.
type Request struct {
	Time   time.Time
	Family string // FamilyLiferay or FamilyWard
	Host   string // the Host header ("127.0.0.1:PORT" or "localhost:PORT")
	Method string
	Path   string // path with query, as requested
	Status int
	// BodySHA1 is "sha1:" + base32 of the SHA-1 of the body bytes exactly as
	// written (after any Content-Encoding, without chunk framing): the form
	// of WARC-Payload-Digest.
	BodySHA1 string
	BodyLen  int64
	// Header is the request's header.
	Header http.Header
}

// wire wraps a ResponseWriter, hashing and counting the body bytes.
type wire struct {
	http.ResponseWriter
	h      hash.Hash
	n      int64
	status int
}

func newWire(w http.ResponseWriter) *wire {
	return &wire{ResponseWriter: w, h: sha1.New(), status: http.StatusOK}
}

func (w *wire) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *wire) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.h.Write(b[:n])
	w.n += int64(n)
	return n, err
}

func (w *wire) flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Digest is the WARC-style "sha1:BASE32" digest of b.
func Digest(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

type requestLog struct {
	mu   sync.Mutex
	reqs []Request
}

func (l *requestLog) add(r *http.Request, w *wire, family string) {
	req := Request{Time: time.Now(), Family: family, Host: r.Host, Method: r.Method, Path: r.URL.RequestURI(),
		Status: w.status, BodySHA1: "sha1:" + base32.StdEncoding.EncodeToString(w.h.Sum(nil)), BodyLen: w.n, Header: r.Header.Clone()}
	l.mu.Lock()
	l.reqs = append(l.reqs, req)
	l.mu.Unlock()
}

func (l *requestLog) all() []Request {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Request(nil), l.reqs...)
}

// write sends a response: ETag and conditional GET, gzip on the Liferay
// portal when the client accepts it, two flushes (chunked) on the ward portal.
func (s *site) write(w *wire, r *http.Request, resp *response) {
	h := w.Header()
	for k, vs := range resp.header {
		h[k] = vs
	}
	h.Set("Content-Type", resp.ctype)
	h.Set("Server", "Apache-Coyote/1.1")
	if s.family == famLiferay {
		h.Set("Liferay-Portal", "Liferay Portal Community Edition 6.2 CE GA2 (Newton / Build 6201 / March 20, 2014)")
	}
	if resp.stream != nil {
		w.WriteHeader(resp.status)
		if r.Method != http.MethodHead {
			resp.stream(w)
		}
		return
	}
	body := resp.body
	if resp.status == http.StatusOK {
		etag := `"` + Digest(body)[5:17] + `"`
		h.Set("ETag", etag)
		if !resp.modTime.IsZero() {
			h.Set("Last-Modified", resp.modTime.UTC().Format(http.TimeFormat))
		}
		if r.Header.Get("If-None-Match") == etag || notModifiedSince(r, resp.modTime) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	gz := s.family == famLiferay && strings.HasPrefix(resp.ctype, "text/html") && acceptsGzip(r)
	if gz {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		zw.Write(body)
		zw.Close()
		body = buf.Bytes()
		h.Set("Content-Encoding", "gzip")
		h.Add("Vary", "Accept-Encoding")
	}
	if !resp.chunked {
		h.Set("Content-Length", fmt.Sprint(len(body)))
	}
	w.WriteHeader(resp.status)
	if r.Method == http.MethodHead {
		return
	}
	if resp.chunked && len(body) > 1 {
		half := len(body) / 2
		w.Write(body[:half])
		w.flush()
		w.Write(body[half:])
		return
	}
	w.Write(body)
}

func notModifiedSince(r *http.Request, mod time.Time) bool {
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" || mod.IsZero() {
		return false
	}
	t, err := http.ParseTime(ims)
	return err == nil && !mod.Truncate(time.Second).After(t)
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		f := strings.TrimSpace(strings.SplitN(part, ";", 2)[0])
		if f == "gzip" && !strings.Contains(part, "q=0") || f == "*" {
			return true
		}
	}
	return false
}

// Server is the pair of running portals. Its methods are safe for
// concurrent use.
type Server struct {
	// LiferayURL and WardURL are the root URLs, e.g. "http://127.0.0.1:40123/".
	LiferayURL string
	WardURL    string
	// LiferayAltURL is the Liferay portal under its second host name,
	// "http://localhost:PORT/": the same server, another Host.
	LiferayAltURL string

	p       *Portal
	log     *requestLog
	servers []*http.Server
}

// Start serves the Liferay district portal and the ward portal on
// 127.0.0.1 (ports from Config.LiferayAddr/WardAddr, random by default).
// Call Close when done.
func (p *Portal) Start() (*Server, error) {
	s := &Server{p: p, log: &requestLog{}}
	var urls []string
	for _, fam := range []struct {
		f    int
		addr string
	}{{famLiferay, p.cfg.LiferayAddr}, {famWard, p.cfg.WardAddr}} {
		ln, err := net.Listen("tcp", fam.addr)
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("simportal: listen %s: %w", fam.addr, err)
		}
		st := &site{p: p, family: fam.f, log: s.log, once: map[string]bool{}}
		srv := &http.Server{Handler: st, ReadHeaderTimeout: 10 * time.Second}
		s.servers = append(s.servers, srv)
		go srv.Serve(ln)
		urls = append(urls, "http://"+ln.Addr().String()+"/")
	}
	s.LiferayURL, s.WardURL = urls[0], urls[1]
	_, port, _ := net.SplitHostPort(strings.TrimSuffix(strings.TrimPrefix(s.LiferayURL, "http://"), "/"))
	s.LiferayAltURL = "http://localhost:" + port + "/"
	p.setBases(s.LiferayURL, s.WardURL)
	return s, nil
}

// Close stops both portals at once, dropping open connections.
func (s *Server) Close() error {
	var errs []error
	for _, srv := range s.servers {
		if err := srv.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Shutdown stops both portals gracefully.
func (s *Server) Shutdown(ctx context.Context) error {
	var errs []error
	for _, srv := range s.servers {
		if err := srv.Shutdown(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Requests returns every request answered so far, in order of completion.
func (s *Server) Requests() []Request { return s.log.all() }

// Roots are the URLs to start a crawl from: both portals' home pages.
func (s *Server) Roots() []string { return []string{s.LiferayURL, s.WardURL} }

// Aliases maps every second host name to its primary host
// ("localhost:PORT" → "127.0.0.1:PORT"), for canonicalisation.
func (s *Server) Aliases() map[string]string {
	alt := strings.TrimSuffix(strings.TrimPrefix(s.LiferayAltURL, "http://"), "/")
	prim := strings.TrimSuffix(strings.TrimPrefix(s.LiferayURL, "http://"), "/")
	return map[string]string{alt: prim}
}

// Truth returns the ground truth of every article with URLs on this
// server's hosts.
func (s *Server) Truth() []Truth {
	var out []Truth
	for i := 0; i < s.p.Len(); i++ {
		out = append(out, s.p.TruthAt(i, s.LiferayURL, s.WardURL))
	}
	return out
}
