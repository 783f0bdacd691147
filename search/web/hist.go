package web

import (
	"sort"
	"strconv"
	"time"
)

// histogram is a publication-date bar chart drawn as SVG by the server.
type histogram struct {
	Unit  string // "năm" (years) or "tháng" (months)
	W, H  int
	Bars  []histBar
	Ticks []histTick
	Max   int
}

type histBar struct {
	X, Y, W, H int
	Label      string
	Count      int
	URL        string // the same search limited to this bucket
}

type histTick struct {
	X     int
	Label string
}

const (
	histW, histH = 640, 120
	histPlot     = 100 // bar area height; labels below
	maxMonths    = 48
	maxYears     = 120
)

type bucket struct {
	from, to time.Time // first and last day
	label    string
	tick     string
	count    int
}

// buildHistogram draws the month facet when it spans at most four years,
// else the year facet; links narrow base to a bucket. Malformed facet keys
// are ignored. It returns nil when there is nothing to draw.
func buildHistogram(facets map[string][]FacetValue, base Request, linkPath string) *histogram {
	var bs []bucket
	unit := "tháng"
	if m := monthBuckets(facets["month"]); m != nil && len(m) <= maxMonths {
		bs = m
	} else {
		bs, unit = yearBuckets(facets["year"]), "năm"
	}
	if len(bs) == 0 {
		return nil
	}
	h := &histogram{Unit: unit, W: histW, H: histH}
	for _, b := range bs {
		h.Max = max(h.Max, b.count)
	}
	if h.Max == 0 {
		return nil
	}
	slot := histW / len(bs)
	gap := max(1, slot/6)
	every := max(1, len(bs)/8)
	for i, b := range bs {
		bh := b.count * histPlot / h.Max
		if b.count > 0 && bh < 2 {
			bh = 2
		}
		r := base
		r.From, r.To, r.After = b.from.Format("2006-01-02"), b.to.Format("2006-01-02"), ""
		h.Bars = append(h.Bars, histBar{X: i*slot + gap/2, Y: histPlot - bh, W: max(1, slot-gap), H: bh,
			Label: b.label, Count: b.count, URL: link(linkPath, r)})
		if i%every == 0 {
			h.Ticks = append(h.Ticks, histTick{X: i*slot + slot/2, Label: b.tick})
		}
	}
	return h
}

func monthBuckets(vals []FacetValue) []bucket {
	counts := map[time.Time]int{}
	for _, v := range vals {
		t, err := time.Parse("2006-01", v.Key)
		if err != nil || v.Count < 0 {
			continue
		}
		counts[t] += v.Count
	}
	if len(counts) == 0 {
		return nil
	}
	first, last := span(counts)
	var bs []bucket
	for t := first; !t.After(last); t = t.AddDate(0, 1, 0) {
		if len(bs) > maxMonths {
			return bs // too long for months; the caller uses years
		}
		bs = append(bs, bucket{from: t, to: t.AddDate(0, 1, -1), count: counts[t],
			label: t.Format("01/2006"), tick: t.Format("01/06")})
	}
	return bs
}

func yearBuckets(vals []FacetValue) []bucket {
	counts := map[time.Time]int{}
	for _, v := range vals {
		y, err := strconv.Atoi(v.Key)
		if err != nil || len(v.Key) != 4 || v.Count < 0 {
			continue
		}
		counts[time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)] += v.Count
	}
	if len(counts) == 0 {
		return nil
	}
	first, last := span(counts)
	if last.Year()-first.Year() >= maxYears {
		first = time.Date(last.Year()-maxYears+1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	var bs []bucket
	for t := first; !t.After(last); t = t.AddDate(1, 0, 0) {
		y := strconv.Itoa(t.Year())
		bs = append(bs, bucket{from: t, to: t.AddDate(1, 0, -1), count: counts[t], label: y, tick: y})
	}
	return bs
}

func span(m map[time.Time]int) (first, last time.Time) {
	keys := make([]time.Time, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Before(keys[j]) })
	return keys[0], keys[len(keys)-1]
}
