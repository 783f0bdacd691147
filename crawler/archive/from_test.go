package archive

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestScanFromReadsPastACheckpoint(t *testing.T) {
	dir := t.TempDir()
	locs, file := writeGroups(t, dir, 3)
	path := filepath.Join(dir, file)
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Files(dir)
	if err != nil || len(files) != 1 || files[0].Name != file || files[0].Size != int64(len(whole)) {
		t.Fatalf("Files = %+v, %v", files, err)
	}
	tail := locs[2].Offset + locs[2].Length/2
	tests := []struct {
		name    string
		data    []byte
		from    int64
		want    []Location // the records fn sees
		wantErr error
	}{
		{"whole file", whole, 0, locs, nil},
		{"from a checkpoint", whole, locs[1].Offset, locs[1:], nil},
		{"torn tail", whole[:tail], 0, locs[:2], ErrTornTail},
		{"damage before complete records", append(append(append([]byte{}, whole[:locs[1].Offset]...), "not gzip at all"...), whole[locs[1].Offset:]...), 0, locs[:1], ErrDamaged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			var got []Location
			last := tt.from
			end, err := ScanFrom(context.Background(), dir, file, tt.from, func(rec Record, next int64, rerr error) error {
				if rerr != nil || rec.Body == nil {
					t.Errorf("record at %d: %v", rec.Offset, rerr)
				}
				if next != rec.Offset+rec.Length || rec.Offset < last {
					t.Errorf("record at %d+%d, next %d, after %d", rec.Offset, rec.Length, next, last)
				}
				last = next
				got = append(got, rec.Location)
				return nil
			})
			if len(got) != len(tt.want) {
				t.Fatalf("%d records, want %d (err %v)", len(got), len(tt.want), err)
			}
			for i := range got {
				if got[i].Offset != tt.want[i].Offset || got[i].URL != tt.want[i].URL {
					t.Errorf("record %d at %d (%s), want %d (%s)", i, got[i].Offset, got[i].URL, tt.want[i].Offset, tt.want[i].URL)
				}
			}
			if tt.wantErr == nil && err != nil || !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if errors.Is(tt.wantErr, ErrTornTail) != errors.Is(err, ErrTornTail) {
				t.Errorf("err = %v: torn tail told wrongly", err)
			}
			if tt.wantErr == nil && end != int64(len(tt.data)) {
				t.Errorf("end %d, size %d", end, len(tt.data))
			}
		})
	}
}

func FuzzScanFrom(f *testing.F) {
	dir := f.TempDir()
	_, file := writeGroups(f, dir, 2)
	whole, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(whole, int64(0))
	f.Add(whole[:len(whole)-9], int64(0))
	f.Add([]byte("\x1f\x8b\x08garbage"), int64(0))
	scanDir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, from int64) {
		if from < 0 || from > int64(len(data)) {
			from = 0
		}
		if err := os.WriteFile(filepath.Join(scanDir, file), data, 0o644); err != nil {
			t.Fatal(err)
		}
		last := from
		end, _ := ScanFrom(context.Background(), scanDir, file, from, func(rec Record, next int64, _ error) error {
			if rec.Offset < last || next <= rec.Offset {
				t.Fatalf("record at %d+%d after %d", rec.Offset, rec.Length, last)
			}
			last = next
			return nil
		})
		if end < last || end > int64(len(data)) {
			t.Fatalf("end %d, last record end %d, size %d", end, last, len(data))
		}
	})
}
