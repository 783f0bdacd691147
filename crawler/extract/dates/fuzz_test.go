package dates

import (
	"testing"
	"time"

	"github.com/vnarchive/vnarchive/crawler/extract/internal/cputime"
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

// benchLead is a few hundred bytes the project wrote, shaped like an
// article's title and lead: the short text most calls see.
const benchLead = "Huyện Đông Anh triển khai kế hoạch cải cách hành chính năm 2025\n\n" +
	"Sáng ngày 12/3/2025, Ủy ban nhân dân huyện tổ chức hội nghị triển khai Kế hoạch số 45/KH-UBND " +
	"ngày 5/3/2025 về cải cách hành chính. Theo Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương, " +
	"các xã hoàn thành việc sắp xếp bộ máy trước ngày 30 tháng 6 năm 2025."

// BenchmarkFind reads every test sentence as one text ("cases") and
// benchLead ("lead").
func BenchmarkFind(b *testing.B) {
	text := ""
	for _, tc := range dateCases {
		text += tc.text + "\n"
	}
	for _, tc := range dateNegatives {
		text += tc.text + "\n"
	}
	for _, set := range []struct{ name, text string }{{"cases", text}, {"lead", benchLead}} {
		b.Run(set.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(set.text)))
			defer cputime.Start(b)()
			for b.Loop() {
				Find(set.text)
			}
		})
	}
}
