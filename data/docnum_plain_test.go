package data

import (
	"math/rand"
	"strings"
	"testing"
)

// plainNumbers generates n document numbers in the spellings canonicalPlain
// takes and a few it turns away: ordinals with leading zeros, years, type
// letters and issuers of both grammars, upper, lower and mixed case, Đ and
// đ, and some stray shapes.
func plainNumbers(n int) []string {
	r := rand.New(rand.NewSource(1))
	ordinals := []string{"1", "05", "21", "0", "000", "1234", "30", "2020", "12A", "25nq", "số"}
	years := []string{"2020", "1999", "0042", "12345"}
	types := []string{"NQ", "QĐ", "qđ", "Qd", "CT", "KH", "TTr", "CV", "HD", "TB", "TTLT", "L", "c", "BC", "NĐ", "đa"}
	issuers := []string{"TW", "TU", "QU", "ĐU", "DUK", "đuk", "UBND", "ubnd", "CP", "TTg", "QH15", "BTG", "HVTC", "TWĐTN", "BNV", "VP", "SNNPTNT", "XYZ", "ĐTN", "HU", "THU", "2020"}
	seps := []string{"/", "-"}
	out := make([]string, 0, n)
	for len(out) < n {
		var b strings.Builder
		b.WriteString(ordinals[r.Intn(len(ordinals))])
		if r.Intn(3) == 0 {
			b.WriteString(seps[r.Intn(2)] + years[r.Intn(len(years))])
		}
		parts := r.Intn(5)
		for i := 0; i < parts; i++ {
			b.WriteString(seps[r.Intn(2)])
			if i == 0 && r.Intn(2) == 0 {
				b.WriteString(types[r.Intn(len(types))])
			} else {
				b.WriteString(issuers[r.Intn(len(issuers))])
			}
		}
		if r.Intn(20) == 0 {
			b.WriteString(seps[r.Intn(2)])
		}
		out = append(out, b.String())
	}
	return out
}

func TestCanonicalPlainAgreesWithFullPath(t *testing.T) {
	taken := 0
	for _, s := range plainNumbers(20000) {
		key, ok := canonicalPlain(s)
		if !ok {
			continue
		}
		taken++
		if want := canonicalFull(s); key != want {
			t.Fatalf("canonicalPlain(%q) = %q, full path %q", s, key, want)
		}
	}
	if taken < 10000 {
		t.Errorf("canonicalPlain took only %d of 20000 generated numbers", taken)
	}
}

func TestCanonicalPlainTakesCommonSpellings(t *testing.T) {
	for _, s := range []string{"21/KH-UBND", "30/2020/NĐ-CP", "25-NQ/TW", "33/CT-TTg", "1234/ubnd-vp", "15", "10/2022/QH15"} {
		if _, ok := canonicalPlain(s); !ok {
			t.Errorf("canonicalPlain(%q) turned it away", s)
		}
	}
}

func TestCanonicalPlainReturnsACanonicalNumberItself(t *testing.T) {
	s := "21/KH-UBND"
	if n := testing.AllocsPerRun(100, func() { CanonicalNumber(s) }); n != 0 {
		t.Errorf("CanonicalNumber(%q) allocates %v times, want 0", s, n)
	}
}

// FuzzCanonicalPlain checks that canonicalPlain, where it takes a number,
// gives the key of the full path.
func FuzzCanonicalPlain(f *testing.F) {
	for _, s := range plainNumbers(40) {
		f.Add(s)
	}
	for _, s := range []string{"", "/", "1/", "/1", "1//A", "0/0/0", "đ", "1/\xc4", "1/\xc4\x90", "007-Đ/đ", "5/2020/2021/TW"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if key, ok := canonicalPlain(s); ok {
			if want := canonicalFull(s); key != want {
				t.Fatalf("canonicalPlain(%q) = %q, full path %q", s, key, want)
			}
		}
	})
}

func BenchmarkCanonicalNumber(b *testing.B) {
	numbers := []string{"21/KH-UBND", "30/2020/NĐ-CP", "25-NQ/TW", "33/CT-TTg", "1234/UBND-VP", "367-QĐ/TWĐTN-VP", "15", "03-CT/T.Ư"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		CanonicalNumber(numbers[i%len(numbers)])
	}
}
