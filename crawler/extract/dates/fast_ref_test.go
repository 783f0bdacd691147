package dates

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/vnarchive/vnarchive/crawler/extract/internal/textscan"
)

// The simpler code the fast paths of this package replaced, kept as the
// reference their fuzz targets check them against.

// findRef is Find as it was before it skipped the digits of a run and
// tested listMay before listAt: every digit is tried.
func findRef(text string) []Match {
	var out []Match
	covered := 0 // end of the last accepted full-date span
	for i := textscan.NextDigit(text, 0); i < len(text); i = textscan.NextDigit(text, i+1) {
		if i > 0 && isDigit(text[i-1]) {
			continue
		}
		if i < covered {
			continue
		}
		if m, ok := fullAt(text, i); ok {
			out = append(out, m)
			covered = m.End
			continue
		}
		// A list that continues an earlier date ("11, 12 tháng 01 năm 2010
		// (…) và 15, 16 tháng 01 năm 2010") needs no "ngày" of its own.
		cont := len(out) > 0 && i-out[len(out)-1].End < 48 && lowerIs(prevWord(text, i), "và")
		if ms, ok := listAt(text, i, cont); ok {
			out = append(out, ms...)
			covered = ms[len(ms)-1].End
			continue
		}
		if ms, ok := rangeDMRef(text, i); ok {
			out = append(out, ms...)
			covered = ms[len(ms)-1].End
			continue
		}
	}
	return out
}

// rangeDMRef is rangeDM with the letter before the day tested first.
func rangeDMRef(text string, i int) ([]Match, bool) {
	if p := prevRune(text, i); unicode.IsLetter(p) || strings.ContainsRune("/.,-‐‑‒–—−", p) {
		return nil, false
	}
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j-i < 1 || j-i > 2 || j >= len(text) || (text[j] != '/' && text[j] != '.') {
		return nil, false
	}
	k := j + 1
	for k < len(text) && isDigit(text[k]) {
		k++
	}
	if k-j-1 < 1 || k-j-1 > 2 {
		return nil, false
	}
	if k+1 < len(text) && (text[k] == '/' || text[k] == '.' || text[k] == '-') && isDigit(text[k+1]) {
		return nil, false // a full date or a longer chain of numbers
	}
	day, mon := atoi(text[i:j]), atoi(text[j+1:k])
	n := skipSpaces(text, k)
	sep, n2 := listSepAt(text, n)
	if sep != '-' {
		return nil, false
	}
	word, before := text[n:n2], prevWord(text, i)
	if !lowerIs(word, "đến") && !lowerIs(word, "tới") && !lowerIs(before, "ngày") && !lowerIs(before, "từ") {
		return nil, false
	}
	n = skipSpaces(text, n2)
	if lowerHasPrefix(text[n:min(len(text), n+6)], "ngày") {
		n = skipSpaces(text, n+len("ngày"))
	}
	if n >= len(text) || !isDigit(text[n]) {
		return nil, false
	}
	m, ok := fullAt(text, n)
	if !ok {
		return nil, false
	}
	y, mo, d := splitISO(m.Date)
	if mo != mon || day >= d {
		return nil, false
	}
	iso, good := mkDate(y, mo, day)
	if !good {
		return nil, false
	}
	return []Match{{Start: i, End: k, Date: iso}, m}, true
}

func checkFindIsRef(t *testing.T, text string) {
	t.Helper()
	if got, want := Find(text), findRef(text); !reflect.DeepEqual(got, want) {
		t.Fatalf("Find(%q) = %v, the reference says %v", text, got, want)
	}
}

func TestFindIsTheReference(t *testing.T) {
	for _, tc := range dateCases {
		checkFindIsRef(t, tc.text)
	}
	for _, tc := range dateNegatives {
		checkFindIsRef(t, tc.text)
	}
	for _, s := range benchShort {
		checkFindIsRef(t, s)
	}
}

// FuzzFindIsTheReference checks Find against findRef.
func FuzzFindIsTheReference(f *testing.F) {
	fuzzSeeds(f)
	for _, s := range benchShort {
		f.Add(s)
	}
	f.Fuzz(checkFindIsRef)
}

// FuzzISOIsTheReference checks ISO (a linear search among the dates kept
// for a few dates) against isoMap (a set) on the dates Find reads.
func FuzzISOIsTheReference(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		ms := Find(text)
		if got, want := ISO(ms), isoMap(ms); !reflect.DeepEqual(got, want) {
			t.Fatalf("ISO(Find(%q)) = %q, isoMap says %q", text, got, want)
		}
	})
}

func TestISOIsTheReference(t *testing.T) {
	var ms []Match
	for d := 1; d <= 20; d++ {
		iso, _ := mkDate(2024, 1, d%7+1)
		ms = append(ms, Match{Date: iso})
		if got, want := ISO(ms), isoMap(ms); !reflect.DeepEqual(got, want) {
			t.Fatalf("ISO(%v) = %q, isoMap says %q", ms, got, want)
		}
	}
}
