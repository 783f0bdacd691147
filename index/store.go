package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// File names inside the index directory.
const (
	lockName    = "lock"    // flock'ed by the owner; holds its pid and role
	currentName = "CURRENT" // name of the generation directory in use
	genPrefix   = "gen-"
)

// checkpointKey is the internal key under which the checkpoint is stored,
// in the same batch as the documents it accounts for.
var checkpointKey = []byte("vnarchive.checkpoint")

// formatKey is the internal key holding the index format, formatVersion:
// bumped whenever the mapping or what documents put in its fields changes,
// so that Open starts a new, empty generation for an index of an older
// format (the owner's catch-up then refills it from the archive) instead of
// searching fields laid out differently.
var formatKey = []byte("vnarchive.format")

// formatVersion 2: the title is also indexed in the body fields, so that
// one posting list per word selects title and text matches; 3: the date
// sort key (dateKey); 4: no doc values on the datetime field, which nothing
// sorts or counts by any more.
const formatVersion = "4"

// ErrLocked is the error (wrapped in *LockedError) of Open when another
// process owns the index.
var ErrLocked = errors.New("index is in use by another process")

// LockedError says which process owns the index.
type LockedError struct {
	Dir   string
	Owner string // "pid 1234 serve", as the owner wrote it; may be ""
}

func (e *LockedError) Error() string {
	who := e.Owner
	if who == "" {
		who = "unknown process"
	}
	return fmt.Sprintf("index %s is in use by another vnarchive process (%s): stop it, or while `vnarchive serve` runs use its web page and /api/", e.Dir, who)
}

// Unwrap makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Unwrap() error { return ErrLocked }

// ErrNotFound is returned when an article is not in the index.
var ErrNotFound = errors.New("article not found")

// Options configure Open. The zero value is usable.
type Options struct {
	// Owner names the opening process's role ("serve", "crawl", "search")
	// in the lock file, so that others can say who holds the index.
	Owner string
	// Logger receives progress lines; nil discards them.
	Logger *slog.Logger
	// FacetCacheSize is the number of recent requests whose facet counts
	// are kept until the index next changes; 0 means 64, negative none.
	FacetCacheSize int
}

// Index is the writable search index of one data directory, owned by this
// process while it is open. It is safe for concurrent use: searches run
// while batches are applied, and a rebuild swaps the underlying index under
// running searches.
type Index struct {
	dir  string
	lock *os.File
	log  *slog.Logger

	mu  sync.RWMutex // guards idx and gen
	idx bleve.Index
	gen string

	wmu sync.Mutex // one writer at a time

	facets *facetCache
}

// Open opens (creating it when absent) the index in dir, normally
// <data>/index, and takes its lock. When another process holds it, Open
// fails at once with a *LockedError.
func Open(ctx context.Context, dir string, opts Options) (*Index, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	lock, err := lockDir(dir, opts.Owner)
	if err != nil {
		return nil, err
	}
	ix := &Index{dir: dir, lock: lock, log: log.With("component", "index"), facets: newFacetCache(opts.FacetCacheSize)}
	gen, err := readCurrent(dir)
	if err != nil {
		ix.unlock()
		return nil, err
	}
	var idx bleve.Index
	if gen == "" {
		gen, idx, err = newGeneration(dir)
		if err == nil {
			err = writeCurrent(dir, gen)
		}
	} else {
		idx, err = openGeneration(dir, gen)
		if err == nil {
			var old bool
			if old, err = olderFormat(idx); err == nil && old {
				log.Info("index format changed: starting a new index, filled again from the archive", "dir", dir)
				_ = idx.Close()
				idx = nil
				gen, idx, err = newGeneration(dir)
				if err == nil {
					err = writeCurrent(dir, gen)
				}
			}
		}
	}
	if err != nil {
		if idx != nil {
			_ = idx.Close()
		}
		ix.unlock()
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	ix.idx, ix.gen = idx, gen
	ix.removeStale()
	return ix, nil
}

// Dir is the index directory.
func (ix *Index) Dir() string { return ix.dir }

// Close closes the index and releases its lock.
func (ix *Index) Close() error {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.idx == nil {
		return nil
	}
	err := ix.idx.Close()
	ix.idx = nil
	ix.unlock()
	if err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	return nil
}

func (ix *Index) unlock() {
	if ix.lock != nil {
		_ = unlockFile(ix.lock)
		_ = ix.lock.Close()
		ix.lock = nil
	}
}

// current returns the bleve index under a read lock; release with
// ix.mu.RUnlock.
func (ix *Index) current() (bleve.Index, error) {
	ix.mu.RLock()
	if ix.idx == nil {
		ix.mu.RUnlock()
		return nil, errors.New("index is closed")
	}
	return ix.idx, nil
}

// Checkpoint is how far indexing got through the archive: per WARC file
// name, the byte offset up to which every record has been indexed.
type Checkpoint map[string]int64

// Clone returns a copy of c.
func (c Checkpoint) Clone() Checkpoint {
	out := make(Checkpoint, len(c))
	for k, v := range c {
		out[k] = v
	}
	return out
}

// Writer takes batches of entries with the checkpoint they bring the index
// to. *Index is one; Rebuild hands its fill function another.
type Writer interface {
	// Apply indexes entries (replacing documents with the same ids) and
	// records cp, atomically: after a crash either both or neither are in
	// the index.
	Apply(ctx context.Context, entries []Entry, cp Checkpoint) error
	// Checkpoint returns the recorded checkpoint (empty when none).
	Checkpoint(ctx context.Context) (Checkpoint, error)
}

// Apply implements Writer.
func (ix *Index) Apply(ctx context.Context, entries []Entry, cp Checkpoint) error {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	idx, err := ix.current()
	if err != nil {
		return err
	}
	defer ix.mu.RUnlock()
	// Bumped after the batch, whether or not it went through: a search
	// that read the count before sees no facets cached from after.
	defer ix.facets.changed()
	return apply(ctx, idx, entries, cp)
}

// Checkpoint implements Writer.
func (ix *Index) Checkpoint(ctx context.Context) (Checkpoint, error) {
	idx, err := ix.current()
	if err != nil {
		return nil, err
	}
	defer ix.mu.RUnlock()
	return readCheckpoint(idx)
}

func apply(ctx context.Context, idx bleve.Index, entries []Entry, cp Checkpoint) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b := idx.NewBatch()
	for _, e := range entries {
		if e.Article == nil || e.Article.ID == "" {
			return errors.New("index: entry without article id")
		}
		doc, err := document(e)
		if err != nil {
			return err
		}
		if err := b.Index(e.Article.ID, doc); err != nil {
			return fmt.Errorf("index article %s: %w", e.Article.ID, err)
		}
	}
	if cp != nil {
		raw, err := json.Marshal(cp)
		if err != nil {
			return fmt.Errorf("encode checkpoint: %w", err)
		}
		b.SetInternal(checkpointKey, raw)
	}
	if err := idx.Batch(b); err != nil {
		return fmt.Errorf("index batch of %d: %w", len(entries), err)
	}
	return nil
}

func readCheckpoint(idx bleve.Index) (Checkpoint, error) {
	raw, err := idx.GetInternal(checkpointKey)
	if err != nil {
		return nil, fmt.Errorf("read checkpoint: %w", err)
	}
	cp := Checkpoint{}
	if len(raw) == 0 {
		return cp, nil
	}
	if err := json.Unmarshal(raw, &cp); err != nil {
		return nil, fmt.Errorf("decode checkpoint: %w", err)
	}
	return cp, nil
}

// genWriter writes into a generation being rebuilt.
type genWriter struct{ idx bleve.Index }

func (w genWriter) Apply(ctx context.Context, entries []Entry, cp Checkpoint) error {
	return apply(ctx, w.idx, entries, cp)
}

func (w genWriter) Checkpoint(context.Context) (Checkpoint, error) { return readCheckpoint(w.idx) }

// Rebuild builds a new index beside the current one by running fill on a
// Writer of the new index, then swaps it in atomically (one rename of the
// CURRENT file) and removes the old one. Searches keep running on the old
// index until the swap. When fill fails, the new index is removed and the
// old one stays.
func (ix *Index) Rebuild(ctx context.Context, fill func(ctx context.Context, w Writer) error) error {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	gen, idx, err := newGeneration(ix.dir)
	if err != nil {
		return fmt.Errorf("rebuild: %w", err)
	}
	fail := func(err error) error {
		_ = idx.Close()
		_ = os.RemoveAll(filepath.Join(ix.dir, gen))
		return fmt.Errorf("rebuild: %w", err)
	}
	if err := fill(ctx, genWriter{idx}); err != nil {
		return fail(err)
	}
	if err := writeCurrent(ix.dir, gen); err != nil {
		return fail(err)
	}
	ix.mu.Lock()
	old, oldGen := ix.idx, ix.gen
	ix.idx, ix.gen = idx, gen
	ix.facets.changed()
	ix.mu.Unlock()
	if old != nil {
		if err := old.Close(); err != nil {
			ix.log.Warn("close replaced index", "err", err)
		}
	}
	if err := os.RemoveAll(filepath.Join(ix.dir, oldGen)); err != nil {
		ix.log.Warn("remove replaced index", "err", err)
	}
	return nil
}

// removeStale removes generation directories other than the current one:
// leftovers of a rebuild that was killed before its swap.
func (ix *Index) removeStale() {
	ents, err := os.ReadDir(ix.dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if e.IsDir() && strings.HasPrefix(e.Name(), genPrefix) && e.Name() != ix.gen {
			if err := os.RemoveAll(filepath.Join(ix.dir, e.Name())); err == nil {
				ix.log.Info("removed unfinished index", "dir", e.Name())
			}
		}
	}
}

func readCurrent(dir string) (string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, currentName))
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read index pointer: %w", err)
	}
	gen := strings.TrimSpace(string(raw))
	if !strings.HasPrefix(gen, genPrefix) || strings.ContainsAny(gen, `/\`) {
		return "", fmt.Errorf("index pointer %s: bad content %q", filepath.Join(dir, currentName), gen)
	}
	return gen, nil
}

// writeCurrent points CURRENT at gen atomically: write a temporary file,
// sync it, rename it over CURRENT, sync the directory.
func writeCurrent(dir, gen string) error {
	tmp := filepath.Join(dir, currentName+".tmp")
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("write index pointer: %w", err)
	}
	_, err = f.WriteString(gen + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, currentName))
	}
	if err != nil {
		return fmt.Errorf("write index pointer: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// scorchConfig is the runtime configuration of every opened generation.
// Batches return once persisted ("unsafe_batch" would lose the last batches
// even on a clean Close), and bolt never waits long for a lock.
func scorchConfig() map[string]interface{} {
	return map[string]interface{}{"bolt_timeout": "1s"}
}

func newGeneration(dir string) (string, bleve.Index, error) {
	gen := genPrefix + strconv.FormatInt(time.Now().UnixNano(), 36)
	idx, err := bleve.NewUsing(filepath.Join(dir, gen), newMapping(), "scorch", "scorch", scorchConfig())
	if err != nil {
		return "", nil, fmt.Errorf("create index: %w", err)
	}
	if err := idx.SetInternal(formatKey, []byte(formatVersion)); err != nil {
		_ = idx.Close()
		_ = os.RemoveAll(filepath.Join(dir, gen))
		return "", nil, fmt.Errorf("create index: %w", err)
	}
	return gen, idx, nil
}

// olderFormat reports whether idx was built in another format than
// formatVersion.
func olderFormat(idx bleve.Index) (bool, error) {
	v, err := idx.GetInternal(formatKey)
	if err != nil {
		return false, fmt.Errorf("read index format: %w", err)
	}
	return string(v) != formatVersion, nil
}

func openGeneration(dir, gen string) (bleve.Index, error) {
	idx, err := bleve.OpenUsing(filepath.Join(dir, gen), scorchConfig())
	if err != nil {
		return nil, err
	}
	return idx, nil
}
