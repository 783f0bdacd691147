package docs

import (
	"strings"

	"github.com/vnarchive/vnarchive/data"
)

// centralTerms are the terms of the Party Central Committee with the day
// each began, the closing day of its National Congress
// (shared/docs/vietnamese-reference.md §4.3), latest first.
var centralTerms = []struct{ from, term string }{
	{"2026-01-23", "XIV"},
	{"2021-02-01", "XIII"},
	{"2016-01-28", "XII"},
	{"2011-01-19", "XI"},
	{"2006-04-25", "X"},
	{"2001-04-22", "IX"},
	{"1996-07-01", "VIII"},
	{"1991-06-27", "VII"},
	{"1986-12-18", "VI"},
}

// centralTerm returns the Central Committee term in force on an ISO date,
// or "" before 1986-12-18.
func centralTerm(date string) string {
	if len(date) != 10 {
		return ""
	}
	for _, t := range centralTerms {
		if date >= t.from {
			return t.term
		}
	}
	return ""
}

// isCentralParty reports whether a canonical number is a central Party
// number ("25-NQ/TW", "36-HD/VPTW", "63-HD/BTGTW"): those are numbered anew
// each Central Committee term, so the term tells them apart.
func isCentralParty(canonical string) bool {
	i := strings.IndexByte(canonical, '/')
	if i < 0 || !strings.Contains(canonical[:i], "-") {
		return false
	}
	for _, seg := range strings.Split(canonical[i+1:], "-") {
		if strings.HasSuffix(seg, "TW") && data.IssuerFamily(seg) == data.FamilyParty {
			return true
		}
	}
	return false
}

// fillTerm gives a central Party document cited with its date but no term
// the term in force on that date, so that its Key matches a citation that
// names the term ("khóa XI").
func fillTerm(d *data.Document) {
	if d.Term == "" && d.Date != "" && isCentralParty(d.Canonical) {
		d.Term = centralTerm(d.Date)
	}
}

// romanTerm returns a term number in Roman numerals ("xi" → "XI", "12" →
// "XII"), or "" when it is not one.
func romanTerm(s string) string {
	if allDigits(s) {
		n := 0
		for i := 0; i < len(s); i++ {
			n = n*10 + int(s[i]-'0')
		}
		return toRoman(n)
	}
	u := strings.ToUpper(s)
	if n := fromRoman(u); n > 0 && n <= 50 && toRoman(n) == u {
		return u
	}
	return ""
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	n := 0
	for i := 0; i < len(s); i++ {
		v, ok := val[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

func toRoman(n int) string {
	if n <= 0 || n > 50 {
		return ""
	}
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
