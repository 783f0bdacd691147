package docs

import "github.com/vnarchive/vnarchive/data"

// Cases from the fresh check h10 (R9: "đã có" issues the document named
// right after it). They are kept apart from docCases so that the table can
// grow in several places at once; every test and fuzz seed that reads
// docCases reads these too.
func init() { docCases = append(docCases, docCases10...) }

var docCases10 = []docCase{
	{"frame date", "Ngày 9 tháng 4 năm 2021, UBND huyện đã có thông báo số 57/TB-UBND về ý kiến kết luận của Chủ tịch UBND huyện.",
		[]data.Document{d("Thông báo", "57/TB-UBND", "2021-04-09")}},
	{"frame date", "Ngày 20/10/2022, Sở Y tế đã có Công văn số 3310/SYT-NVY gửi các bệnh viện.",
		[]data.Document{d("Công văn", "3310/SYT-NVY", "2022-10-20")}},
	{"frame date", "Ngày 2-8-2023, Ban Thường vụ Huyện ủy đã có Kết luận số 118-KL/HU về công tác cán bộ.",
		[]data.Document{d("Kết luận", "118-KL/HU", "2023-08-02")}},
	{"frame date guard", "Ngày 6/6/2023, xã đã có ý kiến góp ý vào dự thảo Kế hoạch số 40/KH-UBND.",
		[]data.Document{d("Kế hoạch", "40/KH-UBND")}},
	{"frame date guard", "Ngày 6/6/2023, tỉnh đã có 12 xã thực hiện Chỉ thị số 05-CT/TU.",
		[]data.Document{d("Chỉ thị", "05-CT/TU")}},
}
