package simportal

import (
	"fmt"
	"iter"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vnarchive/vnarchive/data"
)

// Portal is a deterministic simulated world of two portals. It keeps only a
// small index (a few bytes per article); every page and every truth is
// generated on demand from (Seed, article index). A Portal is safe for
// concurrent use.
type Portal struct {
	cfg      Config
	nLiferay int
	roster   *roster

	cat      []uint8
	pub      []int64
	suffix   map[int32]uint16 // slug collision suffix ("-2", "-3"…) per article
	wardByID map[string]int32
	lists    [2][][]int32 // family → category → article indexes, newest first
	newest   [2][]int32   // family → all articles, newest first

	mu      sync.Mutex
	bases   [2]string // root URLs (no trailing slash) of the last Start
	idIndex map[string]int32
	idBases [2]string // the bases idIndex was built for
}

// Truth is the ground truth of one article: data.Truth plus what the
// simulator knows about how it was made.
type Truth struct {
	data.Truth
	// Topic is the generator's topic key ("danvan", "cchc", …); articles of
	// one topic share vocabulary, for relevance tests.
	Topic string `json:"topic,omitempty"`
	// Family is FamilyLiferay or FamilyWard.
	Family string `json:"family,omitempty"`
	// Kind is "event", "report", "short" or "notice".
	Kind string `json:"kind,omitempty"`
	// Index is the article's index in the generator (0 ≤ Index < Articles).
	Index int `json:"index"`
}

// New builds the index of a portal. It draws every article's head (topic,
// category, time, title) once; bodies are drawn when served.
func New(cfg Config) *Portal {
	cfg = cfg.withDefaults()
	p := &Portal{cfg: cfg, roster: buildRoster(cfg.Seed), suffix: map[int32]uint16{}, wardByID: map[string]int32{}}
	n := cfg.Articles
	p.nLiferay = (n*7 + 9) / 10
	if n-p.nLiferay < 3 {
		p.nLiferay = n - 3
	}
	p.cat = make([]uint8, n)
	p.pub = make([]int64, n)
	p.lists[famLiferay] = make([][]int32, len(liferayCats))
	p.lists[famWard] = make([][]int32, len(wardCats))
	seen := map[string]uint16{}
	for i := 0; i < n; i++ {
		a := p.head(i)
		p.cat[i] = uint8(a.cat)
		p.pub[i] = a.pub.Unix()
		key := fmt.Sprint(a.family) + a.slug
		if c := seen[key]; c > 0 {
			p.suffix[int32(i)] = c + 1
		}
		seen[key]++
		if a.family == famWard {
			p.wardByID[a.wardID] = int32(i)
		}
		p.lists[a.family][a.cat] = append(p.lists[a.family][a.cat], int32(i))
		p.newest[a.family] = append(p.newest[a.family], int32(i))
	}
	newestFirst := func(xs []int32) {
		sort.Slice(xs, func(x, y int) bool {
			if p.pub[xs[x]] != p.pub[xs[y]] {
				return p.pub[xs[x]] > p.pub[xs[y]]
			}
			return xs[x] > xs[y]
		})
	}
	for f := range p.lists {
		for _, l := range p.lists[f] {
			newestFirst(l)
		}
		newestFirst(p.newest[f])
	}
	return p
}

// Config returns the configuration with its defaults filled in.
func (p *Portal) Config() Config { return p.cfg }

// Len is the number of articles.
func (p *Portal) Len() int { return p.cfg.Articles }

func (p *Portal) slugOf(i int, slug string) string {
	if s, ok := p.suffix[int32(i)]; ok {
		return fmt.Sprintf("%s-%d", slug, s)
	}
	return slug
}

func (p *Portal) familyOf(i int) int {
	if i >= p.nLiferay {
		return famWard
	}
	return famLiferay
}

// liferayIndex maps an asset id back to the article index, or -1.
func (p *Portal) liferayIndex(asset int64) int {
	i := int((asset - 7100000) / 41)
	if asset < 7100000 || i < 0 || i >= p.nLiferay {
		return -1
	}
	if p.head(i).assetID != asset {
		return -1
	}
	return i
}

func (p *Portal) setBases(liferay, ward string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bases = [2]string{strings.TrimSuffix(liferay, "/"), strings.TrimSuffix(ward, "/")}
}

func (p *Portal) basesNow() [2]string {
	p.mu.Lock()
	defer p.mu.Unlock()
	b := p.bases
	if b[0] == "" {
		b = [2]string{"http://127.0.0.1", "http://127.0.0.1"}
	}
	return b
}

// TruthAt returns the ground truth of article i (0 ≤ i < Len) with URLs on
// the given root URLs of the Liferay and the ward portal (e.g.
// "http://127.0.0.1:40123"). It panics if i is out of range.
func (p *Portal) TruthAt(i int, liferayBase, wardBase string) Truth {
	a := p.build(i)
	base := liferayBase
	if a.family == famWard {
		base = wardBase
	}
	return a.toTruth(strings.TrimSuffix(base, "/"))
}

// Truths iterates over the ground truth of every article, in index order,
// with URLs on the hosts of the last Start ("http://127.0.0.1" without a
// port before any Start). It generates one article at a time.
func (p *Portal) Truths() iter.Seq[Truth] {
	b := p.basesNow()
	return func(yield func(Truth) bool) {
		for i := 0; i < p.cfg.Articles; i++ {
			if !yield(p.TruthAt(i, b[0], b[1])) {
				return
			}
		}
	}
}

// Truth returns the ground truth of every article as data.Truth, in index
// order, with URLs on the hosts of the last Start. For large portals prefer
// Truths, which does not hold them all.
func (p *Portal) Truth() []data.Truth {
	out := make([]data.Truth, 0, p.cfg.Articles)
	for t := range p.Truths() {
		out = append(out, t.Truth)
	}
	return out
}

// TruthByURL returns the truth of the article a URL shows, for any URL form
// the portals serve it under (either host name, friendly or
// _101_assetEntryId form, /vi and /en suffixes, /en/ prefix, session ids,
// tracking parameters). ok is false when the URL shows no article.
func (p *Portal) TruthByURL(rawURL string) (t Truth, ok bool) {
	i, fam := p.articleOfURL(rawURL)
	if i < 0 {
		return Truth{}, false
	}
	b := p.basesNow()
	if fam == famWard && p.familyOf(i) != famWard || fam == famLiferay && p.familyOf(i) != famLiferay {
		return Truth{}, false
	}
	return p.TruthAt(i, b[0], b[1]), true
}

// TruthByID returns the truth of the article whose data.ArticleID is id,
// with URLs on the hosts of the last Start. The first call after a Start
// indexes every article's id (16 bytes each).
func (p *Portal) TruthByID(id string) (t Truth, ok bool) {
	b := p.basesNow()
	p.mu.Lock()
	if p.idIndex == nil || p.idBases != b {
		p.idIndex = make(map[string]int32, p.cfg.Articles)
		for i := 0; i < p.cfg.Articles; i++ {
			a := p.head(i)
			a.slug = p.slugOf(i, a.slug)
			base := b[0]
			if a.family == famWard {
				base = b[1]
			}
			p.idIndex[data.ArticleID(base+a.path())] = int32(i)
		}
		p.idBases = b
	}
	i, found := p.idIndex[id]
	p.mu.Unlock()
	if !found {
		return Truth{}, false
	}
	return p.TruthAt(int(i), b[0], b[1]), true
}

// Published returns the publication time of article i.
func (p *Portal) Published(i int) time.Time { return time.Unix(p.pub[i], 0).In(vnZone) }
