package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseDateLineReadsPortalDateForms(t *testing.T) {
	tests := []struct{ name, in, want, precision string }{
		{"Liferay Vietnamese 24-hour", "Ngày đăng 28/02/2024 | 16:38 | Lượt xem: 649", "2024-02-28T16:38:00+07:00", "minute"},
		{"Liferay English PM", "Publish date 18/03/2019 | 3:06 PM | View count: 107", "2019-03-18T15:06:00+07:00", "minute"},
		{"Liferay 12 AM is midnight", "21/12/2012 | 12:00 AM", "2012-12-21T00:00:00+07:00", "minute"},
		{"Liferay 12 PM is noon", "05/04/2019 | 12:10 PM", "2019-04-05T12:10:00+07:00", "minute"},
		{"view count without space", "06/01/2016 | 03:30 PM |View count: 426", "2016-01-06T15:30:00+07:00", "minute"},
		{"ward portal time first", "21:08 20/07/2025", "2025-07-20T21:08:00+07:00", "minute"},
		{"time, comma, date", "16:38, 28/02/2024", "2024-02-28T16:38:00+07:00", "minute"},
		{"date dash time", "28/02/2024 - 16:38", "2024-02-28T16:38:00+07:00", "minute"},
		{"weekday prefix", "Thứ Tư, 28/02/2024 | 16:38 GMT+7", "2024-02-28T16:38:00+07:00", "minute"},
		{"time then weekday then date", "08:15 Thứ Ba, 12/03/2024", "2024-03-12T08:15:00+07:00", "minute"},
		{"date only", "(17/11/2012)", "2012-11-17T00:00:00+07:00", "day"},
		{"dd-mm-yyyy", "Ngày ban hành: 03-06-2013", "2013-06-03T00:00:00+07:00", "day"},
		{"impossible date", "31/02/2024 | 10:00", "", ""},
		{"impossible time keeps the day", "28/02/2024 | 25:10", "2024-02-28T00:00:00+07:00", "day"},
		{"no date", "Lượt xem: 649", "", ""},
		{"ratio is not a date", "đạt 20/20 chỉ tiêu", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseDateLine(tt.in)
			if p.rfc3339() != tt.want || p.precision != tt.precision {
				t.Fatalf("parseDateLine(%q) = %q %q, want %q %q", tt.in, p.rfc3339(), p.precision, tt.want, tt.precision)
			}
		})
	}
}

func TestParseISOConvertsToVietnamTime(t *testing.T) {
	tests := []struct{ in, want, precision string }{
		{"2024-02-28T16:38:00+07:00", "2024-02-28T16:38:00+07:00", "minute"},
		{"2024-02-28T09:38:00Z", "2024-02-28T16:38:00+07:00", "minute"},
		{"2024-02-28T16:38:00", "2024-02-28T16:38:00+07:00", "minute"},
		{"2024-02-28T16:38:00.000+0700", "2024-02-28T16:38:00+07:00", "minute"},
		{"2024-02-28", "2024-02-28T00:00:00+07:00", "day"},
		{"2024-13-01", "", ""},
		{"hôm qua", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p := parseISO(tt.in)
			if p.rfc3339() != tt.want || p.precision != tt.precision {
				t.Fatalf("parseISO(%q) = %q %q, want %q %q", tt.in, p.rfc3339(), p.precision, tt.want, tt.precision)
			}
		})
	}
}

func FuzzParseDateLine(f *testing.F) {
	for _, s := range []string{"Ngày đăng 28/02/2024 | 16:38 | Lượt xem: 649", "3:06 PM 18/03/2019", "21:08 20/07/2025", "2024-02-28T16:38:00Z", "99/99/9999 | 99:99 PM", "12:00 AM"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []published{parseDateLine(s), parseISO(s)} {
			if p.ok() != (p.rfc3339() != "") {
				t.Fatalf("%q: precision %q but time %q", s, p.precision, p.rfc3339())
			}
			if p.ok() && p.t.Year() < 1990 {
				t.Fatalf("%q: year %d", s, p.t.Year())
			}
		}
	})
}

// FuzzMayHoldDate checks that the cheap test before the date regexps never
// turns away text that either regexp matches.
func FuzzMayHoldDate(f *testing.F) {
	for _, s := range []string{"Ngày đăng 28/02/2024 | 16:38", "3 . 06 - 2019", "12 /3/ 20245", "123/4/2024", "1/123/2024", "1-2-202", "ngày 5 tháng 3", "08:15 Thứ Ba, 12/03/2024", "1\t/\n2 -\f2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !mayHoldDate(s) && (reDateTime.MatchString(s) || reTimeDate.MatchString(s)) {
			t.Fatalf("%q: a date regexp matches but mayHoldDate says no", s)
		}
	})
}

var anchoredSeeds = []string{"Ngày đăng 28/02/2024 | 16:38 | Lượt xem: 649", "3:06 PM 18/03/2019", "21:08 20/07/2025",
	"123/4/2024", "1/123/2024", "12 /3/ 20245", "08:15 Thứ Ba, 12/03/2024", "8H30 ngày 1.2.2024", "x 123:45 1/2/2024",
	"1\t/\n2 -\f2024 lúc 8 g 30 PM", "5/6/7/2024", "ngày 1/1/2020 và 2/2/2021", "10:36 PM - 03/04/2020", "1/2/2024abc",
	"1/2/2024 LÚC 8h30", "1/2/2024 Lúc8G05pm", "1/2/2024 — 8:30:15 AMX", "1/2/2024 8:30 AMX", "1/2/2024 8:30AMX", "1/2/2024 8:301",
	"1/2/2024 8:30:1", "1/2/2024 8:30:15x", "1/2/2024 8:30_", "1/2/2024 – 08:30 pm.", "1/2/2024,8:30 é", "1/2/2024 8:30 \xff",
	"Thứ Ba,12/03/2024", "08:15 THỨ Ba,12/03/2024", "08:15 thứ  hai , 1/3/2024 7", "8:15 thứ x1/2/2024/3/2025", "8:15 Chủ  nhật, 1/3/2024",
	"8:15 CHỦ NHẬT 1/3/2024", "8:15 chủ nhật1/3/2024", "8:15 thứ\xff1/3/2024", "10:3012/03/2024", "10:30:45/03/2024", "10:30:4 1/2/2024",
	"10h30 NGÀY 1/2/2024", "10h30 ngày1/2/2024", "10 : 30 pm | 1/2/2024", "10:30 am ngày thứ 5 1/2/2024", "9:05 - thứ sáu,1-2-2024"}

// FuzzAnchoredFindersOnTokens checks the hand-written finders against the
// regexps on strings made of the pieces dates are written with, which
// random bytes seldom hit: each input byte picks one piece.
func FuzzAnchoredFindersOnTokens(f *testing.F) {
	for _, s := range []string{"\x01\x02\x03\x04\x05\x06\x07", "\x10\x11\x12\x13\x14", "\x20\x21\x22\x23\x24\x25\x26\x27\x28"} {
		f.Add([]byte(s))
	}
	pieces := []string{"1", "12", "2024", "123", "/", ".", "-", " ", "\t", ":", "h", "H", "g", "G", "AM", "pm", "x", "_",
		"lúc", "LÚC", "ngày", "NGÀY", "thứ", "Thứ", "Ba", "chủ", "nhật", "Chủ Nhật", ",", "|", "–", "—", "\xff", "é", "5", "05",
		"30", "1/2/2024", "8:30", "8h30", ":15", " - ", "2/12/2025", "a", "m", "\n"}
	f.Fuzz(func(t *testing.T, b []byte) {
		var sb strings.Builder
		for _, c := range b {
			sb.WriteString(pieces[int(c)%len(pieces)])
		}
		checkAnchored(t, sb.String())
	})
}

// TestAnchoredFindersAreTheRegexps checks findDateTime and findTimeDate
// against the unanchored regexps they stand for.
func TestAnchoredFindersAreTheRegexps(t *testing.T) {
	for _, s := range anchoredSeeds {
		checkAnchored(t, s)
	}
}

func checkAnchored(t *testing.T, s string) {
	t.Helper()
	if got, want := findDateTime(s), reDateTime.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("findDateTime(%q) = %v, the regexp says %v", s, got, want)
	}
	if got, want := findTimeDate(s), reTimeDate.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("findTimeDate(%q) = %v, the regexp says %v", s, got, want)
	}
}

func FuzzAnchoredFinders(f *testing.F) {
	for _, s := range anchoredSeeds {
		f.Add(s)
	}
	f.Fuzz(checkAnchored)
}

// reISO is the ISO 8601 form that isoParts reads (from <meta>, JSON-LD or
// <time datetime>).
var reISO = regexp.MustCompile(`^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?`)

// FuzzISOParts checks isoParts against reISO.
func FuzzISOParts(f *testing.F) {
	for _, s := range []string{"2024-05-06T07:45:00+07:00", " 2024-05-06", "2024-05-06 07:45Z", "2024-05-06T07:45:00.123 -0530", "2024-05-06T07:4", "2024-5-06", "20240-05-06", "2024-05-06T07:45:00+07:0", "2024-05-06T07:45+07", "\v2024-05-06", "2024-05-06T07:45:5+07:00", "2024-05-06T07:45:00.+07:00", "2024-05-06T07:45 \t z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := isoParts(s)
		want := reISO.FindStringSubmatch(s)
		if ok != (want != nil) {
			t.Fatalf("isoParts(%q) ok %v, the regexp %v", s, ok, want != nil)
		}
		if !ok {
			return
		}
		if got := []string{m.year, m.month, m.day, m.hour, m.minute, m.zone}; !slices.Equal(got, []string{want[1], want[2], want[3], want[4], want[5], want[7]}) {
			t.Fatalf("isoParts(%q) = %q, the regexp %q", s, got, want)
		}
	})
}

// FuzzFormatVN checks formatVN against time.Format.
func FuzzFormatVN(f *testing.F) {
	for _, sec := range []int64{0, 1714956300, -62135596800, 253402300799, 253402300800, -62135596801, 1e12} {
		f.Add(sec)
	}
	f.Fuzz(func(t *testing.T, sec int64) {
		tm := time.Unix(sec, 0)
		if got, want := formatVN(tm), tm.In(vnZone).Format(time.RFC3339); got != want {
			t.Fatalf("formatVN(%d) = %q, Format %q", sec, got, want)
		}
	})
}
