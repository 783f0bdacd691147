package simportal

import "time"

// Config sets up a simulated portal. The zero value is usable: Seed 1,
// 60 articles, no Crawl-delay, no faults.
type Config struct {
	// Seed makes the portal deterministic: one seed, one set of bytes.
	// Zero means 1.
	Seed int64
	// Articles is the number of articles over both portals, 10..100000.
	// Zero means 60; values outside the range are clamped.
	Articles int
	// CrawlDelay is written as "Crawl-delay: N" (seconds, a decimal when
	// not whole: 50ms gives "0.05") into both robots.txt files when
	// positive; zero writes no Crawl-delay line.
	CrawlDelay time.Duration
	// LiferayAddr and WardAddr are the listen addresses used by Start;
	// empty means "127.0.0.1:0" (a random free port).
	LiferayAddr string
	WardAddr    string
	// Faults turns on the fault injections; all off by default.
	Faults Faults
}

// Faults are fault injections for crawler tests. The zero value injects
// nothing, so normal tests stay fast.
type Faults struct {
	// TooManyRequests answers 429 with "Retry-After: RetryAfterSeconds" to
	// the first request of every list page (per path and query).
	TooManyRequests bool
	// Unavailable answers 503 (with Retry-After) once to the first request
	// of every article page.
	Unavailable bool
	// RetryAfterSeconds is the Retry-After value of the 429 and 503 answers;
	// zero means 1.
	RetryAfterSeconds int
	// SlowDelay delays every page of /cham/ by this long (a slow server);
	// zero serves them at once. /cham/ pages are linked from the home pages
	// only when SlowDelay > 0.
	SlowDelay time.Duration
	// RedirectLoop makes /vong-lap/a and /vong-lap/b redirect to each other
	// forever, and links them from the home pages.
	RedirectLoop bool
	// HugeBody makes /tai-lieu-lon serve an HTML page of HugeBodyBytes bytes
	// (zero means 32 MiB) and links it from the home pages.
	HugeBody      bool
	HugeBodyBytes int
}

const (
	defaultSeed     = 1
	defaultArticles = 60
	minArticles     = 10
	maxArticles     = 100000
)

func (c Config) withDefaults() Config {
	if c.Seed == 0 {
		c.Seed = defaultSeed
	}
	if c.Articles == 0 {
		c.Articles = defaultArticles
	}
	if c.Articles < minArticles {
		c.Articles = minArticles
	}
	if c.Articles > maxArticles {
		c.Articles = maxArticles
	}
	if c.Faults.RetryAfterSeconds <= 0 {
		c.Faults.RetryAfterSeconds = 1
	}
	if c.Faults.HugeBodyBytes <= 0 {
		c.Faults.HugeBodyBytes = 32 << 20
	}
	if c.LiferayAddr == "" {
		c.LiferayAddr = "127.0.0.1:0"
	}
	if c.WardAddr == "" {
		c.WardAddr = "127.0.0.1:0"
	}
	return c
}
