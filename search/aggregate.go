package search

import (
	"context"
	"sort"
	"strings"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
	"github.com/vnarchive/vnarchive/index"
	"github.com/vnarchive/vnarchive/index/vnanalysis"
)

// TitleSpan is one title of an official and when it was seen: the first and
// last publication day (YYYY-MM-DD) of the articles giving it.
type TitleSpan struct {
	Title    string `json:"title"`
	First    string `json:"first"`
	Last     string `json:"last"`
	Articles int    `json:"articles"`
}

// OfficialSummary is one official with the titles they held over time, a
// career timeline sorted by first date. Titles given as former ("nguyên
// Bí thư …") are listed apart in Former and never extend the timeline.
type OfficialSummary struct {
	Name     string      `json:"name"`
	Articles int         `json:"articles"`
	Titles   []TitleSpan `json:"titles"`
	Former   []TitleSpan `json:"former,omitempty"`
}

// Officials lists the officials of the archive with their article counts and
// career timelines, most mentioned first. A non-empty name keeps those whose
// name contains it as whole words, compared without accents or case
// ("huyen mai" finds "Bùi Huyền Mai").
func (s *Service) Officials(ctx context.Context, name string) ([]OfficialSummary, error) {
	want := vn.FoldKey(name)
	var q index.Query
	if want != "" {
		q = index.Field{Name: index.FieldOfficial, Value: want}
	}
	type titleAcc struct {
		TitleSpan
		spellings map[string]int
	}
	type acc struct {
		spellings map[string]int
		articles  int
		titles    map[string]*titleAcc
		former    map[string]*titleAcc
	}
	byKey := map[string]*acc{}
	collect := func(h index.Hit) error {
		day := dayOf(h.Article.Published)
		seen := map[string]bool{}
		for _, o := range h.Article.Officials {
			k := vn.Key(o.Name)
			if k == "" || (want != "" && !containsWords(vn.FoldKey(o.Name), want)) {
				continue
			}
			a := byKey[k]
			if a == nil {
				a = &acc{spellings: map[string]int{}, titles: map[string]*titleAcc{}, former: map[string]*titleAcc{}}
				byKey[k] = a
			}
			if !seen[k] {
				seen[k] = true
				a.articles++
				a.spellings[vn.NFC(o.Name)]++
			}
			for _, t := range o.Titles {
				t = strings.Join(strings.Fields(vn.NFC(t)), " ")
				tk := vn.Key(t)
				if tk == "" || seen[k+"\x00"+tk] {
					continue
				}
				seen[k+"\x00"+tk] = true
				m := a.titles
				if isFormer(tk) {
					m = a.former
				}
				ta := m[tk]
				if ta == nil {
					ta = &titleAcc{spellings: map[string]int{}}
					m[tk] = ta
				}
				ta.Articles++
				ta.spellings[t]++
				if day != "" {
					if ta.First == "" || day < ta.First {
						ta.First = day
					}
					if day > ta.Last {
						ta.Last = day
					}
				}
			}
		}
		return nil
	}
	if err := s.ix.Scan(ctx, q, collect); err != nil {
		return nil, err
	}
	if want != "" && len(byKey) == 0 {
		// Part of a name: no exact key matched, look through everyone.
		if err := s.ix.Scan(ctx, nil, collect); err != nil {
			return nil, err
		}
	}
	spans := func(m map[string]*titleAcc) []TitleSpan {
		out := []TitleSpan{}
		for _, ta := range m {
			ts := ta.TitleSpan
			ts.Title = mostCommon(ta.spellings)
			out = append(out, ts)
		}
		sort.Slice(out, func(i, j int) bool {
			if out[i].First != out[j].First {
				return out[i].First < out[j].First
			}
			return out[i].Title < out[j].Title
		})
		return out
	}
	out := []OfficialSummary{}
	for _, a := range byKey {
		o := OfficialSummary{Name: mostCommon(a.spellings), Articles: a.articles, Titles: spans(a.titles)}
		if len(a.former) > 0 {
			o.Former = spans(a.former)
		}
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

// isFormer reports whether a title key says the post was held before
// ("nguyên Bí thư", "nguyên là …", "cố …" not included).
func isFormer(titleKey string) bool {
	return strings.HasPrefix(titleKey, "nguyên ")
}

func containsWords(have, want string) bool {
	return strings.Contains(" "+have+" ", " "+want+" ")
}

func dayOf(published string) string {
	if len(published) >= 10 {
		return published[:10]
	}
	return ""
}

// mostCommon returns the most frequent spelling, ties to the smaller.
func mostCommon(m map[string]int) string {
	best, n := "", 0
	for s, c := range m {
		if c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
}

// ArticleRef points at one article by id and publication time.
type ArticleRef struct {
	ID        string `json:"id"`
	Published string `json:"published"`
}

// DocumentSummary is one cited document: its canonical number, type, the
// number as most often written, date and issuer as cited, the number of
// articles citing it and the first and last of them by publication time.
type DocumentSummary struct {
	Canonical string     `json:"canonical"`
	Type      string     `json:"type"`
	Number    string     `json:"number"`
	Date      string     `json:"date"`
	Issuer    string     `json:"issuer"`
	Citations int        `json:"citations"`
	First     ArticleRef `json:"first"`
	Last      ArticleRef `json:"last"`
}

// Documents lists the cited documents, most cited first. Citations are
// grouped by data.Document.Key with the citing site as scope, so documents
// that only share a number stay apart; a citation with neither date nor term
// joins the one dated document of its number when there is exactly one. A non-empty number keeps the
// documents with that number in any spelling.
func (s *Service) Documents(ctx context.Context, number string) ([]DocumentSummary, error) {
	want := ""
	var q index.Query
	if strings.TrimSpace(number) != "" {
		want = vnanalysis.DocKey(number)
		q = index.Field{Name: index.FieldDoc, Value: number}
	}
	type acc struct {
		DocumentSummary
		numbers, types, dates, issuers map[string]int
		ids                            map[string]bool // citing articles
		base                           string          // the key without year or term
	}
	byKey := map[string]*acc{}
	err := s.ix.Scan(ctx, q, func(h index.Hit) error {
		a := &h.Article
		site := a.Site
		if site == "" {
			site = data.SiteOf(a.URL)
		}
		seen := map[string]bool{}
		for _, d := range a.Documents {
			if d.Canonical == "" {
				d.Canonical = d.Number
			}
			if want != "" && vnanalysis.DocKey(d.Canonical) != want && vnanalysis.DocKey(d.Number) != want {
				continue
			}
			k := d.Key(site)
			if seen[k] {
				continue
			}
			seen[k] = true
			s := byKey[k]
			if s == nil {
				s = &acc{numbers: map[string]int{}, types: map[string]int{}, dates: map[string]int{}, issuers: map[string]int{},
					ids: map[string]bool{}, base: data.Document{Canonical: d.Canonical}.Key(site)}
				s.Canonical = d.Canonical
				byKey[k] = s
			}
			s.ids[h.ID] = true
			s.Citations++
			count(s.numbers, d.Number)
			count(s.types, d.Type)
			count(s.dates, d.Date)
			count(s.issuers, d.Issuer)
			ref := ArticleRef{ID: h.ID, Published: a.Published}
			if s.First.ID == "" || earlier(ref, s.First) {
				s.First = ref
			}
			if s.Last.ID == "" || earlier(s.Last, ref) {
				s.Last = ref
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// A citation that gives neither date nor term cannot tell documents that
	// share a number apart; when only one dated document has that number
	// (in that scope), it is that one.
	dated := map[string][]string{}
	for k, s := range byKey {
		if k != s.base {
			dated[s.base] = append(dated[s.base], k)
		}
	}
	for k, s := range byKey {
		if k != s.base || len(dated[k]) != 1 {
			continue
		}
		into := byKey[dated[k][0]]
		for id := range s.ids {
			if !into.ids[id] {
				into.ids[id] = true
				into.Citations++
			}
		}
		for _, m := range [][2]map[string]int{{into.numbers, s.numbers}, {into.types, s.types}, {into.issuers, s.issuers}} {
			for v, n := range m[1] {
				m[0][v] += n
			}
		}
		if earlier(s.First, into.First) {
			into.First = s.First
		}
		if earlier(into.Last, s.Last) {
			into.Last = s.Last
		}
		delete(byKey, k)
	}
	out := []DocumentSummary{}
	for _, s := range byKey {
		d := s.DocumentSummary
		d.Number, d.Type, d.Date, d.Issuer = mostCommon(s.numbers), mostCommon(s.types), mostCommon(s.dates), mostCommon(s.issuers)
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Citations != out[j].Citations {
			return out[i].Citations > out[j].Citations
		}
		if out[i].Canonical != out[j].Canonical {
			return out[i].Canonical < out[j].Canonical
		}
		return out[i].First.Published < out[j].First.Published
	})
	return out, nil
}

func count(m map[string]int, v string) {
	if v != "" {
		m[v]++
	}
}

// earlier orders article references by publication time, then id; an
// unknown time sorts last.
func earlier(a, b ArticleRef) bool {
	switch {
	case a.Published == b.Published:
		return a.ID < b.ID
	case a.Published == "":
		return false
	case b.Published == "":
		return true
	}
	ta, oka := (&data.Article{Published: a.Published}).PublishedTime()
	tb, okb := (&data.Article{Published: b.Published}).PublishedTime()
	if oka && okb {
		return ta.Before(tb)
	}
	return a.Published < b.Published
}
