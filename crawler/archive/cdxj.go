package archive

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// IndexName is the CDXJ index file inside the archive directory; indexStateName records which bytes of which
// WARC files it covers.
const (
	IndexName      = "index.cdxj"
	indexStateName = "index.cdxj.state"
)

// cdxjTime is the 14-digit timestamp of CDXJ lines.
const cdxjTime = "20060102150405"

// cdxjFields is the JSON part of a CDXJ line, in pywb's order. The line is the one warcio's cdx-indexer writes
// for the same record, byte for byte (the tests compare them when warcio.js is installed).
type cdxjFields struct {
	URL      string `json:"url"`
	MIME     string `json:"mime"`
	Status   string `json:"status"`
	Digest   string `json:"digest"`
	Length   string `json:"length"`
	Offset   string `json:"offset"`
	Filename string `json:"filename"`
}

// cdxjLine renders loc as one CDXJ line (without newline).
func cdxjLine(loc Location) string {
	var b bytes.Buffer
	b.WriteString(SURT(loc.URL))
	b.WriteByte(' ')
	b.WriteString(loc.Captured.UTC().Format(cdxjTime))
	b.WriteByte(' ')
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(cdxjFields{URL: loc.URL, MIME: loc.MIME, Status: strconv.Itoa(loc.Status), Digest: cdxjDigest(loc.Digest),
		Length: strconv.FormatInt(loc.Length, 10), Offset: strconv.FormatInt(loc.Offset, 10), Filename: loc.File})
	return strings.TrimSuffix(b.String(), "\n")
}

// cdxjDigest writes a SHA-1 digest the way pywb and warcio index it: base 32 without the "sha1:" prefix.
func cdxjDigest(d string) string {
	if rest, ok := strings.CutPrefix(d, "sha1:"); ok && rest != "" && !strings.Contains(rest, ":") {
		return rest
	}
	return d
}

// parseCDXJLine parses one CDXJ line written by cdxjLine (and the pywb lines that carry the same fields).
func parseCDXJLine(line string) (Location, error) {
	_, rest, ok1 := strings.Cut(line, " ")
	ts, js, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 {
		return Location{}, fmt.Errorf("cdxj line %q: want key, timestamp and JSON", truncate(line, 60))
	}
	var f cdxjFields
	if err := json.Unmarshal([]byte(js), &f); err != nil {
		return Location{}, fmt.Errorf("cdxj line %q: %w", truncate(line, 60), err)
	}
	captured, err := time.Parse(cdxjTime, ts)
	if err != nil {
		return Location{}, fmt.Errorf("cdxj line %q: timestamp: %w", truncate(line, 60), err)
	}
	loc := Location{File: f.Filename, URL: f.URL, MIME: f.MIME, Digest: f.Digest, Captured: captured}
	if loc.Digest != "" && !strings.Contains(loc.Digest, ":") {
		loc.Digest = "sha1:" + loc.Digest
	}
	if loc.Status, err = strconv.Atoi(f.Status); err != nil && f.Status != "-" && f.Status != "" {
		return Location{}, fmt.Errorf("cdxj line %q: status: %w", truncate(line, 60), err)
	}
	if loc.Offset, err = strconv.ParseInt(f.Offset, 10, 64); err != nil {
		return Location{}, fmt.Errorf("cdxj line %q: offset: %w", truncate(line, 60), err)
	}
	if loc.Length, err = strconv.ParseInt(f.Length, 10, 64); err != nil {
		return Location{}, fmt.Errorf("cdxj line %q: length: %w", truncate(line, 60), err)
	}
	return loc, nil
}

// indexState maps each WARC file name to the number of its bytes whose response records are in the CDXJ.
// Such a size is always a record boundary.
type indexState struct {
	Files map[string]int64 `json:"files"`
}

// readIndex reads the CDXJ file and its state. Missing files give an empty index; a damaged state or line
// gives an empty state, so that everything is rebuilt from the WARC files.
func readIndex(dir string) ([]Location, indexState) {
	st := indexState{Files: map[string]int64{}}
	raw, err := os.ReadFile(filepath.Join(dir, indexStateName))
	if err != nil || json.Unmarshal(raw, &st) != nil || st.Files == nil {
		return nil, indexState{Files: map[string]int64{}}
	}
	f, err := os.Open(filepath.Join(dir, IndexName))
	if err != nil {
		return nil, indexState{Files: map[string]int64{}}
	}
	defer f.Close()
	var locs []Location
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "!") {
			continue
		}
		loc, err := parseCDXJLine(line)
		if err != nil {
			return nil, indexState{Files: map[string]int64{}}
		}
		locs = append(locs, loc)
	}
	if sc.Err() != nil {
		return nil, indexState{Files: map[string]int64{}}
	}
	return locs, st
}

// writeIndex writes the CDXJ (lines sorted byte-wise, as pywb sorts) and then its state, each atomically
// (temporary file, fsync, rename, fsync of the directory). A crash between the two leaves a state older than
// the CDXJ, which the next reconcile repairs (entries are de-duplicated by file and offset).
func writeIndex(dir string, locs []Location, st indexState, noSync bool) error {
	lines := make([]string, len(locs))
	for i, loc := range locs {
		lines[i] = cdxjLine(loc)
	}
	sort.Strings(lines)
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if err := writeFileAtomic(dir, IndexName, b.Bytes(), noSync); err != nil {
		return err
	}
	js, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("encode index state: %w", err)
	}
	return writeFileAtomic(dir, indexStateName, js, noSync)
}

// writeFileAtomic replaces dir/name by data, durably unless noSync.
func writeFileAtomic(dir, name string, data []byte, noSync bool) (err error) {
	tmp, err := os.CreateTemp(dir, name+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err == nil && !noSync {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err = os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if noSync {
		return nil
	}
	return syncDir(dir)
}

// syncDir fsyncs a directory so that a file created or renamed in it survives a crash.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync dir %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("sync dir %s: %w", dir, err)
	}
	return nil
}

// sortLocations sorts as the CDXJ is sorted: by SURT key, then time, then file and offset.
func sortLocations(locs []Location) {
	keys := make(map[string]string, len(locs))
	for _, l := range locs {
		if _, ok := keys[l.URL]; !ok {
			keys[l.URL] = SURT(l.URL)
		}
	}
	sort.SliceStable(locs, func(i, j int) bool {
		a, b := locs[i], locs[j]
		if ka, kb := keys[a.URL], keys[b.URL]; ka != kb {
			return ka < kb
		}
		if !a.Captured.Equal(b.Captured) {
			return a.Captured.Before(b.Captured)
		}
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Offset < b.Offset
	})
}
