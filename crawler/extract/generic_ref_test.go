package extract

import (
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mainContentRef is mainContent as first written: a walk of the body that
// scores paragraphs with their own text counts, then one walk of the page
// for the link densities of the best.
// (mainContent finds the element holding the article text by scoring the
// parents of text paragraphs (the readability idea): long, comma-rich
// paragraphs add to their parent and less to their grandparents; class and
// id names and link density adjust the score.)
func (pg *page) mainContentRef() *html.Node {
	body := pg.body
	if body == nil {
		body = pg.root
	}
	scores := map[*html.Node]float64{}
	var order []*html.Node
	add := func(n *html.Node, s float64) {
		if n == nil || n.Type != html.ElementNode {
			return
		}
		if _, ok := scores[n]; !ok {
			order = append(order, n)
		}
		scores[n] += s
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipped(n) {
				return
			}
			switch n.DataAtom {
			case atom.Nav, atom.Footer, atom.Aside, atom.Header:
				return
			}
			if paragraphLike(n) {
				runes, _, commas := textStats(n)
				if runes >= 25 {
					s := 1 + float64(commas) + min(float64(runes)/100, 3)
					add(n.Parent, s)
					if n.Parent != nil {
						add(n.Parent.Parent, s/2)
						if n.Parent.Parent != nil {
							add(n.Parent.Parent.Parent, s/3)
						}
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	// Class names and link density are costly to weigh: only the best
	// candidates by text score get them.
	sort.SliceStable(order, func(i, j int) bool { return scores[order[i]] > scores[order[j]] })
	if len(order) > 10 {
		order = order[:10]
	}
	var best *html.Node
	bestScore := 0.0
	dens := linkDensities(pg.root, order)
	for i, n := range order {
		s := (scores[n] + pg.classWeight(n)) * (1 - dens[i])
		if best == nil || s > bestScore {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return body
	}
	return best
}

// linkDensities is linkDensity of each of nodes (at most 10, all under
// root), counted in one walk of root rather than one walk of each: a
// node's counts are its children's, all of an <a>'s runes linked.
func linkDensities(root *html.Node, nodes []*html.Node) [10]float64 {
	var total, linked [10]int
	var seen [10]bool
	var walk func(n *html.Node) (runes, link int)
	walk = func(n *html.Node) (runes, link int) {
		switch {
		case n.Type == html.TextNode:
			runes, _, _ = textStats(n)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript || n.DataAtom == atom.Template):
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				r, l := walk(c)
				runes += r
				link += l
			}
			if n.Type == html.ElementNode && n.DataAtom == atom.A {
				link = runes
			}
		}
		for i, m := range nodes {
			if m == n {
				total[i], linked[i], seen[i] = runes, link, true
			}
		}
		return runes, link
	}
	walk(root)
	var d [10]float64
	for i, n := range nodes {
		if !seen[i] {
			d[i] = linkDensity(n) // inside a script or style: not walked
			continue
		}
		if total[i] == 0 {
			d[i] = 1
		} else {
			d[i] = min(float64(linked[i])/float64(total[i]), 1)
		}
	}
	return d
}

// FuzzMainContent checks mainContent against mainContentRef.
func FuzzMainContent(f *testing.F) {
	for _, s := range append(fastPathSeeds, "<p>a <a href=x>b c</a></p><div><a><b>x</b></a><script>s</script></div>", "<a><a>x</a></a>", "<ul><li><a>Trang chủ</a></li></ul> tail",
		"<div><p>Một, hai, ba, bốn, năm, sáu, bảy, tám.</p><p>Chín, mười, mười một, mười hai.</p></div><nav><p>Trang chủ, giới thiệu, liên hệ, tin tức</p></nav>",
		"<body style='display:none'><div><p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p></div></body>", "<template><div><p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p></div></template><div><p>bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, c</p></div>") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		pg := newPage(root, "https://a.gov.vn/", nil)
		ref := newPage(root, "https://a.gov.vn/", nil)
		if got, want := pg.mainContent(), ref.mainContentRef(); got != want {
			t.Fatalf("mainContent(%q) = %v, the first form gives %v", page, got, want)
		}
	})
}
