package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzLinkDensities checks the one-walk link densities against
// linkDensity of each node.
func FuzzLinkDensities(f *testing.F) {
	for _, s := range []string{genericPage, "<p>a <a href=x>b c</a></p><div><a><b>x</b></a><script>s</script></div>", "<a><a>x</a></a>", "", "<ul><li><a>Trang chủ</a></li></ul> tail"} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, page string, step uint8) {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		var nodes []*html.Node
		k := 0
		for n := root; n != nil && len(nodes) < 10; n = next(root, n) {
			if k%(int(step%5)+1) == 0 {
				nodes = append(nodes, n)
			}
			k++
		}
		got := linkDensities(root, nodes)
		for i, n := range nodes {
			if want := linkDensity(n); got[i] != want {
				t.Fatalf("node %d (%q): one walk says %v, linkDensity %v", i, n.Data, got[i], want)
			}
		}
	})
}
