package simportal

import "time"

// Document grammars (vietnamese-reference §1).
const (
	gParty     = iota // 25-NQ/TW
	gState            // 45/QĐ-UBND
	gNormative        // 30/2020/NĐ-CP
	gQH               // 10/2022/QH15
	gCV               // 1234/UBND-VP (công văn)
	gBare             // "Nghị quyết số 15"
)

// docSpec is one document that articles can cite.
type docSpec struct {
	typ     string // canonical full type
	code    string // type code inside the symbol ("NQ"), "" for none
	grammar int
	num     int
	year    int
	issCode string // issuer code inside the symbol ("TW", "UBND", "CP", "QH15")
	date    time.Time
	issuer  string // body written after "của", "" when never written
	term    string // Party term when the issuer carries it
	subject string // what it is about, written after "về"
}

func d(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, vnZone) }

// National documents: real numbers and dates (facts), cited with our own
// words. The key is the topic list.
var famousDocs = []struct {
	topics string
	doc    docSpec
}{
	{"danvan", docSpec{typ: "Nghị quyết", code: "NQ", grammar: gParty, num: 25, issCode: "TW", date: d(2013, 6, 3), issuer: "Hội nghị Trung ương 7 (khóa XI)", term: "XI", subject: "công tác dân vận trong tình hình mới"}},
	{"danvan", docSpec{typ: "Kết luận", code: "KL", grammar: gParty, num: 114, issCode: "TW", date: d(2015, 7, 14), issuer: "Ban Bí thư", subject: "hiệu quả công tác dân vận của cơ quan nhà nước các cấp"}},
	{"danvan cchc", docSpec{typ: "Chỉ thị", code: "CT", grammar: gState, num: 33, issCode: "TTg", date: d(2021, 11, 26), issuer: "Thủ tướng Chính phủ", subject: "công tác dân vận của cơ quan hành chính nhà nước"}},
	{"xdd vhxh", docSpec{typ: "Chỉ thị", code: "CT", grammar: gParty, num: 5, issCode: "TW", date: d(2016, 5, 15), issuer: "Bộ Chính trị", subject: "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"}},
	{"xdd", docSpec{typ: "Nghị quyết", code: "NQ", grammar: gParty, num: 35, issCode: "TW", date: d(2018, 10, 22), issuer: "Bộ Chính trị", subject: "bảo vệ nền tảng tư tưởng của Đảng"}},
	{"xdd cchc", docSpec{typ: "Nghị quyết", code: "NQ", grammar: gParty, num: 18, issCode: "TW", date: d(2017, 10, 25), issuer: "Ban Chấp hành Trung ương Đảng khóa XII", term: "XII", subject: "sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả"}},
	{"cds cchc anqp", docSpec{typ: "Quyết định", code: "QĐ", grammar: gState, num: 6, issCode: "TTg", date: d(2022, 1, 6), issuer: "Thủ tướng Chính phủ", subject: "phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử"}},
	{"xdd", docSpec{typ: "Chỉ thị", code: "CT", grammar: gParty, num: 35, issCode: "TW", date: d(2024, 6, 14), issuer: "Bộ Chính trị", subject: "đại hội đảng bộ các cấp"}},
	{"cchc", docSpec{typ: "Nghị định", code: "NĐ", grammar: gNormative, num: 30, year: 2020, issCode: "CP", date: d(2020, 3, 5), issuer: "Chính phủ", subject: "công tác văn thư"}},
	{"danvan", docSpec{typ: "Luật", grammar: gQH, num: 10, year: 2022, issCode: "QH15", date: d(2022, 11, 10), issuer: "Quốc hội", subject: "thực hiện dân chủ ở cơ sở"}},
	{"anqp dothi", docSpec{typ: "Nghị định", code: "NĐ", grammar: gNormative, num: 100, year: 2019, issCode: "CP", date: d(2019, 12, 30), issuer: "Chính phủ", subject: "xử phạt vi phạm hành chính trong lĩnh vực giao thông"}},
	{"cds", docSpec{typ: "Nghị quyết", code: "NQ", grammar: gParty, num: 57, issCode: "TW", date: d(2024, 12, 22), issuer: "Bộ Chính trị", subject: "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"}},
	{"cchc hdnd", docSpec{typ: "Nghị quyết", code: "", grammar: gQH, num: 202, year: 2025, issCode: "QH15", date: d(2025, 6, 12), issuer: "Quốc hội", subject: "sắp xếp đơn vị hành chính cấp tỉnh"}},
	{"pccc", docSpec{typ: "Nghị định", code: "NĐ", grammar: gNormative, num: 136, year: 2020, issCode: "CP", date: d(2020, 11, 24), issuer: "Chính phủ", subject: "hướng dẫn công tác phòng cháy và chữa cháy"}},
	{"cchc", docSpec{typ: "Thông tư liên tịch", code: "TTLT", grammar: gNormative, num: 55, year: 2005, issCode: "BNV-VPCP", date: d(2005, 5, 6), issuer: "Bộ Nội vụ và Văn phòng Chính phủ", subject: "thể thức và kỹ thuật trình bày văn bản"}},
	{"cchc", docSpec{typ: "Thông tư", code: "TT", grammar: gNormative, num: 1, year: 2011, issCode: "BNV", date: d(2011, 1, 19), issuer: "Bộ Nội vụ", subject: "thể thức văn bản hành chính"}},
	{"ansinh", docSpec{typ: "Pháp lệnh", code: "", grammar: gQH, num: 2, year: 2020, issCode: "UBTVQH14", date: d(2020, 12, 9), issuer: "Ủy ban Thường vụ Quốc hội", subject: "ưu đãi người có công với cách mạng"}},
	{"giaoduc", docSpec{typ: "Thông tư", code: "TT", grammar: gNormative, num: 32, year: 2018, issCode: "BGDĐT", date: d(2018, 12, 26), issuer: "Bộ Giáo dục và Đào tạo", subject: "chương trình giáo dục phổ thông"}},
}

// localKind is a family of local documents; the numbers are generated.
type localKind struct {
	typ, code string
	grammar   int
	issCode   string
	issuers   []string
	ward      bool // issued in the ward era (after 1 July 2025) rather than the district era
	maxNum    int
}

var localKinds = []localKind{
	{"Kế hoạch", "KH", gState, "UBND", []string{"UBND quận", "UBND quận Đông Thành"}, false, 420},
	{"Quyết định", "QĐ", gState, "UBND", []string{"UBND quận", "Chủ tịch UBND quận"}, false, 3900},
	{"Công văn", "", gCV, "UBND-VP", []string{"UBND quận"}, false, 2900},
	{"Chỉ thị", "CT", gParty, "QU", []string{"Ban Thường vụ Quận ủy"}, false, 30},
	{"Kế hoạch", "KH", gParty, "QU", []string{"Quận ủy", "Ban Thường vụ Quận ủy"}, false, 260},
	{"Nghị quyết", "NQ", gParty, "QU", []string{"Ban Chấp hành Đảng bộ quận"}, false, 40},
	{"Thông báo", "TB", gParty, "QU", []string{"Ban Thường vụ Quận ủy"}, false, 900},
	{"Đề án", "ĐA", gParty, "QU", []string{"Quận ủy"}, false, 15},
	{"Chương trình", "CTr", gParty, "QU", []string{"Quận ủy"}, false, 20},
	{"Hướng dẫn", "HD", gParty, "BTGQU", []string{"Ban Tuyên giáo Quận ủy"}, false, 40},
	{"Quyết định", "QĐ", gParty, "QU", []string{"Quận ủy", "Ban Thường vụ Quận ủy"}, false, 1900},
	{"Nghị quyết", "NQ", gState, "HĐND", []string{"HĐND quận"}, false, 60},
	{"Quyết định", "QĐ", gNormative, "UBND", []string{"UBND Thành phố"}, false, 70},
	{"Nghị quyết", "NQ", gNormative, "HĐND", []string{"HĐND Thành phố"}, false, 40},
	{"Kế hoạch", "KH", gParty, "TU", []string{"Thành ủy", "Ban Thường vụ Thành ủy"}, false, 300},
	{"Chỉ thị", "CT", gParty, "TU", []string{"Thành ủy"}, false, 40},
	{"Tờ trình", "TTr", gState, "UBND", []string{"UBND quận"}, false, 300},
	{"Công điện", "CĐ", gState, "UBND", []string{"Chủ tịch UBND Thành phố"}, false, 30},
	{"Thông báo", "TB", gState, "UBND", []string{"UBND quận"}, false, 700},
	{"Báo cáo", "BC", gState, "UBND", []string{"UBND quận"}, false, 600},
	{"Hướng dẫn", "HD", gState, "SYT", []string{"Sở Y tế"}, false, 90},
	{"Quy định", "QyĐ", gParty, "ĐU", []string{"Đảng ủy phường"}, true, 12},
	{"Nghị quyết", "NQ", gParty, "ĐU", []string{"Đảng ủy phường", "Ban Chấp hành Đảng bộ phường"}, true, 30},
	{"Kế hoạch", "KH", gState, "UBND", []string{"UBND phường", "UBND phường Kim Lũng"}, true, 250},
	{"Kế hoạch", "KH", gParty, "ĐU", []string{"Đảng ủy phường"}, true, 90},
	{"Quyết định", "QĐ", gState, "UBND", []string{"UBND phường"}, true, 600},
	{"Chỉ thị", "CT", gParty, "ĐU", []string{"Ban Thường vụ Đảng ủy phường"}, true, 10},
	{"Nghị quyết", "NQ", gState, "HĐND", []string{"HĐND phường"}, true, 40},
}

// Type words as the text may write them, per canonical type.
var typeWords = map[string][]string{
	"Nghị quyết": {"Nghị quyết", "Nghị quyết", "NQ", "nghị quyết"},
	"Quyết định": {"Quyết định", "Quyết định", "quyết định"},
	"Kế hoạch":   {"Kế hoạch", "Kế hoạch", "kế hoạch"},
	"Chỉ thị":    {"Chỉ thị", "Chỉ thị", "chỉ thị"},
	"Công văn":   {"Công văn", "văn bản", "Văn bản"},
}

// Unnumbered references: named laws, congress and plenum resolutions.
var namedRefs = []struct{ topics, typ, name string }{
	{"danvan cchc", "Luật", "Luật Thực hiện dân chủ ở cơ sở"},
	{"pccc", "Luật", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"},
	{"dothi kt", "Luật", "Luật Đất đai"},
	{"dothi", "Luật", "Luật Bảo vệ môi trường"},
	{"cds cchc", "Luật", "Luật Giao dịch điện tử"},
	{"anqp", "Luật", "Luật Nghĩa vụ quân sự"},
	{"vhxh ansinh", "Luật", "Luật Thi đua, khen thưởng"},
	{"yte", "Luật", "Luật Khám bệnh, chữa bệnh"},
	{"giaoduc", "Luật", "Luật Giáo dục"},
	{"xdd danvan kt cds", "Nghị quyết", "Nghị quyết Đại hội XIII"},
	{"xdd", "Nghị quyết", "Nghị quyết Trung ương 4 khóa XII"},
	{"hdnd bauCu", "Luật", "Luật Tổ chức chính quyền địa phương"},
	{"kt dothi", "Luật", "Luật Thủ đô"},
}
