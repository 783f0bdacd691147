package dates

import (
	"reflect"
	"testing"
	"time"
)

// gluedDateCases are spelled dates typed with a missing space, which the
// project wrote: the year glued to "năm", the month to "tháng", the day to
// "ngày".
var gluedDateCases = []dateCase{
	{"year glued to năm", "văn bản ký ngày 15 tháng 8 năm2019 tại trụ sở", []string{"2019-08-15"}},
	{"year glued to năm", "Hà Tĩnh, ngày 6 tháng 11năm2018", []string{"2018-11-06"}},
	{"month glued to tháng", "họp ngày 2 tháng10 năm 2020 ở xã", []string{"2020-10-02"}},
	{"day glued to ngày", "ngày06 tháng 11 năm 2018 khai mạc", []string{"2018-11-06"}},
	{"all glued", "ngày09 tháng12 năm2005, Ban Thường vụ họp", []string{"2005-12-09"}},
}

var gluedDateNegatives = []dateCase{
	{"five digits after năm", "ngày 3 tháng 6 năm20041 và ngày 4 tháng 6 năm 20041", nil},
	{"month and year only", "trong tháng12/2020 và tháng12 năm2021", nil},
	{"duration", "trong 3 tháng 6 năm2024 là mốc", nil},
	{"year alone", "từ năm2004 đến năm2010", nil},
}

func TestFindGlued(t *testing.T) {
	for _, tc := range gluedDateCases {
		t.Run(tc.pattern+" reads "+short(tc.text), func(t *testing.T) {
			if got := All(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("All(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
	for _, tc := range gluedDateNegatives {
		t.Run(tc.pattern+" is not a date", func(t *testing.T) {
			if got := All(tc.text); len(got) != 0 {
				t.Errorf("All(%q) = %v, want none", tc.text, got)
			}
		})
	}
}

// FuzzFindGlued checks, from the glued dates, that Find never panics and
// gives valid calendar dates over spans inside the text, in order.
func FuzzFindGlued(f *testing.F) {
	for _, tc := range gluedDateCases {
		f.Add(tc.text)
	}
	for _, tc := range gluedDateNegatives {
		f.Add(tc.text)
	}
	f.Add("1 tháng1năm2000")
	f.Fuzz(func(t *testing.T, text string) {
		prev := -1
		for _, m := range Find(text) {
			if m.Start < prev || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("bad span %+v in %q", m, text)
			}
			prev = m.Start
			if _, err := time.Parse("2006-01-02", m.Date); err != nil {
				t.Fatalf("invalid date %q from %q", m.Date, text)
			}
		}
	})
}
