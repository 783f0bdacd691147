package crawler

import (
	"context"
	"sync"
	"time"
)

// Clock is the time source of politeness and backoff. The zero Options use
// the real clock; tests may inject a fake one.
type Clock interface {
	Now() time.Time
	// After is time.After on this clock.
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Scheduler enforces politeness per server: at most Parallel requests in
// flight, and a request starts no sooner than Delay after the previous one to
// the same server started and after the previous one ended; a server paused
// by Retry-After gets no request before the pause ends. A server is a string
// key chosen by the caller (one per portal, whatever its host names). The
// zero value is not usable; use NewScheduler. It is safe for concurrent use.
type Scheduler struct {
	clock    Clock
	delay    time.Duration
	parallel int

	mu      sync.Mutex
	servers map[string]*server
}

type server struct {
	delay    time.Duration // the larger of the default and the robots.txt Crawl-delay
	inflight int
	next     time.Time // earliest start of the next request
	last     time.Time // start or end of the latest request, whichever is later
	paused   time.Time // no request before this (Retry-After)
	changed  chan struct{}
}

// NewScheduler returns a Scheduler with a default delay and parallelism per
// server (parallel < 1 means 1).
func NewScheduler(clock Clock, delay time.Duration, parallel int) *Scheduler {
	if clock == nil {
		clock = realClock{}
	}
	if parallel < 1 {
		parallel = 1
	}
	return &Scheduler{clock: clock, delay: delay, parallel: parallel, servers: map[string]*server{}}
}

func (s *Scheduler) get(key string) *server {
	sv := s.servers[key]
	if sv == nil {
		sv = &server{delay: s.delay, changed: make(chan struct{})}
		s.servers[key] = sv
	}
	return sv
}

// broadcast wakes every waiter of sv (s.mu held).
func (sv *server) broadcast() {
	close(sv.changed)
	sv.changed = make(chan struct{})
}

// SetCrawlDelay raises the delay of a server to d when d is larger than the
// configured delay (the larger of Crawl-delay and --delay wins).
func (s *Scheduler) SetCrawlDelay(key string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sv := s.get(key)
	if d > sv.delay {
		sv.delay = d
		// The request that brought the Crawl-delay (robots.txt) counts.
		if n := sv.last.Add(d); n.After(sv.next) {
			sv.next = n
		}
		sv.broadcast()
	}
}

// Delay returns the delay in force for a server.
func (s *Scheduler) Delay(key string) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.get(key).delay
}

// Pause holds every request to a server until the given time (Retry-After).
func (s *Scheduler) Pause(key string, until time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sv := s.get(key)
	if until.After(sv.paused) {
		sv.paused = until
		sv.broadcast()
	}
}

// Acquire waits until a request to the server may start and returns the
// function that must be called when its response has been read. It returns
// ctx.Err() if ctx ends first.
func (s *Scheduler) Acquire(ctx context.Context, key string) (release func(), err error) {
	for {
		s.mu.Lock()
		sv := s.get(key)
		now := s.clock.Now()
		ready := sv.next
		if sv.paused.After(ready) {
			ready = sv.paused
		}
		if sv.inflight < s.parallel && !now.Before(ready) {
			sv.inflight++
			sv.next = now.Add(sv.delay)
			sv.last = now
			s.mu.Unlock()
			var once sync.Once
			return func() { once.Do(func() { s.release(key) }) }, nil
		}
		changed := sv.changed
		var timer <-chan time.Time
		if sv.inflight < s.parallel {
			timer = s.clock.After(ready.Sub(now))
		}
		s.mu.Unlock()
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-changed:
		case <-timer:
		}
	}
}

func (s *Scheduler) release(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sv := s.get(key)
	sv.inflight--
	now := s.clock.Now()
	sv.last = now
	if n := now.Add(sv.delay); n.After(sv.next) {
		sv.next = n
	}
	sv.broadcast()
}
