package officials

import (
	"strings"
	"sync"
)

// The shape of a word (its key, capitals, digits, and the phrase sets that
// can start with it) depends on the word alone, and most words of a text
// were met in earlier texts: the shapes are kept in a cache shared by all
// calls, so that a word is shaped once (vn.Key above all) rather than at
// every mention.

const (
	maxShapes       = 1 << 16 // words the cache holds at most
	maxShapeWordLen = 48      // longer words are shaped every time
)

// shapeCache maps a word to its token (text, key and shape; no position).
type shapeCache struct {
	mu sync.RWMutex
	m  map[string]token
}

var theShapes = &shapeCache{m: map[string]token{}}

// shapeReader reads the cache for one tokenization: it holds the read lock
// from reader to close and collects the words shaped meanwhile, added to
// the cache at close.
type shapeReader struct {
	c    *shapeCache
	l    *lexicon
	miss map[string]token
}

func (c *shapeCache) reader(l *lexicon) shapeReader {
	c.mu.RLock()
	return shapeReader{c: c, l: l}
}

// close releases the read lock and stores the words shaped.
func (r *shapeReader) close() {
	r.c.mu.RUnlock()
	if len(r.miss) == 0 {
		return
	}
	r.c.mu.Lock()
	for w, t := range r.miss {
		if len(r.c.m) >= maxShapes {
			break
		}
		r.c.m[w] = t
	}
	r.c.mu.Unlock()
}

// shape is wordShape(w) with the phrase-start bits set.
func (r *shapeReader) shape(w string) token {
	if t, ok := r.c.m[w]; ok {
		return t
	}
	if t, ok := r.miss[w]; ok {
		return t
	}
	t := wordShape(w)
	t.starts, t.first = r.l.startInfo(t.key)
	t.startsSet = true
	if len(w) <= maxShapeWordLen {
		if r.miss == nil {
			r.miss = map[string]token{}
		}
		// copies, so that the cache keeps no text it was read from alive
		c := t
		c.text = strings.Clone(w)
		c.key = strings.Clone(t.key)
		r.miss[c.text] = c
	}
	return t
}

// wordToken is the package function wordToken through the cache; r may be
// nil (no cache).
func (r *shapeReader) wordToken(w string, start, end int, space bool) token {
	if r == nil {
		return wordToken(w, start, end, space)
	}
	t := r.shape(w)
	t.text = w
	t.start, t.end, t.space = start, end, space
	return t
}
