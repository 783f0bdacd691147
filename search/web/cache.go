package web

import (
	"context"
	"sync"
	"time"
)

// listCache keeps the officials and documents lists: they aggregate the
// whole index (seconds at 20,000 articles), while a researcher browsing them
// asks for the same list again and again. A list older than the TTL is
// served as it is while a fresh one is computed in the background, so lists
// lag a crawl by at most the TTL plus one computation. One computation per key
// runs at a time, detached from the request that started it, so a request
// that gives up still leaves the list for the next one. Search results are
// never cached. Safe for concurrent use.
type listCache[T any] struct {
	ttl     time.Duration
	timeout time.Duration
	mu      sync.Mutex
	entries map[string]*listEntry[T]
}

type listEntry[T any] struct {
	done       chan struct{}
	at         time.Time
	val        T
	err        error
	refreshing bool // guarded by listCache.mu
}

const maxListKeys = 256

func newListCache[T any](ttl, timeout time.Duration) *listCache[T] {
	return &listCache[T]{ttl: ttl, timeout: timeout, entries: map[string]*listEntry[T]{}}
}

// get returns the value of key: computed when absent or failed, served at
// once (and refreshed in the background) when older than the TTL. A TTL ≤ 0
// computes every time.
func (c *listCache[T]) get(ctx context.Context, key string, compute func(context.Context) (T, error)) (T, error) {
	if c.ttl <= 0 {
		return compute(ctx)
	}
	c.mu.Lock()
	e := c.entries[key]
	if e != nil && isDone(e.done) {
		if e.err == nil {
			if time.Since(e.at) > c.ttl && !e.refreshing {
				e.refreshing = true
				c.start(ctx, key, compute, e)
			}
			c.mu.Unlock()
			return e.val, nil
		}
		e = nil // failed: compute again
	}
	if e == nil {
		if len(c.entries) >= maxListKeys {
			c.evictDone()
		}
		e = c.start(ctx, key, compute, nil)
	}
	c.mu.Unlock()
	select {
	case <-e.done:
		return e.val, e.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// start computes key in the background; c.mu is held. Without stale, the new
// entry is stored at once (callers wait for it); with stale, it replaces
// stale when it succeeds.
func (c *listCache[T]) start(ctx context.Context, key string, compute func(context.Context) (T, error), stale *listEntry[T]) *listEntry[T] {
	e := &listEntry[T]{done: make(chan struct{})}
	if stale == nil {
		c.entries[key] = e
	}
	go func() {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.timeout)
		defer cancel()
		v, err := compute(cctx)
		e.val, e.err, e.at = v, err, time.Now()
		close(e.done)
		if stale != nil {
			c.mu.Lock()
			if err == nil && c.entries[key] == stale {
				c.entries[key] = e
			}
			stale.refreshing = false
			c.mu.Unlock()
		}
	}()
	return e
}

func isDone(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// evictDone drops every finished entry; c.mu is held.
func (c *listCache[T]) evictDone() {
	for k, e := range c.entries {
		if isDone(e.done) && !e.refreshing {
			delete(c.entries, k)
		}
	}
}
