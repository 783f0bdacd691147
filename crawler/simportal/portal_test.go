package simportal

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vnarchive/vnarchive/data"
)

func TestSameSeedSameBytes(t *testing.T) {
	targets := []struct{ family, path string }{
		{FamilyLiferay, "/"}, {FamilyLiferay, "/cong-tac-dan-van"}, {FamilyLiferay, "/robots.txt"},
		{FamilyWard, "/"}, {FamilyWard, "/van-hoa-xa-hoi"},
	}
	a, b := New(Config{Seed: 7, Articles: 80}), New(Config{Seed: 7, Articles: 80})
	other := New(Config{Seed: 8, Articles: 80})
	for i := 0; i < 80; i += 9 {
		fam := FamilyLiferay
		if a.familyOf(i) == famWard {
			fam = FamilyWard
		}
		targets = append(targets, struct{ family, path string }{fam, a.build(i).path()})
	}
	for _, tc := range targets {
		t.Run(tc.family+tc.path, func(t *testing.T) {
			ra, rb := render(t, a, tc.family, tc.path), render(t, b, tc.family, tc.path)
			if ra.Code != 200 {
				t.Fatalf("status %d", ra.Code)
			}
			if !bytes.Equal(ra.Body.Bytes(), rb.Body.Bytes()) {
				t.Fatal("same seed, different bytes")
			}
		})
	}
	t.Run("another seed writes other articles", func(t *testing.T) {
		if a.TruthAt(0, "http://h", "http://w").Text == other.TruthAt(0, "http://h", "http://w").Text {
			t.Fatal("seeds 7 and 8 gave the same first article")
		}
	})
	t.Run("truth is deterministic", func(t *testing.T) {
		ja, _ := json.Marshal(a.TruthAt(33, "http://h", "http://w"))
		jb, _ := json.Marshal(b.TruthAt(33, "http://h", "http://w"))
		if !bytes.Equal(ja, jb) {
			t.Fatal("same seed, different truth")
		}
	})
}

func TestConfigDefaultsAndClamps(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   int
		want int
	}{{"zero means 60", 0, 60}, {"below 10 is raised to 10", 3, 10}, {"above 100000 is cut", 200000, 100000}, {"in range is kept", 250, 250}} {
		t.Run(tc.name, func(t *testing.T) {
			if got := (Config{Articles: tc.in}).withDefaults().Articles; got != tc.want {
				t.Fatalf("got %d, want %d", got, tc.want)
			}
		})
	}
	if New(Config{}).Config().Seed != 1 {
		t.Fatal("zero seed should mean 1")
	}
}

func TestTruthInvariants(t *testing.T) {
	p := New(Config{Seed: 3, Articles: 600})
	ids, urls := map[string]bool{}, map[string]bool{}
	for tr := range p.Truths() {
		if tr.ID != data.ArticleID(tr.CanonicalURL) {
			t.Fatalf("%d: id %s is not ArticleID(%s)", tr.Index, tr.ID, tr.CanonicalURL)
		}
		if ids[tr.ID] || urls[tr.CanonicalURL] {
			t.Fatalf("%d: duplicate id or URL %s", tr.Index, tr.CanonicalURL)
		}
		ids[tr.ID], urls[tr.CanonicalURL] = true, true
		pt, err := time.Parse(time.RFC3339, tr.Published)
		if err != nil || !strings.HasSuffix(tr.Published, "+07:00") {
			t.Fatalf("%d: published %q is not RFC 3339 in +07:00", tr.Index, tr.Published)
		}
		if tr.Family == FamilyWard && pt.Before(eraStarts[3]) || tr.Family == FamilyLiferay && !pt.Before(eraStarts[3]) {
			t.Fatalf("%d: %s article published %s", tr.Index, tr.Family, tr.Published)
		}
		for _, d := range tr.Documents {
			if d.Canonical != data.CanonicalNumber(d.Number) {
				t.Fatalf("%d: canonical %q of %q", tr.Index, d.Canonical, d.Number)
			}
			if strings.ContainsAny(d.Number, " –—") {
				t.Fatalf("%d: number %q keeps spaces or dashes", tr.Index, d.Number)
			}
		}
		for _, o := range tr.Officials {
			if strings.HasPrefix(o.Name, "đồng chí") || strings.HasPrefix(o.Name, "Đại tá") || strings.Contains(o.Name, ".") {
				t.Fatalf("%d: name %q keeps an honorific or rank", tr.Index, o.Name)
			}
		}
	}
}

var (
	reNumDate    = regexp.MustCompile(`(?:^|[^\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b`)
	reRangeDate  = regexp.MustCompile(`(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})`)
	reSpelled    = regexp.MustCompile(`[Nn]gày (\d{1,2}) tháng (\d{1,2}) (?:năm )?(\d{4})`)
	reSpellRange = regexp.MustCompile(`từ ngày (\d{1,2}) đến ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})`)
	reTypoDate   = regexp.MustCompile(`ngày (\d{2})/(1[0-2])(\d{4})\b`)
)

// datesIn is an independent reading of the full dates of a text, in the
// forms the generator writes, in order of first mention.
func datesIn(text string) []string {
	type hit struct {
		at  int
		iso string
	}
	var hits []hit
	add := func(at int, d, m, y string) {
		t, err := time.Parse("2-1-2006", d+"-"+m+"-"+y)
		if err == nil {
			hits = append(hits, hit{at, t.Format("2006-01-02")})
		}
	}
	covered := map[int]bool{}
	for _, m := range reRangeDate.FindAllStringSubmatchIndex(text, -1) {
		g := func(k int) string { return text[m[2*k]:m[2*k+1]] }
		add(m[0], g(1), g(3), g(4))
		add(m[0]+1, g(2), g(3), g(4))
		covered[m[4]] = true
	}
	for _, m := range reSpellRange.FindAllStringSubmatchIndex(text, -1) {
		g := func(k int) string { return text[m[2*k]:m[2*k+1]] }
		add(m[0], g(1), g(3), g(4))
		add(m[0]+1, g(2), g(3), g(4))
		covered[m[4]] = true
	}
	for _, m := range reNumDate.FindAllStringSubmatchIndex(text, -1) {
		if covered[m[2]] {
			continue
		}
		add(m[2], text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]])
	}
	for _, m := range reTypoDate.FindAllStringSubmatchIndex(text, -1) {
		add(m[0], text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]])
	}
	for _, m := range reSpelled.FindAllStringSubmatchIndex(text, -1) {
		add(m[0], text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]])
	}
	// order by position, dedupe
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].at < hits[j-1].at; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, h := range hits {
		if !seen[h.iso] {
			seen[h.iso] = true
			out = append(out, h.iso)
		}
	}
	return out
}

func TestTruthMatchesItsOwnText(t *testing.T) {
	p := New(Config{Seed: 11, Articles: 800})
	for tr := range p.Truths() {
		text := tr.Text
		for _, o := range tr.Officials {
			if !strings.Contains(text, o.Name) {
				t.Fatalf("%d: official %q not in text", tr.Index, o.Name)
			}
			for _, ti := range o.Titles {
				if !strings.Contains(text, ti) {
					t.Fatalf("%d: title %q of %s not in text", tr.Index, ti, o.Name)
				}
			}
		}
		flat := normNumber(text)
		for _, d := range tr.Documents {
			if !strings.Contains(flat, d.Number) {
				t.Fatalf("%d: number %q not in text", tr.Index, d.Number)
			}
		}
		if got := datesIn(text); strings.Join(got, " ") != strings.Join(tr.Dates, " ") {
			t.Fatalf("%d: dates in text %v, truth %v\n%s", tr.Index, got, tr.Dates, text)
		}
		for _, c := range tr.Captions {
			if !strings.Contains(text, c) {
				t.Fatalf("%d: caption %q not in text", tr.Index, c)
			}
		}
	}
}

func TestSummaryDrawsTheSameLeadAsTheArticle(t *testing.T) {
	p := New(Config{Seed: 21, Articles: 300})
	for i := 0; i < p.Len(); i++ {
		if got, want := p.leadOf(i), p.build(i).lead; got != want {
			t.Fatalf("%d: lead %q, article %q", i, got, want)
		}
	}
}

func TestTruthLookups(t *testing.T) {
	p, s := start(t, Config{Seed: 17, Articles: 90})
	for _, tr := range s.Truth() {
		if got, ok := p.TruthByID(tr.ID); !ok || got.CanonicalURL != tr.CanonicalURL {
			t.Fatalf("TruthByID(%s) = %v, %v", tr.ID, got.CanonicalURL, ok)
		}
		if got, ok := p.TruthByURL(tr.CanonicalURL + "?utm_source=x"); !ok || got.ID != tr.ID {
			t.Fatalf("TruthByURL(%s) failed", tr.CanonicalURL)
		}
	}
	if _, ok := p.TruthByID("0000000000000000"); ok {
		t.Fatal("an unknown id was found")
	}
	if _, ok := p.TruthByURL(s.LiferayURL + "cong-tac-dan-van"); ok {
		t.Fatal("a list page has a truth")
	}
	if n := len(p.Truth()); n != 90 {
		t.Fatalf("Truth() has %d articles", n)
	}
}

func TestPageIsWhatTheServerSends(t *testing.T) {
	p := New(Config{Seed: 19, Articles: 60})
	for i := 0; i < p.Len(); i += 5 {
		fam := FamilyLiferay
		if p.familyOf(i) == famWard {
			fam = FamilyWard
		}
		tr := p.TruthAt(i, "http://127.0.0.1:8080", "http://127.0.0.1:8080")
		rec := render(t, p, fam, strings.TrimPrefix(tr.CanonicalURL, "http://127.0.0.1:8080"))
		body, ct := p.Page(i, "http://127.0.0.1:8080")
		if !bytes.Equal(body, rec.Body.Bytes()) || ct != rec.Header().Get("Content-Type") {
			t.Fatalf("%d: Page differs from the served page (%s vs %s)", i, ct, rec.Header().Get("Content-Type"))
		}
	}
	if len(Topics()) != len(topics) || Topics()[0].Key != topics[0].key || len(Topics()[0].Keywords) == 0 {
		t.Fatal("Topics does not list the topics")
	}
}
