package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
)

// repairTail makes the end of a WARC file consistent after a crash, and returns the file's new size.
//
// Consistent means: the file is a sequence of complete gzip members, each holding one complete WARC record,
// and it ends after a complete group. A group is what one Write appends: response, request (when there is
// one), metadata; the metadata record closes it. So repair cuts the file back to the end of the last complete
// member, and further back to the start of the last group when that group has no metadata record yet: a Write
// that had not returned leaves either all its records or none. Records before the last group are never
// touched. Scanning starts at from, a known group boundary (0 scans the whole file).
//
// If complete records are found after the damage (not a torn append, but damage inside the file), the bytes
// cut off are first saved beside it as "<name>.cut-<offset>", so that nothing readable is lost.
func repairTail(ctx context.Context, dir, name string, from int64, log *slog.Logger) (int64, error) {
	path := filepath.Join(dir, name)
	info, err := os.Stat(path)
	if err != nil {
		return 0, fmt.Errorf("repair %s: %w", name, err)
	}
	size := info.Size()
	if from > size {
		from = 0
	}
	cut, damage, scanErr := findCut(ctx, dir, name, from)
	if scanErr != nil && errors.Is(scanErr, ErrDamaged) && from > 0 && cut == from && damage == from {
		cut, damage, scanErr = findCut(ctx, dir, name, 0)
	}
	if scanErr != nil && !errors.Is(scanErr, ErrDamaged) {
		return size, fmt.Errorf("repair %s: %w", name, scanErr)
	}
	if cut == size {
		return size, nil
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return size, fmt.Errorf("repair %s: %w", name, err)
	}
	defer f.Close()
	if damage >= 0 && hasMemberAfter(f, damage, size) {
		side := fmt.Sprintf("%s.cut-%d", name, cut)
		if err := saveRange(f, filepath.Join(dir, side), cut, size); err != nil {
			return size, fmt.Errorf("repair %s: save cut bytes: %w", name, err)
		}
		log.Warn("archive: complete records after damaged data; saved the cut bytes", "file", name, "saved_as", side)
	}
	if err := f.Truncate(cut); err != nil {
		return size, fmt.Errorf("repair %s: truncate: %w", name, err)
	}
	if err := f.Sync(); err != nil {
		return size, fmt.Errorf("repair %s: sync: %w", name, err)
	}
	reason := "unfinished group (no metadata record)"
	if scanErr != nil {
		reason = scanErr.Error()
	}
	log.Warn("archive: cut torn tail of WARC file", "file", name, "size", size, "new_size", cut, "removed", size-cut, "reason", reason)
	return cut, nil
}

// findCut scans a file from a group boundary and returns where a consistent file ends (see repairTail),
// and the offset of the first damaged byte (-1 when none) with the damage error.
func findCut(ctx context.Context, dir, name string, from int64) (cut, damage int64, err error) {
	groupStart := int64(-1)
	end, err := scanFile(ctx, dir, name, from, func(m member) error {
		switch m.rec.typ() {
		case "response", "revisit":
			groupStart = m.offset
		case "request":
			// Part of the open group (if any).
		default:
			groupStart = -1
		}
		return nil
	})
	damage = -1
	if err != nil && errors.Is(err, ErrDamaged) {
		damage = end
	}
	if groupStart >= 0 {
		return groupStart, damage, err
	}
	return end, damage, err
}

// hasMemberAfter reports whether a complete member holding a WARC record starts somewhere in (after, size).
func hasMemberAfter(f *os.File, after, size int64) bool {
	const maxTries = 4096
	buf := make([]byte, 64<<10)
	tries := 0
	for pos := after + 1; pos < size && tries < maxTries; {
		n, err := f.ReadAt(buf, pos)
		if n < 3 {
			return false
		}
		chunk := buf[:n]
		for i := 0; i+2 < len(chunk) && tries < maxTries; i++ {
			if chunk[i] != 0x1f || chunk[i+1] != 0x8b || chunk[i+2] != 0x08 {
				continue
			}
			tries++
			s := newMemberScanner(io.NewSectionReader(f, pos+int64(i), size-pos-int64(i)), pos+int64(i))
			if _, err := s.next(); err == nil {
				return true
			}
		}
		if err != nil {
			return false
		}
		pos += int64(n) - 2
	}
	return false
}

// saveRange copies bytes [from, to) of f into a new file.
func saveRange(f *os.File, path string, from, to int64) error {
	var b bytes.Buffer
	if _, err := b.ReadFrom(io.NewSectionReader(f, from, to-from)); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
