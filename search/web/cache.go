package web

import (
	"context"
	"sync"
	"time"
)

// listCache keeps the officials and documents lists for a short while: they
// aggregate the whole index (seconds at 20,000 articles), while a researcher
// browsing them asks for the same list again and again. One computation per
// key runs at a time, detached from the request that started it, so a
// request that gives up still leaves the list for the next one. Search
// results are never cached. Safe for concurrent use.
type listCache[T any] struct {
	ttl     time.Duration
	timeout time.Duration
	mu      sync.Mutex
	entries map[string]*listEntry[T]
}

type listEntry[T any] struct {
	done chan struct{}
	at   time.Time
	val  T
	err  error
}

const maxListKeys = 256

func newListCache[T any](ttl, timeout time.Duration) *listCache[T] {
	return &listCache[T]{ttl: ttl, timeout: timeout, entries: map[string]*listEntry[T]{}}
}

// get returns the value of key, computing it when absent, failed or older
// than the TTL. A TTL ≤ 0 computes every time.
func (c *listCache[T]) get(ctx context.Context, key string, compute func(context.Context) (T, error)) (T, error) {
	if c.ttl <= 0 {
		return compute(ctx)
	}
	c.mu.Lock()
	e := c.entries[key]
	if e != nil {
		select {
		case <-e.done:
			if e.err != nil || time.Since(e.at) > c.ttl {
				e = nil
			}
		default: // being computed: wait for it
		}
	}
	if e == nil {
		if len(c.entries) >= maxListKeys {
			c.evictDone()
		}
		e = &listEntry[T]{done: make(chan struct{})}
		c.entries[key] = e
		go func() {
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.timeout)
			defer cancel()
			v, err := compute(cctx)
			e.val, e.err, e.at = v, err, time.Now()
			close(e.done)
		}()
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

// evictDone drops every finished entry; c.mu is held.
func (c *listCache[T]) evictDone() {
	for k, e := range c.entries {
		select {
		case <-e.done:
			delete(c.entries, k)
		default:
		}
	}
}
