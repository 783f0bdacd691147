package web

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"

	"github.com/vnarchive/vnarchive/crawler/archive"
)

// ArchiveDir reads archived copies from the WARC archive in dir (normally
// <data>/archive). It reads without the writer's lock, so it works while a
// crawl appends. It is safe for concurrent use.
func ArchiveDir(dir string) Archive { return archiveDir(dir) }

type archiveDir string

// ReadArchived implements Archive.
func (d archiveDir) ReadArchived(ctx context.Context, ref ArchiveRef) (http.Header, []byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if !localName(ref.WARC) {
		return nil, nil, fmt.Errorf("archived copy in %q: %w", ref.WARC, ErrNotFound)
	}
	rec, err := archive.ReadAt(string(d), archive.Location{File: ref.WARC, Offset: ref.Offset, Length: ref.Length})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("archived copy %s@%d: %w (%v)", ref.WARC, ref.Offset, ErrNotFound, err)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("archived copy %s@%d: %w", ref.WARC, ref.Offset, err)
	}
	body := rec.Body
	if body == nil {
		body = rec.RawPayload
	}
	return rec.Header, body, nil
}
