package simportal

import (
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/vnarchive/vnarchive/data"
)

// truthBuilder collects the ground truth of one article from the template
// slots, in the order the text mentions things.
type truthBuilder struct {
	officials []data.Official
	offIdx    map[string]int
	docs      []data.Document
	docIdx    map[string]int
	refs      []data.Reference
	refSeen   map[string]bool
	dates     []string
	dateSeen  map[string]bool
	captions  []string
}

func newTruthBuilder() *truthBuilder {
	return &truthBuilder{offIdx: map[string]int{}, docIdx: map[string]int{}, refSeen: map[string]bool{}, dateSeen: map[string]bool{}}
}

// official records a person named with the given titles (verbatim spans).
func (tb *truthBuilder) official(name string, titles ...string) {
	i, ok := tb.offIdx[name]
	if !ok {
		i = len(tb.officials)
		tb.offIdx[name] = i
		tb.officials = append(tb.officials, data.Official{Name: name, Titles: []string{}})
	}
	o := &tb.officials[i]
outer:
	for _, t := range titles {
		t = withoutTerm(t)
		for _, have := range o.Titles {
			if have == t {
				continue outer
			}
		}
		o.Titles = append(o.Titles, t)
	}
}

// withoutTerm drops the term that ends a title, as the annotation does:
// "Đại biểu Quốc hội khóa XV" is recorded as "Đại biểu Quốc hội" (the term
// says when, not what, the post is).
func withoutTerm(t string) string {
	i := strings.LastIndex(t, " khóa ")
	if i <= 0 {
		return t
	}
	num := t[i+len(" khóa "):]
	if num == "" || strings.Trim(num, "IVXL0123456789") != "" {
		return t
	}
	return t[:i]
}

func (tb *truthBuilder) isOfficial(name string) bool { _, ok := tb.offIdx[name]; return ok }

func (tb *truthBuilder) date(t time.Time) {
	iso := t.Format("2006-01-02")
	if !tb.dateSeen[iso] {
		tb.dateSeen[iso] = true
		tb.dates = append(tb.dates, iso)
	}
}

// doc records a citation of the document known by key; a later citation of
// the same key fills in what the first one left out.
func (tb *truthBuilder) doc(key string, d data.Document) {
	if i, ok := tb.docIdx[key]; ok {
		have := &tb.docs[i]
		if have.Date == "" {
			have.Date = d.Date
		}
		if have.Issuer == "" {
			have.Issuer, have.Term = d.Issuer, d.Term
		}
		return
	}
	tb.docIdx[key] = len(tb.docs)
	tb.docs = append(tb.docs, d)
}

func (tb *truthBuilder) cited(key string) bool { _, ok := tb.docIdx[key]; return ok }

func (tb *truthBuilder) ref(typ, name string) {
	if !tb.refSeen[name] {
		tb.refSeen[name] = true
		tb.refs = append(tb.refs, data.Reference{Type: typ, Name: name})
	}
}

// normNumber writes a number as ANNOTATION.md wants it: NFC, every dash
// as "-", no spaces.
func normNumber(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '\u00a0':
		case r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '−':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
