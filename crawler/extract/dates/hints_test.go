package dates

import (
	"regexp"
	"slices"
	"testing"
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
		if got := numericAt(s, h.dmy); !slices.Equal(got, want) {
			t.Fatalf("numericAt(%q) = %v, the regexp says %v", s, got, want)
		}
		if !h.dmy && reNumeric.MatchString(s) {
			t.Fatalf("%q: reNumeric matches but the hint says no", s)
		}
	})
}
