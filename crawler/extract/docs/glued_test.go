package docs

import (
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/data"
)

// gluedCases are sentences the project wrote for text flattened or typed
// with missing spaces: a list index glued before the type word, "số" glued
// to the number, "ngày" typed without its n after the number, and a page
// header whose type is named by the heading below it.
var gluedCases = []docCase{
	// a list index glued before the type word, at a line or list start
	{"list index", "Văn bản liên quan:\n- 3Nghị quyết 18/2022/QH15 về đất đai\n- 14Quyết định số 25/QĐ-UBND về thành lập tổ công tác",
		[]data.Document{d("Nghị quyết", "18/2022/QH15"), d("Quyết định", "25/QĐ-UBND")}},
	{"list index", "1Chỉ thị số 05-CT/TU ngày 3/4/2021 của Ban Thường vụ Tỉnh ủy",
		[]data.Document{d("Chỉ thị", "05-CT/TU", "2021-04-03", "Ban Thường vụ Tỉnh ủy")}},
	{"list index", "Hồ sơ gồm:\n* 7Thông tư 12/2019/TT-BTC hướng dẫn quyết toán\n+ 8Kế hoạch số 40/KH-UBND",
		[]data.Document{d("Thông tư", "12/2019/TT-BTC"), d("Kế hoạch", "40/KH-UBND")}},
	{"list index", "| 2Công văn số 118/UBND-VP | gửi các phòng |",
		[]data.Document{d("Công văn", "118/UBND-VP")}},
	// "số" glued to the number
	{"glued số", "Theo Nghị định số73-CP ngày 5 tháng 4 năm 1979 của Hội đồng Chính phủ về chế độ lương",
		[]data.Document{d("Nghị định", "73-CP", "1979-04-05", "Hội đồng Chính phủ")}},
	{"glued số", "thực hiện Quyết định số18/QĐ-UBND ngày 2/3/2021 của UBND xã",
		[]data.Document{d("Quyết định", "18/QĐ-UBND", "2021-03-02", "UBND xã")}},
	{"glued số", "Căn cứ Quyết định Số51A-HĐBT ngày 20/6/1984 của Hội đồng Bộ trưởng",
		[]data.Document{d("Quyết định", "51A-HĐBT", "1984-06-20", "Hội đồng Bộ trưởng")}},
	{"glued số", "Thông tư số12/2020/TT-BNV của Bộ Nội vụ và Nghị quyết số15 của HĐND tỉnh",
		[]data.Document{d("Thông tư", "12/2020/TT-BNV", "", "Bộ Nội vụ"), d("Nghị quyết", "15", "", "HĐND tỉnh")}},
	{"old symbol", "Nghị định số 142-CP ngày 7/11/1964 và Quyết định số 96B-HĐBT của Hội đồng Bộ trưởng",
		[]data.Document{d("Nghị định", "142-CP", "1964-11-07"), d("Quyết định", "96B-HĐBT", "", "Hội đồng Bộ trưởng")}},
	// "gày" for "ngày" right after the number
	{"gày", "bãi bỏ Quyết định số 210/QĐ-UBND gày 7/8/2019 của UBND huyện",
		[]data.Document{d("Quyết định", "210/QĐ-UBND", "2019-08-07", "UBND huyện")}},
	{"gày", "Kế hoạch 33/KH-UBND gày 2 tháng 3 năm 2022 về phòng chống thiên tai",
		[]data.Document{d("Kế hoạch", "33/KH-UBND", "2022-03-02")}},
	{"gày", "Căn cứ Chỉ thị số 09/CT-UBND gày3/4/2020 của UBND tỉnh",
		[]data.Document{d("Chỉ thị", "09/CT-UBND", "2020-04-03", "UBND tỉnh")}},
	{"gày only after the number", "Quyết định số 210/QĐ-UBND về tổ chức hội nghị, gày 7/8/2019 đã họp",
		[]data.Document{d("Quyết định", "210/QĐ-UBND")}},
	// a page header typed by the heading below it
	{"header heading", "HỘI ĐỒNG BỘ TRƯỞNG\nSố: 88-HĐBT\nHà Nội, ngày 14 tháng 7 năm 1987\nNGHỊ ĐỊNH\nVề việc sửa đổi chế độ phụ cấp",
		[]data.Document{d("Nghị định", "88-HĐBT", "1987-07-14")}},
	{"header heading", "HỘI ĐỒNG CHÍNH PHỦ\nSố: 31-CP\nHà Nội, ngày 2 tháng 2 năm 1970\nCHỈ THỊ\nVề công tác thủy lợi",
		[]data.Document{d("Chỉ thị", "31-CP", "1970-02-02")}},
	{"header heading", "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 21/UBND\nAn Phú, ngày 5 tháng 3 năm 2024\nTHÔNG BÁO\nKết quả kiểm tra",
		[]data.Document{d("Thông báo", "21/UBND", "2024-03-05")}},
	{"header keeps its type letters", "UBND HUYỆN\nSố: 12/QĐ-UBND\nngày 5 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc khen thưởng",
		[]data.Document{d("Quyết định", "12/QĐ-UBND", "2024-03-05")}},
	{"header without a heading stays a letter", "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 22/UBND-VP\nAn Phú, ngày 5 tháng 3 năm 2024\nKính gửi: các thôn",
		[]data.Document{d("Công văn", "22/UBND-VP", "2024-03-05")}},
	{"header with a heading in a sentence stays a letter", "Số: 23/UBND-VP\nAn Phú, ngày 5 tháng 3 năm 2024\nV/v gửi QUYẾT ĐỊNH khen thưởng",
		[]data.Document{d("Công văn", "23/UBND-VP", "2024-03-05")}},
	{"header with a heading far below stays a letter", "Số: 24/UBND-VP\nAn Phú, ngày 5 tháng 3 năm 2024\nKính gửi: các thôn\nNội dung 1\nNội dung 2\nNội dung 3\nNội dung 4\nNội dung 5\nNội dung 6\nTHÔNG BÁO",
		[]data.Document{d("Công văn", "24/UBND-VP", "2024-03-05")}},
}

// gluedNegatives must yield no document.
var gluedNegatives = []docCase{
	{"index inside a line", "Tổng cộng 15Nghị quyết số 4 được nhắc tới trong báo cáo", nil},
	{"index inside a slug", "tải về tại https://xa.gov.vn/van-ban/15Nghị quyết số 4 hoặc tệp 2Quyết định số 7", nil},
	{"a year glued at a line start", "2024Nghị quyết số 3 nêu trên", nil},
	{"glued số with no type word", "hệ số12 và tỉ số3/4 của bảng", nil},
	{"glued số before a count", "Quyết định số12 người và Kế hoạch số2 năm", nil},
}

func TestFindGlued(t *testing.T) {
	for _, tc := range gluedCases {
		t.Run(tc.pattern+" reads "+short(tc.text), func(t *testing.T) {
			got, _ := Find(tc.text)
			if diff := compareDocs(got, tc.want); diff != "" {
				t.Errorf("Find(%q):\n%s", tc.text, diff)
			}
		})
	}
	for _, tc := range gluedNegatives {
		t.Run(tc.pattern+" is no document", func(t *testing.T) {
			if got, _ := Find(tc.text); len(got) != 0 {
				t.Errorf("Find(%q) = %+v, want none", tc.text, got)
			}
		})
	}
}

// FuzzFindGlued checks, from the glued sentences, that Find never panics
// and gives types of the lexicon and numbers without blanks in their
// canonical form.
func FuzzFindGlued(f *testing.F) {
	for _, tc := range gluedCases {
		f.Add(tc.text)
	}
	for _, tc := range gluedNegatives {
		f.Add(tc.text)
	}
	f.Add("- 1Nghị quyết số")
	f.Add("Số: 1-CP\nQUYẾT ĐỊNH")
	f.Add("Quyết định số1-A gày")
	types := map[string]bool{}
	for _, t := range Types() {
		types[t] = true
	}
	f.Fuzz(func(t *testing.T, text string) {
		docs, _ := Find(text)
		for _, d := range docs {
			if !types[d.Type] || d.Number == "" || strings.ContainsAny(d.Number, " \t\n") || d.Canonical != data.CanonicalNumber(d.Number) {
				t.Fatalf("bad document %+v from %q", d, text)
			}
		}
	})
}
