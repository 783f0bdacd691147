package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnarchive/vnarchive/data"
)

// TestScanSpaceKnowsEveryRune checks collapseSpace against strings.Fields
// with every rune of the Basic Multilingual Plane (and a few beyond) first,
// last and between words: the white space outside ASCII that scanSpace
// looks for by its bytes is all there is.
func TestScanSpaceKnowsEveryRune(t *testing.T) {
	for r := rune(0); r < 0x10000+0x100; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		for _, s := range []string{c, "a" + c, c + "b", "a" + c + "b", "a " + c + "b", "\u00AD" + c} {
			if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
				t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
			}
		}
		if s := "a " + c + "\u00ADb"; normLine(s) != normLineSteps(s) {
			t.Fatalf("normLine(%q) = %q, the steps give %q", s, normLine(s), normLineSteps(s))
		}
	}
}

// paragraphsSimple is paragraphs as first written: one byte buffer for
// every paragraph, copied to a string at each end.
func paragraphsSimple(root *html.Node, drop map[*html.Node]bool) []para {
	var out []para
	var buf []byte
	var cur *html.Node
	flush := func() {
		if len(buf) == 0 {
			return
		}
		if l := paraText(string(buf)); l != "" {
			out = append(out, para{text: l, block: cur})
		}
		buf = buf[:0]
	}
	var walk func(n *html.Node, block *html.Node)
	walk = func(n *html.Node, block *html.Node) {
		switch n.Type {
		case html.TextNode:
			if len(buf) == 0 {
				if strings.TrimSpace(n.Data) == "" {
					return
				}
				cur = block
			}
			buf = append(buf, n.Data...)
			return
		case html.ElementNode:
			if drop[n] || skipped(n) {
				return
			}
			if n.DataAtom == atom.Br {
				if len(buf) > 0 {
					buf = append(buf, '\n')
				}
				return
			}
			if isBlock(n.DataAtom) {
				flush()
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c, n)
				}
				flush()
				return
			}
		case html.CommentNode:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, block)
		}
	}
	walk(root, root)
	flush()
	return out
}

// fastPathSeeds are pages for the fuzz targets that check fast paths
// against their plain forms.
var fastPathSeeds = []string{
	genericPage, "", "<p>a<br>b</p>", "<div> <br>x<b>y</b><p>z</p>w</div>", "<p>\u00A0</p><p>x\u00ADy</p>",
	`<div class="x">a<p class="x">b</p></div><p>c<br><br>d</p>`, "<ul><li>a<li>b</ul><table><td>c<td class=x>d</table>",
	"<p><script>x</script> a <!-- c --> b</p>", `<span style="display:none">h</span>t<span hidden>u</span>`,
}

// FuzzParagraphs checks paragraphs against paragraphsSimple, with nothing
// dropped and with the elements of class "x" dropped.
func FuzzParagraphs(f *testing.F) {
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		drop := map[*html.Node]bool{}
		for n := root; n != nil; n = next(root, n) {
			if n.Type == html.ElementNode && attr(n, "class") == "x" {
				drop[n] = true
			}
		}
		for _, d := range []map[*html.Node]bool{nil, drop} {
			if got, want := paragraphs(root, d), paragraphsSimple(root, d); !slices.Equal(got, want) {
				t.Fatalf("paragraphs(%q) = %v, the plain form gives %v", page, got, want)
			}
		}
	})
}

// FuzzFirstWordEnd checks firstWordEnd against strings.IndexAny.
func FuzzFirstWordEnd(f *testing.F) {
	for _, s := range []string{"", "Tin khác", "Trang chủ » Tin", "a»", "\xc2", "\xe1\xc2\xbb", "\xbb", "x/y", "ab:c", "|", "Lượt\txem"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := firstWordEnd(w), strings.IndexAny(w, " :\n\t|/>»"); got != want {
			t.Fatalf("firstWordEnd(%q) = %d, strings.IndexAny says %d", w, got, want)
		}
	})
}

// countTextSimple is countText rune by rune.
func countTextSimple(d string) (runes, commas int) {
	for _, r := range d {
		switch r {
		case ' ', '\n', '\t', '\r':
			continue
		case ',':
			commas++
		}
		runes++
	}
	return runes, commas
}

// FuzzCountText checks countText against countTextSimple.
func FuzzCountText(f *testing.F) {
	for _, s := range []string{"", "a, b", "Sáng ngày 06/5, Ủy ban", "\xe0\xa0\x80\xed\xa0\x80", "\xc2", "\xe1\xba", "\xff,\t\r\n ", "—“x”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, d string) {
		r, c := countText(d)
		if wr, wc := countTextSimple(d); r != wr || c != wc {
			t.Fatalf("countText(%q) = %d, %d; rune by rune %d, %d", d, r, c, wr, wc)
		}
	})
}

// FuzzRunesOver checks runesOver against utf8.RuneCountInString.
func FuzzRunesOver(f *testing.F) {
	for _, s := range []string{"", "a", "Việt Nam", "\xff\xfe\xfd", "ệệệệ", "abcdefghijklmnopqrstu"} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, n uint8) {
		if got, want := runesOver(s, int(n)), utf8.RuneCountInString(s) > int(n); got != want {
			t.Fatalf("runesOver(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}

// FuzzSelectorMatches checks selector.matches, with its tests of the
// element name and of the class or id attributes before cascadia, against
// cascadia alone, for every selector of the embedded profiles and of the
// generic fallback, on every node of the page.
func FuzzSelectorMatches(f *testing.F) {
	ps, err := LoadProfiles(data.Profiles())
	if err != nil {
		f.Fatal(err)
	}
	var sels []selector
	for _, p := range ps {
		c, err := compile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, l := range [][]selector{c.markers, c.articleMarkers, c.title, c.published, c.body, c.remove, c.summary, c.author, c.category, c.captions} {
			sels = append(sels, l...)
		}
		for _, tc := range p.Tests {
			f.Add(tc.HTML)
		}
	}
	for _, l := range [][]selector{titleGroup.sels, captionGroup.sels, summaryFixed, authorFixed, breadcrumbFixed} {
		sels = append(sels, l...)
	}
	for _, s := range fastPathSeeds {
		f.Add(s)
	}
	f.Add(`<h2 class="title x">a</h2><h2>title</h2><td class="captionx caption">b</td><p class="chu-thich">c</p><div id="breadcrumb">d</div><h1>e</h1>`)
	f.Fuzz(func(t *testing.T, page string) {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		for n := root; n != nil; n = next(root, n) {
			for i := range sels {
				if got, want := sels[i].matches(n), sels[i].m.Match(n); got != want {
					t.Fatalf("selector needing %v (subject %q, element %q) on <%s %v>: matches says %v, cascadia %v", sels[i].need, sels[i].subject, sels[i].elem, n.Data, n.Attr, got, want)
				}
			}
		}
	})
}

func TestSubjectElem(t *testing.T) {
	for s, want := range map[string]string{
		"h2.title": "h2", "td.caption": "td", "div > p.x": "p", "a[href]": "a", "h1": "h1", ".x": "", "*": "",
		"my-tag.x": "", "DIV.x": "", "a, b": "", "p:not(.x)": "", "div:has(> p)": "div", "ul li": "li", "x\\.y": "",
		"div:first-child": "div", "h2#t": "h2", "div ": "",
	} {
		if got := subjectElem(s); got != want {
			t.Errorf("subjectElem(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzScanASCII checks scanASCII against isASCIIString and scanSpace.
func FuzzScanASCII(f *testing.F) {
	for _, s := range []string{"", " ", "a b", " a", "a ", "a  b", "a\tb", "a\vb\f", "x\ry", "ab\xffc d", "Việt  Nam"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ascii, collapse := scanASCII(s)
		if ascii != isASCIIString(s) {
			t.Fatalf("scanASCII(%q) says ASCII %v", s, ascii)
		}
		if want, _ := scanSpace(s, false); ascii && collapse != want {
			t.Fatalf("scanASCII(%q) says collapse %v, scanSpace %v", s, collapse, want)
		}
	})
}

// FuzzClassIDShort checks classIDShort against classID.
func FuzzClassIDShort(f *testing.F) {
	for _, s := range []string{`<div class="Main-Content" id="X1">`, `<p class="ĐẦU">`, `<p id="a">`, `<b class="">`, "<i class=\"a\xffB\">"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		for n := root; n != nil; n = next(root, n) {
			var buf [128]byte
			if ci, ok := classIDShort(n, &buf); ok && string(ci) != classID(n) {
				t.Fatalf("classIDShort = %q, classID %q", ci, classID(n))
			}
		}
	})
}
