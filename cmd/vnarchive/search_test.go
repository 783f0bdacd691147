package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/index"
)

// queryDir makes a data directory whose index holds the search package's
// basic test articles (no archive: nothing to catch up with).
func queryDir(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile("../../search/testdata/basic/articles.json")
	if err != nil {
		t.Fatal(err)
	}
	var as []data.Article
	if err := json.Unmarshal(raw, &as); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ix, err := index.Open(context.Background(), filepath.Join(dir, indexSubdir), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var es []index.Entry
	for i := range as {
		es = append(es, index.Entry{Article: &as[i], Archive: index.ArchiveRef{WARC: "a.warc.gz", Offset: int64(100 * i), Captured: "2024-06-01T00:00:00Z"}})
	}
	if err := ix.Apply(context.Background(), es, nil); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func queryCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestQueryCommands(t *testing.T) {
	dir := queryDir(t)
	tests := []struct {
		name string
		args []string
		code int
		want []string // substrings of stdout (or stderr when code != 0)
	}{
		{"search json", []string{"search", "--json", "dan van kheo"}, 0, []string{`"total": 2`, `"id": "d03"`, `<mark>`, `"facets"`, `"next": null`}},
		{"search table", []string{"search", "dân", "vận"}, 0, []string{"5 results", "PUBLISHED", "d01"}},
		{"search filters", []string{"search", "--json", "--official", "bui huyen mai", "--from", "2024-01-01"}, 0, []string{`"total": 2`}},
		{"search paging", []string{"search", "--json", "--limit", "1", "dân vận"}, 0, []string{`"next": "`}},
		{"nothing found is success", []string{"search", "xyzzy"}, 0, []string{"0 results"}},
		{"bad date is bad usage", []string{"search", "--from", "2024-13-01"}, 2, []string{"from:"}},
		{"bad sort is bad usage", []string{"search", "--sort", "best"}, 2, []string{"sort:"}},
		{"bad cursor is bad usage", []string{"search", "--after", "nonsense"}, 2, []string{"after:"}},
		{"officials json", []string{"officials", "--json", "bui huyen mai"}, 0, []string{`"name": "Bùi Huyền Mai"`, `"articles": 3`, `"first": "2024-02-20"`}},
		{"officials table", []string{"officials"}, 0, []string{"Bùi Huyền Mai", "Bí thư Quận ủy"}},
		{"documents json", []string{"documents", "--json", "25/nq-tw"}, 0, []string{`"canonical": "25-NQ/TW"`, `"citations": 5`}},
		{"documents table", []string{"documents"}, 0, []string{"25-NQ/TU", "30/2020/NĐ-CP"}},
		{"show json", []string{"show", "--json", "d01"}, 0, []string{`"id": "d01"`, `"archive": {`, `"warc": "a.warc.gz"`, `"officials": [`}},
		{"show by URL", []string{"show", "https://quanthanhxuan.gov.vn/tin-tuc/-/view_content/d01"}, 0, []string{"Quán triệt Nghị quyết 25-NQ/TW", "a.warc.gz"}},
		{"show unknown article", []string{"show", "0123456789abcdef"}, 2, []string{"no article"}},
		{"show without id", []string{"show"}, 2, []string{"one article"}},
		{"export bad format", []string{"export", "--format", "xml"}, 2, []string{"--format"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := queryCLI(append(tt.args, "--dir", dir)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, tt.code, errOut)
			}
			text := out
			if code != 0 {
				text = errOut
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("output lacks %q:\n%s", w, text)
				}
			}
		})
	}
}

func TestExport(t *testing.T) {
	dir := queryDir(t)
	t.Run("csv has the fixed columns and joins multiple values", func(t *testing.T) {
		code, out, errOut := queryCLI("export", "--dir", dir, "--format", "csv", "--doc", "25-NQ/TW")
		if code != 0 {
			t.Fatal(errOut)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(rows[0], ",") != strings.Join(exportColumns, ",") || len(rows) != 6 {
			t.Fatalf("rows %v", rows)
		}
		for _, r := range rows[1:] {
			if r[0] == "d01" && (r[6] != "Bùi Huyền Mai" || r[7] != "25-NQ/TW" || r[8] != "Nghị quyết") {
				t.Errorf("row %v", r)
			}
		}
	})
	t.Run("jsonl has one object per article", func(t *testing.T) {
		code, out, errOut := queryCLI("export", "--dir", dir, "dân vận")
		if code != 0 {
			t.Fatal(errOut)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 5 {
			t.Fatalf("%d lines", len(lines))
		}
		var r exportRow
		if err := json.Unmarshal([]byte(lines[0]), &r); err != nil || r.ID == "" || r.WARC != "a.warc.gz" {
			t.Errorf("line %s: %v", lines[0], err)
		}
	})
}

func TestQueryCommandsNeedADataDirectory(t *testing.T) {
	code, _, errOut := queryCLI("search", "--dir", filepath.Join(t.TempDir(), "none"), "x")
	if code != 1 || !strings.Contains(errOut, "no archive") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}
