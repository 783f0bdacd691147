package docs

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/crawler/extract/dates"
	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
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

// normalizeRef is normalize as the data package spells it: invalid UTF-8 as
// spaces, vn.NFC, data.NormalizeDashes, CR as space.
func normalizeRef(text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, " ")
	}
	return strings.ReplaceAll(data.NormalizeDashes(vn.NFC(text)), "\r", " ")
}

var normalizeSeeds = []string{"", "Nghị quyết số 25\u2013NQ/TW\r\n", "nga\u0300y 1/1/2020", "\u00D0ảng \u00A0ủy", "a\xffb",
	"Quyết định \u201c2025\u201d\u2026", "ê\u0301", "\u2044\u2215\uFF0F", "\uFEFFx", "ạ\u0323", "ℌ Å K"}

// FuzzNormalize checks normalize, with its one-pass test for text vn.NFC
// keeps, against normalizeRef.
func FuzzNormalize(f *testing.F) {
	for _, s := range normalizeSeeds {
		f.Add(s)
	}
	for _, tc := range docCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalize(s), normalizeRef(s); got != want {
			t.Fatalf("normalize(%q) = %q, normalizeRef says %q", s, got, want)
		}
	})
}

// TestNormalizeEachRune checks normalize against normalizeRef for every rune
// of stableBits' range and a little beyond, alone and around letters and
// combining marks.
func TestNormalizeEachRune(t *testing.T) {
	for r := rune(0); r < stableTableSize+0x100; r++ {
		c := string(r)
		for _, s := range []string{c, "a" + c, c + "\u0301", "ê" + c + "\u0323x", "\u0300" + c, "Đ" + c + "\r" + c} {
			if got, want := normalize(s), normalizeRef(s); got != want {
				t.Fatalf("normalize(%q) = %q, normalizeRef says %q", s, got, want)
			}
		}
	}
}
