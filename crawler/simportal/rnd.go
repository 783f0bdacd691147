package simportal

import (
	"math"
	"math/rand/v2"
	"sort"
	"sync"
)

// rnd is a deterministic random source for one (seed, article, stream).
type rnd struct{ r *rand.Rand }

// Streams separate the random draws of one article so that, e.g., the title
// can be drawn without drawing the body.
const (
	streamHead uint64 = iota + 1
	streamBody
	streamRoster
	streamDocs
	streamPage
)

func newRnd(seed int64, idx int, stream uint64) rnd {
	return rnd{rand.New(rand.NewPCG(uint64(seed)*0x9E3779B97F4A7C15+stream, uint64(idx)*0xBF58476D1CE4E5B9+stream))}
}

func (g rnd) intn(n int) int {
	if n <= 1 {
		return 0
	}
	return g.r.IntN(n)
}

// between returns a uniform int in [lo, hi].
func (g rnd) between(lo, hi int) int { return lo + g.intn(hi-lo+1) }

func (g rnd) chance(p float64) bool { return g.r.Float64() < p }

func pick[T any](g rnd, xs []T) T { return xs[g.intn(len(xs))] }

type zipfKey struct {
	n int
	s float64
}

// zipfTables caches cumulative Zipf weights; read-mostly and shared by all
// portals (a pure function of its key, not configuration).
var zipfTables sync.Map // zipfKey -> []float64

// zipf picks an index in [0,n) with weight 1/(k+1)^s.
func (g rnd) zipf(n int, s float64) int {
	if n <= 1 {
		return 0
	}
	v, ok := zipfTables.Load(zipfKey{n, s})
	if !ok {
		cum := make([]float64, n)
		total := 0.0
		for k := 0; k < n; k++ {
			total += 1 / math.Pow(float64(k+1), s)
			cum[k] = total
		}
		v, _ = zipfTables.LoadOrStore(zipfKey{n, s}, cum)
	}
	cum := v.([]float64)
	x := g.r.Float64() * cum[n-1]
	return sort.SearchFloat64s(cum, x)
}

func zpick[T any](g rnd, xs []T) T { return xs[g.zipf(len(xs), 1.0)] }

// weighted is a string with a relative weight.
type weighted struct {
	s string
	w float64
}

func wpick(g rnd, xs []weighted) string {
	total := 0.0
	for _, x := range xs {
		total += x.w
	}
	v := g.r.Float64() * total
	for _, x := range xs {
		v -= x.w
		if v < 0 {
			return x.s
		}
	}
	return xs[len(xs)-1].s
}

func shuffle[T any](g rnd, xs []T) {
	g.r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
}
