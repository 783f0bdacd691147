package dates

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// FuzzHintsNeverTurnAwayAMatch checks that the cheap tests made before the
// date regexps never rule out text that a regexp matches.
func FuzzHintsNeverTurnAwayAMatch(f *testing.F) {
	for _, s := range []string{"2024-02-28", "2024/02/28", "28/02/2024", "5 . 3 . 24", "1 \t– 2 – 2020", "01/102021",
		"12 tháng 3 năm 2024", "1\u2013 2 \u2212 20", "1 \u2015 2 - 2020", "12/345678", "1 . 02 .\t99", "05/3, và 10/3/2024", "3\nTháng 4, 2020", "30/4 năm 1975", "30\n/4 năm 1975", "123/4/2024", "7", "07-", "18 Tháng 8 2015"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := hintsAt(s)
		for _, c := range []struct {
			may bool
			re  *regexp.Regexp
		}{{h.iso, reISO}, {h.numeric, reNumeric}, {h.numeric, reTypo}, {h.dmy, reNumeric}, {h.typo, reTypo}, {h.slash, reSlashYear}, {h.thang, reSpelled}} {
			if !c.may && c.re.MatchString(s) {
				t.Fatalf("%q: %s matches but the hint says no", s, c.re)
			}
		}
	})
}

// FuzzNumericAtIsTheRegexp checks numericAt against reNumeric.
func FuzzNumericAtIsTheRegexp(f *testing.F) {
	for _, s := range []string{"28/02/2024", "5 . 3 . 24", "1 \t\u2013 2 \u2013 2020", "01/102021", "1/2/3", "12/34/567",
		"1/2/20245", "123/4/2024", "1\u2015 2 - 2020", "7", "07-", "1 / 2 /\t99x", "3.4.\u20122020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := hintsAt(s)
		want := []int(nil)
		if h.dmy {
			want = reNumeric.FindStringSubmatchIndex(s)
		}
		if got := spanOf(numericAt(s, h.dmy)); !slices.Equal(got, want) {
			t.Fatalf("numericAt(%q) = %v, the regexp says %v", s, got, want)
		}
		if !h.dmy && reNumeric.MatchString(s) {
			t.Fatalf("%q: reNumeric matches but the hint says no", s)
		}
	})
}

// TestMkDateIsTime checks mkDate against package time for every year it
// takes and every month and day about its bounds.
func TestMkDateIsTime(t *testing.T) {
	for y := 990; y <= 2210; y++ {
		for m := -1; m <= 13; m++ {
			for d := -1; d <= 32; d++ {
				got, ok := mkDate(y, m, d)
				want, wantOK := "", false
				if y >= 1000 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
					tm := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
					if tm.Day() == d && int(tm.Month()) == m {
						want, wantOK = tm.Format("2006-01-02"), true
					}
				}
				if got != want || ok != wantOK {
					t.Fatalf("mkDate(%d, %d, %d) = %q, %v; package time says %q, %v", y, m, d, got, ok, want, wantOK)
				}
			}
		}
	}
}

// FuzzLowerPrefix checks lowerPrefix against strings.ToLower.
func FuzzLowerPrefix(f *testing.F) {
	for _, s := range [][2]string{{"Ngày", "ngày"}, {"NGÀY 5", "ngày"}, {"Đến", "đến"}, {"TỚİ", "tới"}, {"\xffa", "\ufffda"},
		{"VÀ", "và"}, {"và", "và"}, {"", ""}, {"x", ""}, {"Kelvin \u212A", "kelvin k"}, {"ſ", "s"}, {"MỒNG", "mồng"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		low := strings.ToLower(s)
		prefix, equal := lowerPrefix(s, w)
		if prefix != strings.HasPrefix(low, w) || equal != (low == w) {
			t.Fatalf("lowerPrefix(%q, %q) = %v, %v; strings.ToLower gives %q", s, w, prefix, equal, low)
		}
	})
}

// FuzzSpelledAndISOAreTheRegexps checks spelledAt and isoAt against
// reSpelled and reISO.
func FuzzSpelledAndISOAreTheRegexps(f *testing.F) {
	for _, s := range []string{"14 tháng 02 năm 2023", "7 Tháng 9 2020", "8 tháng 3, năm 2021", "8 tháng 3 , 2021", "25\ntháng 9 năm 2022",
		"30 THÁNG 4 NĂM 1975", "3 tháng 2 năm\t1930x", "123 tháng 1 năm 2000", "1 tháng 123 năm 2000", "1 tháng 1 năm 200", "1 tháng 1 ,năm 2000",
		"1 tháng 1, , năm 2000", "1 tháng 1\f2000", "1 tháng 1 \n 2000", "1 tháng 1,\n2000", "1 tháng1 năm 2000", "1tháng 1 năm 2000",
		"2024-02-28", "2024/02/28", "2024-2-28", "20240-02-28", "2024-02-2", "2024-02/28x", "1 \u212Atháng 1 năm 2000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := spanOf8(spelledAt(s, true)), reSpelled.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("spelledAt(%q) = %v, reSpelled says %v", s, got, want)
		}
		if got, want := spanOf(isoAt(s)), reISO.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("isoAt(%q) = %v, reISO says %v", s, got, want)
		}
	})
}

// spanOf and spanOf8 give a hand reader's match as the regexp gives it (nil
// for none).
func spanOf(m [12]int, ok bool) []int {
	if !ok {
		return nil
	}
	return m[:]
}

func spanOf8(m [8]int, ok bool) []int {
	if !ok {
		return nil
	}
	return m[:]
}
