package extract

import (
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vnarchive/vnarchive/crawler/simportal"
	"github.com/vnarchive/vnarchive/data"
)

// TestSimulatedPortalMatchesTruth fetches every article of the simulated
// portal (both families: the Liferay district portal and the 2025 ward
// portal, traps included) over HTTP and compares extraction with the
// generator's ground truth. Title, publication time, author and category
// must be exact for every article; officials, documents, dates, captions,
// attachments and text are reported per field.
func TestSimulatedPortalMatchesTruth(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checkSimulated(t, x)
}

// TestSimulatedPortalGenericFallback runs the same pages through the
// generic fallback alone (no site profile), which must get the same fields
// right: it is what handles a portal no profile knows.
func TestSimulatedPortalGenericFallback(t *testing.T) {
	checkSimulated(t, &Extractor{})
}

func checkSimulated(t *testing.T, x *Extractor) {
	p := simportal.New(simportal.Config{Seed: 11, Articles: 150})
	srv, err := p.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	client := &http.Client{Timeout: 30 * time.Second}

	var acc accuracy
	for _, tr := range srv.Truth() {
		raw, ct := get(t, client, tr.CanonicalURL)
		res, err := x.Extract(raw, tr.CanonicalURL, ct)
		if err != nil {
			t.Errorf("%s: %v", tr.CanonicalURL, err)
			continue
		}
		a := res.Article
		exact := []struct{ field, got, want string }{
			{"title", a.Title, tr.Title},
			{"published", minute(a.Published), minute(tr.Published)},
			{"author", a.Author, tr.Author},
			{"category", a.Category, tr.Category},
			{"url", a.URL, tr.CanonicalURL},
		}
		for _, f := range exact {
			acc.add(f.field, f.got == f.want)
			if f.got != f.want {
				t.Errorf("%s (%s) %s = %q, want %q", tr.ID, tr.Family, f.field, f.got, f.want)
			}
		}
		if !res.IsArticle {
			t.Errorf("%s (%s): not classified as an article", tr.ID, tr.Family)
		}
		acc.add("is_article", res.IsArticle)
		acc.add("text", a.Text == Normalize(tr.Text))
		acc.set("officials", officialKeys(a.Officials), officialKeys(tr.Officials))
		acc.set("documents", documentKeys(a.Documents), documentKeys(tr.Documents))
		acc.set("dates", a.Dates, tr.Dates)
		acc.set("captions", a.Captions, tr.Captions)
		var att []string
		for _, x := range a.Attachments {
			att = append(att, x.URL)
		}
		acc.set("attachments", att, tr.Attachments)
	}
	acc.log(t)
}

func get(t *testing.T, c *http.Client, u string) ([]byte, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatalf("get %s: %v", u, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("get %s: %s %v", u, resp.Status, err)
	}
	return body, resp.Header.Get("Content-Type")
}

// minute cuts an RFC 3339 time to the minute: portals show hh:mm only.
func minute(s string) string {
	if len(s) >= 16 {
		return s[:16]
	}
	return s
}

func officialKeys(os []data.Official) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Name+" | "+strings.Join(o.Titles, "; "))
	}
	return out
}

func documentKeys(ds []data.Document) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Type+" "+d.Canonical+" "+d.Date)
	}
	return out
}

// accuracy counts exact fields and set fields (micro precision/recall).
type accuracy struct {
	names []string
	ok    map[string][2]int // field → {right, total}
	sets  map[string][3]int // field → {tp, fp, fn}
}

func (a *accuracy) note(name string) {
	if a.ok == nil {
		a.ok, a.sets = map[string][2]int{}, map[string][3]int{}
	}
	if !slices.Contains(a.names, name) {
		a.names = append(a.names, name)
	}
}

func (a *accuracy) add(name string, right bool) {
	a.note(name)
	c := a.ok[name]
	if right {
		c[0]++
	}
	c[1]++
	a.ok[name] = c
}

func (a *accuracy) set(name string, got, want []string) {
	a.note(name)
	c := a.sets[name]
	for _, g := range got {
		if slices.Contains(want, g) {
			c[0]++
		} else {
			c[1]++
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			c[2]++
		}
	}
	a.sets[name] = c
}

func (a *accuracy) log(t *testing.T) {
	for _, n := range a.names {
		if c, ok := a.ok[n]; ok {
			t.Logf("%-12s exact %d/%d (%.3f)", n, c[0], c[1], float64(c[0])/float64(max(c[1], 1)))
			continue
		}
		c := a.sets[n]
		p := float64(c[0]) / float64(max(c[0]+c[1], 1))
		r := float64(c[0]) / float64(max(c[0]+c[2], 1))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		t.Logf("%-12s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", n, p, r, f, c[0], c[1], c[2])
	}
}
