package dates

import (
	"testing"
	"time"
)

func fuzzSeeds(f *testing.F) {
	for _, tc := range dateCases {
		f.Add(tc.text)
	}
	for _, tc := range dateNegatives {
		f.Add(tc.text)
	}
	for _, s := range []string{"", "0", "1/", "01/1", "ngày", "31/12/9999", "ngày 1, 2, 3, 4, 5, 6, 7, 8, 9 tháng 1 năm 2000",
		"1-2-3-4-5/6/2020", "\xff\xfe/1/2020", "ngày\u00a01/2/2020", "99/99/99999999"} {
		f.Add(s)
	}
}

// FuzzFind checks that Find never panics, that its spans lie inside the
// text in order, and that every date is a valid calendar date.
func FuzzFind(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		prev := -1
		for _, m := range Find(text) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("bad span %+v in %q", m, text)
			}
			if m.Start < prev {
				t.Fatalf("spans out of order in %q: %+v", text, m)
			}
			prev = m.Start
			if _, err := time.Parse("2006-01-02", m.Date); err != nil {
				t.Fatalf("invalid date %q from %q", m.Date, text)
			}
		}
		_ = All(text)
	})
}

// FuzzParseDate checks that ParseDate never panics and that a date it
// reads is one Find or the layouts know.
func FuzzParseDate(f *testing.F) {
	fuzzSeeds(f)
	f.Add("2024-02-28T16:38:00+07:00")
	f.Add("16:38, 28/02/2024")
	f.Fuzz(func(t *testing.T, s string) {
		if tm, ok := ParseDate(s); ok && tm.IsZero() {
			t.Fatalf("ParseDate(%q) ok with a zero time", s)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := ""
	for _, tc := range dateCases {
		text += tc.text + "\n"
	}
	for _, tc := range dateNegatives {
		text += tc.text + "\n"
	}
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Find(text)
	}
}
