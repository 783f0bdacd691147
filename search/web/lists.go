package web

import (
	"context"
	"net/http"
	"sort"
	"time"
)

// Timelines of the officials and documents pages: titles over time and
// citations over time, drawn as SVG bars over one shared time axis.

const (
	maxPageRows = 200 // rows rendered on an HTML list page
	detailRows  = 3   // rows that also get a per-year histogram when filtered
	axisW       = 300
)

type timelineBar struct {
	X, W  int
	Label string
}

type axis struct{ first, last time.Time }

func (a *axis) add(s string) {
	t, ok := parseTime(s)
	if !ok {
		return
	}
	if a.first.IsZero() || t.Before(a.first) {
		a.first = t
	}
	if a.last.IsZero() || t.After(a.last) {
		a.last = t
	}
}

// bar places the span from..to on the axis.
func (a *axis) bar(from, to, label string) *timelineBar {
	f, ok1 := parseTime(from)
	l, ok2 := parseTime(to)
	if !ok1 && !ok2 {
		return nil
	}
	if !ok1 {
		f = l
	}
	if !ok2 {
		l = f
	}
	total := a.last.Sub(a.first)
	if total <= 0 {
		return &timelineBar{X: 0, W: axisW, Label: label}
	}
	x := int(float64(axisW) * float64(f.Sub(a.first)) / float64(total))
	w := int(float64(axisW) * float64(l.Sub(f)) / float64(total))
	return &timelineBar{X: min(x, axisW-3), W: max(3, w), Label: label}
}

type officialsPage struct {
	Title, Name      string
	Total, Shown     int
	Rows             []officialRow
	AxisFrom, AxisTo string
}

type officialRow struct {
	Name, URL, TimelineURL string
	Articles               int
	Titles                 []titleRow
	Former                 []titleRow // titles given as former ("nguyên …")
	Hist                   *histogram
}

type titleRow struct {
	TitleSpan
	First, Last string
	Bar         *timelineBar
}

func (s *Server) handleOfficialsPage(w http.ResponseWriter, r *http.Request) {
	name, err := param(r, "name")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	list, err := s.officialsList(r.Context(), name)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := officialsPage{Title: "Cán bộ", Name: name, Total: len(list)}
	if len(list) > maxPageRows {
		list = list[:maxPageRows]
	}
	p.Shown = len(list)
	var ax axis
	for _, o := range list {
		for _, t := range o.Titles {
			ax.add(t.First)
			ax.add(t.Last)
		}
	}
	p.AxisFrom, p.AxisTo = fmtDay(ax.first.Format(time.RFC3339)), fmtDay(ax.last.Format(time.RFC3339))
	for i, o := range list {
		row := officialRow{Name: o.Name, Articles: o.Articles, URL: link("/", Request{Official: o.Name}),
			TimelineURL: withParam("/officials", "name", o.Name)}
		titles := append([]TitleSpan(nil), o.Titles...)
		sort.SliceStable(titles, func(i, j int) bool { return titles[i].First < titles[j].First })
		for _, t := range titles {
			row.Titles = append(row.Titles, titleRow{TitleSpan: t, First: fmtDay(t.First), Last: fmtDay(t.Last),
				Bar: ax.bar(t.First, t.Last, t.Title)})
		}
		for _, t := range o.Former {
			row.Former = append(row.Former, titleRow{TitleSpan: t, First: fmtDay(t.First), Last: fmtDay(t.Last)})
		}
		if name != "" && i < detailRows {
			row.Hist = s.yearHistogram(r.Context(), Request{Official: o.Name})
		}
		p.Rows = append(p.Rows, row)
	}
	s.render(w, r, http.StatusOK, "officials", p)
}

type documentsPage struct {
	Title, Number    string
	Total, Shown     int
	Rows             []documentRow
	AxisFrom, AxisTo string
}

type documentRow struct {
	DocumentSummary
	URL, FirstURL, LastURL, FirstDay, LastDay string
	Bar                                       *timelineBar
	Hist                                      *histogram
}

func (s *Server) handleDocumentsPage(w http.ResponseWriter, r *http.Request) {
	number, err := param(r, "number")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	list, err := s.documentsList(r.Context(), number)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := documentsPage{Title: "Văn bản", Number: number, Total: len(list)}
	if len(list) > maxPageRows {
		list = list[:maxPageRows]
	}
	p.Shown = len(list)
	var ax axis
	for _, d := range list {
		ax.add(d.First.Published)
		ax.add(d.Last.Published)
	}
	p.AxisFrom, p.AxisTo = fmtDay(ax.first.Format(time.RFC3339)), fmtDay(ax.last.Format(time.RFC3339))
	for i, d := range list {
		row := documentRow{DocumentSummary: d, URL: link("/", Request{Doc: d.Canonical}),
			FirstDay: fmtDay(d.First.Published), LastDay: fmtDay(d.Last.Published),
			Bar: ax.bar(d.First.Published, d.Last.Published, d.Canonical)}
		if d.First.ID != "" {
			row.FirstURL = "/article/" + pathEscape(d.First.ID)
		}
		if d.Last.ID != "" {
			row.LastURL = "/article/" + pathEscape(d.Last.ID)
		}
		if number != "" && i < detailRows {
			row.Hist = s.yearHistogram(r.Context(), Request{Doc: d.Canonical})
		}
		p.Rows = append(p.Rows, row)
	}
	s.render(w, r, http.StatusOK, "documents", p)
}

// officialsList is Searcher.Officials through the list cache.
func (s *Server) officialsList(ctx context.Context, name string) ([]OfficialSummary, error) {
	return s.officials.get(ctx, name, func(ctx context.Context) ([]OfficialSummary, error) {
		return s.search.Officials(ctx, name)
	})
}

// documentsList is Searcher.Documents through the list cache.
func (s *Server) documentsList(ctx context.Context, number string) ([]DocumentSummary, error) {
	return s.documents.get(ctx, number, func(ctx context.Context) ([]DocumentSummary, error) {
		return s.search.Documents(ctx, number)
	})
}

// yearHistogram draws how many articles match r over time; nil when the
// search fails (the list still shows).
func (s *Server) yearHistogram(ctx context.Context, r Request) *histogram {
	q := r
	q.Limit = 1
	res, err := s.search.Search(ctx, q)
	if err != nil {
		return nil
	}
	return buildHistogram(res.Facets, r, "/")
}

// param reads one free-text parameter within the size limit.
func param(r *http.Request, name string) (string, error) {
	v := r.URL.Query().Get(name)
	if len(v) > maxParamBytes {
		return "", &BadRequestError{Field: name, Msg: "too long"}
	}
	return v, nil
}
