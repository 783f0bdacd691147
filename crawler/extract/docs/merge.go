package docs

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/vnarchive/vnarchive/data"
)

// merge folds the mentions of one document into one entry each.
func merge(ms []mention) []data.Document {
	if len(ms) == 0 {
		return []data.Document{} // as the loops below leave it
	}
	var docs []data.Document
	firstPos := make([]int, 0, len(ms)) // position of each document's first mention
	// the canonical numbers read so far: a document is mostly cited by
	// one spelling, whose key is worked out once
	type rawKey struct{ raw, key string }
	var known []rawKey
	canon := func(m mention) string {
		for _, k := range known {
			if k.raw == m.num.raw {
				return k.key
			}
		}
		k := data.CanonicalNumber(m.num.raw)
		known = append(known, rawKey{m.num.raw, k})
		return k
	}
	// idx lists the documents of each canonical number once docs passes
	// manyDocs; a text's few documents are looked for along docs
	var idx map[string][]int
	nextOf := func(key string, from int) int {
		if idx == nil {
			for j := from; j < len(docs); j++ {
				if docs[j].Canonical == key {
					return j
				}
			}
			return -1
		}
		for _, j := range idx[key] {
			if j >= from {
				return j
			}
		}
		return -1
	}
	// full citations first, so that a bare mention can find its document
	// wherever it stands
	order := make([]int, 0, len(ms))
	for i, m := range ms {
		if m.num.symbol {
			order = append(order, i)
		}
	}
	for i, m := range ms {
		if !m.num.symbol {
			order = append(order, i)
		}
	}
	for _, i := range order {
		m := ms[i]
		key := canon(m)
		if key == "" {
			continue
		}
		target := -1
		if m.num.symbol {
			for j := nextOf(key, 0); j >= 0; j = nextOf(key, j+1) {
				if compatible(docs[j], m) {
					target = j
					break
				}
			}
		} else {
			// a short mention: the full citation of the same type and ordinal
			digits := strings.TrimLeft(m.num.digits, "0")
			for j, d := range docs {
				if d.Type == m.typ && ordinal(d.Canonical) == digits && strings.ContainsAny(d.Canonical, "-/") &&
					(len(m.num.segs) == 0 || strings.Contains(d.Canonical, "/"+m.num.segs[0]+"/")) &&
					(m.issuer == "" || issuerFits(number{symbol: true, segs: strings.FieldsFunc(d.Canonical, isSep)}, m.issuer)) {
					target = j
					break
				}
			}
			if target < 0 {
				for j := nextOf(key, 0); j >= 0; j = nextOf(key, j+1) {
					if docs[j].Type == m.typ {
						target = j
						break
					}
				}
			}
		}
		if target < 0 {
			docs = append(docs, data.Document{
				Type: m.typ, Number: m.num.raw, Canonical: key,
				Date: m.date, Issuer: m.issuer, Term: m.term,
			})
			firstPos = append(firstPos, m.pos)
			switch {
			case idx != nil:
				idx[key] = append(idx[key], len(docs)-1)
			case len(docs) > manyDocs:
				idx = map[string][]int{}
				for j, d := range docs {
					idx[d.Canonical] = append(idx[d.Canonical], j)
				}
			}
			continue
		}
		d := &docs[target]
		if m.pos < firstPos[target] {
			firstPos[target] = m.pos
		}
		if d.Date == "" {
			d.Date = m.date
		}
		if m.num.symbol && m.issuer != "" && (d.Issuer == "" || isUpperText(d.Issuer) && !isUpperText(m.issuer) ||
			len(m.issuer) > len(d.Issuer) && isUpperText(d.Issuer) == isUpperText(m.issuer)) {
			d.Issuer = m.issuer
		}
		if d.Term == "" {
			d.Term = m.term
		}
	}
	if len(docs) == 0 {
		return []data.Document{}
	}
	// order of first mention (mostly the order they were made in)
	out := docs
	if !slices.IsSorted(firstPos) {
		perm := make([]int, len(docs))
		for i := range perm {
			perm[i] = i
		}
		slices.SortStableFunc(perm, func(a, b int) int { return cmp.Compare(firstPos[a], firstPos[b]) })
		out = make([]data.Document, len(docs))
		for i, j := range perm {
			out[i] = docs[j]
		}
	}
	for i := range out {
		fillTerm(&out[i])
	}
	return out
}

// manyDocs is the number of documents merge looks for a canonical number
// along; past it, it keeps them in a map.
const manyDocs = 16

// compatible reports whether a mention may be the document d: same
// canonical number and no conflicting year or term.
func compatible(d data.Document, m mention) bool {
	dt, mt := d.Term, m.term
	if isCentralParty(d.Canonical) {
		if dt == "" {
			dt = centralTerm(d.Date)
		}
		if mt == "" {
			mt = centralTerm(m.date)
		}
	}
	if dt != "" && mt != "" && dt != mt {
		return false
	}
	if d.Date != "" && m.date != "" && d.Date[:4] != m.date[:4] {
		return false
	}
	return true
}

// issuerFits reports whether a body may have issued a numbered document:
// a central Party number (…/TW) comes from a central body.
func issuerFits(n number, issuer string) bool {
	if !n.symbol || len(n.segs) == 0 || data.SymbolKey(n.segs[len(n.segs)-1]) != "TW" {
		return true
	}
	return reCentral.MatchString(issuer)
}

var reCentral = regexp.MustCompile(`(?i)trung ương|bộ chính trị|ban bí thư|\bTW\b|TƯ`)

// reJoinOnly matches the joint between two citations of one run: a comma
// or "và", not a semicolon (in a "Căn cứ" list each item names its own issuer).
var reJoinOnly = regexp.MustCompile(`^\s*,?\s*(?:(?i:và)\s+)?(?:(?i:các)\s+)?$`)

// isUpperText reports whether s has letters and all are capitals (a title
// written in capitals: "BỘ CHÍNH TRỊ").
func isUpperText(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if isLetter(r) {
			letters = true
		}
	}
	return letters
}

func isSep(r rune) bool { return r == '-' || r == '/' }

// ordinal returns the leading digits of a canonical number with the letter
// suffix that may follow them ("30C" of "30C/NQ-CP").
func ordinal(c string) string {
	i := 0
	for i < len(c) && isDigit(c[i]) {
		i++
	}
	if i > 0 && i+1 < len(c) && c[i] >= 'A' && c[i] <= 'Z' && (c[i+1] == '/' || c[i+1] == '-') {
		i++
	}
	return c[:i]
}
