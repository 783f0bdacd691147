package extract

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vnarchive/vnarchive/data"
)

// TestEmbeddedProfilesPassTheirSelfTests runs every profile's own test
// pages through the default extractor (all profiles, in order), so a test
// also fails when an earlier profile steals a page from a later one.
func TestEmbeddedProfilesPassTheirSelfTests(t *testing.T) {
	ps, err := LoadProfiles(data.Profiles())
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) == 0 {
		t.Fatal("no embedded profiles")
	}
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if len(p.Tests) == 0 {
			t.Errorf("profile %s has no self-test", p.Name)
		}
		for _, tc := range p.Tests {
			t.Run(p.Name+"/"+tc.Name, func(t *testing.T) {
				res, err := x.Extract([]byte(tc.HTML), tc.URL, "text/html; charset=utf-8")
				if err != nil {
					t.Fatal(err)
				}
				checkWant(t, res, tc.Want)
			})
		}
	}
}

func checkWant(t *testing.T, res *Result, w TestWant) {
	t.Helper()
	a := res.Article
	for _, f := range []struct{ name, got, want string }{
		{"profile", res.Profile, w.Profile},
		{"title", a.Title, w.Title},
		{"published", a.Published, w.Published},
		{"published_precision", a.PublishedPrecision, w.Precision},
		{"author", a.Author, w.Author},
		{"category", a.Category, w.Category},
		{"summary", a.Summary, w.Summary},
	} {
		if f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
	if res.IsArticle != w.IsArticle {
		t.Errorf("is_article = %v, want %v", res.IsArticle, w.IsArticle)
	}
	for _, s := range w.TextHas {
		if !strings.Contains(a.Text, s) {
			t.Errorf("text lacks %q:\n%s", s, a.Text)
		}
	}
	for _, s := range w.TextLacks {
		if strings.Contains(a.Text, s) {
			t.Errorf("text holds boilerplate %q:\n%s", s, a.Text)
		}
	}
	if w.Captions != nil && !slices.Equal(a.Captions, w.Captions) {
		t.Errorf("captions = %q, want %q", a.Captions, w.Captions)
	}
	if w.Attachments != nil {
		var got []string
		for _, at := range a.Attachments {
			got = append(got, at.URL)
		}
		if !slices.Equal(got, w.Attachments) {
			t.Errorf("attachments = %q, want %q", got, w.Attachments)
		}
	}
}

func TestLoadProfilesRejectsUnknownFields(t *testing.T) {
	fsys := fstest.MapFS{"a.json": {Data: []byte(`{"name": "x", "markers": ["p"], "titel": ["h1"]}`)}}
	if _, err := LoadProfiles(fsys); err == nil {
		t.Fatal("a misspelt field was accepted")
	}
}

func TestNewRejectsBadSelectors(t *testing.T) {
	if _, err := New([]Profile{{Name: "x", Markers: []string{"p["}}}); err == nil {
		t.Fatal("a bad selector was accepted")
	}
	if _, err := New([]Profile{{Name: "x"}}); err == nil {
		t.Fatal("a profile without markers was accepted")
	}
}
