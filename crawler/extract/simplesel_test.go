package extract

import (
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

func TestParseSimple(t *testing.T) {
	for s, want := range map[string]bool{
		"h2.title": true, ".asset-full-content .journal-content-article": true, "#a > p": true, "div>p.x#y": true, "p.wd-date": true,
		"li:last-child": false, "[id$=_lblDate]": false, "a, b": false, "div ": false, " div": false, "a  b": false, "a ~ b": false,
		"*": false, "DIV.x": false, "my-tag": false, ".-x": false, `.a\.b`: false, ".ĐẦU": false, "": false, "a >": false, "> a": false,
	} {
		if got := parseSimple(s) != nil; got != want {
			t.Errorf("parseSimple(%q) != nil is %v, want %v", s, got, want)
		}
	}
}

// FuzzSimpleSel checks simpleSel against cascadia on every node of a
// page, for any selector parseSimple accepts (which cascadia must parse
// too).
func FuzzSimpleSel(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(".x", s)
		f.Add("div .x", s)
		f.Add("div > p", s)
	}
	f.Add("h2.title", `<h2 class="title x">a</h2><h2 class="xtitle title-">b</h2><h2 class="a	title">c</h2>`)
	f.Add(".a .b > .c", `<div class="a"><div class="b"><p class="c">x</p></div><div class="b"><span><p class="c">y</p></span></div></div>`)
	f.Add("#x.y", `<p id="x" class="y">a</p><p id="x y" class="y">b</p>`)
	f.Fuzz(func(t *testing.T, sel, page string) {
		s := parseSimple(sel)
		if s == nil {
			return
		}
		m, err := cascadia.Parse(sel)
		if err != nil {
			t.Fatalf("parseSimple(%q) accepts what cascadia rejects: %v", sel, err)
		}
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		for n := root; n != nil; n = next(root, n) {
			if got, want := s.match(n), m.Match(n); got != want {
				t.Fatalf("%q on <%s %v>: simpleSel says %v, cascadia %v", sel, n.Data, n.Attr, got, want)
			}
		}
	})
}
