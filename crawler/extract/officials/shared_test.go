package officials

import (
	"reflect"
	"testing"

	"github.com/vnarchive/vnarchive/data"
)

// sharedCases are sentences the project wrote for posts that reach people
// through a list, a bracket or an appointment verb, and for where a title
// ends; the rows whose want is empty or short are the negatives.
var sharedCases = []findCase{
	{"bracket shared", "a post in brackets after a list with \"cùng giữ chức\" is every listed person's",
		"Hai bà Đỗ Thị Hạnh và Vi Thị Mơ (cùng giữ chức Phó Giám đốc Sở Nội vụ) được điều động về huyện.",
		[]data.Official{off("Đỗ Thị Hạnh", "Phó Giám đốc Sở Nội vụ"), off("Vi Thị Mơ", "Phó Giám đốc Sở Nội vụ")}},
	{"bracket shared", "three names and \"cùng là\"",
		"Các ông Kiều Văn Sơn, Lạc Minh Đức và Tòng Văn Hải (cùng là Phó Trưởng ban Dân vận Huyện ủy) nghỉ hưu.",
		[]data.Official{off("Kiều Văn Sơn", "Phó Trưởng ban Dân vận Huyện ủy"), off("Lạc Minh Đức", "Phó Trưởng ban Dân vận Huyện ủy"), off("Tòng Văn Hải", "Phó Trưởng ban Dân vận Huyện ủy")}},
	{"bracket shared", "\"cùng nguyên là\": a former post shared",
		"Hai ông Kiều Văn Sơn và Lạc Minh Đức (cùng nguyên là Phó Chánh Văn phòng Huyện ủy) bị kỷ luật.",
		[]data.Official{off("Kiều Văn Sơn", "Phó Chánh Văn phòng Huyện ủy"), off("Lạc Minh Đức", "Phó Chánh Văn phòng Huyện ủy")}},
	{"bracket shared", "guard: a bracket without \"cùng\" after a list is the last person's",
		"Ông Kiều Văn Sơn và ông Lạc Minh Đức (Chánh Văn phòng Huyện ủy) dự họp.",
		[]data.Official{off("Lạc Minh Đức", "Chánh Văn phòng Huyện ủy")}},
	{"bracket shared", "guard: a shared bracket that names a place gives no post",
		"Các ông Kiều Văn Sơn và Lạc Minh Đức (cùng trú tại xã Tân Hòa) bị khởi tố.",
		[]data.Official{}},
	{"former posts", "\"cựu\" before a post stays in the title, like \"nguyên\"",
		"Bị cáo Quàng Văn Phú (cựu Chủ tịch UBND xã Mường Lạn) bị tuyên phạt 4 năm tù.",
		[]data.Official{off("Quàng Văn Phú", "cựu Chủ tịch UBND xã Mường Lạn")}},
	{"former posts", "\"cựu\" before a post set before the name",
		"Cựu Giám đốc Sở Tài nguyên và Môi trường Hứa Văn Lộc đã nộp lại tiền.",
		[]data.Official{off("Hứa Văn Lộc", "Cựu Giám đốc Sở Tài nguyên và Môi trường")}},
	{"former posts", "guard: \"cựu chiến binh\" is no post",
		"Cựu chiến binh Hứa Văn Lộc tặng quà cho học sinh.",
		[]data.Official{}},
	{"coordinated appointees", "\"bầu ông A và bà B làm T\": both are made T",
		"Kỳ họp đã bầu ông Nông Văn Tiến và bà Lưu Thị Yến làm Phó Chủ tịch HĐND huyện nhiệm kỳ 2021 - 2026.",
		[]data.Official{off("Nông Văn Tiến", "Phó Chủ tịch HĐND huyện"), off("Lưu Thị Yến", "Phó Chủ tịch HĐND huyện")}},
	{"coordinated appointees", "\"bổ nhiệm ông A, ông B giữ chức T\"",
		"Giám đốc Sở bổ nhiệm ông Nông Văn Tiến, ông Triệu Đức Lâm giữ chức Phó Chánh Văn phòng Sở.",
		[]data.Official{off("Nông Văn Tiến", "Phó Chánh Văn phòng Sở"), off("Triệu Đức Lâm", "Phó Chánh Văn phòng Sở")}},
	{"coordinated appointees", "guard: \"làm việc\" after two people is no post",
		"Ông Nông Văn Tiến và bà Lưu Thị Yến làm việc với đoàn kiểm tra.",
		[]data.Official{}},
	{"coordinated appointees", "guard: a person with her own post between keeps only hers",
		"Ông Nông Văn Tiến và bà Lưu Thị Yến, Chủ tịch Hội Phụ nữ xã, dự lễ.",
		[]data.Official{off("Lưu Thị Yến", "Chủ tịch Hội Phụ nữ xã")}},
	{"elected", "\"tái trúng cử chức\" gives the post",
		"Đồng chí Hoàng Thị Nụ tái trúng cử chức Chủ tịch Hội Cựu giáo chức tỉnh.",
		[]data.Official{off("Hoàng Thị Nụ", "Chủ tịch Hội Cựu giáo chức tỉnh")}},
	{"elected", "\"trúng cử chức vụ\" gives the post",
		"Ông Ma Văn Chung trúng cử chức vụ Chủ tịch Hội Làm vườn huyện.",
		[]data.Official{off("Ma Văn Chung", "Chủ tịch Hội Làm vườn huyện")}},
	{"elected", "\"tái trúng cử\" before a bare post",
		"Bà Hoàng Thị Nụ tái trúng cử Chủ tịch Hội.",
		[]data.Official{off("Hoàng Thị Nụ", "Chủ tịch Hội")}},
	{"elected", "guard: \"trúng cử\" to a body is no post",
		"Ông Ma Văn Chung trúng cử đại biểu tại đơn vị bầu cử số 2.",
		[]data.Official{}},
}

// TestFindShared checks sharedCases.
func TestFindShared(t *testing.T) {
	for _, c := range sharedCases {
		t.Run(c.pattern+"/"+c.spec, func(t *testing.T) {
			got := Find(c.text)
			want := c.want
			if want == nil {
				want = []data.Official{}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Find(%q)\n got  %s\n want %s", c.text, show(got), show(want))
			}
		})
	}
}

// unitEndCases: a title ends before a small word after a unit word.
var unitEndCases = []findCase{
	{"unit end", "a verb after \"tỉnh\" is not part of the body",
		"Đại tá Vàng Seo Chứ, Giám đốc Công an tỉnh thông tin về vụ việc.",
		[]data.Official{off("Vàng Seo Chứ", "Giám đốc Công an tỉnh")}},
	{"unit end", "a verb after \"huyện\" whose words are a body noun",
		"Ông Sầm Văn Bình, Chủ tịch UBND huyện công bố quyết định.",
		[]data.Official{off("Sầm Văn Bình", "Chủ tịch UBND huyện")}},
	{"unit end", "a verb after \"thành phố\"",
		"Bà Lò Thị Xuân, Phó Giám đốc Công an thành phố thông tin thêm.",
		[]data.Official{off("Lò Thị Xuân", "Phó Giám đốc Công an thành phố")}},
	{"unit end", "a verb after the name of a commune",
		"Ông Sầm Văn Bình, Chủ tịch UBND xã Nậm Cang thông tin về vụ việc.",
		[]data.Official{off("Sầm Văn Bình", "Chủ tịch UBND xã Nậm Cang")}},
	{"unit end", "a verb after the name of a province",
		"Đại tá Vàng Seo Chứ, Giám đốc Công an tỉnh Hà Giang kiểm tra công tác trực.",
		[]data.Official{off("Vàng Seo Chứ", "Giám đốc Công an tỉnh Hà Giang")}},
	{"unit end", "guard: a place name after the unit word stays",
		"Ông Sầm Văn Bình, Chủ tịch UBND xã Nậm Cang huyện Mường Tè phát biểu.",
		[]data.Official{off("Sầm Văn Bình", "Chủ tịch UBND xã Nậm Cang huyện Mường Tè")}},
	{"unit end", "guard: \"xã\" of a cooperative goes on with its trade",
		"Ông Sầm Văn Bình, Giám đốc Hợp tác xã dịch vụ nông nghiệp Nậm Cang phát biểu.",
		[]data.Official{off("Sầm Văn Bình", "Giám đốc Hợp tác xã dịch vụ nông nghiệp Nậm Cang")}},
	{"unit end", "guard: \"xã hội\" is no unit",
		"Ông Sầm Văn Bình, Giám đốc Bảo hiểm xã hội tỉnh thông tin thêm.",
		[]data.Official{off("Sầm Văn Bình", "Giám đốc Bảo hiểm xã hội tỉnh")}},
}

// TestFindUnitEnd checks unitEndCases.
func TestFindUnitEnd(t *testing.T) {
	for _, c := range unitEndCases {
		t.Run(c.pattern+"/"+c.spec, func(t *testing.T) {
			if got := Find(c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Find(%q)\n got  %s\n want %s", c.text, show(got), show(c.want))
			}
		})
	}
}

// detailCases: posts written after a person's details are still hers.
var detailCases = []findCase{
	{"details", "birth year, home province and ethnic group before the posts",
		"Đồng chí Hà Văn Khoát, sinh năm 1972, quê Phú Thọ, dân tộc Mường, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy được bầu làm Bí thư Tỉnh ủy.",
		[]data.Official{off("Hà Văn Khoát", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Phó Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy")}},
	{"details", "an age and a birth date before the post",
		"Bà Đinh Thị Mỵ, 48 tuổi, sinh ngày 2/3/1977, Phó Giám đốc Sở Nội vụ, được bổ nhiệm lại.",
		[]data.Official{off("Đinh Thị Mỵ", "Phó Giám đốc Sở Nội vụ")}},
	{"details", "\"Ủy viên dự khuyết\" with an abbreviated committee",
		"Ông Hà Văn Khoát, Ủy viên dự khuyết BCH TƯ Đảng, phát biểu.",
		[]data.Official{off("Hà Văn Khoát", "Ủy viên dự khuyết BCH TƯ Đảng")}},
	{"details", "details before a linking verb and the post",
		"Ông Hà Văn Khoát, sinh năm 1968, quê Tuyên Quang, giữ chức Chủ tịch UBND xã từ năm 2015.",
		[]data.Official{off("Hà Văn Khoát", "Chủ tịch UBND xã")}},
	{"details", "guard: details and no post after them give no title",
		"Ông Hà Văn Khoát, sinh năm 1950, quê Phú Thọ, là nông dân sản xuất giỏi.",
		[]data.Official{}},
	{"details", "guard: a detail never carries a post that is someone else's",
		"Ông Hà Văn Khoát, quê Phú Thọ, nói rằng Chủ tịch UBND xã đã đến thăm.",
		[]data.Official{}},
}

// TestFindDetails checks detailCases.
func TestFindDetails(t *testing.T) {
	for _, c := range detailCases {
		t.Run(c.pattern+"/"+c.spec, func(t *testing.T) {
			if got := Find(c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Find(%q)\n got  %s\n want %s", c.text, show(got), show(c.want))
			}
		})
	}
}

// dashCases: a spaced dash inside an organisation's name, and the dashes
// that still part a name from a post or two posts.
var dashCases = []findCase{
	{"org dash", "two capitalised parts of a group's name joined by a dash",
		"Ông Phùng Văn Lợi, Chủ tịch Hội đồng thành viên Tổng công ty Cao su - Phân bón Đông Nam Bộ phát biểu.",
		[]data.Official{off("Phùng Văn Lợi", "Chủ tịch Hội đồng thành viên Tổng công ty Cao su - Phân bón Đông Nam Bộ")}},
	{"org dash", "a company's trades joined by a dash",
		"Bà Hầu Thị Ly - Giám đốc Công ty Cổ phần Đầu tư - Xây dựng Tây Bắc cho biết.",
		[]data.Official{off("Hầu Thị Ly", "Giám đốc Công ty Cổ phần Đầu tư - Xây dựng Tây Bắc")}},
	{"org dash", "guard: a dash before a post parts two posts",
		"Đồng chí Phùng Văn Lợi, Bí thư Chi bộ Văn phòng - Chủ tịch Công đoàn cơ quan dự họp.",
		[]data.Official{off("Phùng Văn Lợi", "Bí thư Chi bộ Văn phòng", "Chủ tịch Công đoàn cơ quan")}},
	{"org dash", "guard: a dash before a name ends the post",
		"Dự họp có ông Phùng Văn Lợi, Giám đốc Sở Tài chính - Hầu Thị Ly, Giám đốc Sở Nội vụ.",
		[]data.Official{off("Phùng Văn Lợi", "Giám đốc Sở Tài chính"), off("Hầu Thị Ly", "Giám đốc Sở Nội vụ")}},
}

// TestFindDash checks dashCases.
func TestFindDash(t *testing.T) {
	for _, c := range dashCases {
		t.Run(c.pattern+"/"+c.spec, func(t *testing.T) {
			if got := Find(c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Find(%q)\n got  %s\n want %s", c.text, show(got), show(c.want))
			}
		})
	}
}

// signerCases: the one who appoints keeps his own post; the posts of an
// appointment are the appointee's.
var signerCases = []findCase{
	{"signer", "\"Thủ tướng bổ nhiệm giữ chức T đối với ông A\": T is A's, not the Prime Minister's",
		"Thủ tướng Chính phủ Mạc Đình Chi đã ký quyết định. Thủ tướng bổ nhiệm giữ chức Thứ trưởng Bộ Nội vụ đối với ông Khổng Văn Ba.",
		[]data.Official{off("Mạc Đình Chi", "Thủ tướng Chính phủ"), off("Khổng Văn Ba", "Thứ trưởng Bộ Nội vụ")}},
	{"signer", "\"điều động, bổ nhiệm giữ chức\" after a bare mention of the signer",
		"Chủ tịch UBND tỉnh Mạc Đình Chi ký quyết định. Chủ tịch UBND tỉnh điều động, bổ nhiệm giữ chức Giám đốc Sở Tư pháp đối với bà Khổng Thị Mai.",
		[]data.Official{off("Mạc Đình Chi", "Chủ tịch UBND tỉnh"), off("Khổng Thị Mai", "Giám đốc Sở Tư pháp")}},
	{"signer", "an appointee with a rank and a post of his own",
		"Thủ tướng Chính phủ Mạc Đình Chi ký các quyết định nhân sự. Cụ thể, Thủ tướng bổ nhiệm Thiếu tướng Khổng Văn Ba, Phó Tư lệnh Quân khu 3 giữ chức Phó Chính ủy Quân khu 3.",
		[]data.Official{off("Mạc Đình Chi", "Thủ tướng Chính phủ"), off("Khổng Văn Ba", "Phó Tư lệnh Quân khu 3", "Phó Chính ủy Quân khu 3")}},
	{"signer", "the signer of a decision that moves an unnamed officer keeps only his post",
		"Chủ tịch UBND tỉnh Mạc Đình Chi ký quyết định điều động cán bộ giữ chức Giám đốc Sở Tư pháp.",
		[]data.Official{off("Mạc Đình Chi", "Chủ tịch UBND tỉnh")}},
	{"signer", "the active \"bổ nhiệm giữ chức\" after the signer",
		"Giám đốc Sở Mạc Đình Chi đã ký quyết định, bổ nhiệm giữ chức Trưởng phòng Tổ chức cán bộ.",
		[]data.Official{off("Mạc Đình Chi", "Giám đốc Sở")}},
	{"signer", "guard: the appointee of a passive \"được điều động, bổ nhiệm\" gets the post",
		"Ông Khổng Văn Ba vừa được điều động, bổ nhiệm giữ chức Giám đốc Sở Tư pháp.",
		[]data.Official{off("Khổng Văn Ba", "Giám đốc Sở Tư pháp")}},
	{"signer", "guard: \"Thủ tướng làm T\" still gives the Prime Minister T",
		"Thủ tướng Chính phủ Mạc Đình Chi dự họp. Thủ tướng làm Trưởng Ban Chỉ đạo.",
		[]data.Official{off("Mạc Đình Chi", "Thủ tướng Chính phủ", "Trưởng Ban Chỉ đạo")}},
}

// TestFindSigner checks signerCases.
func TestFindSigner(t *testing.T) {
	for _, c := range signerCases {
		t.Run(c.pattern+"/"+c.spec, func(t *testing.T) {
			if got := Find(c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Find(%q)\n got  %s\n want %s", c.text, show(got), show(c.want))
			}
		})
	}
}
