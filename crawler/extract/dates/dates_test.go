package dates

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// dateCase is one sentence the project wrote for a form of
// shared/docs/vietnamese-reference.md §4 or shared/eval/ANNOTATION.md.
type dateCase struct {
	pattern string
	text    string
	want    []string // All(text)
}

var dateCases = []dateCase{
	// D/M/Y, D-M-Y, D.M.Y, padded or not
	{"D/M/Y", "Hội nghị diễn ra chiều ngày 07/03/2025 tại hội trường quận.", []string{"2025-03-07"}},
	{"D/M/Y", "Ngày 9/11/2023, Ban Thường vụ họp phiên thường kỳ.", []string{"2023-11-09"}},
	{"D/M/Y", "Thứ Sáu, 12/4/2024 | 08:15", []string{"2024-04-12"}},
	{"D/M/Y", "Hạn nộp hồ sơ trước ngày 3/6/ 2026 theo thông báo.", []string{"2026-06-03"}},
	{"D-M-Y", "Đăng ngày 21-10-2022 09:40, chuyên mục Xây dựng Đảng.", []string{"2022-10-21"}},
	{"D-M-Y", "Quyết định số 41-QĐ/TW, ngày 5-11-2021 của Bộ Chính trị.", []string{"2021-11-05"}},
	{"D-M-Y", "khai mạc ngày 2–9–2025 tại Quảng trường", []string{"2025-09-02"}},
	{"D.M.Y", "Lễ ra mắt được tổ chức ngày 5.3.2024 ở phường.", []string{"2024-03-05"}},
	{"D.M.Y", "Văn bản gửi ngày 15.08.2019.", []string{"2019-08-15"}},
	// spelled
	{"spelled", "Quận Cầu Giấy, ngày 14 tháng 02 năm 2023", []string{"2023-02-14"}},
	{"spelled", "ban hành ngày 1 tháng 7 năm 2016 và có hiệu lực", []string{"2016-07-01"}},
	{"spelled", "Hà Đông, ngày 25\ntháng 9 năm 2022", []string{"2022-09-25"}},
	{"spelled", "NGÀY 30 THÁNG 4 NĂM 1975 đất nước thống nhất", []string{"1975-04-30"}},
	{"spelled", "ngày mồng 3 tháng 2 năm 1930", []string{"1930-02-03"}},
	{"spelled no năm", "Thứ hai, 7 Tháng 9 2020 10:12", []string{"2020-09-07"}},
	{"spelled comma", "vào ngày 8 tháng 3, năm 2021", []string{"2021-03-08"}},
	{"D/M năm Y", "từ ngày 30/4 năm 1975 đến nay", []string{"1975-04-30"}},
	// ranges and lists sharing month and year
	{"day range", "Hội thao diễn ra từ 10-14/6/2024 tại sân vận động.", []string{"2024-06-10", "2024-06-14"}},
	{"day range", "trong 2 ngày 17 - 18/10/2023, đại hội đã làm việc", []string{"2023-10-17", "2023-10-18"}},
	{"day range", "từ ngày 29 đến ngày 30 tháng 6 năm 2017, Quốc hội", []string{"2017-06-29", "2017-06-30"}},
	{"day range", "Từ ngày 01 đến 15/4/2020, các xã tổ chức", []string{"2020-04-01", "2020-04-15"}},
	{"day list", "Trong các ngày 3, 4 tháng 5 năm 2018 tại Huế và 8, 9 tháng 5 năm 2018 tại Đà Lạt", []string{"2018-05-03", "2018-05-04", "2018-05-08", "2018-05-09"}},
	{"day list", "vào các ngày 26 và 27/2/2024, đoàn công tác", []string{"2024-02-26", "2024-02-27"}},
	{"day/month range", "Lớp học mở từ ngày 8/9 đến ngày 12/9/2025 tại trường Chính trị.", []string{"2025-09-08", "2025-09-12"}},
	{"day/month range", "đợt kiểm tra từ 3.4 - 7.4.2022 ở các phường", []string{"2022-04-03", "2022-04-07"}},
	{"range across months keeps its full end only", "từ ngày 25/8 đến ngày 02/9/2025 là đợt cao điểm", []string{"2025-09-02"}},
	{"ratio before a range word", "đạt 5/6 chỉ tiêu, đến ngày 30/6/2025 hoàn thành", []string{"2025-06-30"}},
	{"anniversary", "kỷ niệm 95 năm Ngày thành lập (3/2/1930 - 3/2/2025)", []string{"1930-02-03", "2025-02-03"}},
	{"anniversary", "Ngày truyền thống (12/9/1945-12/9/2025) và", []string{"1945-09-12", "2025-09-12"}},
	{"anniversary", "(26/3/1931 –26/3/2026)", []string{"1931-03-26", "2026-03-26"}},
	{"D/M/Y", "Từ ngày 28/4/2024 đến hết ngày 02/5/2024.3. Giao công chức", []string{"2024-04-28", "2024-05-02"}},
	{"historic", "Cách mạng Tháng Tám thành công ngày 19/8/1945.", []string{"1945-08-19"}},
	// typos the reference names
	{"missing separator", "Chỉ thị số 09-CT/QU ngày 15/112022 của Quận ủy", []string{"2022-11-15"}},
	{"missing separator", "theo Kế hoạch ban hành ngày 3/52021", []string{"2021-05-03"}},
	{"two-digit year", "Văn bản ký ngày 5/3/24 đã gửi các phường.", []string{"2024-03-05"}},
	{"year split by a space", "Kế hoạch được ký ngày 9/3/20 23 và gửi các xã.", []string{"2023-03-09"}},
	{"year split by a space", "Căn cứ Thông báo số 7/TB-UBND ngày 28/11/19 98 của huyện", []string{"1998-11-28"}},
	{"two-digit year before a time", "Cuộc họp ngày 5/3/20 21 giờ mới kết thúc.", []string{"2020-03-05"}},
	// spaces around the separators, wrapped lines, leap days
	{"spaced separators", "Đoàn kiểm tra làm việc ngày 5 / 3 / 2024 tại xã.", []string{"2024-03-05"}},
	{"spaced separators", "hồ sơ nộp trước ngày 05 /03/ 2024 tại bộ phận một cửa", []string{"2024-03-05"}},
	{"spelled wrapped", "Ngày 23\ntháng 4\nnăm 2018, Ban Thường vụ họp", []string{"2018-04-23"}},
	{"spelled wrapped", "ký ngày 9 tháng 12\nnăm 2021 tại trụ sở", []string{"2021-12-09"}},
	{"leap day", "kỳ họp ngày 29/2/2024 đã thông qua", []string{"2024-02-29"}},
	{"day range", "từ ngày 20 - 22 tháng 11 năm 2023 tại Hà Nội", []string{"2023-11-20", "2023-11-22"}},
	{"day range", "trong 2 ngày 5/12/2023-6/12/2023 đoàn làm việc", []string{"2023-12-05", "2023-12-06"}},
	{"day list", "vào các ngày 3, 4 và 5/6/2024 tại các xã", []string{"2024-06-03", "2024-06-04", "2024-06-05"}},
	{"range across years", "từ ngày 31/12/2024 đến ngày 2/1/2025 nghỉ Tết Dương lịch", []string{"2024-12-31", "2025-01-02"}},
	{"spelled no năm", "văn bản ký ngày 01 tháng 6 2024 tại trụ sở", []string{"2024-06-01"}},
	{"spelled comma", "hội nghị ngày 5 tháng 3, 2024 đã kết thúc", []string{"2024-03-05"}},
	{"day range", "từ ngày 5 đến 7-3-2024 tại hội trường xã", []string{"2024-03-05", "2024-03-07"}},
	{"day list", "trong các ngày 5 và 6-3-2024 đoàn làm việc", []string{"2024-03-05", "2024-03-06"}},
	{"glued", "khai mạc ngày 20/11/2023(thứ Hai); họp ngày15/3/2024 tại trụ sở", []string{"2023-11-20", "2024-03-15"}},
	// machine forms
	{"ISO", "date 2025-08-08 18:13", []string{"2025-08-08"}},
	{"time first", "03:10 16/01/2026", []string{"2026-01-16"}},
	{"duplicates", "Ngày 2/9/2025 … (2/9/2025) … ngày 02/09/2025", []string{"2025-09-02"}},
}

var dateNegatives = []dateCase{
	{"partial D/M", "Sáng 5/3, đoàn đã đến thăm; chiều 16-1 tiếp tục làm việc.", nil},
	{"month-year", "Trong tháng 10/2023 và tháng 11 năm 2023, tháng 10-2023.", nil},
	{"year", "năm 2024, đầu năm 2025, cuối năm", nil},
	{"quarter", "quý I/2024, quý IV năm 2023, 6 tháng đầu năm 2024", nil},
	{"holiday", "Chào mừng Quốc khánh 2-9 và ngày 30-4, 1-5, 20-10, 27/7.", nil},
	{"year range", "nhiệm kỳ 2020-2025, giai đoạn 2021 - 2025, năm học 2023-2024, (1930 - 2025)", nil},
	{"ratio", "21/25 đảng bộ đạt 20/20 chỉ tiêu; 7/7 phường; đạt 9/10; 91/1447 hộ", nil},
	{"time", "lúc 14h30, 8h00, 16:38 và 14 giờ 30 phút", nil},
	{"invalid calendar", "ngày 31/02/2024, ngày 31/4/2023, ngày 30/02/2020, 16/72/2020", nil},
	{"document number", "Nghị định 30/2020/NĐ-CP và Quyết định 12/2/2020/QĐ-X", nil},
	{"amount", "tổng kinh phí 1.250.000 đồng, 12.5.2000.1 và 3.12.20245", nil},
	{"phone", "Điện thoại: 0243.825.1234, 024-3825-1234, 1900.1234", nil},
	{"duration", "trong 3 tháng 6 năm 2024 là mốc", nil},
	{"partial range", "từ 26/2 đến 01/3 và các ngày 5, 6/7", nil},
	{"not a leap year", "ngày 29/2/2023 và ngày 29/02/2100", nil},
	{"days of a month with no year", "Ngày 03; 10; 17/4 tiếp công dân, Quý I/2026", nil},
	{"document number", "Quyết định số 168a/QĐ-UBND, Nghị quyết 30c/NQ-CP và Kế hoạch 12/2024/KH-UBND", nil},
}

// TestFindForms checks every date form of the reference and the annotation
// guide on sentences the project wrote, and logs the recall per form.
func TestFindForms(t *testing.T) {
	type tally struct{ cases, found int }
	table := map[string]*tally{}
	for _, tc := range dateCases {
		tc := tc
		tl := table[tc.pattern]
		if tl == nil {
			tl = &tally{}
			table[tc.pattern] = tl
		}
		tl.cases++
		got := All(tc.text)
		if reflect.DeepEqual(got, tc.want) {
			tl.found++
		}
		t.Run(tc.pattern+" reads "+short(tc.text), func(t *testing.T) {
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("All(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
	var names []string
	for k := range table {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-20s %5s %5s\n", "pattern", "cases", "found")
	for _, k := range names {
		fmt.Fprintf(&b, "%-20s %5d %5d\n", k, table[k].cases, table[k].found)
	}
	t.Log(b.String())
}

// TestFindRejects checks that partial dates, ratios, holidays, year ranges,
// times and numbers are never taken for dates.
func TestFindRejects(t *testing.T) {
	for _, tc := range dateNegatives {
		t.Run(tc.pattern+" is not a date", func(t *testing.T) {
			if got := All(tc.text); len(got) != 0 {
				t.Errorf("All(%q) = %v, want none", tc.text, got)
			}
		})
	}
}

func TestFindSpansCoverTheDate(t *testing.T) {
	text := "Sáng ngày 28/02/2024, hội nghị; từ 10-14/6/2024; Hà Nội, ngày 3 tháng 6 năm 2013."
	want := []string{"28/02/2024", "10", "14/6/2024", "3 tháng 6 năm 2013"}
	ms := Find(text)
	if len(ms) != len(want) {
		t.Fatalf("Find found %d dates, want %d: %+v", len(ms), len(want), ms)
	}
	for i, m := range ms {
		if got := text[m.Start:m.End]; got != want[i] {
			t.Errorf("span %d = %q, want %q", i, got, want[i])
		}
	}
}

func TestFindKeepsDuplicatesInOrder(t *testing.T) {
	ms := Find("ngày 1/2/2020, ngày 3/4/2021 và lại ngày 1/2/2020")
	var got []string
	for _, m := range ms {
		got = append(got, m.Date)
	}
	want := []string{"2020-02-01", "2021-04-03", "2020-02-01"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Find dates = %v, want %v", got, want)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for no date
	}{
		{"28/02/2024", "2024-02-28T00:00:00+07:00"},
		{"28-2-2024", "2024-02-28T00:00:00+07:00"},
		{"ngày 3 tháng 6 năm 2013", "2013-06-03T00:00:00+07:00"},
		{"Ngày đăng 28/02/2024 | 16:38", "2024-02-28T16:38:00+07:00"},
		{"16:38, 28/02/2024", "2024-02-28T16:38:00+07:00"},
		{"03:10 16/01/2026", "2026-01-16T03:10:00+07:00"},
		{"28/02/2024 - 14h30", "2024-02-28T14:30:00+07:00"},
		{"2024-02-28", "2024-02-28T00:00:00+07:00"},
		{"2024-02-28T16:38:00+07:00", "2024-02-28T16:38:00+07:00"},
		{"2024-02-28T09:38:00Z", "2024-02-28T09:38:00Z"},
		{"2024-02-28 16:38", "2024-02-28T16:38:00+07:00"},
		{"5/3/24", "2024-03-05T00:00:00+07:00"},
		{"Thứ ba, 18 Tháng 8 2015 16:06", "2015-08-18T16:06:00+07:00"},
		{"ngày 3 tha\u0301ng 6 năm 2013", "2013-06-03T00:00:00+07:00"},
		{"31/02/2024", ""},
		{"tháng 10/2023", ""},
		{"", ""},
		{"hôm qua", ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q", tt.in), func(t *testing.T) {
			got, ok := ParseDate(tt.in)
			if tt.want == "" {
				if ok {
					t.Fatalf("ParseDate(%q) = %v, want no date", tt.in, got)
				}
				return
			}
			if !ok {
				t.Fatalf("ParseDate(%q) found no date, want %s", tt.in, tt.want)
			}
			if s := got.Format(time.RFC3339); s != tt.want {
				t.Fatalf("ParseDate(%q) = %s, want %s", tt.in, s, tt.want)
			}
		})
	}
}

func short(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > 40 {
		return string(r[:40])
	}
	return s
}
