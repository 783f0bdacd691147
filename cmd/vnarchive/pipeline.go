package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
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

// catchUp indexes the records past w's checkpoint and returns the number of
// articles indexed. Cheap when nothing is new: file sizes are compared with
// the checkpoint first.
func (f *feeder) catchUp(ctx context.Context, w index.Writer) (int, error) {
	files, err := archive.Files(f.archiveDir)
	if err != nil {
		return 0, fmt.Errorf("list archive: %w", err)
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
		from := cp[file.Name]
		if from >= file.Size {
			continue
		}
		last := i == len(files)-1
		end, err := archive.ScanFrom(ctx, f.archiveDir, file.Name, from, func(rec archive.Record, next int64, rerr error) error {
			if e, ok := f.entry(rec, rerr); ok {
				batch = append(batch, e)
			}
			cp[file.Name] = next
			if len(batch) >= size {
				return flush()
			}
			return nil
		})
		switch {
		case err == nil:
			cp[file.Name] = end // records after the last capture (request, metadata)
		case errors.Is(err, archive.ErrTornTail) && last:
			// A record being written: the next catch-up reads it.
			cp[file.Name] = end
		case errors.Is(err, archive.ErrDamaged):
			f.log.Warn("damaged archive data skipped", "file", file.Name, "offset", end, "err", err)
			cp[file.Name] = file.Size
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
func sameCheckpoint(cp index.Checkpoint, files []archive.File) bool {
	for _, f := range files {
		if _, ok := cp[f.Name]; !ok {
			return false
		}
	}
	return true
}

// entry extracts one capture read by archive.ScanFrom (rerr is its decode
// error); ok is false when it is no article.
func (f *feeder) entry(rec archive.Record, rerr error) (index.Entry, bool) {
	if rerr != nil || rec.Body == nil || rec.Status != 200 {
		if rerr != nil {
			f.log.Debug("archived record unreadable", "file", rec.File, "offset", rec.Offset, "err", rerr)
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
		WARC: rec.File, Offset: rec.Offset, Length: rec.Length, Captured: rec.Captured.Format(time.RFC3339),
	}}, true
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
