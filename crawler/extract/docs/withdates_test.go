package docs

import (
	"reflect"
	"testing"
	"unicode"

	"github.com/vnarchive/vnarchive/crawler/extract/dates"
	"github.com/vnarchive/vnarchive/data"
)

// withDatesSeeds are texts whose normalised form is the text itself and
// texts normalising changes (dash variants, CR, invalid UTF-8, NFD).
var withDatesSeeds = []string{
	"Quyết định số 15/QĐ-UBND ngày 20/3/2024 của UBND tỉnh; họp ngày 5/4/2024.",
	"Nghị quyết số 25\u2013NQ/TW ngày 1\u20132\u20132020 và ngày 3/3/2021",
	"Kế hoạch số 7/KH-UBND\r\nngày 10/3/2024\r\n",
	"Chỉ thị 05 ngày 1/1/2020 \xff và ngày 1/1/2020",
	"Thông tư số 01/2021/TT-BTC ngày 2/2/2021, nga\u0300y 3/3/2021",
	"",
}

func TestFindWithDatesIsFindAndDatesAll(t *testing.T) {
	for _, tc := range docCases {
		checkWithDates(t, tc.text)
	}
	for _, s := range withDatesSeeds {
		checkWithDates(t, s)
	}
}

func checkWithDates(t *testing.T, text string) {
	t.Helper()
	docs, refs, ds := FindWithDates(text)
	wantDocs, wantRefs := Find(text)
	if want := dates.All(text); !reflect.DeepEqual(ds, want) {
		t.Fatalf("FindWithDates(%q) dates = %q, dates.All says %q", text, ds, want)
	}
	if !reflect.DeepEqual(docs, wantDocs) || !reflect.DeepEqual(refs, wantRefs) {
		t.Fatalf("FindWithDates(%q) = %v %v, Find says %v %v", text, docs, refs, wantDocs, wantRefs)
	}
}

// FuzzFindWithDates checks FindWithDates against Find and dates.All.
func FuzzFindWithDates(f *testing.F) {
	for _, s := range withDatesSeeds {
		f.Add(s)
	}
	for _, tc := range docCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) { checkWithDates(t, text) })
}

var dashSeeds = []string{"", "a", "1\u20132", "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D\uFF0F\u2215\u2044",
	"x\u2026y\u201cz\u201d", "\xe2\x80", "\xe2\u2013", "25\u2013NQ/TW \uFF0F 2024", "\xef\xbc"}

// FuzzNormalizeDashes checks normalizeDashes against data.NormalizeDashes.
func FuzzNormalizeDashes(f *testing.F) {
	for _, s := range dashSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalizeDashes(s), data.NormalizeDashes(s); got != want {
			t.Fatalf("normalizeDashes(%q) = %q, data.NormalizeDashes says %q", s, got, want)
		}
		if got, want := hasDashVariant(s), data.NormalizeDashes(s) != s; got != want {
			t.Fatalf("hasDashVariant(%q) = %v, data.NormalizeDashes says %v", s, got, want)
		}
	})
}

func TestIsLetterIsUnicodeIsLetter(t *testing.T) {
	for r := rune(-1); r < 0x30000; r++ {
		if got, want := isLetter(r), unicode.IsLetter(r); got != want {
			t.Fatalf("isLetter(%U) = %v, unicode.IsLetter says %v", r, got, want)
		}
	}
}
