package docs

import (
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/data"
)

// mergeRef is merge as it was before it looked for a text's few documents
// along them instead of in a map and kept the order they were made in
// when it is that of their first mentions.
func mergeRef(ms []mention) []data.Document {
	if len(ms) == 0 {
		return []data.Document{} // as the loops below leave it
	}
	var docs []data.Document
	// the canonical numbers read so far: a document is mostly cited by
	// one spelling, whose key is worked out once
	var raws, keys []string
	canon := func(m mention) string {
		for i, r := range raws {
			if r == m.num.raw {
				return keys[i]
			}
		}
		k := data.CanonicalNumber(m.num.raw)
		raws, keys = append(raws, m.num.raw), append(keys, k)
		return k
	}
	// full citations first, so that a bare mention can find its document
	// wherever it stands
	idx := map[string][]int{} // canonical → indices in docs
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
	firstPos := map[int]int{} // doc index → position of first mention
	for _, i := range order {
		m := ms[i]
		key := canon(m)
		if key == "" {
			continue
		}
		target := -1
		if m.num.symbol {
			for _, j := range idx[key] {
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
				for _, j := range idx[key] {
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
			idx[key] = append(idx[key], len(docs)-1)
			firstPos[len(docs)-1] = m.pos
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
	// order of first mention
	perm := make([]int, len(docs))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(a, b int) bool { return firstPos[perm[a]] < firstPos[perm[b]] })
	out := make([]data.Document, len(docs))
	for i, j := range perm {
		out[i] = docs[j]
		fillTerm(&out[i])
	}
	return out
}

func checkMergeIsRef(t *testing.T, text string) {
	t.Helper()
	s := scanText(text)
	ms := s.mentions()
	if got, want := merge(ms), mergeRef(ms); !reflect.DeepEqual(got, want) {
		t.Fatalf("merge of %q = %v, the reference says %v", text, got, want)
	}
}

func TestMergeIsTheReference(t *testing.T) {
	var many strings.Builder
	for i := 40; i > 0; i-- {
		// more documents than manyDocs, some cited twice, out of order
		many.WriteString("Quyết định số " + strconv.Itoa(i) + "/QĐ-UBND, Chỉ thị 0" + strconv.Itoa(i%7) + "/CT-TTg; ")
		if i%5 == 0 {
			many.WriteString("Kế hoạch số " + strconv.Itoa(i) + " và Quyết định " + strconv.Itoa(i+1) + ". ")
		}
	}
	texts := append([]string{many.String(), "Quyết định số 5 ngày 3/4/2024 và Quyết định 5/QĐ-UBND"}, benchShort...)
	for _, tc := range docCases {
		texts = append(texts, tc.text)
	}
	for _, text := range texts {
		checkMergeIsRef(t, text)
	}
}

// FuzzMergeIsTheReference checks merge against mergeRef.
func FuzzMergeIsTheReference(f *testing.F) {
	for _, s := range benchShort {
		f.Add(s)
	}
	f.Add("Nghị quyết 25-NQ/TW, Chỉ thị 35 và Chỉ thị số 35-CT/TW; Quyết định 1/QĐ-UB, Quyết định số 1")
	f.Fuzz(checkMergeIsRef)
}
