package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A page written for these tests (not copied from any portal).
const testPage = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Phường Mẫu họp dân - Tin tức - Cổng phường</title></head>
<body><div class="dd_chuyenmuc"><span class="tintuc"><p>Tin tức</p></span></div>
<div id="p_p_id_101_" class="portlet-asset-publisher"><div class="asset-full-content-title">Phường Mẫu họp dân</div>
<div class="assetPublishDate block_timer">Ngày đăng 02/04/2024 | 19:30 | Lượt xem: 5</div>
<div class="asset-full-content"><div class="journal-content-article">
<p>Tối ngày 02/4/2024, phường tổ chức họp dân tại nhà văn hóa tổ dân phố số 3.</p>
<p>Người dân góp ý về việc chỉnh trang ngõ xóm.</p>
<p>Văn phòng phường</p></div></div></div></body></html>`

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func decodeObject(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, s)
	}
	return m
}

func TestExtractFilePrintsTheArticle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(testPage), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "extract", path, "--url", "https://phuongmau.hanoi.gov.vn/tin-tuc/-/view_content/42-hop-dan.html")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	m := decodeObject(t, out)
	want := map[string]string{
		"url":       "https://phuongmau.hanoi.gov.vn/tin-tuc/-/view_content/42-hop-dan.html",
		"title":     "Phường Mẫu họp dân",
		"published": "2024-04-02T19:30:00+07:00",
		"author":    "Văn phòng phường",
		"category":  "Tin tức",
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("%s = %v, want %q", k, m[k], v)
		}
	}
	for _, k := range []string{"officials", "documents", "references", "dates"} {
		if _, ok := m[k].([]any); !ok {
			t.Errorf("%s = %v, want a JSON array (never null)", k, m[k])
		}
	}
}

func TestExtractReadsStandardInput(t *testing.T) {
	code, out, errs := runCLI(t, testPage, "extract", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if m := decodeObject(t, out); m["title"] != "Phường Mẫu họp dân" {
		t.Fatalf("title = %v", m["title"])
	}
}

func TestExtractTextGivesEntitiesOfPlainText(t *testing.T) {
	text := "Ngày đăng 28/02/2024 | 16:38\n\nChiều ngày 28/02/2024, phường tổng kết công t&aacute;c năm."
	code, out, errs := runCLI(t, text, "extract", "--text")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	m := decodeObject(t, out)
	if !strings.Contains(m["text"].(string), "công tác năm") {
		t.Errorf("entities not decoded on the way in: %q", m["text"])
	}
	if m["published"] != "2024-02-28T16:38:00+07:00" {
		t.Errorf("published = %v", m["published"])
	}
	if d, _ := m["dates"].([]any); len(d) != 1 || d[0] != "2024-02-28" {
		t.Errorf("dates = %v, want [2024-02-28]", m["dates"])
	}
}

func TestExtractFetchesAURLWithAnHonestUserAgent(t *testing.T) {
	var gotUA string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/tin-tuc/bai.html" {
			http.NotFound(w, r)
			return
		}
		gotUA = r.UserAgent()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(testPage))
	}))
	defer srv.Close()

	code, out, errs := runCLI(t, "", "extract", srv.URL+"/tin-tuc/bai.html")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if gotUA != userAgent {
		t.Errorf("User-Agent = %q, want %q", gotUA, userAgent)
	}
	if m := decodeObject(t, out); m["url"] != srv.URL+"/tin-tuc/bai.html" || m["title"] != "Phường Mẫu họp dân" {
		t.Errorf("url = %v, title = %v", m["url"], m["title"])
	}

	code, _, errs = runCLI(t, "", "extract", srv.URL+"/khong-co")
	if code != exitError || !strings.Contains(errs, "404") {
		t.Errorf("missing page: exit %d, stderr %q; want exit 1 naming the status", code, errs)
	}
}

func TestExtractBadInputExitsTwo(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"missing file", "", []string{"extract", filepath.Join(t.TempDir(), "none.html")}},
		{"empty page", "  \n", []string{"extract", "-"}},
		{"two arguments", "", []string{"extract", "a", "b"}},
		{"argument with --jsonl", "", []string{"extract", "--jsonl", "a.jsonl"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, errs := runCLI(t, tt.stdin, tt.args...); code != exitUsage {
				t.Fatalf("exit %d (%s), want 2", code, errs)
			}
		})
	}
}

func TestExtractJSONLWritesOneLinePerInputLine(t *testing.T) {
	page, _ := json.Marshal(testPage)
	in := strings.Join([]string{
		`{"id": "a1", "text": "Ngày 03/6/2013, Ban Chấp hành họp."}`,
		``,
		`{"id": 7, "html": ` + string(page) + `, "url": "https://phuongmau.hanoi.gov.vn/x"}`,
		`{"id": "empty", "html": ""}`,
		`{"id": "nfd", "text": "Ngày 5/3/2024 ho\u0300a gia\u0309i"}`,
	}, "\n")
	code, out, errs := runCLI(t, in, "extract", "--jsonl")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d output lines, want 4:\n%s", len(lines), out)
	}
	var ids []any
	for _, l := range lines {
		m := decodeObject(t, l)
		ids = append(ids, m["id"])
		switch m["id"] {
		case "a1":
			if d, _ := m["dates"].([]any); len(d) != 1 || d[0] != "2013-06-03" {
				t.Errorf("a1 dates = %v", m["dates"])
			}
		case float64(7):
			if m["title"] != "Phường Mẫu họp dân" || m["url"] != "https://phuongmau.hanoi.gov.vn/x" {
				t.Errorf("7: title %v url %v", m["title"], m["url"])
			}
		case "empty":
			if m["error"] == nil {
				t.Errorf("empty page: no error object: %v", m)
			}
		case "nfd":
			if !strings.Contains(m["text"].(string), "hòa giải") {
				t.Errorf("NFD text not made NFC: %q", m["text"])
			}
		}
	}
	if ids[0] != "a1" || ids[1] != float64(7) || ids[2] != "empty" || ids[3] != "nfd" {
		t.Errorf("ids out of order: %v", ids)
	}
}

func TestExtractJSONLStopsAtABadLineWithItsNumber(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"not JSON", "{\"id\": \"a\", \"text\": \"x\"}\nnot json\n", "line 2"},
		{"no id", "{\"text\": \"x\"}\n", "line 1"},
		{"no html or text", "{\"id\": \"a\"}\n", "line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, tt.in, "extract", "--jsonl")
			if code != exitUsage || !strings.Contains(errs, tt.want) {
				t.Fatalf("exit %d, stderr %q; want exit 2 naming %q", code, errs, tt.want)
			}
		})
	}
}

// FuzzExtractJSONL feeds arbitrary input to the batch mode: it must answer
// with exit 0 or 2, never panic, and every line it writes must be JSON.
func FuzzExtractJSONL(f *testing.F) {
	f.Add(`{"id": "a", "text": "Ngày 03/6/2013"}` + "\n" + `{"id": 2, "html": "<p>x</p>"}`)
	f.Add(`{"id": null}`)
	f.Add("\n\n{\"id\": \"a\", \"html\": \"\"}\r\n")
	f.Add(`[1, 2]`)
	f.Fuzz(func(t *testing.T, in string) {
		var out, errb bytes.Buffer
		code := run(context.Background(), []string{"extract", "--jsonl"}, strings.NewReader(in), &out, &errb)
		if code != exitOK && code != exitUsage {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			if l != "" && !json.Valid([]byte(l)) {
				t.Fatalf("not JSON: %q", l)
			}
		}
	})
}
