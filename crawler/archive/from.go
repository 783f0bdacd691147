package archive

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// File is one WARC file of an archive: its name and its size when listed.
type File struct {
	Name string
	Size int64
}

// Files lists the WARC files of the archive in dir in write order. A
// directory that does not exist holds none.
func Files(dir string) ([]File, error) {
	files, err := listWarcFiles(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := make([]File, len(files))
	for i, f := range files {
		out[i] = File{Name: f.name, Size: f.size}
	}
	return out, nil
}

// ErrTornTail marks an incomplete record at the very end of a file: a
// record being written, or a crash not yet repaired. It wraps ErrDamaged.
var ErrTornTail = fmt.Errorf("%w: incomplete record at the end of the file", ErrDamaged)

// ScanFrom reads the WARC file name of the archive in dir from byte offset
// from (the start of a record, e.g. where an earlier scan ended) and calls fn
// for every response and revisit record, with the offset just past it and
// the record's decode error (ErrDecode), as Records yields them. It reads the
// file once, without the writer's lock. It returns the end of the last
// complete record, and an error wrapping ErrTornTail when the bytes after it
// are a torn tail, or ErrDamaged when complete records follow damaged bytes.
// An error from fn ends the scan and is returned.
func ScanFrom(ctx context.Context, dir, name string, from int64, fn func(rec Record, next int64, err error) error) (int64, error) {
	end, err := scanFile(ctx, dir, name, from, func(m member) error {
		loc, ok := locationOf(name, m)
		if !ok {
			return nil
		}
		rec, err := recordOf(loc, m.rec.block)
		return fn(rec, m.offset+m.length, err)
	})
	if errors.Is(err, ErrDamaged) && !damageInside(dir, name, end) {
		return end, fmt.Errorf("%s at %d: %w", name, end, ErrTornTail)
	}
	return end, err
}
