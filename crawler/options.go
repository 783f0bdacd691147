package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/vnarchive/vnarchive/crawler/archive"
)

// Defaults of Options.
const (
	DefaultDelay        = time.Second
	DefaultParallel     = 1
	DefaultMaxBody      = 16 << 20
	DefaultRetries      = 3
	DefaultRetryBackoff = time.Second
	DefaultTimeout      = 60 * time.Second
	DefaultMaxBarren    = 3
	// DefaultUserAgent names the project and where to read about it.
	DefaultUserAgent = "vnarchive/0.1 (+https://github.com/vnarchive/vnarchive; research archive of Vietnamese government portals)"
	// RobotsAgent is the product token matched against robots.txt groups.
	RobotsAgent = "vnarchive"
)

// ErrBadSeed marks a seed URL that cannot be crawled (not http(s), no host).
var ErrBadSeed = errors.New("bad seed URL")

// ErrNothingToCrawl is returned by Run when no seed is given and the data
// directory holds no frontier to resume.
var ErrNothingToCrawl = errors.New("nothing to crawl: give seed URLs or a data directory with a crawl to resume")

// CrashPoint names a moment of a fetch at which Options.Hook is called; the
// kill tests use it to kill the process there.
type CrashPoint string

// The crash points.
const (
	AfterResponse CrashPoint = "after-response" // a response arrived, not yet archived
	AfterWARC     CrashPoint = "after-warc"     // the response is archived (durable), the frontier not yet told
	BeforeAck     CrashPoint = "before-ack"     // the page is processed; the frontier ack is next
)

// Page is one archived page handed to the Sink.
type Page struct {
	// URL is the canonical URL fetched; CanonicalURL is the page's own
	// rel=canonical when it names a page of the portal, else URL.
	URL, CanonicalURL string
	// Status is the HTTP status code.
	Status int
	// Header holds the response headers as received (Content-Type tells the
	// charset of Body).
	Header http.Header
	// Body is the payload with Content-Encoding (gzip) removed; the charset
	// is the server's (windows-1258 stays windows-1258).
	Body []byte
	// Location is where the response record lies in the archive.
	Location archive.Location
	// IsArticle is true when the URL (site profile) or the page (extractor's
	// article markers) marks an article.
	IsArticle bool
}

// Sink receives every archived HTML page with status 200, once per page
// (duplicates found through rel=canonical are not passed on). A crawl killed
// between the sink and the frontier ack passes the page again on resume, so
// a sink must be idempotent. An error is recorded as the page's failure; the
// crawl goes on.
type Sink func(ctx context.Context, p Page) error

// Options configure a Crawler. The zero value, with Dir set, crawls politely:
// 1 s between requests to a portal, one at a time, robots.txt obeyed.
type Options struct {
	// Dir is the data directory: the crawl state lives in Dir/crawl/state.db,
	// the WARC files and their CDXJ index in Dir/archive.
	Dir string
	// Delay is the least time between two requests to one portal (the larger
	// of it and robots.txt's Crawl-delay is used). Zero means DefaultDelay; a
	// negative value means no delay at all.
	Delay time.Duration
	// Parallel is the number of requests in flight per portal; 0 means 1.
	Parallel int
	// MaxPages stops the crawl after this many pages claimed in this run
	// (0: no limit); the rest stays queued for the next run.
	MaxPages int
	// Insecure accepts expired, self-signed or mismatched TLS certificates.
	Insecure bool
	// UserAgent is sent with every request; "" means DefaultUserAgent.
	UserAgent string
	// MaxBody caps the bytes read of one response body; 0 means DefaultMaxBody.
	MaxBody int64
	// Retries is how many times a timeout, reset, 429 or 5xx is retried;
	// 0 means DefaultRetries, negative means none.
	Retries int
	// RetryBackoff is the first backoff; it doubles per try (plus jitter).
	// 0 means DefaultRetryBackoff.
	RetryBackoff time.Duration
	// Timeout bounds one request (connect to last body byte); 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxBarren is the trap guard: links other than articles are not
	// followed from a page more than this many hops below the last page that
	// linked to articles other than its parent's (endless calendars,
	// pagination past the end). 0 means DefaultMaxBarren.
	MaxBarren int
	// IgnoreRobots skips robots.txt: for one's own servers only.
	IgnoreRobots bool
	// Logger receives structured lines (component=crawler); nil logs nothing.
	Logger *slog.Logger
	// Progress, when set, receives a live progress line ("\r…") every
	// ProgressEvery (0 means 1 s) and a final newline.
	Progress      io.Writer
	ProgressEvery time.Duration
	// Sink receives archived pages; nil drops them.
	Sink Sink
	// Clock drives politeness and backoff; nil means the real clock.
	Clock Clock
	// Resolver resolves host names to group a portal's names; nil means the
	// system resolver.
	Resolver Resolver
	// Hook, when set, is called at each CrashPoint (fault-injection tests);
	// loc is the response record just written at AfterWARC, else zero.
	Hook func(p CrashPoint, loc archive.Location)
}

func (o Options) withDefaults() (Options, error) {
	if o.Dir == "" {
		return o, fmt.Errorf("crawler: Options.Dir is required")
	}
	switch {
	case o.Delay == 0:
		o.Delay = DefaultDelay
	case o.Delay < 0:
		o.Delay = 0
	}
	if o.Parallel <= 0 {
		o.Parallel = DefaultParallel
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	switch {
	case o.Retries == 0:
		o.Retries = DefaultRetries
	case o.Retries < 0:
		o.Retries = 0
	}
	if o.RetryBackoff <= 0 {
		o.RetryBackoff = DefaultRetryBackoff
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBarren <= 0 {
		o.MaxBarren = DefaultMaxBarren
	}
	if o.ProgressEvery <= 0 {
		o.ProgressEvery = time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Clock == nil {
		o.Clock = realClock{}
	}
	return o, nil
}

// Failure is a URL given up, with why.
type Failure struct {
	URL    string `json:"url"`
	Status int    `json:"status,omitempty"`
	Reason string `json:"reason"`
}

// Summary tells what a Run did. Counts are for this run unless said
// otherwise.
type Summary struct {
	// Pages is the number of frontier items finished (fetched, replayed from
	// the archive, failed or blocked).
	Pages int `json:"pages"`
	// Requests is the number of HTTP requests sent (retries, robots.txt and
	// redirects included); Retries how many of them were retries.
	Requests int `json:"requests"`
	Retries  int `json:"retries"`
	// Articles is the number of article pages archived.
	Articles int `json:"articles"`
	// Duplicates is the number of pages found (rel=canonical) to repeat a
	// page already archived.
	Duplicates int `json:"duplicates"`
	// Replayed is the number of pages found already archived by an earlier,
	// interrupted run and taken from the archive instead of fetched again.
	Replayed int `json:"replayed"`
	// Blocked is the number of URLs robots.txt disallowed.
	Blocked int `json:"blocked"`
	// Robots is the number of robots.txt fetches.
	Robots int `json:"robots"`
	// Failed counts failures of this run; Failures lists every failure the
	// crawl state holds (earlier runs included).
	Failed   int       `json:"failed"`
	Failures []Failure `json:"failures"`
	// Bytes is the number of response body bytes received.
	Bytes int64 `json:"bytes"`
	// Queued is what is left in the frontier (MaxPages reached, or stopped).
	Queued int `json:"queued"`
	// TotalArticles is the number of distinct articles in the crawl state.
	TotalArticles int `json:"total_articles"`
	// TotalDone is the number of pages done in the crawl state.
	TotalDone int `json:"total_done"`
	// Duration is the wall time of the run.
	Duration time.Duration `json:"duration"`
}
