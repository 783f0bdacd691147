package data

import (
	"strings"
	"testing"
)

func TestCanonicalNumberSpellingsShareAKey(t *testing.T) {
	tests := []struct {
		name      string
		spellings []string
		want      string
	}{
		{"party number", []string{"25-NQ/TW", "25/NQ-TW", "25 - NQ/TW", "25-nq/tw", "25–NQ/TW", "25—NQ／TW", "025-NQ/TW", "25 nq tw", "số 25-NQ/TW"}, "25-NQ/TW"},
		{"party number with Đ", []string{"1266-QĐ/QU", "1266-QD/QU", "1266-QÐ/QU", "1266/QĐ-QU", "1266 - qđ/qu"}, "1266-QD/QU"},
		{"term spelled TƯ", []string{"03-CT/TW", "03-CT/TƯ", "03-CT/T.Ư", "3-ct/tư"}, "3-CT/TW"},
		{"state number", []string{"33/CT-TTg", "33/CT-TTG", "33 / CT - TTg", "33/ct-ttg", "33-CT/TTg"}, "33/CT-TTG"},
		{"normative number", []string{"30/2020/NĐ-CP", "30/2020/ND-CP", "30 /2020/ NĐ - CP", "30/2020/nđ-cp"}, "30/2020/ND-CP"},
		{"law", []string{"10/2022/QH15", "10/2022/qh15", "10 / 2022 / QH15"}, "10/2022/QH15"},
		{"joint circular", []string{"55/2005/TTLT-BNV-VPCP", "55/2005/TTLT - BNV - VPCP"}, "55/2005/TTLT-BNV-VPCP"},
		{"letter", []string{"1234/UBND-VP", "1234/ubnd-vp", "1234 /UBND - VP"}, "1234/UBND-VP"},
		{"party letter", []string{"171-CV/BTG", "171/CV-BTG"}, "171-CV/BTG"},
		{"youth union", []string{"367-QĐ/TWĐTN-VP", "367 - QĐ/TWĐTN-VP"}, "367-QD/TWDTN-VP"},
		{"party body of a ward", []string{"29-HD/ĐUK", "29/HD-ĐUK"}, "29-HD/DUK"},
		{"unknown issuer", []string{"1206/QĐ-HVTC", "1206-QĐ/HVTC", "1206 /QĐ-HVTC"}, "1206/QD-HVTC"},
		{"bare ordinal", []string{"15", "015", " 15 "}, "15"},
		{"letter suffix, state", []string{"30c/NQ-CP", "30C/NQ-CP", "030c/NQ-CP", "30c / nq - cp", "30c-NQ/CP", "30 c/NQ-CP"}, "30C/NQ-CP"},
		{"letter suffix, party", []string{"09b-KH/ĐU", "9B-KH/DU", "09b/KH-ĐU", "09 b-KH/ĐU"}, "9B-KH/DU"},
		{"letter suffix, letter", []string{"12A/UBND-VP", "12a/ubnd-vp"}, "12A/UBND-VP"},
		{"letter suffix with a year", []string{"5a/2011/NQ-CP", "05A/2011/NQ-CP"}, "5A/2011/NQ-CP"},
		{"type letters glued to the ordinal", []string{"25nq", "25 nq", "25/NQ"}, "25/NQ"},
		{"one type letter after the ordinal", []string{"5/L-CTN", "5L/CTN", "5 L/CTN"}, "5/L-CTN"},
		{"dot for the joint after the type letters", []string{"318/TTr.SNNPTNT", "318/TTr-SNNPTNT", "318/ttr.snnptnt", "318 / TTr . SNNPTNT"}, "318/TTR-SNNPTNT"},
		{"dot for the joint, normative", []string{"41/2001/QĐ.UB", "41/2001/QĐ-UB", "41/2001/QD.UB"}, "41/2001/QD-UB"},
		{"dot inside an issuer stays folded", []string{"456/UBND-KT.TH", "456/UBND-KTTH"}, "456/UBND-KTTH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, s := range tt.spellings {
				if got := CanonicalNumber(s); got != tt.want {
					t.Errorf("CanonicalNumber(%q) = %q, want %q", s, got, tt.want)
				}
			}
		})
	}
}

func TestCanonicalNumberKeepsDocumentsApart(t *testing.T) {
	pairs := [][2]string{
		{"25-NQ/TW", "26-NQ/TW"},
		{"25-NQ/TW", "25-NQ/TU"},
		{"25-NQ/TW", "25-KL/TW"},
		{"30/2020/NĐ-CP", "30/2021/NĐ-CP"},
		{"12/KH-UBND", "12/KH-HĐND"},
		{"10/2022/QH15", "10/2022/QH14"},
		{"30c/NQ-CP", "30/NQ-CP"},
		{"30c/NQ-CP", "30d/NQ-CP"},
		{"168a/QĐ-UBND", "168/QĐ-UBND"},
		{"12A/UBND-VP", "12/A-UBND-VP"},
	}
	for _, p := range pairs {
		if CanonicalNumber(p[0]) == CanonicalNumber(p[1]) {
			t.Errorf("%q and %q share the key %q", p[0], p[1], CanonicalNumber(p[0]))
		}
	}
}

func TestCanonicalNumberOfNothing(t *testing.T) {
	for _, s := range []string{"", "  ", "-/-", "số"} {
		if got := CanonicalNumber(s); got != "" && s != "số" {
			t.Errorf("CanonicalNumber(%q) = %q, want empty", s, got)
		}
	}
}

func TestIsLocalNumber(t *testing.T) {
	tests := []struct {
		number string
		local  bool
	}{
		{"12/KH-UBND", true},
		{"27/2003/QĐ.UBND", true},
		{"43/NQ-HĐND", true},
		{"1266-QĐ/QU", true},
		{"07-CT/TU", true},
		{"29-HD/ĐUK", true},
		{"08-HD/BDVTU", true},
		{"25-NQ/TW", false},
		{"33/CT-TTg", false},
		{"30/2020/NĐ-CP", false},
		{"10/2022/QH15", false},
		{"36-HD/VPTW", false},
		{"15", false},
		{"168a/QĐ-UBND", true},
		{"30c/NQ-CP", false},
	}
	for _, tt := range tests {
		t.Run(tt.number, func(t *testing.T) {
			if got := IsLocalNumber(tt.number); got != tt.local {
				t.Fatalf("IsLocalNumber(%q) = %v, want %v", tt.number, got, tt.local)
			}
		})
	}
}

func TestDocumentKeyUsesCanonicalSpellings(t *testing.T) {
	a := Document{Canonical: CanonicalNumber("25/NQ-TW"), Term: "XI"}
	b := Document{Canonical: CanonicalNumber("25-NQ/TƯ"), Term: "XI"}
	if a.Key("") != b.Key("") {
		t.Fatalf("keys %q and %q differ", a.Key(""), b.Key(""))
	}
	if y := (Document{Canonical: CanonicalNumber("30/2020/NĐ-CP")}).Year(); y != 2020 {
		t.Fatalf("Year of a normative number = %d, want 2020", y)
	}
}

func TestLexiconLoads(t *testing.T) {
	if len(DocTypes()) < 20 || len(Issuers()) < 50 {
		t.Fatalf("lexicon has %d types and %d issuers", len(DocTypes()), len(Issuers()))
	}
	for abbr, want := range map[string]string{"NQ": "Nghị quyết", "qđ": "Quyết định", "TTLT": "Thông tư liên tịch", "CTR": "Chương trình"} {
		if got, ok := TypeOfAbbrev(abbr); !ok || got != want {
			t.Errorf("TypeOfAbbrev(%q) = %q, %v; want %q", abbr, got, ok, want)
		}
	}
	for abbr, want := range map[string]string{"TW": FamilyParty, "TƯ": FamilyParty, "BTGDVTW": FamilyParty, "ĐUK": FamilyParty,
		"CP": FamilyState, "TTg": FamilyState, "UBND": FamilyState, "QH15": FamilyState, "XYZ": ""} {
		if got := IssuerFamily(abbr); got != want {
			t.Errorf("IssuerFamily(%q) = %q, want %q", abbr, got, want)
		}
	}
}

// FuzzCanonicalNumber checks that CanonicalNumber never panics, is stable
// (the key of a key is itself) and ignores ASCII case, spaces around
// separators and which separator stands where.
func FuzzCanonicalNumber(f *testing.F) {
	for _, s := range []string{"25-NQ/TW", "25/NQ-TW", "33/CT-TTg", "30/2020/NĐ-CP", "10/2022/QH15", "1234/UBND-VP",
		"15", "", "25 nq tw", "03-CT/T.Ư", "01.2021", "\xff", "số 5", "2020/", "/-/", "5-", "a-b/c", ".00A", "\u06190A", "30c/NQ-CP", "9b-KH/ĐU", "5L/CTN", "5 a/b-c", "1a", "1a/", "245/TTr.DSGĐTE", "63/2002/QĐ.UB", "5/qd.a.b", "7/CT.-X", "7/CT..X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := CanonicalNumber(s)
		if k2 := CanonicalNumber(k); k2 != k {
			t.Fatalf("CanonicalNumber not stable: %q → %q → %q", s, k, k2)
		}
		if up := CanonicalNumber(asciiUpper(s)); up != k && isASCIIString(s) {
			t.Fatalf("case changes the key: %q → %q, upper → %q", s, k, up)
		}
		if sp := CanonicalNumber(strings.NewReplacer("/", " / ", "-", " - ").Replace(s)); sp != k && isASCIIString(s) {
			t.Fatalf("spaces change the key: %q → %q, spaced → %q", s, k, sp)
		}
		if sw := CanonicalNumber(strings.NewReplacer("/", "-", "-", "/").Replace(s)); sw != k {
			t.Fatalf("swapped separators change the key: %q → %q, swapped → %q", s, k, sw)
		}
	})
}

func asciiUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
