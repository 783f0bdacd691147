package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vnarchive/vnarchive/crawler/archive"
	"github.com/vnarchive/vnarchive/crawler/extract"
	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/index"
	"github.com/vnarchive/vnarchive/search"
)

// The glue between the archive and the index (see package index's doc for
// who owns the index when): archive record ─▶ extract ─▶ index.Entry ─▶
// index.Writer.Apply, in batches that carry the checkpoint (per WARC file,
// the end of the last record taken into account).

// Data directory layout.
const (
	archiveSubdir = "archive"
	indexSubdir   = "index"
)

// feedBatch is the number of articles per index batch.
const feedBatch = 200

// followEvery is how often a following owner (serve) looks for new records.
const followEvery = time.Second

// pageExtractor turns an archived response into an article; ok is false for
// pages that are not articles (lists, home pages, files).
type pageExtractor func(body []byte, pageURL, contentType string) (a *data.Article, ok bool, err error)

// extractArticle is the pageExtractor of the binary: an article is a page
// the extractor takes for one (not a list, category or home page) with a
// title and text.
func extractArticle(body []byte, pageURL, contentType string) (*data.Article, bool, error) {
	r, err := extract.Extract(body, pageURL, contentType)
	if err != nil {
		return nil, false, err
	}
	a := r.Article
	if !r.IsArticle || a == nil || strings.TrimSpace(a.Title) == "" || strings.TrimSpace(a.Text) == "" {
		return nil, false, nil
	}
	return a, true, nil
}

// feeder catches an index up with the archive in archiveDir.
type feeder struct {
	archiveDir string
	extract    pageExtractor
	log        *slog.Logger
	batch      int // articles per index batch; 0 means feedBatch
}

func newFeeder(dataDir string, log *slog.Logger) *feeder {
	return &feeder{archiveDir: filepath.Join(dataDir, archiveSubdir), extract: extractArticle, log: log}
}

// warcName matches the archive's WARC file names; the serial orders them.
var warcName = regexp.MustCompile(`^vnarchive-(\d{14})-(\d{5,})\.warc\.gz$`)

type warcFile struct {
	name   string
	serial int
	size   int64
}

func (f *feeder) files() ([]warcFile, error) {
	ents, err := os.ReadDir(f.archiveDir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list archive: %w", err)
	}
	var out []warcFile
	for _, e := range ents {
		m := warcName.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			return nil, fmt.Errorf("list archive: %w", err)
		}
		serial, _ := strconv.Atoi(m[2])
		out = append(out, warcFile{e.Name(), serial, info.Size()})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].serial != out[j].serial {
			return out[i].serial < out[j].serial
		}
		return out[i].name < out[j].name
	})
	return out, nil
}

// catchUp indexes the records past w's checkpoint and returns the number of
// articles indexed. Cheap when nothing is new: file sizes are compared with
// the checkpoint first.
func (f *feeder) catchUp(ctx context.Context, w index.Writer) (int, error) {
	files, err := f.files()
	if err != nil {
		return 0, err
	}
	cp, err := w.Checkpoint(ctx)
	if err != nil {
		return 0, err
	}
	size := f.batch
	if size <= 0 {
		size = feedBatch
	}
	n := 0
	var batch []index.Entry
	flush := func() error {
		if err := w.Apply(ctx, batch, cp); err != nil {
			return err
		}
		n += len(batch)
		batch = batch[:0]
		return nil
	}
	for i, file := range files {
		from := cp[file.name]
		if from >= file.size {
			continue
		}
		last := i == len(files)-1
		end, err := scanMembers(ctx, filepath.Join(f.archiveDir, file.name), from, func(m member) error {
			if m.isCapture() {
				if e, ok := f.entry(file.name, m); ok {
					batch = append(batch, e)
				}
			}
			cp[file.name] = m.offset + m.length
			if len(batch) >= size {
				return flush()
			}
			return nil
		})
		switch {
		case err == nil:
		case errors.Is(err, errTornTail) && last:
			// A record being written: the next catch-up reads it.
		case errors.Is(err, errTornTail) || errors.Is(err, errDamaged):
			f.log.Warn("damaged archive data skipped", "file", file.name, "offset", end, "err", err)
			cp[file.name] = file.size
		default:
			return n, err
		}
	}
	if len(batch) > 0 || !sameCheckpoint(cp, files) {
		if err := flush(); err != nil {
			return n, err
		}
	}
	return n, nil
}

// sameCheckpoint is false when a file is not yet recorded at all, so that a
// pass over files without articles still records its progress.
func sameCheckpoint(cp index.Checkpoint, files []warcFile) bool {
	for _, f := range files {
		if _, ok := cp[f.name]; !ok {
			return false
		}
	}
	return true
}

// entry reads and extracts one capture; ok is false when it is no article.
func (f *feeder) entry(file string, m member) (index.Entry, bool) {
	rec, err := archive.ReadAt(f.archiveDir, archive.Location{File: file, Offset: m.offset, Length: m.length})
	if err != nil || rec.Body == nil || rec.Status != 200 {
		if err != nil {
			f.log.Debug("archived record unreadable", "file", file, "offset", m.offset, "err", err)
		}
		return index.Entry{}, false
	}
	a, ok, err := f.extract(rec.Body, rec.URL, rec.Header.Get("Content-Type"))
	if err != nil || !ok {
		return index.Entry{}, false
	}
	if a.URL == "" {
		a.URL = rec.URL
	}
	a.ID = data.ArticleID(rec.URL)
	if a.Site == "" {
		a.Site = data.SiteOf(rec.URL)
	}
	return index.Entry{Article: a, Archive: index.ArchiveRef{
		WARC: file, Offset: m.offset, Length: m.length, Captured: rec.Captured.Format(time.RFC3339),
	}}, true
}

// Errors of scanMembers.
var (
	errTornTail = errors.New("incomplete record at the end of the file")
	errDamaged  = errors.New("damaged record")
)

// member is one gzip member (one WARC record) of a WARC file.
type member struct {
	offset, length int64
	warcType       string
}

func (m member) isCapture() bool { return m.warcType == "response" }

// countingReader counts the bytes the gzip reader consumes; being an
// io.ByteReader, it keeps gzip from reading past a member.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// scanMembers calls fn for every complete gzip member of path from offset
// from on, with its WARC-Type. It returns the end of the last complete
// member, and errTornTail or errDamaged when the bytes after it are not one.
// (The archive package reads records at a location; finding where the
// records past a checkpoint start is this reader's job.)
func scanMembers(ctx context.Context, path string, from int64, fn func(member) error) (int64, error) {
	fh, err := os.Open(path)
	if err != nil {
		return from, fmt.Errorf("open %s: %w", filepath.Base(path), err)
	}
	defer fh.Close()
	if _, err := fh.Seek(from, io.SeekStart); err != nil {
		return from, fmt.Errorf("seek %s: %w", filepath.Base(path), err)
	}
	cr := &countingReader{r: bufio.NewReaderSize(fh, 1<<16)}
	var zr *gzip.Reader
	head := make([]byte, 4096)
	for {
		if err := ctx.Err(); err != nil {
			return from, err
		}
		start := cr.n
		if zr == nil {
			zr, err = gzip.NewReader(cr)
		} else {
			err = zr.Reset(cr)
		}
		if err == io.EOF && cr.n == start {
			return from + start, nil
		}
		if err != nil {
			return from + start, classify(err)
		}
		zr.Multistream(false)
		k, err := io.ReadFull(zr, head)
		if err == nil || err == io.ErrUnexpectedEOF || err == io.EOF {
			_, err = io.Copy(io.Discard, zr)
		}
		if err != nil {
			return from + start, classify(err)
		}
		m := member{offset: from + start, length: cr.n - start, warcType: warcType(head[:k])}
		if err := fn(m); err != nil {
			return from + start, err
		}
	}
}

func classify(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: %v", errTornTail, err)
	}
	return fmt.Errorf("%w: %v", errDamaged, err)
}

// warcType reads the WARC-Type field of a record's header.
func warcType(head []byte) string {
	for _, line := range strings.Split(string(head), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			break
		}
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, "WARC-Type") {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// openIndex opens the index of a data directory for a command and catches
// it up with the archive. While another process (serve) owns the index it
// fails at once with a message that says so.
func openIndex(ctx context.Context, dataDir, owner string, log *slog.Logger) (*index.Index, error) {
	ix, err := index.Open(ctx, filepath.Join(dataDir, indexSubdir), index.Options{Owner: owner, Logger: log})
	if err != nil {
		return nil, err
	}
	if n, err := newFeeder(dataDir, log).catchUp(ctx, ix); err != nil {
		ix.Close()
		return nil, fmt.Errorf("index new archive records: %w", err)
	} else if n > 0 {
		log.Info("indexed new archive records", "articles", n)
	}
	return ix, nil
}

// indexArchive is what `crawl` calls when it ends: take the index, catch up,
// let go. When serve owns the index it returns (false, nil): serve's follow
// loop indexes the new records.
func indexArchive(ctx context.Context, dataDir string, log *slog.Logger) (indexed bool, err error) {
	ix, err := openIndex(ctx, dataDir, "crawl", log)
	if errors.Is(err, index.ErrLocked) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, ix.Close()
}

// startFollowing is what `serve` calls: it owns the index while ctx lives,
// catches up now and then every second, so that articles a running crawl
// archives appear in search without a restart. stop ends the loop and
// closes the index.
func startFollowing(ctx context.Context, dataDir string, log *slog.Logger) (svc *search.Service, stop func() error, err error) {
	ix, err := openIndex(ctx, dataDir, "serve", log)
	if err != nil {
		return nil, nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		follow(ctx, newFeeder(dataDir, log), ix, followEvery, log)
	}()
	stop = func() error {
		cancel()
		<-done
		return ix.Close()
	}
	return search.NewService(ix), stop, nil
}

// follow catches w up with the archive every interval until ctx ends.
func follow(ctx context.Context, f *feeder, w index.Writer, every time.Duration, log *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if n, err := f.catchUp(ctx, w); err != nil && ctx.Err() == nil {
			log.Warn("index the archive", "err", err)
		} else if n > 0 {
			log.Info("indexed new archive records", "articles", n)
		}
	}
}

// reindexArchive rebuilds the index of a data directory from the WARC files
// alone and swaps it in; it returns the number of articles indexed.
func reindexArchive(ctx context.Context, dataDir string, log *slog.Logger) (int, error) {
	ix, err := index.Open(ctx, filepath.Join(dataDir, indexSubdir), index.Options{Owner: "reindex", Logger: log})
	if err != nil {
		return 0, err
	}
	defer ix.Close()
	n := 0
	err = ix.Rebuild(ctx, func(ctx context.Context, w index.Writer) error {
		var err error
		n, err = newFeeder(dataDir, log).catchUp(ctx, w)
		return err
	})
	if err != nil {
		return 0, err
	}
	return n, ix.Close()
}
