package archive

import (
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
)

// warcFile is one WARC file of the archive.
type warcFile struct {
	name   string
	serial int
	size   int64
}

var warcNameRE = regexp.MustCompile(`^vnarchive-(\d{14})-(\d{5,})\.warc\.gz$`)

// warcFileName names the WARC file with the given creation time and serial number.
func warcFileName(t time.Time, serial int) string {
	return fmt.Sprintf("vnarchive-%s-%05d.warc.gz", t.UTC().Format(cdxjTime), serial)
}

// listWarcFiles lists the archive's WARC files in write order (by serial number, then name).
func listWarcFiles(dir string) ([]warcFile, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	var files []warcFile
	for _, e := range ents {
		m := warcNameRE.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			return nil, fmt.Errorf("stat %s: %w", e.Name(), err)
		}
		serial, _ := strconv.Atoi(m[2])
		files = append(files, warcFile{name: e.Name(), serial: serial, size: info.Size()})
	}
	sort.Slice(files, func(i, j int) bool {
		if files[i].serial != files[j].serial {
			return files[i].serial < files[j].serial
		}
		return files[i].name < files[j].name
	})
	return files, nil
}

// scanFile calls fn for every member of dir/name from offset from on. It returns the end of the last complete
// member, and a non-nil error wrapping ErrDamaged if the data after it is not a complete member.
func scanFile(ctx context.Context, dir, name string, from int64, fn func(member) error) (end int64, err error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return from, fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	if _, err := f.Seek(from, io.SeekStart); err != nil {
		return from, fmt.Errorf("seek %s: %w", name, err)
	}
	s := newMemberScanner(f, from)
	end = from
	for {
		if err := ctx.Err(); err != nil {
			return end, err
		}
		m, err := s.next()
		if err == io.EOF {
			return end, nil
		}
		if err != nil {
			return end, fmt.Errorf("%s: %w", name, err)
		}
		if err := fn(m); err != nil {
			return end, err
		}
		end = m.offset + m.length
	}
}

// locationOf returns the index entry of a response or revisit record, and false for other records.
func locationOf(file string, m member) (Location, bool) {
	t := m.rec.typ()
	if t != "response" && t != "revisit" {
		return Location{}, false
	}
	loc := Location{File: file, Offset: m.offset, Length: m.length,
		URL: strings.Trim(m.rec.get("WARC-Target-URI"), "<>"), Digest: m.rec.get("WARC-Payload-Digest"), MIME: "unk"}
	if d, err := time.Parse(time.RFC3339Nano, m.rec.get("WARC-Date")); err == nil {
		loc.Captured = d.UTC().Truncate(time.Second)
	}
	if head, body, ok := splitHead(m.rec.block); ok {
		lines := splitLines(head)
		loc.Status, _ = parseStatusLine(lines[0])
		hdr := parseHeaderLines(lines[1:])
		loc.MIME = mediaType(hdr.Get("Content-Type"))
		if loc.Digest == "" && t == "response" {
			loc.Digest = sha1Digest(body)
		}
	}
	if t == "revisit" && loc.MIME == "unk" {
		loc.MIME = "warc/revisit"
	}
	return loc, true
}

// reconcile brings an index read from disk up to date with the WARC files: entries of vanished or shrunk files
// are dropped, and every file is scanned from the end its state records, so the result holds exactly one entry
// per complete response or revisit record. Damage stops the scan of that file (logged); it is not an error.
func reconcile(ctx context.Context, dir string, files []warcFile, locs []Location, st indexState, log *slog.Logger) ([]Location, indexState, error) {
	covered := make(map[string]int64, len(files))
	for _, f := range files {
		if n, ok := st.Files[f.name]; ok && n <= f.size {
			covered[f.name] = n
		}
	}
	seen := make(map[locKey]bool, len(locs))
	kept := locs[:0:0]
	for _, l := range locs {
		n, ok := covered[l.File]
		if !ok || l.Offset+l.Length > n || seen[locKey{l.File, l.Offset}] {
			continue
		}
		seen[locKey{l.File, l.Offset}] = true
		kept = append(kept, l)
	}
	out := indexState{Files: make(map[string]int64, len(files))}
	for _, f := range files {
		from := covered[f.name]
		var added []Location
		collect := func(m member) error {
			if loc, ok := locationOf(f.name, m); ok && !seen[locKey{f.name, m.offset}] {
				seen[locKey{f.name, m.offset}] = true
				added = append(added, loc)
			}
			return nil
		}
		end, err := scanFile(ctx, dir, f.name, from, collect)
		if err != nil && errors.Is(err, ErrDamaged) && from > 0 && end == from {
			// The recorded boundary is not a record boundary: index the file from its start.
			kept = dropFile(kept, f.name, seen)
			added, from = nil, 0
			end, err = scanFile(ctx, dir, f.name, 0, collect)
		}
		if err != nil {
			if !errors.Is(err, ErrDamaged) {
				return nil, indexState{}, fmt.Errorf("index %s: %w", f.name, err)
			}
			log.Warn("archive: WARC file has damaged data; indexed up to it", "file", f.name, "offset", end, "err", err)
		}
		kept = append(kept, added...)
		out.Files[f.name] = end
	}
	return kept, out, nil
}

// locKey identifies a record by file and offset.
type locKey struct {
	file   string
	offset int64
}

// dropFile removes the entries of one file, and forgets them in seen.
func dropFile(locs []Location, file string, seen map[locKey]bool) []Location {
	out := locs[:0]
	for _, l := range locs {
		if l.File == file {
			delete(seen, locKey{l.File, l.Offset})
			continue
		}
		out = append(out, l)
	}
	return out
}
