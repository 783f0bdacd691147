package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnarchive/vnarchive/crawler/simportal"
	"github.com/vnarchive/vnarchive/data"
)

// TestWalksFromTheFirstTokenMatchWholeWalks checks that first and anyMatch,
// which start their walk at the first element with the subject's class or
// id, find what walks of the whole tree find, for every profile selector on
// the profiles' test pages and on simulated portal pages.
func TestWalksFromTheFirstTokenMatchWholeWalks(t *testing.T) {
	ps, err := LoadProfiles(data.Profiles())
	if err != nil {
		t.Fatal(err)
	}
	var pages []string
	for _, p := range ps {
		for _, tc := range p.Tests {
			pages = append(pages, tc.HTML)
		}
	}
	sim := simportal.New(simportal.Config{Seed: 5, Articles: 40})
	for i := 0; i < 40; i++ {
		page, _ := sim.Page(i, "http://127.0.0.1:1/")
		pages = append(pages, string(page))
	}
	// the real fixtures too, when ../shared is there
	if files, _ := filepath.Glob(filepath.Join(sharedDirQuiet(), "fixtures", "real-html", "*.html")); len(files) > 0 {
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, string(raw))
		}
	}
	pages = append(pages, `<div itemprop="author">X</div><nav aria-label="Breadcrumb"><a>Y</a></nav><ol itemtype="http://schema.org/BreadcrumbList"><li>Z</li></ol><p itemprop="description">W</p>`, `<h1>A</h1><h2 class="title">B</h2><figure><img><figcaption>C</figcaption></figure><p class="caption chuthich">D</p><td class="caption">E</td>`, genericPage,
		`<div class="asset-full-content"><h1 class="asset-full-content-title"></h1><h1 class="asset-full-content-title">T</h1><div class="detail-content"><p>x</p></div></div>`)
	var sels []selector
	for _, p := range ps {
		c, err := compile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range [][]selector{c.markers, c.articleMarkers, c.title, c.published, c.body, c.remove, c.summary, c.author, c.category, c.captions} {
			sels = append(sels, l...)
		}
	}
	for _, page := range pages {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		// the fixed groups, left to the selectors the page can match
		pg := newPage(root, "https://a.gov.vn/", x(t).filter)
		for _, g := range []struct {
			group string
			fg    *fixedGroup
		}{
			{"h1, h2.title, h2.detail-title, h3.title", titleGroup},
			{"figcaption, .caption, .image-caption, .img-caption, .chuthich, .chu-thich, .PhotoCMS_Caption, .expNoEdit, td.caption, p.caption", captionGroup},
		} {
			if got, want := pg.queryGroup(root, g.fg), queryAll(root, g.group); !slices.Equal(got, want) {
				t.Fatalf("queryGroup(%s) = %d nodes, queryAll %d", g.group, len(got), len(want))
			}
		}
		if got, want := pg.titleHeadings(nil), queryAll(root, "h1, h2.title, h2.detail-title, h3.title"); !slices.Equal(got, want) {
			t.Fatalf("titleHeadings = %d nodes, queryAll %d", len(got), len(want))
		}
		for _, list := range [][]string{summarySelectors, authorSelectors, breadcrumbSelectors} {
			for _, fs := range list {
				if got, want := pg.q(fs), queryFirst(root, fs); got != want {
					t.Fatalf("q(%s) = %v, a whole walk finds %v", fs, got, want)
				}
			}
		}
		for k, list := range [][]selector{summaryFixed, authorFixed, breadcrumbFixed} {
			strs := [][]string{summarySelectors, authorSelectors, breadcrumbSelectors}[k]
			for i := range list {
				if got, want := pg.qSel(&list[i]), pg.q(strs[i]); got != want {
					t.Fatalf("qSel(%s) = %v, q finds %v", strs[i], got, want)
				}
			}
		}
		roots := []*html.Node{root}
		if b := cascadia.Query(root, sel("body")); b != nil {
			roots = append(roots, b)
		}
		for _, r := range roots {
			// the full index, and one kept to the tokens the default
			// extractor's selectors need (one per selector, as indexing
			// the rest on demand changes it)
			tok := indexPage(root, nil).tok
			for _, s := range sels {
				var want *html.Node
				wantAny := false
				if tok.possible(s) {
					want = findFirst(r, s.m)
					wantAny = cascadia.Query(r, s.m) != nil
				}
				filtered := indexPage(root, x(t).filter).tok
				if got := filtered.first(r, []selector{s}); got != want {
					t.Fatalf("first(%v) with the filtered index = %v, a whole walk finds %v", s.need, got, want)
				}
				if got := filtered.anyMatch(r, []selector{s}); got != wantAny {
					t.Fatalf("anyMatch(%v) with the filtered index = %v, a whole walk says %v", s.need, got, wantAny)
				}
				if got := tok.first(r, []selector{s}); got != want {
					t.Fatalf("first(%v) = %v, a whole walk finds %v", s.need, got, want)
				}
				if got := tok.anyMatch(r, []selector{s}); got != wantAny {
					t.Fatalf("anyMatch(%v) = %v, a whole walk says %v", s.need, got, wantAny)
				}
			}
		}
	}
}

func TestFilteredIndexAnswersForTokensOutsideTheFilter(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<div class="zz-unregistered a"><p id="zz-x">T</p></div><p class="zz-unregistered">U</p>`))
	if err != nil {
		t.Fatal(err)
	}
	tok := indexPage(root, x(t).filter).tok
	for _, need := range []string{".zz-unregistered", "#zz-x"} {
		if !tok.possible(selector{need: []string{need}}) {
			t.Errorf("%s is on the page but the filtered index says no", need)
		}
	}
	if tok.possible(selector{need: []string{".zz-absent"}}) {
		t.Error(".zz-absent is not on the page but the filtered index says yes")
	}
	if got := tok.get(".zz-unregistered"); got == nil || got.Data != "div" {
		t.Errorf("first element with .zz-unregistered = %v, want the div", got)
	}
}

func TestSubjectToken(t *testing.T) {
	for _, tt := range []struct{ sel, want string }{
		{".a .b", ".b"}, {".a > li.c", ".c"}, {".a + .b:last-child", ".b"}, {"#x", "#x"}, {".a li", ""},
		{".a, .b", ""}, {".a:not(.b)", ""}, {".a [data-x=1]", ""}, {".a li:nth-child(2n+1)", ""}, {`.a\:b`, ""},
		{".a ~ .b[type=x]", ".b"}, {".b ", ""},
	} {
		if got := subjectToken(tt.sel); got != tt.want {
			t.Errorf("subjectToken(%q) = %q, want %q", tt.sel, got, tt.want)
		}
	}
}

// skippedByAttr is skipped as attr lookups, one per attribute.
func skippedByAttr(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Select, atom.Option,
		atom.Button, atom.Input, atom.Textarea, atom.Svg, atom.Canvas, atom.Object, atom.Embed, atom.Map, atom.Head:
		return true
	}
	if s := attr(n, "style"); s != "" {
		s = strings.ReplaceAll(strings.ToLower(s), " ", "")
		if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
			return true
		}
	}
	return attr(n, "hidden") != "" || attr(n, "aria-hidden") == "true"
}

// FuzzSkippedAndClasses checks skipped (one pass over the attributes) and
// the class tokens of the page index (a byte table) against their plain
// forms, on elements with attributes of the fuzzer's choosing.
func FuzzSkippedAndClasses(f *testing.F) {
	for _, s := range [][4]string{{"style", "DISPLAY : None", "class", "a  b\tc"}, {"hidden", "", "hidden", "x"},
		{"aria-hidden", "false", "aria-hidden", "true"}, {"style", "display:\u0130none", "class", "x\u00A0y z"}, {"class", "", "style", "visibility: hidden"}} {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, k1, v1, k2, v2 string) {
		n := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div, Attr: []html.Attribute{{Key: k1, Val: v1}, {Key: k2, Val: v2}}}
		if got, want := skipped(n), skippedByAttr(n); got != want {
			t.Fatalf("%q: skipped says %v, attr lookups %v", n.Attr, got, want)
		}
		x := &indexer{tok: map[string]*html.Node{}}
		x.classes(v1, n)
		want := map[string]bool{}
		for _, c := range strings.Fields(v1) {
			want["."+c] = true
		}
		if len(x.tok) != len(want) {
			t.Fatalf("classes of %q: %d tokens, Fields gives %d", v1, len(x.tok), len(want))
		}
		for k := range x.tok {
			if !want[k] {
				t.Fatalf("classes of %q: token %q not among Fields", v1, k)
			}
		}
	})
}

// FuzzCountTagAndTrail checks countTag and trailItems against queryAll.
func FuzzCountTagAndTrail(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Add(`<table><tr><td><img><td>a<img></table><ul class="breadcrumb"><li><a>x</a><span>y</span></li><p>z</p><svg><a>w</a><p>q</p></svg></ul>`)
	f.Fuzz(func(t *testing.T, page string) {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		for n := root; n != nil; n = next(root, n) {
			for _, tag := range []string{"a", "img", "td"} {
				for limit := 0; limit <= 4; limit++ {
					if got, want := countTag(n, tag, limit), min(len(queryAll(n, tag)), limit); got != want {
						t.Fatalf("countTag(<%s>, %q, %d) = %d, queryAll gives %d", n.Data, tag, limit, got, want)
					}
				}
			}
			if got, want := trailItems(n, nil), queryAll(n, "li, a, span, p"); !slices.Equal(got, want) {
				t.Fatalf("trailItems(<%s>) = %d nodes, queryAll %d", n.Data, len(got), len(want))
			}
		}
	})
}

// FuzzPlainASCII checks that plainASCII says true only for bytes from
// 0x20 to 0x7F.
func FuzzPlainASCII(f *testing.F) {
	for _, s := range []string{"", "asset-full-content show-asset-title", "a\tb", "abcdefgh\x1fijk", "x\u00A0y", "\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f", "        !"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plainASCII(s) {
			return
		}
		for i := 0; i < len(s); i++ {
			if s[i] < 0x20 || s[i] >= 0x80 {
				t.Fatalf("plainASCII(%q) but byte %d is %#x", s, i, s[i])
			}
		}
	})
}
