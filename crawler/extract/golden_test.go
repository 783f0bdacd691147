package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// The golden tests run page → Article over the real HTML fixtures in
// ../shared/fixtures/real-html (beside the repository; CI always has it).
// The fixtures are public pages the project must not copy in, so a golden
// file holds the article's metadata (title, published, author, category,
// summary, lang, profile, whether it is an article, attachment URLs) but,
// for the text, only its length in runes, its paragraph count and the
// SHA-256 of the normalised text, plus a few short "present" markers chosen
// by hand (kept across -update). Every text is also checked against the
// boilerplate markers below, which must never appear.
//
//	go test ./crawler/extract -run Golden -update   # after a deliberate change

// golden is one golden file.
type golden struct {
	Fixture     string   `json:"fixture"`
	Profile     string   `json:"profile"`
	IsArticle   bool     `json:"is_article"`
	Title       string   `json:"title"`
	Published   string   `json:"published"`
	Precision   string   `json:"published_precision"`
	Author      string   `json:"author"`
	Category    string   `json:"category"`
	Summary     string   `json:"summary"`
	Lang        string   `json:"lang"`
	TextRunes   int      `json:"text_runes"`
	Paragraphs  int      `json:"paragraphs"`
	TextSHA256  string   `json:"text_sha256"`
	Attachments []string `json:"attachments"`
	Captions    int      `json:"captions"`
	// Present are short markers the text must hold (curated by hand).
	Present []string `json:"present"`
}

// boilerplateMarkers must never appear in extracted text.
var boilerplateMarkers = []string{
	"Truy cập nội dung luôn", "Lượt xem", "View count", "Other News", "Tin khác", "Send email",
	"Về đầu trang", "Đăng nhập", "Nhập từ tìm kiếm", "Liên kết website", "Thống kê truy cập",
	"Đang online", "Bình chọn", "Sơ đồ cổng", "Publish date", "Ngày đăng",
}

// sharedDir finds ../shared beside the repository root.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("skipped: repository root (go.mod) not found")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "fixtures", "real-html")); err != nil {
		t.Skipf("skipped: real HTML fixtures not found at %s (CI always has them)", filepath.Join(shared, "fixtures", "real-html"))
	}
	return shared
}

// fixtureURL is the page's original URL, from the HTTrack comment at its
// top (the fixtures' README lists them too).
func fixtureURL(raw []byte) string {
	s := string(raw[:min(len(raw), 2048)])
	const tag = "Mirrored from "
	i := strings.Index(s, tag)
	if i < 0 {
		return "https://sotttt.hanoi.gov.vn/"
	}
	rest := s[i+len(tag):]
	if j := strings.Index(rest, " by HTTrack"); j >= 0 {
		rest = rest[:j]
	}
	return "https://" + strings.TrimSpace(rest)
}

func TestGoldenRealFixtures(t *testing.T) {
	shared := sharedDir(t)
	files, err := filepath.Glob(filepath.Join(shared, "fixtures", "real-html", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Extract(raw, fixtureURL(raw), "")
			if err != nil {
				t.Fatal(err)
			}
			a := res.Article
			got := golden{
				Fixture: filepath.Base(f), Profile: res.Profile, IsArticle: res.IsArticle,
				Title: a.Title, Published: a.Published, Precision: a.PublishedPrecision,
				Author: a.Author, Category: a.Category, Summary: a.Summary, Lang: a.Lang,
				TextRunes: utf8.RuneCountInString(a.Text), TextSHA256: sha(a.Text),
				Attachments: []string{}, Captions: len(a.Captions), Present: []string{},
			}
			if a.Text != "" {
				got.Paragraphs = len(strings.Split(a.Text, "\n\n"))
			}
			for _, at := range a.Attachments {
				got.Attachments = append(got.Attachments, at.URL)
			}
			if res.IsArticle {
				for _, m := range boilerplateMarkers {
					if strings.Contains(a.Text, m) {
						t.Errorf("text holds boilerplate %q", m)
					}
				}
			}
			path := filepath.Join("testdata", "golden", name+".json")
			var want golden
			if b, err := os.ReadFile(path); err == nil {
				if err := json.Unmarshal(b, &want); err != nil {
					t.Fatalf("%s: %v", path, err)
				}
			} else if !*update {
				t.Fatalf("no golden file %s (run with -update): %v", path, err)
			}
			got.Present = want.Present
			if got.Present == nil {
				got.Present = []string{}
			}
			for _, m := range got.Present {
				if !strings.Contains(a.Text, m) {
					t.Errorf("text lacks marker %q", m)
				}
			}
			gb, _ := json.MarshalIndent(got, "", "  ")
			gb = append(gb, '\n')
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, gb, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wb, _ := json.MarshalIndent(want, "", "  ")
			wb = append(wb, '\n')
			if string(gb) != string(wb) {
				t.Errorf("extraction differs from %s (run with -update after a deliberate change)\ngot:\n%s\nwant:\n%s", path, gb, wb)
			}
		})
	}
}

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}
