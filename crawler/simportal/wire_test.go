package simportal

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

func TestEncodingsDecodeBackToTheSameText(t *testing.T) {
	p, s := start(t, Config{Seed: 4, Articles: 200})
	c := rawClient()
	var lifArt, cpArt, nfdArt, entArt *article
	for i := 0; i < p.Len(); i++ {
		a := p.build(i)
		switch {
		case a.family == famLiferay && lifArt == nil:
			lifArt = a
		case a.family == famWard && a.cat == ward1258 && cpArt == nil:
			cpArt = a
		case a.family == famLiferay && a.nfd && nfdArt == nil:
			nfdArt = a
		case a.family == famLiferay && a.entity && !a.nfd && entArt == nil:
			entArt = a
		}
	}
	if lifArt == nil || cpArt == nil || nfdArt == nil || entArt == nil {
		t.Fatal("the portal lacks one of the page kinds")
	}
	lif := strings.TrimSuffix(s.LiferayURL, "/")
	ward := strings.TrimSuffix(s.WardURL, "/")
	t.Run("gzip when accepted, identity otherwise, same page", func(t *testing.T) {
		gz := fetch(t, c, lif+lifArt.path(), map[string]string{"Accept-Encoding": "gzip"})
		id := fetch(t, c, lif+lifArt.path(), map[string]string{"Accept-Encoding": "identity"})
		if gz.header.Get("Content-Encoding") != "gzip" || id.header.Get("Content-Encoding") != "" {
			t.Fatalf("encodings %q and %q", gz.header.Get("Content-Encoding"), id.header.Get("Content-Encoding"))
		}
		if gz.decoded(t) != id.decoded(t) {
			t.Fatal("gzip and identity differ once decoded")
		}
	})
	t.Run("ward pages are chunked", func(t *testing.T) {
		f := fetch(t, c, ward+"/", nil)
		if len(f.te) == 0 || f.te[0] != "chunked" || f.header.Get("Content-Length") != "" {
			t.Fatalf("transfer encoding %v, length %q", f.te, f.header.Get("Content-Length"))
		}
	})
	t.Run("one ward category is windows-1258 in header and meta, and decodes to the UTF-8 page", func(t *testing.T) {
		f := fetch(t, c, ward+cpArt.path(), nil)
		if ct := f.header.Get("Content-Type"); ct != "text/html; charset=windows-1258" {
			t.Fatalf("content type %q", ct)
		}
		if !bytes.Contains(f.raw, []byte(`charset=windows-1258">`)) {
			t.Fatal("no meta charset")
		}
		if bytes.Contains(f.raw, []byte("Ủy")) || !bytes.Contains(f.raw, []byte{0xD2}) {
			t.Fatal("the body does not look like windows-1258 with combining tones")
		}
		req, _ := http.NewRequest(http.MethodGet, ward+cpArt.path(), nil)
		v := newWview(p, req)
		v.cp1258 = true
		if f.decoded(t) != norm.NFC.String(v.articlePage(cpArt.idx)) {
			t.Fatal("decoded windows-1258 differs from the page")
		}
		tr := p.TruthAt(cpArt.idx, lif, ward)
		if !strings.Contains(visibleText(f.decoded(t)), tr.Title) {
			t.Fatal("title lost in windows-1258")
		}
	})
	t.Run("an NFD page is decomposed and reads back after NFC", func(t *testing.T) {
		f := fetch(t, c, lif+nfdArt.path(), nil)
		raw := string(f.raw)
		if norm.NFC.String(raw) == raw {
			t.Fatal("page is not decomposed")
		}
		if !strings.Contains(visibleText(raw), nfdArt.blocks[0].text) {
			t.Fatal("text lost in NFD")
		}
	})
	t.Run("an entity page writes named and numeric references", func(t *testing.T) {
		raw := string(fetch(t, c, lif+entArt.path(), nil).raw)
		if !strings.Contains(raw, "&agrave;") && !strings.Contains(raw, "&ocirc;") || !strings.Contains(raw, "&#") {
			t.Fatal("no entities")
		}
		if !strings.Contains(visibleText(raw), entArt.blocks[0].text) {
			t.Fatal("text lost in entities")
		}
	})
}

func TestRequestLogDigestsMatchWhatTheClientReceived(t *testing.T) {
	p, s := start(t, Config{Seed: 9, Articles: 40})
	c := rawClient()
	urls := []string{s.LiferayURL, s.WardURL, s.LiferayURL + "robots.txt", s.LiferayAltURL + "cong-tac-dan-van", s.WardURL + "khong-co"}
	for i := 0; i < p.Len(); i += 7 {
		tr := p.TruthAt(i, s.LiferayURL, s.WardURL)
		urls = append(urls, tr.CanonicalURL)
	}
	got := map[string]fetched{}
	for k, u := range urls {
		enc := "gzip"
		if k%2 == 1 {
			enc = "identity"
		}
		got[u] = fetch(t, c, u, map[string]string{"Accept-Encoding": enc})
	}
	log := s.Requests()
	if len(log) != len(urls) {
		t.Fatalf("%d requests logged, %d made", len(log), len(urls))
	}
	for _, r := range log {
		u := "http://" + r.Host + r.Path
		f, ok := got[u]
		if !ok {
			t.Fatalf("logged %s, never requested", u)
		}
		if r.BodySHA1 != Digest(f.raw) || r.BodyLen != int64(len(f.raw)) || r.Status != f.status || r.Method != http.MethodGet {
			t.Fatalf("%s: logged %s/%d/%d, received %s/%d/%d", u, r.BodySHA1, r.BodyLen, r.Status, Digest(f.raw), len(f.raw), f.status)
		}
		if r.Header.Get("Accept-Encoding") == "" || r.Time.IsZero() {
			t.Fatalf("%s: request header or time missing", u)
		}
	}
}

func TestFaultsWhenTurnedOn(t *testing.T) {
	p, s := start(t, Config{Seed: 6, Articles: 30, Faults: Faults{
		TooManyRequests: true, Unavailable: true, RetryAfterSeconds: 3,
		SlowDelay: time.Millisecond, RedirectLoop: true, HugeBody: true, HugeBodyBytes: 1 << 20,
	}})
	c := rawClient()
	lif := strings.TrimSuffix(s.LiferayURL, "/")
	art := p.TruthAt(0, s.LiferayURL, s.WardURL).CanonicalURL
	t.Run("429 with Retry-After on the first request of a list, then 200", func(t *testing.T) {
		first, second := fetch(t, c, lif+"/cong-tac-dan-van", nil), fetch(t, c, lif+"/cong-tac-dan-van", nil)
		if first.status != 429 || first.header.Get("Retry-After") != "3" || second.status != 200 {
			t.Fatalf("statuses %d, %d; Retry-After %q", first.status, second.status, first.header.Get("Retry-After"))
		}
	})
	t.Run("503 once on an article, then 200", func(t *testing.T) {
		first, second := fetch(t, c, art, nil), fetch(t, c, art, nil)
		if first.status != 503 || first.header.Get("Retry-After") == "" || second.status != 200 {
			t.Fatalf("statuses %d, %d", first.status, second.status)
		}
	})
	t.Run("the redirect loop never ends", func(t *testing.T) {
		u := lif + "/vong-lap/a"
		for k := 0; k < 6; k++ {
			f := fetch(t, c, u, nil)
			if f.status != http.StatusFound {
				t.Fatalf("status %d at %s", f.status, u)
			}
			u = lif + f.header.Get("Location")
		}
	})
	t.Run("the huge body has the configured size", func(t *testing.T) {
		if f := fetch(t, c, lif+"/tai-lieu-lon", nil); len(f.raw) != 1<<20 {
			t.Fatalf("%d bytes", len(f.raw))
		}
	})
	t.Run("the slow page answers", func(t *testing.T) {
		if f := fetch(t, c, lif+"/cham/1", nil); f.status != 200 {
			t.Fatalf("status %d", f.status)
		}
	})
	t.Run("fault pages are linked from the home pages", func(t *testing.T) {
		for _, root := range s.Roots() {
			page := fetch(t, &http.Client{}, root, nil).decoded(t)
			for _, l := range []string{"/cham/1", "/vong-lap/a", "/tai-lieu-lon"} {
				if !strings.Contains(page, `href="`+l+`"`) {
					t.Fatalf("%s does not link %s", root, l)
				}
			}
		}
	})
}

func TestFaultsAreOffByDefault(t *testing.T) {
	p := New(Config{Articles: 20})
	for _, path := range []string{"/cham/1", "/vong-lap/a", "/tai-lieu-lon"} {
		if code := render(t, p, FamilyLiferay, path).Code; code != 404 {
			t.Fatalf("%s: status %d", path, code)
		}
	}
	if code := render(t, p, FamilyLiferay, "/cong-tac-dan-van").Code; code != 200 {
		t.Fatalf("list: status %d", code)
	}
}
