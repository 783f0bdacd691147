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
//
// The cache is an open-addressing table whose slots hold the word itself
// (up to slotWordLen bytes), so that a look-up reads one slot and no other
// memory; it is read under a read lock held for a whole tokenization, and
// the words shaped meanwhile are added at its end.

const (
	shapeSlots  = 1 << 14        // slots of the table (a power of two)
	maxShapes   = shapeSlots / 2 // words the table holds at most
	slotWordLen = 27             // longer words are shaped every time (a slot is then 64 bytes)
	shapeProbes = 16             // slots tried before a word counts as absent
	slotMask    = shapeSlots - 1
)

// shapeVal is the shape of a word: token without text and position, its
// tokShape that of a word token with no space before it and startsSet.
type shapeVal struct {
	key    string
	shape  tokShape
	starts uint16
	first  int32
}

// shapeSlot is one slot of the table; n == 0 marks it empty.
type shapeSlot struct {
	hash  uint32
	n     uint8
	word  [slotWordLen]byte
	shape shapeVal
}

// shapeCache is the table of word shapes.
type shapeCache struct {
	mu    sync.RWMutex
	slots []shapeSlot
	count int
}

var theShapes = &shapeCache{slots: make([]shapeSlot, shapeSlots)}

// wordHash is FNV-1a over the word's bytes.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// lookup returns the shape of w, under the read lock.
func (c *shapeCache) lookup(w string, h uint32) (shapeVal, bool) {
	if v := c.find(w, h); v != nil {
		return *v, true
	}
	return shapeVal{}, false
}

// find returns the shape of w in its slot, under the read lock (the slot
// stays as it is until the lock is let go), or nil.
func (c *shapeCache) find(w string, h uint32) *shapeVal {
	for p, i := 0, h&slotMask; p < shapeProbes; p, i = p+1, (i+1)&slotMask {
		s := &c.slots[i]
		if s.n == 0 {
			return nil
		}
		if s.hash == h && int(s.n) == len(w) && string(s.word[:s.n]) == w {
			return &s.shape
		}
	}
	return nil
}

// insert adds w, under the write lock, unless the table is full or w is
// there already.
func (c *shapeCache) insert(w string, v shapeVal) {
	if c.count >= maxShapes || len(w) > slotWordLen || len(w) == 0 {
		return
	}
	h := wordHash(w)
	for p, i := 0, h&slotMask; p < shapeProbes; p, i = p+1, (i+1)&slotMask {
		s := &c.slots[i]
		if s.n == 0 {
			s.hash, s.n, s.shape = h, uint8(len(w)), v
			copy(s.word[:], w)
			c.count++
			return
		}
		if s.hash == h && int(s.n) == len(w) && string(s.word[:s.n]) == w {
			return
		}
	}
}

// shapeReader reads the cache for one tokenization: it holds the read lock
// from reader to close and collects the words shaped meanwhile, added to
// the cache at close.
type shapeReader struct {
	c    *shapeCache
	l    *lexicon
	miss map[string]shapeVal
	// recent holds, by word hash, 1 + the index of the last word token
	// made from a word with that hash (0: none), in the token slice being
	// built: a word met again in the same text takes that token's shape.
	// Its length is a power of two, 1024 at most (shorter for a short
	// text, so that less is cleared); it only spares look-ups.
	recent []int32
	mask   uint32 // len(recent) - 1
}

// open starts a read of cache c for lexicon l, for a text of n bytes; r
// must be a zero reader. recent is kept memory for r.recent (1024 entries
// at most are used), or nil.
func (r *shapeReader) open(c *shapeCache, l *lexicon, n int, recent []int32) {
	size := 64
	for size < maxRecent && size < n/4 {
		size *= 2
	}
	if cap(recent) < size {
		recent = make([]int32, size)
	}
	r.recent, r.mask = recent[:size], uint32(size-1)
	clear(r.recent)
	c.mu.RLock()
	r.c, r.l = c, l
}

// maxRecent is the longest shapeReader.recent.
const maxRecent = 1024

// close releases the read lock and stores the words shaped.
func (r *shapeReader) close() {
	r.c.mu.RUnlock()
	if len(r.miss) == 0 {
		return
	}
	r.c.mu.Lock()
	for w, v := range r.miss {
		r.c.insert(w, v)
	}
	r.c.mu.Unlock()
}

// shape is wordShape(w) as a shapeVal, with the phrase-start bits set.
func (r *shapeReader) shape(w string, h uint32) shapeVal {
	if len(w) <= slotWordLen {
		if v, ok := r.c.lookup(w, h); ok {
			return v
		}
	}
	return r.shapeMissed(w)
}

// shapeMissed is shape for a word not in the shared table.
func (r *shapeReader) shapeMissed(w string) shapeVal {
	cacheable := len(w) <= slotWordLen
	if cacheable {
		if v, ok := r.miss[w]; ok {
			return v
		}
	}
	t := wordShape(w)
	v := shapeVal{key: t.key, shape: t.tokShape}
	v.shape.space = false
	v.starts, v.first = r.l.startInfo(t.key)
	v.shape.startsSet, v.shape.lex = true, r.l.lexBits(t.key)
	if cacheable {
		if r.miss == nil {
			r.miss = map[string]shapeVal{}
		}
		// a copy of the key, so that the cache keeps no text it was read
		// from alive (the word is copied into its slot)
		c := v
		c.key = strings.Clone(v.key)
		r.miss[strings.Clone(w)] = c
	}
	return v
}

// appendWord appends the token of word w, shaped through the cache (r may
// be nil: no cache); toks are the tokens made so far from the same text.
func (r *shapeReader) appendWord(toks []token, w string, start, end int, space bool) []token {
	return r.appendWordHash(toks, w, wordHash(w), start, end, space)
}

// appendWordHash is appendWord with h = wordHash(w).
func (r *shapeReader) appendWordHash(toks []token, w string, h uint32, start, end int, space bool) []token {
	if r == nil {
		return append(toks, wordToken(w, start, end, space))
	}
	toks = append(toks, token{})
	r.fillWord(&toks[len(toks)-1], w, h, start, end, space, toks[:len(toks)-1])
	return toks
}

// fillWord sets *t to the token of word w, whose wordHash is h; toks are
// the tokens made before it from the same text.
func (r *shapeReader) fillWord(t *token, w string, h uint32, start, end int, space bool, toks []token) {
	if k := r.recent[h&r.mask]; k > 0 && int(k) <= len(toks) {
		if p := &toks[k-1]; p.kind == kWord && p.startsSet && p.text == w {
			*t = *p
			t.start, t.end, t.space = start, end, space
			r.recent[h&r.mask] = int32(len(toks) + 1)
			return
		}
	}
	r.recent[h&r.mask] = int32(len(toks) + 1)
	r.fillShape(t, w, h, start, end, space)
}

// fillShape sets *t to the token of word w, whose wordHash is h, shaped
// through the shared table.
func (r *shapeReader) fillShape(t *token, w string, h uint32, start, end int, space bool) {
	var v *shapeVal
	if len(w) <= slotWordLen {
		v = r.c.find(w, h) // (shape's first look-up, read in place)
	}
	if v == nil {
		sv := r.shapeMissed(w)
		v = &sv
	}
	// (field by field: a composite literal is built aside and copied;
	// the flags, 9 bytes, are copied whole)
	t.text, t.key = w, v.key
	t.start, t.end = start, end
	t.tokShape = v.shape
	t.space = space
	t.starts, t.first = v.starts, v.first
}
