package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/vnarchive/vnarchive/crawler/archive"
)

// maxRetryAfter caps how long a Retry-After may pause a portal.
const maxRetryAfter = 10 * time.Minute

// attempt is one request and what came back.
type attempt struct {
	status   int
	header   http.Header
	body     []byte // content-decoded (gzip removed), charset kept
	raw      int64  // bytes received
	loc      archive.Location
	err      error // network error, nil when a response arrived
	tooLarge bool
}

// fetchResult is the outcome of a fetch with its retries.
type fetchResult struct {
	final    attempt // the last attempt
	tries    int
	captures []archive.Location
	replayed bool
}

// fetcher performs polite, archived, retried GET requests.
type fetcher struct {
	c     *Crawler
	wire  *http.Transport
	sched *Scheduler
}

// get fetches u for portal p: it waits for the portal's politeness slot,
// sends the request, archives every response (error answers included), and
// retries timeouts, resets, 429 and 5xx with exponential backoff and jitter
// (Retry-After pauses the whole portal, capped at 10 minutes).
func (f *fetcher) get(ctx context.Context, p *portal, u string) (fetchResult, error) {
	var res fetchResult
	opts := &f.c.opts
	for try := 1; ; try++ {
		res.tries = try
		a, err := f.once(ctx, p, u)
		if err != nil {
			return res, err // the archive failed, or ctx ended: stop the crawl
		}
		res.final = a
		if a.err == nil {
			res.captures = append(res.captures, a.loc)
		}
		wait, retry := f.retryable(p, a, try)
		if !retry || try > opts.Retries {
			return res, nil
		}
		f.c.count(func(s *Summary) { s.Retries++ })
		f.c.log.Debug("retry", "url", u, "status", a.status, "err", a.err, "try", try, "wait", wait)
		if wait > 0 {
			select {
			case <-ctx.Done():
				return res, ctx.Err()
			case <-f.c.clock.After(wait):
			}
		}
	}
}

// retryable says whether an attempt is worth another and how long to back
// off first; a Retry-After pauses the portal in the scheduler instead.
func (f *fetcher) retryable(p *portal, a attempt, try int) (time.Duration, bool) {
	switch {
	case a.err != nil:
		if !transient(a.err) {
			return 0, false
		}
	case a.status == http.StatusTooManyRequests || a.status >= 500:
		if ra, ok := retryAfter(a.header.Get("Retry-After"), f.c.clock.Now()); ok {
			f.sched.Pause(p.host, f.c.clock.Now().Add(ra))
			return 0, true
		}
	default:
		return 0, false
	}
	base := f.c.opts.RetryBackoff << (try - 1)
	if base > time.Minute || base <= 0 {
		base = time.Minute
	}
	jitter := time.Duration(rand.Int64N(int64(base)/2 + 1))
	return base + jitter, true
}

// transient reports errors worth retrying: timeouts, resets, refused or
// dropped connections. Certificate errors are not.
func transient(err error) bool {
	if isCertError(err) {
		return false
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) || errors.Is(err, context.DeadlineExceeded) ||
		strings.Contains(err.Error(), "connection reset") || strings.Contains(err.Error(), "server closed")
}

// isCertError reports a TLS certificate that did not verify.
func isCertError(err error) bool {
	var cert *tls.CertificateVerificationError
	var unk x509.UnknownAuthorityError
	var host x509.HostnameError
	var inv x509.CertificateInvalidError
	return errors.As(err, &cert) || errors.As(err, &unk) || errors.As(err, &host) || errors.As(err, &inv)
}

// retryAfter parses a Retry-After value (seconds or an HTTP date), capped.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	var d time.Duration
	if n, err := strconv.Atoi(v); err == nil {
		if n > int(maxRetryAfter/time.Second) {
			n = int(maxRetryAfter / time.Second)
		}
		d = time.Duration(n) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	} else {
		return 0, false
	}
	if d < 0 {
		d = 0
	}
	if d > maxRetryAfter {
		d = maxRetryAfter
	}
	return d, true
}

// once sends one request under the portal's politeness and archives the
// response. Network failures come back in attempt.err; the error result is
// for failures that must stop the crawl (archive, ctx).
func (f *fetcher) once(ctx context.Context, p *portal, u string) (attempt, error) {
	opts := &f.c.opts
	release, err := f.sched.Acquire(ctx, p.host)
	if err != nil {
		return attempt{}, err
	}
	rec := &recorder{limit: int(opts.MaxBody) + 1<<20}
	rctx, cancel := context.WithTimeout(context.WithValue(ctx, recorderKey{}, rec), opts.Timeout)
	a, fetched := f.roundTrip(rctx, u, rec)
	cancel()
	release()
	if err := ctx.Err(); err != nil {
		return attempt{}, err
	}
	f.c.count(func(s *Summary) { s.Requests++ })
	if a.err != nil {
		f.c.log.Info("fetch failed", "url", u, "err", a.err)
		return a, nil
	}
	f.c.hook(ctx, AfterResponse, archive.Location{})
	reqRaw, respRaw, remote := rec.bytes()
	if a.tooLarge {
		// The reader may have buffered past the cap: keep the head and
		// exactly MaxBody bytes of the body.
		if i := bytes.Index(respRaw, []byte("\r\n\r\n")); i >= 0 && int64(len(respRaw)) > int64(i+4)+opts.MaxBody {
			respRaw = respRaw[:int64(i+4)+opts.MaxBody]
		}
	}
	meta := map[string]string{"via-crawler": f.c.opts.UserAgent}
	if a.tooLarge {
		meta["truncated"] = "length"
	}
	loc, err := f.c.arch.Write(ctx, archive.Exchange{URL: u, Method: http.MethodGet, RequestRaw: reqRaw, ResponseRaw: respRaw,
		RemoteAddr: remote, Fetched: fetched, Meta: meta})
	if err != nil {
		return attempt{}, fmt.Errorf("archive %s: %w", u, err)
	}
	a.loc = loc
	f.c.hook(ctx, AfterWARC, loc)
	f.c.count(func(s *Summary) { s.Bytes += a.raw })
	f.c.log.Info("fetched", "url", u, "status", a.status, "bytes", a.raw, "warc", loc.File, "offset", loc.Offset)
	return a, nil
}

// roundTrip sends the GET and reads the body up to the size cap.
func (f *fetcher) roundTrip(ctx context.Context, u string, rec *recorder) (attempt, time.Time) {
	opts := &f.c.opts
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return attempt{err: err}, time.Time{}
	}
	req.Header.Set("User-Agent", opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
	req.Header.Set("Accept-Language", "vi,en;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := f.wire.RoundTrip(req)
	if err != nil {
		if isCertError(err) {
			err = fmt.Errorf("%w (use --insecure to accept it)", err)
		}
		return attempt{err: err}, time.Time{}
	}
	defer resp.Body.Close()
	fetched := f.c.clock.Now()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, opts.MaxBody+1))
	a := attempt{status: resp.StatusCode, header: resp.Header, raw: int64(len(raw))}
	if err != nil {
		return attempt{err: fmt.Errorf("read body: %w", err)}, fetched
	}
	if int64(len(raw)) > opts.MaxBody {
		raw, a.tooLarge, a.raw = raw[:opts.MaxBody], true, opts.MaxBody
	}
	a.body = raw
	if ce := strings.ToLower(resp.Header.Get("Content-Encoding")); ce == "gzip" || ce == "x-gzip" {
		if zr, err := gzip.NewReader(bytes.NewReader(raw)); err == nil {
			dec, derr := io.ReadAll(io.LimitReader(zr, 4*opts.MaxBody))
			if derr == nil || a.tooLarge || errors.Is(derr, io.ErrUnexpectedEOF) {
				a.body = dec
			}
		}
	}
	return a, fetched
}
