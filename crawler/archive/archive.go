package archive

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultMaxFileSize is the size at which a WARC file is closed and the next one started.
const DefaultMaxFileSize = 1 << 30

// ErrClosed is returned by the methods of an Archive after Close.
var ErrClosed = errors.New("archive is closed")

// Archive appends exchanges to WARC files in one directory and keeps their CDXJ index.
// Open one with Open; it is safe for concurrent use. Only one process may have a directory open (a lock file
// enforces it); readers (Records, ReadAt, Captures) need no Archive and may run beside the writer.
type Archive struct {
	dir   string
	opts  Options
	log   *slog.Logger
	level int
	lock  io.Closer

	mu       sync.Mutex // guards everything below
	closed   bool
	broken   error    // set when a failed write could not be undone; later writes fail with it
	cur      *os.File // open WARC file, nil until the first Write after Open or rotation
	curName  string
	curSize  int64
	curUsed  bool // cur holds a group (a new file's first group is never rotated away)
	serial   int  // serial number of the newest file
	files    []warcFile
	retired  []*os.File // rotated files, closed by Close (a concurrent fsync may still use them)
	locs     []Location
	bySURT   map[string][]int
	written  uint64 // number of groups written
	onDisk   uint64 // value of written when the CDXJ on disk was last made right (0 and !diskOK: not yet)
	diskOK   bool
	flushing sync.Mutex // serialises index writes

	syncMu sync.Mutex    // serialises fsyncs of cur (group commit)
	synced atomic.Uint64 // groups known durable
}

// Open opens the archive in dir (creating dir if needed), repairs a torn tail of the newest WARC file,
// brings the CDXJ index up to date with the WARC files, and returns an Archive ready to append.
func Open(ctx context.Context, dir string, opts Options) (*Archive, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	level := opts.CompressionLevel
	if level == 0 {
		level = gzip.DefaultCompression
	}
	if _, err := gzip.NewWriterLevel(io.Discard, level); err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	log := opts.Logger
	if log == nil {
		log = discardLogger()
	}
	log = log.With("component", "archive")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open archive: %w", err)
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, fmt.Errorf("open archive %s: %w", dir, err)
	}
	a := &Archive{dir: dir, opts: opts, log: log, level: level, lock: lock, bySURT: map[string][]int{}}
	if err := a.load(ctx); err != nil {
		if a.cur != nil {
			_ = a.cur.Close()
		}
		_ = lock.Close()
		return nil, fmt.Errorf("open archive %s: %w", dir, err)
	}
	return a, nil
}

// load repairs the newest file, reconciles the index with the files and opens the newest file for appending.
func (a *Archive) load(ctx context.Context) error {
	files, err := listWarcFiles(a.dir)
	if err != nil {
		return err
	}
	locs, st := readIndex(a.dir)
	if n := len(files); n > 0 {
		last := &files[n-1]
		size, err := repairTail(ctx, a.dir, last.name, st.Files[last.name], a.log)
		if err != nil {
			return err
		}
		last.size = size
	}
	before, indexed := len(locs), st
	locs, st, err = reconcile(ctx, a.dir, files, locs, st, a.log)
	if err != nil {
		return err
	}
	current := len(locs) == before && maps.Equal(st.Files, indexed.Files)
	a.files = files
	for _, l := range locs {
		a.addLocation(l)
	}
	if n := len(files); n > 0 {
		last := files[n-1]
		a.serial = last.serial
		if last.size < a.opts.MaxFileSize {
			f, err := os.OpenFile(filepath.Join(a.dir, last.name), os.O_WRONLY|os.O_APPEND, 0)
			if err != nil {
				return fmt.Errorf("open %s: %w", last.name, err)
			}
			a.cur, a.curName, a.curSize, a.curUsed = f, last.name, last.size, last.size > 0
			if last.size == 0 {
				if err := a.writeWarcinfo(); err != nil {
					return err
				}
			}
		}
	}
	if current && len(files) > 0 {
		a.diskOK = true // the index on disk is right; the bytes of a new warcinfo record hold no capture
		return nil
	}
	// Persist the reconciled index now, so a reader sees it even if this process is killed.
	return a.Flush(ctx)
}

// addLocation records loc in memory (a.mu held or not yet shared).
func (a *Archive) addLocation(loc Location) {
	key := SURT(loc.URL)
	a.bySURT[key] = append(a.bySURT[key], len(a.locs))
	a.locs = append(a.locs, loc)
}

// Write appends the records of one exchange: response, request (when RequestRaw is set) and metadata, each
// its own gzip member, one after the other, and adds the response to the index. It returns the response
// record's location.
//
// Durability: when Write returns nil, the records are on stable storage (fsync; several concurrent Writes share
// one fsync) and Lookup sees them; the CDXJ file on disk catches up at Flush or Close, or on the next Open.
// If the process dies before Write returns, the next Open finds either all records of the exchange or none.
//
// The response is stored as received except for chunked framing, which is removed (the headers are then fixed:
// Transfer-Encoding and Content-Length renamed with an "X-Archive-Orig-" prefix, a new Content-Length added).
// A body shorter than its Content-Length or its chunked framing announced (the crawler's size cap, a broken
// connection) is stored as received and marks the record "WARC-Truncated: length".
func (a *Archive) Write(ctx context.Context, ex Exchange) (Location, error) {
	if err := ctx.Err(); err != nil {
		return Location{}, err
	}
	g, err := buildGroup(ex, a.level)
	if err != nil {
		return Location{}, fmt.Errorf("archive %s: %w", ex.URL, err)
	}
	loc, seq, err := a.append(g)
	if err != nil {
		return Location{}, fmt.Errorf("archive %s: %w", ex.URL, err)
	}
	if err := a.syncUpTo(seq); err != nil {
		return Location{}, fmt.Errorf("archive %s: %w", ex.URL, err)
	}
	return loc, nil
}

// append writes one group to the open file (rotating first if needed) and indexes its response.
func (a *Archive) append(g *group) (Location, uint64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return Location{}, 0, ErrClosed
	}
	if a.broken != nil {
		return Location{}, 0, a.broken
	}
	if a.cur == nil || (a.curUsed && a.curSize+int64(len(g.data)) > a.opts.MaxFileSize) {
		if err := a.rotate(); err != nil {
			// The new file may hold a partial warcinfo record: stop appending until a reopen repairs it.
			a.broken = fmt.Errorf("start a new WARC file failed (reopen the archive to repair): %w", err)
			return Location{}, 0, err
		}
	}
	start := a.curSize
	if _, err := a.cur.Write(g.data); err != nil {
		if terr := a.cur.Truncate(start); terr != nil {
			a.broken = fmt.Errorf("write %s failed and could not be undone (reopen the archive to repair): %w", a.curName, errors.Join(err, terr))
		}
		return Location{}, 0, fmt.Errorf("write %s: %w", a.curName, err)
	}
	a.curSize += int64(len(g.data))
	a.curUsed = true
	a.files[len(a.files)-1].size = a.curSize
	loc := Location{File: a.curName, Offset: start, Length: g.lengths[0], Digest: g.digest, Status: g.status,
		Captured: g.captured, URL: g.url, MIME: g.mime}
	a.addLocation(loc)
	a.written++
	return loc, a.written, nil
}

// rotate makes the current file durable, retires it and starts the next one with its warcinfo record (a.mu held).
func (a *Archive) rotate() error {
	if a.cur != nil {
		if !a.opts.NoSync {
			if err := a.cur.Sync(); err != nil {
				return fmt.Errorf("sync %s: %w", a.curName, err)
			}
		}
		raiseTo(&a.synced, a.written)
		a.retired = append(a.retired, a.cur)
		a.cur = nil
	}
	a.serial++
	name := warcFileName(a.opts.Now(), a.serial)
	f, err := os.OpenFile(filepath.Join(a.dir, name), os.O_WRONLY|os.O_APPEND|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("create %s: %w", name, err)
	}
	a.cur, a.curName, a.curSize, a.curUsed = f, name, 0, false
	a.files = append(a.files, warcFile{name: name, serial: a.serial})
	if err := a.writeWarcinfo(); err != nil {
		return err
	}
	if a.opts.NoSync {
		return nil
	}
	return syncDir(a.dir)
}

// writeWarcinfo starts the (empty) current file with its warcinfo record, durably (a.mu held).
func (a *Archive) writeWarcinfo() error {
	rec, err := buildWarcinfo(a.curName, a.opts.Now(), a.opts.Info, a.level)
	if err != nil {
		return fmt.Errorf("start %s: %w", a.curName, err)
	}
	if _, err := a.cur.Write(rec); err != nil {
		return fmt.Errorf("start %s: %w", a.curName, err)
	}
	a.curSize = int64(len(rec))
	a.files[len(a.files)-1].size = a.curSize
	if a.opts.NoSync {
		return nil
	}
	if err := a.cur.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", a.curName, err)
	}
	return nil
}

// syncUpTo returns once the first seq groups are durable, running one fsync for every Write waiting.
func (a *Archive) syncUpTo(seq uint64) error {
	if a.opts.NoSync || a.synced.Load() >= seq {
		return nil
	}
	a.syncMu.Lock()
	defer a.syncMu.Unlock()
	if a.synced.Load() >= seq {
		return nil
	}
	a.mu.Lock()
	f, name, target := a.cur, a.curName, a.written
	a.mu.Unlock()
	if f == nil {
		return nil
	}
	if err := f.Sync(); err != nil {
		if a.synced.Load() >= seq {
			return nil // Close or a rotation synced and closed the file meanwhile
		}
		return fmt.Errorf("sync %s: %w", name, err)
	}
	raiseTo(&a.synced, target)
	return nil
}

// raiseTo sets v to n unless it is already larger.
func raiseTo(v *atomic.Uint64, n uint64) {
	for {
		old := v.Load()
		if old >= n || v.CompareAndSwap(old, n) {
			return
		}
	}
}

// Flush makes everything written durable and writes the CDXJ index (sorted) and its state to disk.
// Close calls it; a long crawl may call it now and then so that readers in other processes see recent captures
// without a scan.
func (a *Archive) Flush(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	a.flushing.Lock()
	defer a.flushing.Unlock()
	a.mu.Lock()
	if a.cur != nil && !a.opts.NoSync {
		if err := a.cur.Sync(); err != nil {
			a.mu.Unlock()
			return fmt.Errorf("sync %s: %w", a.curName, err)
		}
		raiseTo(&a.synced, a.written)
	}
	if a.diskOK && a.onDisk == a.written {
		a.mu.Unlock()
		return nil // nothing written since the index on disk was made
	}
	locs := append([]Location(nil), a.locs...)
	st := indexState{Files: make(map[string]int64, len(a.files))}
	for _, f := range a.files {
		st.Files[f.name] = f.size
	}
	written := a.written
	a.mu.Unlock()
	if err := writeIndex(a.dir, locs, st, a.opts.NoSync); err != nil {
		return fmt.Errorf("flush archive index: %w", err)
	}
	a.mu.Lock()
	a.onDisk, a.diskOK = written, true
	a.mu.Unlock()
	return nil
}

// Close makes everything durable, writes the CDXJ index and releases the directory. Later calls return ErrClosed.
func (a *Archive) Close() error {
	a.mu.Lock()
	if a.closed {
		a.mu.Unlock()
		return ErrClosed
	}
	a.closed = true
	a.mu.Unlock()
	ferr := a.Flush(context.Background())
	a.mu.Lock()
	var errs []error
	if ferr != nil {
		errs = append(errs, ferr)
	}
	for _, f := range append(a.retired, a.cur) {
		if f != nil {
			if err := f.Close(); err != nil {
				errs = append(errs, fmt.Errorf("close %s: %w", f.Name(), err))
			}
		}
	}
	a.cur, a.retired = nil, nil
	a.mu.Unlock()
	if err := a.lock.Close(); err != nil {
		errs = append(errs, fmt.Errorf("unlock archive: %w", err))
	}
	return errors.Join(errs...)
}

// Lookup returns the captures of url (every URL with the same SURT key), oldest first.
func (a *Archive) Lookup(url string) ([]Location, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil, ErrClosed
	}
	idx := a.bySURT[SURT(url)]
	out := make([]Location, len(idx))
	for i, j := range idx {
		out[i] = a.locs[j]
	}
	sortLocations(out)
	return out, nil
}

// Dir returns the archive directory.
func (a *Archive) Dir() string { return a.dir }

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
