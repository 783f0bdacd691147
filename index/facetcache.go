package index

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// defaultFacetCacheSize is the number of facet blocks kept when
// Options.FacetCacheSize is zero.
const defaultFacetCacheSize = 64

// facetCache keeps the facet counts of recent requests, keyed by their query
// and filters (facets depend on neither the sort nor the page) and valid for
// one state of the index: every write bumps changes, and an entry made at
// another count is never returned. Paging through a result and reloading
// the landing page then count facets once.
type facetCache struct {
	size    int           // entries kept; 0 disables the cache
	changes atomic.Uint64 // bumped after every write to the index

	mu      sync.Mutex
	entries map[string]facetEntry
}

type facetEntry struct {
	changes uint64
	facets  map[string][]FacetValue
}

func newFacetCache(size int) *facetCache {
	switch {
	case size == 0:
		size = defaultFacetCacheSize
	case size < 0:
		size = 0
	}
	return &facetCache{size: size, entries: map[string]facetEntry{}}
}

// key identifies the hit set of r: its query and filters, printed with
// their types.
func (c *facetCache) key(r Request) string {
	return fmt.Sprintf("%#v|%#v", r.Query, r.Filters)
}

// get returns a copy of the facets cached for key at index state changes.
func (c *facetCache) get(key string, changes uint64) (map[string][]FacetValue, bool) {
	if c.size == 0 {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || e.changes != changes {
		return nil, false
	}
	return copyFacets(e.facets), true
}

// put keeps a copy of facets for key at index state changes, dropping
// entries of other states first, then everything when full.
func (c *facetCache) put(key string, changes uint64, facets map[string][]FacetValue) {
	if c.size == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= c.size {
		for k, e := range c.entries {
			if e.changes != changes {
				delete(c.entries, k)
			}
		}
		if len(c.entries) >= c.size {
			clear(c.entries)
		}
	}
	c.entries[key] = facetEntry{changes: changes, facets: copyFacets(facets)}
}

// changed invalidates every entry: the index was written.
func (c *facetCache) changed() { c.changes.Add(1) }

func copyFacets(in map[string][]FacetValue) map[string][]FacetValue {
	out := make(map[string][]FacetValue, len(in))
	for k, vs := range in {
		out[k] = append([]FacetValue{}, vs...)
	}
	return out
}
