package docs

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/data"
)

// d builds an expected document: type, number, date, issuer, term.
func d(typ, number string, rest ...string) data.Document {
	doc := data.Document{Type: typ, Number: number}
	if len(rest) > 0 {
		doc.Date = rest[0]
	}
	if len(rest) > 1 {
		doc.Issuer = rest[1]
	}
	if len(rest) > 2 {
		doc.Term = rest[2]
	}
	return doc
}

// docCase is a sentence the project wrote for one pattern or variation of
// shared/docs/vietnamese-reference.md §1 and shared/eval/ANNOTATION.md.
type docCase struct {
	pattern string
	text    string
	want    []data.Document
}

var docCases = []docCase{
	// the grammars (§1.1)
	{"party", "Quán triệt Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 6 (khóa XII) về đổi mới.",
		[]data.Document{d("Nghị quyết", "19-NQ/TW", "", "Hội nghị Trung ương 6 (khóa XII)", "XII")}},
	{"party", "Thực hiện Quy định 08-QĐi/TW của Ban Chấp hành Trung ương về trách nhiệm nêu gương.",
		[]data.Document{d("Quy định", "08-QĐi/TW", "", "Ban Chấp hành Trung ương")}},
	{"party", "Hướng dẫn số 12-HD/BTGTW ngày 4/5/2021 của Ban Tuyên giáo Trung ương",
		[]data.Document{d("Hướng dẫn", "12-HD/BTGTW", "2021-05-04", "Ban Tuyên giáo Trung ương", "XIII")}},
	{"party", "Chương trình hành động số 14-CTr/QU của Quận ủy Hoàng Mai",
		[]data.Document{d("Chương trình", "14-CTr/QU", "", "Quận ủy Hoàng Mai")}},
	{"party", "Thông tri 09-TT/TU về lãnh đạo bầu cử",
		[]data.Document{d("Thông tri", "09-TT/TU")}},
	{"state", "Thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ về cách ly xã hội.",
		[]data.Document{d("Chỉ thị", "16/CT-TTg", "", "Thủ tướng Chính phủ")}},
	{"state", "Quyết định số 2150/QĐ-UBND ngày 12/10/2023 của UBND quận Đống Đa",
		[]data.Document{d("Quyết định", "2150/QĐ-UBND", "2023-10-12", "UBND quận Đống Đa")}},
	{"state", "căn cứ Công điện số 05/CĐ-TTg ngày 2 tháng 3 năm 2022",
		[]data.Document{d("Công điện", "05/CĐ-TTg", "2022-03-02")}},
	{"normative", "Nghị định 99/2021/NĐ-CP quy định về quản lý dự án",
		[]data.Document{d("Nghị định", "99/2021/NĐ-CP")}},
	{"normative", "Thông tư số 10/2023/TT-BNV của Bộ Nội vụ hướng dẫn",
		[]data.Document{d("Thông tư", "10/2023/TT-BNV", "", "Bộ Nội vụ")}},
	{"normative", "Quyết định 18/2024/QĐ-TTg về chế độ báo cáo",
		[]data.Document{d("Quyết định", "18/2024/QĐ-TTg")}},
	{"law", "Luật số 55/2014/QH13 về bảo vệ môi trường",
		[]data.Document{d("Luật", "55/2014/QH13")}},
	{"law", "Luật Đất đai số 31/2024/QH15 có hiệu lực",
		[]data.Document{d("Luật", "31/2024/QH15")}},
	{"law", "Luật Tổ chức chính quyền địa phương số 77/2015/QH13 quy định",
		[]data.Document{d("Luật", "77/2015/QH13")}},
	{"law", "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 quy định",
		[]data.Document{d("Luật", "80/2015/QH13")}},
	{"standing committee", "Pháp lệnh số 02/2022/UBTVQH15 về chi phí tố tụng",
		[]data.Document{d("Pháp lệnh", "02/2022/UBTVQH15")}},
	{"standing committee", "Nghị quyết 1211/2016/UBTVQH13 về tiêu chuẩn đơn vị hành chính",
		[]data.Document{d("Nghị quyết", "1211/2016/UBTVQH13")}},
	{"joint", "Thông tư liên tịch số 03/2011/TTLT-BNV-BTC hướng dẫn",
		[]data.Document{d("Thông tư liên tịch", "03/2011/TTLT-BNV-BTC")}},
	{"joint", "Nghị quyết liên tịch 09/2008/NQLT-CP-UBTWMTTQVN về phối hợp",
		[]data.Document{d("Nghị quyết liên tịch", "09/2008/NQLT-CP-UBTWMTTQVN")}},
	{"joint", "Thông tư liên bộ số 07/TTLB ngày 5/5/1995 hướng dẫn chế độ phụ cấp",
		[]data.Document{d("Thông tư liên bộ", "07/TTLB", "1995-05-05")}},
	{"joint", "theo 14/TTLB-BTC-BYT của hai bộ",
		[]data.Document{d("Thông tư liên bộ", "14/TTLB-BTC-BYT", "", "hai bộ")}},
	{"joint", "Kế hoạch liên tịch số 21-KHLT/BDVTU-MTTQ giữa hai cơ quan",
		[]data.Document{d("Kế hoạch", "21-KHLT/BDVTU-MTTQ")}},
	{"letter", "Công văn số 4512/UBND-KT ngày 20/11/2023 về việc rà soát",
		[]data.Document{d("Công văn", "4512/UBND-KT", "2023-11-20")}},
	{"letter", "Bộ có văn bản số 3870/BGDĐT-GDTrH gửi các sở",
		[]data.Document{d("Công văn", "3870/BGDĐT-GDTrH")}},
	{"letter", "Công văn 73-CV/TU của Thành ủy về tổ chức hội nghị",
		[]data.Document{d("Công văn", "73-CV/TU", "", "Thành ủy")}},
	{"bare", "Theo Nghị quyết số 12 của Hội đồng nhân dân quận, mỗi phường",
		[]data.Document{d("Nghị quyết", "12", "", "Hội đồng nhân dân quận")}},
	{"bare", "Quyết định 1732 nêu rõ trách nhiệm của các sở.",
		[]data.Document{d("Quyết định", "1732")}},
	{"bare", "Kết luận 21 của Ban Chấp hành Trung ương khóa XIII",
		[]data.Document{d("Kết luận", "21", "", "Ban Chấp hành Trung ương khóa XIII", "XIII")}},
	{"bare", "thực hiện Chỉ thị số 28 ngày 14/3/2024 của Bộ Chính trị",
		[]data.Document{d("Chỉ thị", "28", "2024-03-14", "Bộ Chính trị")}},
	{"bare", "thực hiện nghị quyết 36 của Bộ Chính trị về kinh tế biển",
		[]data.Document{d("Nghị quyết", "36", "", "Bộ Chính trị")}},
	{"type letters", "Sơ kết thực hiện NQ số 15 và NQ 09 của Ban Thường vụ Quận ủy",
		[]data.Document{d("Nghị quyết", "15", "", "Ban Thường vụ Quận ủy"), d("Nghị quyết", "09", "", "Ban Thường vụ Quận ủy")}},
	{"type letters", "theo QĐ số 2461/QĐ-UBND ngày 4/6/2024",
		[]data.Document{d("Quyết định", "2461/QĐ-UBND", "2024-06-04")}},
	// lists (§1.5)
	{"list", "Quyết định 217, 218 của Bộ Chính trị về giám sát",
		[]data.Document{d("Quyết định", "217", "", "Bộ Chính trị"), d("Quyết định", "218", "", "Bộ Chính trị")}},
	{"list", "Nghị quyết số 18-NQ/TW và 19-NQ/TW của Hội nghị Trung ương 6",
		[]data.Document{d("Nghị quyết", "18-NQ/TW", "", "Hội nghị Trung ương 6"), d("Nghị quyết", "19-NQ/TW", "", "Hội nghị Trung ương 6")}},
	{"list", "các Nghị quyết số 18-NQ/TW và số 19-NQ/TW đã đi vào cuộc sống",
		[]data.Document{d("Nghị quyết", "18-NQ/TW"), d("Nghị quyết", "19-NQ/TW")}},
	{"list", "các Chỉ thị số 11, 12-CT/TU của Ban Thường vụ Thành ủy",
		[]data.Document{d("Chỉ thị", "11-CT/TU", "", "Ban Thường vụ Thành ủy"), d("Chỉ thị", "12-CT/TU", "", "Ban Thường vụ Thành ủy")}},
	{"list", "Nghị định 15/2021/NĐ-CP, 16/2021/NĐ-CP và 17/2021/NĐ-CP của Chính phủ",
		[]data.Document{d("Nghị định", "15/2021/NĐ-CP", "", "Chính phủ"), d("Nghị định", "16/2021/NĐ-CP", "", "Chính phủ"), d("Nghị định", "17/2021/NĐ-CP", "", "Chính phủ")}},
	{"list", "các Quyết định số: 301/QĐ-UBND ngày 02/3/2022, 302/QĐ-UBND ngày 03/3/2022 của UBND phường",
		[]data.Document{d("Quyết định", "301/QĐ-UBND", "2022-03-02", "UBND phường"), d("Quyết định", "302/QĐ-UBND", "2022-03-03", "UBND phường")}},
	{"list", "Quyết định số 77/QĐ-UBND ngày 5/1/2021 và Quyết định số 78/QĐ-UBND ngày 6/1/2021 của Ủy ban nhân dân huyện",
		[]data.Document{d("Quyết định", "77/QĐ-UBND", "2021-01-05", "Ủy ban nhân dân huyện"), d("Quyết định", "78/QĐ-UBND", "2021-01-06", "Ủy ban nhân dân huyện")}},
	{"list", "Thông tri 07 và Chương trình hành động 52 của Ban Thường vụ Huyện ủy",
		[]data.Document{d("Thông tri", "07", "", "Ban Thường vụ Huyện ủy"), d("Chương trình", "52", "", "Ban Thường vụ Huyện ủy")}},
	{"list", "Quyết định số 55/QĐ-UBND và Kế hoạch số 56/KH-UBND của UBND xã",
		[]data.Document{d("Quyết định", "55/QĐ-UBND", "", "UBND xã"), d("Kế hoạch", "56/KH-UBND", "", "UBND xã")}},
	{"list", "Quy định số 205-QĐ/TW và 206-QĐ/TW của Bộ Chính trị",
		[]data.Document{d("Quy định", "205-QĐ/TW", "", "Bộ Chính trị"), d("Quy định", "206-QĐ/TW", "", "Bộ Chính trị")}},
	// merging (ANNOTATION)
	{"short mention", "Chỉ thị số 41-CT/TW ngày 2/2/2025 của Bộ Chính trị ... Sau khi có Chỉ thị 41, các cấp ủy",
		[]data.Document{d("Chỉ thị", "41-CT/TW", "2025-02-02", "Bộ Chính trị", "XIII")}},
	{"short mention", "Nghị quyết 57 tạo đột phá. Nghị quyết 57-NQ/TW của Bộ Chính trị về khoa học",
		[]data.Document{d("Nghị quyết", "57-NQ/TW", "", "Bộ Chính trị")}},
	{"short mention", "Nghị quyết số 21-NQ/TW và chương trình hành động số 21 của Thành ủy",
		[]data.Document{d("Nghị quyết", "21-NQ/TW"), d("Chương trình", "21", "", "Thành ủy")}},
	{"short mention", "Chỉ thị 05-CT/TW của Bộ Chính trị và Chỉ thị 05 của Thành ủy",
		[]data.Document{d("Chỉ thị", "05-CT/TW", "", "Bộ Chính trị"), d("Chỉ thị", "05", "", "Thành ủy")}},
	{"glued sentence", "theo Kết luận số 48-KL/TW.Ngày mai hội nghị",
		[]data.Document{d("Kết luận", "48-KL/TW")}},
	{"glued sentence", "Nghị quyết 66-NQ/TWvề đổi mới và Kế hoạch 12/KH-UBNDTrong năm",
		[]data.Document{d("Nghị quyết", "66-NQ/TW"), d("Kế hoạch", "12/KH-UBND")}},
	{"two spellings", "Chỉ thị số 03-CT/T.Ư ... Chỉ thị 03-CT/TƯ ... Chỉ thị 03 - CT/TƯ",
		[]data.Document{d("Chỉ thị", "03-CT/T.Ư")}},
	{"two spellings", "KẾ HOẠCH SỐ 45-KH/TU NGÀY 3/3/2023 CỦA TỈNH ỦY ... Kế hoạch số 45-KH/TU ngày 3/3/2023 của Tỉnh ủy Phú Thọ",
		[]data.Document{d("Kế hoạch", "45-KH/TU", "2023-03-03", "Tỉnh ủy Phú Thọ")}},
	// variations (§1.5)
	{"mixed grammar", "Nghị quyết 36/NQ-TW về kiều bào",
		[]data.Document{d("Nghị quyết", "36/NQ-TW")}},
	{"no số", "Nghị định 45/2020/NĐ-CP về thủ tục hành chính",
		[]data.Document{d("Nghị định", "45/2020/NĐ-CP")}},
	{"số colon", "Quyết định số: 1206 /QĐ-HVTC về tuyển sinh",
		[]data.Document{d("Quyết định", "1206/QĐ-HVTC")}},
	{"spaces", "Kế hoạch số 94- KH/BTGDVTW và Quyết định 367 - QĐ/TWĐTN-VP, Quyết định 44 /2005/QĐ-UBND",
		[]data.Document{d("Kế hoạch", "94-KH/BTGDVTW"), d("Quyết định", "367-QĐ/TWĐTN-VP"), d("Quyết định", "44/2005/QĐ-UBND")}},
	{"space for the dash", "ban hành kèm theo Quyết định số 91 QĐ/TWĐTN ngày 14/03/2019 của Ban Bí thư Trung ương Đoàn",
		[]data.Document{d("Quyết định", "91QĐ/TWĐTN", "2019-03-14", "Ban Bí thư Trung ương Đoàn")}},
	{"dash variants", "Nghị quyết số 29–NQ/TW, Chỉ thị 05‑CT/TW và Kết luận 14—KL/TW",
		[]data.Document{d("Nghị quyết", "29-NQ/TW"), d("Chỉ thị", "05-CT/TW"), d("Kết luận", "14-KL/TW")}},
	{"missing diacritic", "Quyết định 1544/QD-UBND và Nghị định 12/2022/ND-CP",
		[]data.Document{d("Quyết định", "1544/QD-UBND"), d("Nghị định", "12/2022/ND-CP")}},
	{"lookalike", "Quyết định số 211-QÐ/TU của Thành ủy",
		[]data.Document{d("Quyết định", "211-QĐ/TU", "", "Thành ủy")}},
	{"lookalike", "Quyết định số 36/QƉ-UBND ngày 9/1/2023 của UBND xã",
		[]data.Document{d("Quyết định", "36/QĐ-UBND", "2023-01-09", "UBND xã")}},
	{"type letters in capitals", "Chương trình số 07-CTR/TU và Tờ trình số 21/TTR-UBND, Quy định số 03-QYĐ/ĐU",
		[]data.Document{d("Chương trình", "07-CTR/TU"), d("Tờ trình", "21/TTR-UBND"), d("Quy định", "03-QYĐ/ĐU")}},
	{"capitals", "TRIỂN KHAI NGHỊ QUYẾT SỐ 06-NQ/TW NGÀY 24/01/2022 CỦA BỘ CHÍNH TRỊ",
		[]data.Document{d("Nghị quyết", "06-NQ/TW", "2022-01-24", "BỘ CHÍNH TRỊ", "XIII")}},
	{"line break", "Thực hiện Quyết định\nsố 1021/QĐ-TTg ngày\n15/8/2022 của Thủ tướng",
		[]data.Document{d("Quyết định", "1021/QĐ-TTg", "2022-08-15", "Thủ tướng")}},
	{"lower case type", "theo kế hoạch số 312/KH-UBND ngày 9/9/2024",
		[]data.Document{d("Kế hoạch", "312/KH-UBND", "2024-09-09")}},
	{"qualified type", "Nghị quyết chuyên đề số 05-NQ/QU về chỉnh trang đô thị",
		[]data.Document{d("Nghị quyết", "05-NQ/QU")}},
	{"bare symbol", "Căn cứ các Nghị định của Chính phủ: số 11/2025/NĐ-CP ngày 3 tháng 2 năm 2025; số 12/2025/NĐ-CP",
		[]data.Document{d("Nghị định", "11/2025/NĐ-CP", "2025-02-03"), d("Nghị định", "12/2025/NĐ-CP")}},
	{"letter", "Căn cứ văn bản số\n8120/BTC-ĐT ngày 5 tháng 9 năm 2022 của Bộ Tài chính",
		[]data.Document{d("Công văn", "8120/BTC-ĐT", "2022-09-05", "Bộ Tài chính")}},
	{"bare symbol", "triển khai 35-KL/TW trong toàn Đảng bộ",
		[]data.Document{d("Kết luận", "35-KL/TW")}},
	{"term from date", "Kết luận số 01-KL/TW ngày 18/5/2021 ... Kết luận 01-KL/TW của Bộ Chính trị khóa XIII",
		[]data.Document{d("Kết luận", "01-KL/TW", "2021-05-18", "Bộ Chính trị khóa XIII", "XIII")}},
	{"term from date", "Nghị quyết số 09-NQ/TU ngày 2/3/2021 của Thành ủy",
		[]data.Document{d("Nghị quyết", "09-NQ/TU", "2021-03-02", "Thành ủy")}},
	{"term from date", "Nghị quyết 25-NQ/TW ngày 3/6/2013 và Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương khóa XII",
		[]data.Document{d("Nghị quyết", "25-NQ/TW", "2013-06-03", "", "XI"), d("Nghị quyết", "25-NQ/TW", "", "Ban Chấp hành Trung ương khóa XII", "XII")}},
	// date, issuer, term with the citation (§1.5)
	{"term before date", "Căn cứ Nghị quyết số 05-NQ/TU (khóa XV) ngày 12/4/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số",
		[]data.Document{d("Nghị quyết", "05-NQ/TU", "2021-04-12", "Ban Chấp hành Đảng bộ tỉnh", "XV")}},
	{"term before date", "Nghị quyết số 14/2024/NQ-HĐND (khoá X), ngày 5/7/2024 quy định mức chi",
		[]data.Document{d("Nghị quyết", "14/2024/NQ-HĐND", "2024-07-05", "", "X")}},

	{"date after", "Kết luận số 14-KL/TW, ngày 22-9-2021 của Bộ Chính trị",
		[]data.Document{d("Kết luận", "14-KL/TW", "2021-09-22", "Bộ Chính trị", "XIII")}},
	{"date after", "Nghị quyết 29-NQ/TW (4/11/2013) về giáo dục",
		[]data.Document{d("Nghị quyết", "29-NQ/TW", "2013-11-04", "", "XI")}},
	{"date after", "Quyết định số 16-QĐ/TU ban hành ngày 5 tháng 12 năm 2020",
		[]data.Document{d("Quyết định", "16-QĐ/TU", "2020-12-05")}},
	{"date after", "Chỉ thị số 08-CT/QU ngày 01/122021 của Quận ủy",
		[]data.Document{d("Chỉ thị", "08-CT/QU", "2021-12-01", "Quận ủy")}},
	{"date after", "Chỉ thị số 22-CT/TW do Ban Bí thư ký ngày 15 tháng 5 năm 2018 yêu cầu",
		[]data.Document{d("Chỉ thị", "22-CT/TW", "2018-05-15", "", "XII")}},
	{"date after issuer", "Nghị quyết số 35-NQ/TW của Bộ Chính trị ngày 22/10/2018 về bảo vệ nền tảng",
		[]data.Document{d("Nghị quyết", "35-NQ/TW", "2018-10-22", "Bộ Chính trị", "XII")}},
	{"term", "Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương Đảng khoá XII về xây dựng Đảng",
		[]data.Document{d("Nghị quyết", "04-NQ/TW", "", "Ban Chấp hành Trung ương Đảng khoá XII", "XII")}},
	{"frame date", "Ngày 7-5-2003, Ban Bí thư đã ra Chỉ thị số 26-CT/TW về nhiệm vụ",
		[]data.Document{d("Chỉ thị", "26-CT/TW", "2003-05-07", "", "IX")}},
	{"frame date", "Ngày 5/3/2024, Đảng ủy phường ra quân thực hiện Chỉ thị số 05-CT/TW",
		[]data.Document{d("Chỉ thị", "05-CT/TW")}},
	{"frame date", "Ngày 14 tháng 6 năm 2019, tại kỳ họp thứ 7, Quốc hội đã thông qua Luật Giáo dục (Luật số 43/2019/QH14).",
		[]data.Document{d("Luật", "43/2019/QH14", "2019-06-14")}},
	{"header", "ỦY BAN NHÂN DÂN\nQUẬN HAI BÀ TRƯNG\n|\nSố: 118/KH-UBND\n|\nHai Bà Trưng, ngày 19 tháng 5 năm 2023\nKẾ HOẠCH\nTổ chức ngày hội",
		[]data.Document{d("Kế hoạch", "118/KH-UBND", "2023-05-19")}},
	{"header", "ĐẢNG BỘ PHƯỜNG\n*\nSố 41-BC/ĐU\nPhường Mai Dịch, ngày 02 tháng 12 năm 2024\nBÁO CÁO",
		[]data.Document{d("Báo cáo", "41-BC/ĐU", "2024-12-02")}},
	{"header", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThanh Xuân, ngày 11 tháng 3 năm 2024\nSố: 37/TB-UBND\nTHÔNG BÁO",
		[]data.Document{d("Thông báo", "37/TB-UBND", "2024-03-11")}},
	{"header", "ỦY BAN NHÂN DÂN\n|\nSố:\n52/2024/QĐ-UBND\n|\nNam Định, ngày 08\ntháng 10 năm 2024\n|\nQUYẾT ĐỊNH",
		[]data.Document{d("Quyết định", "52/2024/QĐ-UBND", "2024-10-08")}},
	{"header", "QUẬN ỦY BA ĐÌNH\n*\nSố 12-QĐ/QU\nBa Đình, ngày 4 tháng 1 năm 2022\nQUY ĐỊNH\nvề chế độ làm việc",
		[]data.Document{d("Quy định", "12-QĐ/QU", "2022-01-04")}},
	{"header", "BAN CHẤP HÀNH ĐOÀN***Số: 52-KH/ĐTN Hà Nội, ngày 3 tháng 4 năm 2019 KẾ HOẠCH",
		[]data.Document{d("Kế hoạch", "52-KH/ĐTN", "2019-04-03")}},
	{"header", "Số: 2091/UBND-VP | Hà Nội, ngày 06 tháng 07 năm 2021 |\nV/v tổ chức",
		[]data.Document{d("Công văn", "2091/UBND-VP", "2021-07-06")}},
	{"header heading over symbol", "UBND HUYỆN ĐAN PHƯỢNG\nSố: 07/2019/CT-UBND\nĐan Phượng, ngày 2 tháng 4 năm 2019\n\nQUYẾT ĐỊNH\n\nVề việc giao chỉ tiêu",
		[]data.Document{d("Quyết định", "07/2019/CT-UBND", "2019-04-02")}},
	{"header heading in a title", "Số: 15/CT-UBND\nHà Nội, ngày 9 tháng 8 năm 2021\nCHỈ THỊ VỀ TĂNG CƯỜNG KẾ HOẠCH PHÒNG DỊCH",
		[]data.Document{d("Chỉ thị", "15/CT-UBND", "2021-08-09")}},
	// issuers: line breaks, "Phát triển", a verb after the body
	{"issuer across lines", "Căn cứ Quyết định số 210/QĐ-UBND ngày 4/5/2018 của Ủy ban nhân\ndân huyện Mê Linh về việc giao đất",
		[]data.Document{d("Quyết định", "210/QĐ-UBND", "2018-05-04", "Ủy ban nhân dân huyện Mê Linh")}},
	{"issuer with Phát triển", "Thông tư số 12/2020/TT-BNNPTNT ngày 6/7/2020 của Bộ Nông nghiệp và Phát\ntriển nông thôn hướng dẫn thu hoạch",
		[]data.Document{d("Thông tư", "12/2020/TT-BNNPTNT", "2020-07-06", "Bộ Nông nghiệp và Phát triển nông thôn")}},
	{"issuer then a verb", "Quyết định số 33/2016/QĐ-UBND ngày 1/9/2016 của UBND thành phố ban hành quy chế",
		[]data.Document{d("Quyết định", "33/2016/QĐ-UBND", "2016-09-01", "UBND thành phố")}},
	{"issuer then a verb", "Thông tư số 04/2023/TT-BYT ngày 2/3/2023 của Bộ Y tế sửa đổi danh mục thuốc",
		[]data.Document{d("Thông tư", "04/2023/TT-BYT", "2023-03-02", "Bộ Y tế")}},
	{"issuer then a verb", "Công điện số 88/CĐ-TTg của Thủ tướng Chính phủ yêu cầu các tỉnh ven biển",
		[]data.Document{d("Công điện", "88/CĐ-TTg", "", "Thủ tướng Chính phủ")}},
	{"issuer Chỉ đạo stays", "Kế hoạch số 40-KH/BCĐ của Ban Chỉ đạo phòng chống tham nhũng tỉnh chỉ đạo các huyện",
		[]data.Document{d("Kế hoạch", "40-KH/BCĐ", "", "Ban Chỉ đạo phòng chống tham nhũng tỉnh")}},
	{"issuer after a day and month", "Quyết định số 517-QĐ/TW ngày 14/8 của Ban Bí thư điều động cán bộ",
		[]data.Document{d("Quyết định", "517-QĐ/TW", "", "Ban Bí thư")}},
	{"issuer closing a run signs only its own code", "Xét Tờ trình số 75/TTr-SNV ngày 2/6/2021, Công văn số 310/STC-NS ngày 1/6/2021 của Sở Tài chính",
		[]data.Document{d("Tờ trình", "75/TTr-SNV", "2021-06-02"), d("Công văn", "310/STC-NS", "2021-06-01", "Sở Tài chính")}},
	{"issuer closing a run belongs to each", "Quyết định số 11/QĐ-UBND ngày 3/1/2022 và Quyết định số 12/QĐ-UBND ngày 4/1/2022 của UBND huyện",
		[]data.Document{d("Quyết định", "11/QĐ-UBND", "2022-01-03", "UBND huyện"), d("Quyết định", "12/QĐ-UBND", "2022-01-04", "UBND huyện")}},
	{"issuer does not pass a semicolon", "Căn cứ Kế hoạch số 31-KH/TU ngày 2/3/2022; Quyết định số 58/QĐ-UBND ngày 4/3/2022 của UBND thành phố",
		[]data.Document{d("Kế hoạch", "31-KH/TU", "2022-03-02"), d("Quyết định", "58/QĐ-UBND", "2022-03-04", "UBND thành phố")}},
	{"issuer Ban stays", "Hướng dẫn số 05-HD/BTGTU của Ban Tuyên giáo Thành ủy về việc học tập",
		[]data.Document{d("Hướng dẫn", "05-HD/BTGTU", "", "Ban Tuyên giáo Thành ủy")}},
	// a flattened header runs the next line's words in capitals into the symbol
	{"header word glued to the symbol", "Số: 52 - KH/TWĐTN-VPĐOÀN THANH NIÊN Hà Nội, ngày 3 tháng 4 năm 2019 KẾ HOẠCH",
		[]data.Document{d("Kế hoạch", "52-KH/TWĐTN-VP", "2019-04-03")}},
	{"header word glued to the symbol", "Số: 18/BC-UBNDNGÀNH Y TẾ",
		[]data.Document{d("Báo cáo", "18/BC-UBND")}},
	// a normative number cited with its year only
	{"year form", "Mức phạt theo Nghị định 168/2024 áp dụng từ đầu năm.",
		[]data.Document{d("Nghị định", "168/2024")}},
	{"year form", "Thông tư số 03/2022 của Bộ Nội vụ hướng dẫn",
		[]data.Document{d("Thông tư", "03/2022", "", "Bộ Nội vụ")}},
	{"year form merges into the full number", "Nghị định số 45/2020/NĐ-CP ngày 8/4/2020 của Chính phủ ... Nghị định 45/2020 đã quy định",
		[]data.Document{d("Nghị định", "45/2020/NĐ-CP", "2020-04-08", "Chính phủ")}},
	{"year form of another year stays apart", "Nghị định 45/2020/NĐ-CP và Nghị định 45/2021",
		[]data.Document{d("Nghị định", "45/2020/NĐ-CP"), d("Nghị định", "45/2021")}},
	// a symbol broken across lines, letters joined by "&"
	{"symbol across lines", "Theo đề nghị tại Tờ trình số 52/TTr -\nKH&ĐT ngày 3/4/2020 của Sở",
		[]data.Document{d("Tờ trình", "52/TTr-KH&ĐT", "2020-04-03", "Sở")}},
	{"words in capitals on the next line stay out", "Kế hoạch số 15/KH -\nTHỰC HIỆN ĐỀ ÁN",
		[]data.Document{d("Kế hoạch", "15/KH")}},
	{"symbol with ampersand", "Công văn số 815/SGD&ĐT-VP ngày 4/10/2022 gửi các trường",
		[]data.Document{d("Công văn", "815/SGD&ĐT-VP", "2022-10-04")}},
	// "văn bản số" before a letter's number, whoever signs it
	{"letter", "Công an tỉnh có văn bản số 456/CAT-PV01 ngày 2/2/2024 đề nghị phối hợp",
		[]data.Document{d("Công văn", "456/CAT-PV01", "2024-02-02")}},
	{"letter", "Theo các văn bản số 12/UBND-VP và 13/UBND-VP của UBND huyện, các xã rà soát",
		[]data.Document{d("Công văn", "12/UBND-VP", "", "UBND huyện"), d("Công văn", "13/UBND-VP", "", "UBND huyện")}},
	{"letter", "Văn bản số 88/KH-UBND ngày 3/3/2023 nêu rõ tiến độ",
		[]data.Document{d("Kế hoạch", "88/KH-UBND", "2023-03-03")}},
	{"letter", "Sở đã có Văn bản số 1201/SXD-QLN; văn bản số 1202/SXD-QLN gửi các phường",
		[]data.Document{d("Công văn", "1201/SXD-QLN"), d("Công văn", "1202/SXD-QLN")}},
	// parts after the symbol's issuer: a drafting unit, digits, a dotted unit
	{"symbol tail", "Quyết định số 123/QĐ-CAT-PV01 ngày 2/2/2024 của Giám đốc Công an tỉnh",
		[]data.Document{d("Quyết định", "123/QĐ-CAT-PV01", "2024-02-02", "Giám đốc Công an tỉnh")}},
	{"symbol tail", "Kế hoạch số 45/KH-BCĐ389 ngày 2/2/2024 về chống buôn lậu",
		[]data.Document{d("Kế hoạch", "45/KH-BCĐ389", "2024-02-02")}},
	{"symbol tail", "Công văn số 456/UBND-KT.TH ngày 3/3/2024 gửi các phòng",
		[]data.Document{d("Công văn", "456/UBND-KT.TH", "2024-03-03")}},
	{"symbol tail", "Quyết định số 12/QĐ-UBND-TH ngày 3/3/2024 và Thông báo 9-TB/TU-VP",
		[]data.Document{d("Quyết định", "12/QĐ-UBND-TH", "2024-03-03"), d("Thông báo", "9-TB/TU-VP")}},
	// an ordinal with a letter suffix (§1.2 numbers one document after another: "217b" follows "217a")
	{"letter suffix", "Căn cứ Quyết định số 217b/QĐ-UBND ngày 14/8/2024 của UBND phường về việc giao nhiệm vụ.",
		[]data.Document{d("Quyết định", "217b/QĐ-UBND", "2024-08-14", "UBND phường")}},
	{"letter suffix", "Chính phủ ban hành Nghị quyết số 42c/NQ-CP ngày 03/02/2012 về cải cách thủ tục.",
		[]data.Document{d("Nghị quyết", "42c/NQ-CP", "2012-02-03")}},
	{"letter suffix", "Ủy ban đã có văn bản số 36A/UBND-VP ngày 5/5/2023 gửi các xã.",
		[]data.Document{d("Công văn", "36A/UBND-VP", "2023-05-05")}},
	{"letter suffix", "Thực hiện Kế hoạch số 09b-KH/ĐU của Đảng ủy xã về chuyển đổi số.",
		[]data.Document{d("Kế hoạch", "09b-KH/ĐU", "", "Đảng ủy xã")}},
	{"letter suffix", "Các chi bộ quán triệt 27a-NQ/TU trong toàn Đảng bộ.",
		[]data.Document{d("Nghị quyết", "27a-NQ/TU")}},
	{"letter suffix", "Căn cứ các Quyết định số 55a/QĐ-UBND và 55b/QĐ-UBND của UBND xã",
		[]data.Document{d("Quyết định", "55a/QĐ-UBND", "", "UBND xã"), d("Quyết định", "55b/QĐ-UBND", "", "UBND xã")}},
	{"letter suffix", "Quyết định số 71a/QĐ-UBND được niêm yết. Quyết định 71A/QĐ-UBND có hiệu lực từ ngày ký.",
		[]data.Document{d("Quyết định", "71a/QĐ-UBND")}},
	{"letter suffix", "Quyết định số 25A/QĐ-UBND và Quyết định số 25/QĐ-UBND cùng được công bố.",
		[]data.Document{d("Quyết định", "25A/QĐ-UBND"), d("Quyết định", "25/QĐ-UBND")}},
	{"letter suffix", "Quyết định số 25a/QĐ-UBND thay thế. Quyết định 25 nêu rõ trách nhiệm của các phòng.",
		[]data.Document{d("Quyết định", "25a/QĐ-UBND"), d("Quyết định", "25")}},
	// type letters of the symbol that extend the type's code with its qualifier ("BCTĐ": Báo cáo thẩm định)
	{"type code extended", "Theo Báo cáo thẩm định số 27/BCTĐ-STP ngày 14/6/2022 của Sở Tư pháp.",
		[]data.Document{d("Báo cáo", "27/BCTĐ-STP", "2022-06-14", "Sở Tư pháp")}},
	{"type code extended", "Căn cứ Báo cáo thẩm định số 03/BC-HĐTĐ ngày 15/9/2024 của Hội đồng thẩm định dự án",
		[]data.Document{d("Báo cáo", "03/BC-HĐTĐ", "2024-09-15", "Hội đồng thẩm định dự án")}},
	{"type code extended", "Văn phòng gửi Báo cáo tổng hợp số 45/BCTH-UBND ngày 2/12/2024 tới các ban.",
		[]data.Document{d("Báo cáo", "45/BCTH-UBND", "2024-12-02")}},
	{"type code extended", "Hướng dẫn liên ngành số 03/HDLN-SNV-STC ngày 7/3/2023 quy định hồ sơ.",
		[]data.Document{d("Hướng dẫn", "03/HDLN-SNV-STC", "2023-03-07")}},
	{"type code extended", "Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa hai cơ quan được ký.",
		[]data.Document{d("Quy chế", "02/QCPH-MTTQ-UBND")}},
	{"type code extended", "Kế hoạch phối hợp số 12/KHPH-CAH-VKS ngày 3/3/2024 về tuyên truyền pháp luật.",
		[]data.Document{d("Kế hoạch", "12/KHPH-CAH-VKS", "2024-03-03")}},
	{"type code extended", "Ủy ban ban hành Quyết định ban hành Quy định số 12-QĐ/TU của Ban Thường vụ",
		[]data.Document{d("Quy định", "12-QĐ/TU", "", "Ban Thường vụ")}},
	{"type code extended", "Phòng gửi Báo cáo kết quả thực hiện Kế hoạch số 15/KH-UBND ngày 2/2/2024",
		[]data.Document{d("Kế hoạch", "15/KH-UBND", "2024-02-02")}},
	{"type code extended", "Số: 27/BCTĐ-STP\nHải Phòng, ngày 14 tháng 6 năm 2022\nBÁO CÁO THẨM ĐỊNH\nDự thảo quyết định",
		[]data.Document{d("Báo cáo", "27/BCTĐ-STP", "2022-06-14")}},
	{"type code extended", "HỘI ĐỒNG NHÂN DÂN\nSố: 41/HĐND-VP\nPhú Thọ, ngày 3 tháng 3 năm 2023\nHỢP ĐỒNG\nthuê xe",
		[]data.Document{d("Công văn", "41/HĐND-VP", "2023-03-03")}},
	{"type code extended", "Thông báo kết luận số 112-TBKL/TU và Chương trình hành động số 05-CTrHĐ/TU của Tỉnh ủy",
		[]data.Document{d("Thông báo", "112-TBKL/TU", "", "Tỉnh ủy"), d("Chương trình", "05-CTrHĐ/TU", "", "Tỉnh ủy")}},
	{"type code extended", "TỈNH ỦY LẠNG SƠN\nSố 45-TBKL/TU\nLạng Sơn, ngày 2 tháng 8 năm 2024\nTHÔNG BÁO KẾT LUẬN\ncủa Thường trực Tỉnh ủy",
		[]data.Document{d("Thông báo", "45-TBKL/TU", "2024-08-02")}},
	// numbers broken across lines at a joint
	{"hard wrap", "Thực hiện Nghị quyết số 43-\nNQ/TU ngày 5/8/2022 của Tỉnh ủy về du lịch.",
		[]data.Document{d("Nghị quyết", "43-NQ/TU", "2022-08-05", "Tỉnh ủy")}},
	{"hard wrap", "Căn cứ Quyết định số 2456/\nQĐ-UBND ngày 3/10/2023 của UBND tỉnh;",
		[]data.Document{d("Quyết định", "2456/QĐ-UBND", "2023-10-03", "UBND tỉnh")}},
	{"hard wrap", "Căn cứ Thông tư số 09/2022/\nTT-BTC ngày 5/2/2022 của Bộ Tài chính;",
		[]data.Document{d("Thông tư", "09/2022/TT-BTC", "2022-02-05", "Bộ Tài chính")}},
	{"hard wrap", "triển khai Kế hoạch số 77/KH-\nUBND ngày 9/9/2024 của UBND huyện",
		[]data.Document{d("Kế hoạch", "77/KH-UBND", "2024-09-09", "UBND huyện")}},
	{"hard wrap", "Căn cứ Nghị định số\n45/2020/NĐ-CP ngày 8 tháng\n4 năm 2020 của Chính phủ;",
		[]data.Document{d("Nghị định", "45/2020/NĐ-CP", "2020-04-08", "Chính phủ")}},
	// spaces inside the symbol, around every joint
	{"spaces", "Quyết định số 812 / 2023 / QĐ - UBND ngày 4/4/2023 của UBND quận",
		[]data.Document{d("Quyết định", "812/2023/QĐ-UBND", "2023-04-04", "UBND quận")}},
	{"spaces", "Nghị quyết số 18 - NQ / TU ngày 2/2/2022 của Ban Thường vụ Tỉnh ủy",
		[]data.Document{d("Nghị quyết", "18-NQ/TU", "2022-02-02", "Ban Thường vụ Tỉnh ủy")}},
	{"spaces", "Căn cứ Thông tư số 15/2023/ TT - BNV của Bộ Nội vụ",
		[]data.Document{d("Thông tư", "15/2023/TT-BNV", "", "Bộ Nội vụ")}},
	// lists joined by ",", ";", "và", "hoặc", and a colon after the type word
	{"list", "các Quyết định: số 301/QĐ-UBND, số 302/QĐ-UBND của UBND huyện về thành lập tổ công tác",
		[]data.Document{d("Quyết định", "301/QĐ-UBND", "", "UBND huyện"), d("Quyết định", "302/QĐ-UBND", "", "UBND huyện")}},
	{"list", "Kế hoạch số 12/KH-UBND; số 13/KH-UBND và số 14/KH-UBND của UBND xã",
		[]data.Document{d("Kế hoạch", "12/KH-UBND", "", "UBND xã"), d("Kế hoạch", "13/KH-UBND", "", "UBND xã"), d("Kế hoạch", "14/KH-UBND", "", "UBND xã")}},
	{"list", "các Nghị quyết số 05-NQ/TU, 06-NQ/TU; 07-NQ/TU của Tỉnh ủy",
		[]data.Document{d("Nghị quyết", "05-NQ/TU", "", "Tỉnh ủy"), d("Nghị quyết", "06-NQ/TU", "", "Tỉnh ủy"), d("Nghị quyết", "07-NQ/TU", "", "Tỉnh ủy")}},
	{"list", "Quyết định số 41/QĐ-UBND và\n42/QĐ-UBND của UBND phường",
		[]data.Document{d("Quyết định", "41/QĐ-UBND", "", "UBND phường"), d("Quyết định", "42/QĐ-UBND", "", "UBND phường")}},
	{"list", "áp dụng Công văn số 88/UBND-KT hoặc số 89/UBND-KT tùy trường hợp",
		[]data.Document{d("Công văn", "88/UBND-KT"), d("Công văn", "89/UBND-KT")}},
	// types the guide names: Hướng dẫn, Công điện, Quy chế
	{"Hướng dẫn", "Thực hiện Hướng dẫn số 31-HD/BTGDVTW ngày 5/9/2025 của Ban Tuyên giáo và Dân vận Trung ương về việc học tập",
		[]data.Document{d("Hướng dẫn", "31-HD/BTGDVTW", "2025-09-05", "Ban Tuyên giáo và Dân vận Trung ương", "XIII")}},
	{"Hướng dẫn", "theo Hướng dẫn liên tịch số 01/HDLT-BNV-BTC ngày 2/2/2022",
		[]data.Document{d("Hướng dẫn", "01/HDLT-BNV-BTC", "2022-02-02")}},
	{"Công điện", "Thủ tướng ký Công điện hỏa tốc số 14/CĐ-TTg ngày 9/9/2024 về ứng phó bão",
		[]data.Document{d("Công điện", "14/CĐ-TTg", "2024-09-09")}},
	{"Công điện", "Số: 112/CĐ-TTg\nHà Nội, ngày 4 tháng 9 năm 2024\nCÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ",
		[]data.Document{d("Công điện", "112/CĐ-TTg", "2024-09-04")}},
	{"Quy chế", "Ban hành Quy chế làm việc số 02-QC/ĐU ngày 1/11/2025 của Ban Chấp hành Đảng bộ xã",
		[]data.Document{d("Quy chế", "02-QC/ĐU", "2025-11-01", "Ban Chấp hành Đảng bộ xã")}},
	{"Quy chế", "Quy chế số 07/QC-BCĐ ban hành kèm theo quyết định của Trưởng ban",
		[]data.Document{d("Quy chế", "07/QC-BCĐ")}},
	// a dot for the joint between the type letters and the issuer: the issuer
	// part after the dot is as long as one after a dash
	{"issuer spelled out", "Thực hiện Nghị quyết số 47/NQ-Hội đồng nhân dân ngày 2/8/2022 của tỉnh, các huyện rà soát.",
		[]data.Document{d("Nghị quyết", "47/NQ-Hộiđồngnhândân", "2022-08-02", "tỉnh")}},
	{"issuer spelled out", "Căn cứ Kế hoạch số 9/2021/KH-Ủy ban nhân dân về chuyển đổi số; Kế hoạch số 10/KH-UBND bổ sung.",
		[]data.Document{d("Kế hoạch", "9/2021/KH-Ủybannhândân"), d("Kế hoạch", "10/KH-UBND")}},
	{"dotted symbol", "Xét Tờ trình số 318/TTr.SNNPTNT ngày 9/7/2003 của Sở Nông nghiệp, Ủy ban quyết định",
		[]data.Document{d("Tờ trình", "318/TTr.SNNPTNT", "2003-07-09", "Sở Nông nghiệp")}},
	{"dotted symbol", "Căn cứ Quyết định số 41/2001/QĐ.UBND ngày 12/3/2001 của UBND tỉnh về giá đất;",
		[]data.Document{d("Quyết định", "41/2001/QĐ.UBND", "2001-03-12", "UBND tỉnh")}},
	{"dotted symbol", "Theo Công văn số 77/CV.SGDĐT gửi các trường, năm học mới bắt đầu",
		[]data.Document{d("Công văn", "77/CV.SGDĐT")}},
	{"dotted symbol", "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n|\nSố: 27/2003/QĐ.UBND\n|\nVĩnh Long, ngày 14 tháng 02 năm 2003\n|\nQUYẾT ĐỊNH\nVề việc giao đất",
		[]data.Document{d("Quyết định", "27/2003/QĐ.UBND", "2003-02-14")}},
	{"dotted symbol", "Số: 09/TTr.SKHĐT\nBến Tre, ngày 3 tháng 3 năm 2004\nTỜ TRÌNH",
		[]data.Document{d("Tờ trình", "09/TTr.SKHĐT", "2004-03-03")}},
	{"dotted symbol", "Xét Tờ trình số 318/TTr.SNNPTNT ngày 9/7/2003; Tờ trình 318/TTr-SNNPTNT nêu rõ nhu cầu",
		[]data.Document{d("Tờ trình", "318/TTr.SNNPTNT", "2003-07-09")}},
	{"dotted symbol", "Các huyện triển khai theo 41/2001/QĐ.UBND của tỉnh.",
		[]data.Document{d("Quyết định", "41/2001/QĐ.UBND", "", "tỉnh")}},
	{"dotted symbol", "Thực hiện Quyết định số 73/QĐ-UBND. Sở Xây dựng đã hướng dẫn các phường.",
		[]data.Document{d("Quyết định", "73/QĐ-UBND")}},
	{"dotted symbol", "theo Kế hoạch số 45/KH-UBND.UBND huyện giao các xã triển khai",
		[]data.Document{d("Kế hoạch", "45/KH-UBND")}},
	{"dotted symbol", "theo Kế hoạch số 46/KH.UBND huyện giao các xã triển khai",
		[]data.Document{d("Kế hoạch", "46/KH.UBND")}},
	{"dotted symbol", "Nghị quyết số 05-NQ/TU.SỞ Y TẾ",
		[]data.Document{d("Nghị quyết", "05-NQ/TU")}},
	// "CV" before a number stands for Công văn, as "NQ" for Nghị quyết
	{"type letters", "Huyện đã nhận CV 2871/UBND-NC về việc rà soát hộ nghèo.",
		[]data.Document{d("Công văn", "2871/UBND-NC")}},
	{"type letters", "Sở Nội vụ ban hành CV số 312/SNV-CCVC ngày 4/4/2023 hướng dẫn thi tuyển",
		[]data.Document{d("Công văn", "312/SNV-CCVC", "2023-04-04")}},
	{"type letters", "CV 88/UBND-VX V/v tăng cường phòng, chống dịch sốt xuất huyết\n\nUBND tỉnh có công văn CV 88/UBND-VX gửi các sở",
		[]data.Document{d("Công văn", "88/UBND-VX")}},
	{"type letters", "theo CV số 1402 ngày 15/6/2022 của Sở Tài chính",
		[]data.Document{d("Công văn", "1402", "2022-06-15", "Sở Tài chính")}},
	// a letter cited by its bare number and its issuing date
	{"letter", "Ủy ban nhân dân tỉnh đã ban hành Văn bản số 5146 ngày 21/10/2024 giao các sở giải quyết",
		[]data.Document{d("Công văn", "5146", "2024-10-21")}},
	{"letter", "theo văn bản số 903, ngày 2/3/2023 của UBND huyện về việc cấp nước",
		[]data.Document{d("Công văn", "903", "2023-03-02", "UBND huyện")}},
	// the issuer after the year of the citation, and issuers joined by " - "
	{"issuer after the year", "Căn cứ Kế hoạch 27/KH-UBND năm 2022 của UBND huyện Đông Anh về chuyển đổi số",
		[]data.Document{d("Kế hoạch", "27/KH-UBND", "", "UBND huyện Đông Anh")}},
	{"issuer after the year", "theo Chỉ thị số 08-CT/TU năm 2021 của Ban Thường vụ Tỉnh ủy, các cấp",
		[]data.Document{d("Chỉ thị", "08-CT/TU", "", "Ban Thường vụ Tỉnh ủy")}},
	{"issuer after the year", "Kế hoạch số 12/KH-UBND năm 2022 và Kế hoạch số 13/KH-UBND năm 2023 triển khai",
		[]data.Document{d("Kế hoạch", "12/KH-UBND"), d("Kế hoạch", "13/KH-UBND")}},
	{"issuers joined by a dash", "Căn cứ Thông tư liên tịch số 11/2016/TTLT-BNV-BLĐTBXH-BTC-BYT ngày 5/5/2016 của liên bộ Bộ Nội vụ - Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính - Bộ Y tế hướng dẫn chế độ phụ cấp;",
		[]data.Document{d("Thông tư liên tịch", "11/2016/TTLT-BNV-BLĐTBXH-BTC-BYT", "2016-05-05", "liên bộ Bộ Nội vụ - Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính - Bộ Y tế")}},
	{"issuers joined by a dash", "Quyết định số 15/QĐ-UBND ngày 2/2/2024 của UBND tỉnh - nơi đặt trụ sở mới của trường",
		[]data.Document{d("Quyết định", "15/QĐ-UBND", "2024-02-02", "UBND tỉnh")}},
	// a type word with a bare number inside the name of a body names a
	// programme, not a citation; outside a name, or with "số", it is one
	{"name of a body", "Tham dự có bà Lê Thị Hoa, Phó Chánh Văn phòng Điều phối Chương trình 327 Trung ương và ông Hà Văn Thu",
		nil},
	{"name of a body", "Ban Chỉ đạo Đề án 06 Thành phố họp phiên thường kỳ; Tổ công tác Đề án 06 Huyện báo cáo",
		nil},
	{"name of a body", "Sở triển khai Chương trình 327 Trung ương giao và Đề án 06 của Chính phủ",
		[]data.Document{d("Chương trình", "327"), d("Đề án", "06", "", "Chính phủ")}},
	{"name of a body", "Ban Chỉ đạo thực hiện Chương trình số 15 của Tỉnh ủy đã họp; Văn phòng nhận Đề án 06 của Chính phủ",
		[]data.Document{d("Chương trình", "15", "", "Tỉnh ủy"), d("Đề án", "06", "", "Chính phủ")}},
	{"name of a body", "Văn phòng Điều phối Chương trình 327 ngày 3/5/2021 của Bộ",
		[]data.Document{d("Chương trình", "327", "2021-05-03", "Bộ")}},
	// a date glued to "ngày" is still the citation's date
	{"glued date", "Căn cứ Quyết định số 41/QĐ-UBND ngày17/03/2015 của UBND huyện Tiên Lãng về giao đất.",
		[]data.Document{d("Quyết định", "41/QĐ-UBND", "2015-03-17", "UBND huyện Tiên Lãng")}},
	{"glued date", "Theo Kế hoạch số 88/KH-UBND ngày09 tháng 7 năm 2016 của UBND xã Đông Hưng.",
		[]data.Document{d("Kế hoạch", "88/KH-UBND", "2016-07-09", "UBND xã Đông Hưng")}},
	{"glued date", "Thực hiện Công văn số 215/SNV-TCCB, ngày05/11/2017 của Sở Nội vụ, phòng đã rà soát.",
		[]data.Document{d("Công văn", "215/SNV-TCCB", "2017-11-05", "Sở Nội vụ")}},
	{"glued date", "Thực hiện Thông báo số 33/TB-VP,ngày 4/9/2018 của Văn phòng Tỉnh ủy.",
		[]data.Document{d("Thông báo", "33/TB-VP", "2018-09-04", "Văn phòng Tỉnh ủy")}},
	{"glued date", "Tiếp theo Chỉ thị số 06-CT/HU Ngày21-8-2019 của Huyện ủy Kỳ Sơn",
		[]data.Document{d("Chỉ thị", "06-CT/HU", "2019-08-21", "Huyện ủy Kỳ Sơn")}},
	{"glued date", "Quyết định số 52/QĐ-UBND ngày12/5 của UBND phường và Tờ trình số 4/TTr-PNV ngày06/6/2020",
		[]data.Document{d("Quyết định", "52/QĐ-UBND", "", "UBND phường"), d("Tờ trình", "4/TTr-PNV", "2020-06-06")}},
	// where an issuer ends
	{"issuer end", "Quán triệt Kết luận số 21-KL/TW của Bộ Chính trị cùng các cán bộ chủ chốt của tỉnh.",
		[]data.Document{d("Kết luận", "21-KL/TW", "", "Bộ Chính trị")}},
	{"issuer end", "Theo Nghị định số 30/2015/NĐ-CP của Chính phủ hướngdẫn việc tuyển dụng viên chức",
		[]data.Document{d("Nghị định", "30/2015/NĐ-CP", "", "Chính phủ")}},
	{"issuer end", "Căn cứ Quyết định số 8/2016/QĐ-UBND của UBND tỉnh Quảng Ngãi triểnkhai công tác năm",
		[]data.Document{d("Quyết định", "8/2016/QĐ-UBND", "", "UBND tỉnh Quảng Ngãi")}},
	{"issuer end guard", "Căn cứ Thông báo số 61/TB-BCĐ của Ban Chỉ đạo phòng chống dịch bệnh người và gia súc huyện Yên Thế",
		[]data.Document{d("Thông báo", "61/TB-BCĐ", "", "Ban Chỉ đạo phòng chống dịch bệnh người")}},
	{"nested issuer", "Căn cứ Công văn 140/TCT ngày 9 tháng 4 năm 2011 của Tổ công tác chuyên trách cải tiến thủ tục hành chính của Thủ tướng Chính phủ về việc rà soát;",
		[]data.Document{d("Công văn", "140/TCT", "2011-04-09", "Tổ công tác chuyên trách cải tiến thủ tục hành chính của Thủ tướng Chính phủ")}},
	{"issuer closing a run of dated citations of other types", "Xét Công văn số 618/VP-TH ngày 03/9/2014 và Báo cáo thẩm định số 270/BC-STP ngày 11/9/2014 của Giám đốc Sở Tư pháp",
		[]data.Document{d("Công văn", "618/VP-TH", "2014-09-03"), d("Báo cáo", "270/BC-STP", "2014-09-11", "Giám đốc Sở Tư pháp")}},
	{"issuer closing a run of undated citations of other types", "Quyết định số 93/QĐ-UBND và Kế hoạch số 94/KH-UBND của UBND thị trấn",
		[]data.Document{d("Quyết định", "93/QĐ-UBND", "", "UBND thị trấn"), d("Kế hoạch", "94/KH-UBND", "", "UBND thị trấn")}},
	{"glued date", "Ngày19-4-2012, Ban Thường vụ Tỉnh ủy đã ra Chỉ thị số 17-CT/TU về công tác dân vận",
		[]data.Document{d("Chỉ thị", "17-CT/TU", "2012-04-19")}},
	{"glued date", "Thực hiện Kế hoạch số 12/KH-UBND (ngày02/4/2015) của UBND quận",
		[]data.Document{d("Kế hoạch", "12/KH-UBND", "2015-04-02", "UBND quận")}},
	{"glued date guard", "Nghị quyết số 14/NQ-HĐND ngàycàng đi vào cuộc sống; Kế hoạch số 3/KH-BCĐ ngàyhội 20/10/2021",
		[]data.Document{d("Nghị quyết", "14/NQ-HĐND"), d("Kế hoạch", "3/KH-BCĐ")}},
}

// docNegatives are sentences with numbers that are not documents.
var docNegatives = []docCase{
	{"article and clause", "Theo Điều 5, khoản 2 và điểm a khoản 3 Điều 12 của Luật, mục 4", nil},
	{"ratio", "21/25 đảng bộ hoàn thành; 7/7 phường đạt chuẩn; 91/1447 hộ", nil},
	{"month and year after a type word", "Quyết định 5/2020 và Nghị quyết 12/2023 được tổng hợp; Kế hoạch 120/2024", nil},
	{"number without type word", "số 15 đường Nguyễn Trãi, số 25-27 phố Huế, số 3/4", nil},
	{"counts after type word", "Kế hoạch 5 năm, Chương trình 3 nội dung, Quyết định 2 vấn đề, Đề án 4 bước", nil},
	{"year after type word", "Luật 2013 và Hiến pháp 2013, Kế hoạch 2024", nil},
	{"amount and phone", "hỗ trợ 1.500.000 đồng; điện thoại 024.3825.1234; hotline 1900-1234", nil},
	{"verb quyết định", "Hội nghị quyết định 3 nội dung quan trọng và quyết định 12 chỉ tiêu", nil},
	{"named law", "Luật Thực hiện dân chủ ở cơ sở và Luật Đất đai năm 2024 có hiệu lực", nil},
	{"congress resolution", "Nghị quyết Đại hội XIII của Đảng và Nghị quyết Trung ương 4 khóa XII", nil},
	{"plate and code", "xe biển số 29A-123.45, mã 12/ABC-xyz, Covid-19", nil},
	{"year range", "giai đoạn 2021-2025 và nhiệm kỳ 2020 - 2025", nil},
	{"number range", "Đề án 2 - 3 tháng, Kế hoạch 5%", nil},
	{"lower-case bare", "nghị quyết 3 lần, quyết định 15 của mình, kế hoạch 2 của đơn vị", nil},
	{"url slug", "xem tại https://portal.gov.vn/quyet-dinh-123-qd-ubnd.html và /van-ban/45-kh-ubnd", nil},
	{"count before a type code", "có 15 QĐ khen thưởng và 3 CT mới", nil},
	{"type letters without a citation", "NQ 25 năm, CT UBND 3 xã, KL 5 điểm, Quyết định QĐ 3", nil},
	{"numbered heading", "Kế hoạch triển khai thực hiện như sau: 1. Mục đích", nil},
	{"address with a letter", "Trụ sở tại số 12A đường Trần Phú và số 5b ngõ 3 phố Huế, căn hộ 12B-05", nil},
	{"letter suffix without symbol", "Nghị quyết số 30c đã được tổng kết; Quyết định số 168a ngày 6/9/2025", nil},
	{"rates and classes", "năng suất 12ha/năm, 5a/ha; lớp 10A/1, tòa 5A-CT2 và tổ 5B-KP3", nil},
	{"quarters and scores", "Quý I/2026, quý II/2025; tỷ số 3-1; đạt 9/10 điểm; 21/25 đảng bộ", nil},
	{"phone numbers", "Điện thoại 0912.345.678, 024-3825-1234, đường dây nóng 1022", nil},
	{"codes that start like a type code", "đề tài mã số 12/KHCN-ĐT và hồ sơ 45/CTN-VP, mục 3/TTCP-X", nil},
	{"văn bản số without a symbol", "chuyển đổi văn bản số hóa 15 hồ sơ; văn bản số 15 của xã; văn bản số 3/4 trang", nil},
	{"verb before a colon", "Nhóm ra quyết định: số 3 là đáp án đúng; Kế hoạch: số 5 người tham gia", nil},
	{"numbered boxes and points with a letter", "trình bày tại ô số 5a Mục IV, ô số 7b; điểm 2a khoản 3 Điều 5; Điều 12a-1", nil},
	{"wrapped ratio", "tỷ lệ đạt 45/\n50 hộ; số 12-\nNgày mai họp", nil},
	{"CV of a job seeker", "Ứng viên gửi CV xin việc qua thư; đã có 150 CV được duyệt, CV 2 trang và CV số 3 của ứng viên", nil},
	{"văn bản số without a date", "văn bản số 15 của xã; Văn bản số 2 ghi rõ; văn bản số 7 ngày hôm qua", nil},
}

func TestFindPatterns(t *testing.T) {
	type tally struct{ cases, found int }
	table := map[string]*tally{}
	for _, tc := range docCases {
		tl := table[tc.pattern]
		if tl == nil {
			tl = &tally{}
			table[tc.pattern] = tl
		}
		tl.cases++
		got, _ := Find(tc.text)
		diff := compareDocs(got, tc.want)
		if diff == "" {
			tl.found++
		}
		t.Run(tc.pattern+" reads "+short(tc.text), func(t *testing.T) {
			if diff != "" {
				t.Errorf("Find(%q):\n%s", tc.text, diff)
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

func TestFindRejects(t *testing.T) {
	for _, tc := range docNegatives {
		t.Run(tc.pattern+" is no document", func(t *testing.T) {
			if got, _ := Find(tc.text); len(got) != 0 {
				t.Errorf("Find(%q) = %+v, want none", tc.text, got)
			}
		})
	}
}

// compareDocs returns "" when got matches want in order on every field, and
// checks that Canonical is data.CanonicalNumber(Number).
func compareDocs(got, want []data.Document) string {
	var b strings.Builder
	for i := 0; i < len(got) || i < len(want); i++ {
		switch {
		case i >= len(got):
			fmt.Fprintf(&b, "  missing %+v\n", want[i])
		case i >= len(want):
			fmt.Fprintf(&b, "  extra   %+v\n", got[i])
		default:
			g, w := got[i], want[i]
			if g.Canonical != data.CanonicalNumber(g.Number) {
				fmt.Fprintf(&b, "  canonical %q of %q is not CanonicalNumber\n", g.Canonical, g.Number)
			}
			w.Canonical = g.Canonical
			if g != w {
				fmt.Fprintf(&b, "  got  %+v\n  want %+v\n", g, w)
			}
		}
	}
	return b.String()
}

func TestFindReferences(t *testing.T) {
	tests := []struct {
		text string
		want []data.Reference
	}{
		{"Luật Thực hiện dân chủ ở cơ sở có hiệu lực", []data.Reference{{Type: "Luật", Name: "Luật Thực hiện dân chủ ở cơ sở"}}},
		{"theo Luật Tổ chức Chính phủ năm 2015, sửa đổi", []data.Reference{{Type: "Luật", Name: "Luật Tổ chức Chính phủ năm 2015"}}},
		{"Bộ luật Dân sự quy định", []data.Reference{{Type: "Bộ luật", Name: "Bộ luật Dân sự"}}},
		{"Luật Phòng, chống tham nhũng và", []data.Reference{{Type: "Luật", Name: "Luật Phòng, chống tham nhũng"}}},
		{"học tập Nghị quyết Đại hội XIII của Đảng.", []data.Reference{{Type: "Nghị quyết", Name: "Nghị quyết Đại hội XIII của Đảng"}}},
		{"Nghị quyết Trung ương 8 khóa XIII về bảo vệ Tổ quốc", []data.Reference{{Type: "Nghị quyết", Name: "Nghị quyết Trung ương 8 khóa XIII"}}},
		{"Nghị quyết Đại hội Đảng bộ quận lần thứ XXV, nhiệm kỳ", []data.Reference{{Type: "Nghị quyết", Name: "Nghị quyết Đại hội Đảng bộ quận lần thứ XXV"}}},
		{"Luật số 10/2022/QH15", nil},
	}
	for _, tt := range tests {
		t.Run(short(tt.text), func(t *testing.T) {
			_, got := Find(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("references of %q = %+v, want %+v", tt.text, got, tt.want)
			}
		})
	}
}

func TestTypeFromAbbrev(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"NQ", "Nghị quyết", true},
		{"nq", "Nghị quyết", true},
		{"QĐ", "Quyết định", true},
		{"qd", "Quyết định", true},
		{"CTr", "Chương trình", true},
		{"TTLT", "Thông tư liên tịch", true},
		{"Nghị quyết", "Nghị quyết", true},
		{"nghi quyet", "Nghị quyết", true},
		{"chương trình hành động", "Chương trình", true},
		{"Thông báo kết luận", "Thông báo", true},
		{"Giấy uỷ quyền", "Giấy ủy quyền", true},
		{"XYZ", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := TypeFromAbbrev(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Fatalf("TypeFromAbbrev(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestTypesListsTheGuideTypes(t *testing.T) {
	have := map[string]bool{}
	for _, ty := range Types() {
		have[ty] = true
	}
	for _, want := range []string{"Nghị quyết", "Quyết định", "Chỉ thị", "Kết luận", "Đề án", "Kế hoạch", "Thông tư",
		"Thông tư liên tịch", "Nghị định", "Luật", "Pháp lệnh", "Công văn", "Thông báo", "Hướng dẫn", "Quy định",
		"Quy chế", "Chương trình", "Báo cáo", "Tờ trình", "Công điện", "Lệnh", "Hiến pháp", "Thông tri"} {
		if !have[want] {
			t.Errorf("Types() lacks %q", want)
		}
	}
}

func short(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > 40 {
		return string(r[:40])
	}
	return s
}
