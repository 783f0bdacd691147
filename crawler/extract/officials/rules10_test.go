package officials

import "github.com/vnarchive/vnarchive/data"

// Cases from the fresh check h10: places and unit names read as people, a
// post hidden by a keyword, modifiers and heads the grammar missed. They
// are kept apart from findCases so that the table can grow in several
// places at once; TestFind and the fuzz seeds read both.
func init() { findCases = append(findCases, findCases10...) }

var findCases10 = []findCase{
	// R1: a capitalised pair after a locality noun names the locality
	{"locality names", "a residential area named like a person stays in the title",
		"Bà Đinh Thị Hạnh, Trưởng ban công tác Mặt trận khu dân cư Văn Tiến được tặng giấy khen.",
		[]data.Official{off("Đinh Thị Hạnh", "Trưởng ban công tác Mặt trận khu dân cư Văn Tiến")}},
	{"locality names", "the residential area closes the second post of a chain",
		"Ông Quách Văn Lợi, Trưởng thôn, Tổ trưởng tổ bầu cử số 4 khu dân cư Văn Trung bị nhắc nhở.",
		[]data.Official{off("Quách Văn Lợi", "Trưởng thôn", "Tổ trưởng tổ bầu cử số 4 khu dân cư Văn Trung")}},
	{"locality names", "a residential area named after a hero before a comma",
		"Ông Hà Đức Mạnh, Bí thư Chi bộ khu dân cư Lê Lai, trình bày tham luận.",
		[]data.Official{off("Hà Đức Mạnh", "Bí thư Chi bộ khu dân cư Lê Lai")}},
	{"locality names", "the area's name, then the holder's name",
		"Trưởng khu dân cư Đông Tiến Nguyễn Văn Bình cho biết bà con đã góp đất làm đường.",
		[]data.Official{off("Nguyễn Văn Bình", "Trưởng khu dân cư Đông Tiến")}},
	{"locality names", "guard: a three-syllable name right after the area word is the holder",
		"Trưởng khu dân cư Nguyễn Văn Bình cho biết bà con đã góp đất làm đường.",
		[]data.Official{off("Nguyễn Văn Bình", "Trưởng khu dân cư")}},
	{"locality names", "guard: a village named like a person already stays in the title",
		"Bà Mai Thị Thoa, Trưởng thôn Văn Giang, nhận giấy khen.",
		[]data.Official{off("Mai Thị Thoa", "Trưởng thôn Văn Giang")}},

	// R2: the unit a post heads is no person, and its name is read whole
	{"unit names", "the delegation word written again opens the delegation's name",
		"Đồng chí Ninh Văn Tài, trưởng đoàn Đoàn Giám sát của Huyện ủy đã làm việc với xã.",
		[]data.Official{off("Ninh Văn Tài", "trưởng đoàn Đoàn Giám sát")}},
	{"unit names", "the delegation's name with its number",
		"Ông Tạ Văn Hòa, Trưởng đoàn Đoàn Kiểm tra số 3 của Ban Thường vụ Tỉnh ủy, phát biểu.",
		[]data.Official{off("Tạ Văn Hòa", "Trưởng đoàn Đoàn Kiểm tra số 3")}},
	{"unit names", "a department named in small letters after its first word",
		"Ông Lưu Đình Khoa được điều động làm Cục trưởng Cục Quản lý giá.",
		[]data.Official{off("Lưu Đình Khoa", "Cục trưởng Cục Quản lý giá")}},
	{"unit names", "the department's name before the holder's name",
		"Cục trưởng Cục Quản lý giá Phan Văn Minh cho biết giá sẽ giảm.",
		[]data.Official{off("Phan Văn Minh", "Cục trưởng Cục Quản lý giá")}},
	{"unit names", "a centre's name closed by a function word",
		"Bà Kha Thị Yến, Giám đốc Trung tâm Lưu trữ cho biết hồ sơ đã được số hóa.",
		[]data.Official{off("Kha Thị Yến", "Giám đốc Trung tâm Lưu trữ")}},
	{"unit names", "a known department written again after the head",
		"Đoàn công tác do đồng chí Hồ Văn Dũng, Trưởng ban Ban Kiểm tra làm việc với xã.",
		[]data.Official{off("Hồ Văn Dũng", "Trưởng ban Ban Kiểm tra")}},
	{"unit names", "guard: a verb after a one-word department is not read into it",
		"Ông Lương Văn Đức, Cục trưởng Cục Thuế làm việc với doanh nghiệp.",
		[]data.Official{off("Lương Văn Đức", "Cục trưởng Cục Thuế")}},
	{"unit names", "guard: the unit word again before a two-syllable name closed by a verb is the name",
		"Đồng chí Vi Văn Sơn, trưởng đoàn Đoàn Minh phát biểu.",
		[]data.Official{off("Vi Văn Sơn"), off("Đoàn Minh", "trưởng đoàn")}},

	// R3: a country's name closes a body and starts no name; a clause
	// opener written with a capital ends the title
	{"clause after title", "a verb of speech with a capital after the country's name",
		"Đại tá Mông Văn Cường, Phó chủ tịch Hội Cựu chiến binh Việt Nam Phát biểu tại buổi gặp mặt đã biểu dương các hội viên.",
		[]data.Official{off("Mông Văn Cường", "Phó chủ tịch Hội Cựu chiến binh Việt Nam")}},
	{"clause after title", "a report with a capital after the country's name",
		"Ông Mông Văn Cường, Phó Chủ tịch Hội Cựu chiến binh Việt Nam Báo cáo tình hình hội viên năm qua.",
		[]data.Official{off("Mông Văn Cường", "Phó Chủ tịch Hội Cựu chiến binh Việt Nam")}},
	{"clause after title", "a report with a capital after a province",
		"Ông Thái Văn Hùng, Chủ tịch Hội Nông dân tỉnh Quảng Nam Báo cáo kết quả năm qua.",
		[]data.Official{off("Thái Văn Hùng", "Chủ tịch Hội Nông dân tỉnh Quảng Nam")}},
	{"clause after title", "a capitalised conclusion closes a department name of two small words",
		"Ông Cầm Văn Tuấn, Giám đốc Sở Xây dựng Kết luận buổi làm việc.",
		[]data.Official{off("Cầm Văn Tuấn", "Giám đốc Sở Xây dựng")}},
	{"clause after title", "guard: the holder's name after the country's name",
		"Chủ tịch Hội Cựu chiến binh Việt Nam Tôn Văn Đạt thăm hỏi các gia đình chính sách.",
		[]data.Official{off("Tôn Văn Đạt", "Chủ tịch Hội Cựu chiến binh Việt Nam")}},
	{"clause after title", "guard: a newspaper's name with small words is no clause",
		"Bà Lê Thị Hoa, Tổng Biên tập Báo điện tử Chính phủ, dự lễ.",
		[]data.Official{off("Lê Thị Hoa", "Tổng Biên tập Báo điện tử Chính phủ")}},
	{"clause after title", "guard: a ministry named with a planning word stays whole",
		"Ông Cầm Văn Tuấn, Phó Giám đốc Sở Kế hoạch và Đầu tư, dự họp.",
		[]data.Official{off("Cầm Văn Tuấn", "Phó Giám đốc Sở Kế hoạch và Đầu tư")}},

	// R5: a modifier right after the head stays in the post
	{"head modifiers", "an honorary chair keeps \"danh dự\" and the body",
		"Ông Lục Văn Thạch, Chủ tịch danh dự Hội Khuyến học tỉnh, trao học bổng cho học sinh.",
		[]data.Official{off("Lục Văn Thạch", "Chủ tịch danh dự Hội Khuyến học tỉnh")}},
	{"head modifiers", "an honorary chair before the name",
		"Chủ tịch danh dự Hội Cựu chiến binh Việt Nam Mạc Đăng Khoa gửi thư chúc mừng.",
		[]data.Official{off("Mạc Đăng Khoa", "Chủ tịch danh dự Hội Cựu chiến binh Việt Nam")}},
	{"head modifiers", "an honorary post with no body",
		"Bà Diệp Thị Lan, Chủ tịch danh dự, tặng quà cho hội viên.",
		[]data.Official{off("Diệp Thị Lan", "Chủ tịch danh dự")}},
	{"head modifiers", "a rotating chair",
		"Ông Lục Văn Thạch, Chủ tịch luân phiên Hiệp hội Du lịch tỉnh, phát biểu.",
		[]data.Official{off("Lục Văn Thạch", "Chủ tịch luân phiên Hiệp hội Du lịch tỉnh")}},
	{"head modifiers", "guard: a standing vice-chair still reads as before",
		"Ông Lục Văn Thạch, Phó Chủ tịch thường trực Hội Khuyến học tỉnh, trao học bổng.",
		[]data.Official{off("Lục Văn Thạch", "Phó Chủ tịch thường trực Hội Khuyến học tỉnh")}},

	// R4: "giữ chức" before a head that starts with "Vụ"
	{"link verbs", "\"giữ chức Vụ trưởng\" is no \"chức vụ\"",
		"Bộ Nội vụ bổ nhiệm bà Đào Thị Thu giữ chức Vụ trưởng Vụ Pháp chế.",
		[]data.Official{off("Đào Thị Thu", "Vụ trưởng Vụ Pháp chế")}},
	{"link verbs", "\"giữ chức vụ Vụ trưởng\" still reads \"chức vụ\" whole",
		"Bà Đào Thị Thu tiếp tục giữ chức vụ Vụ trưởng Vụ Pháp chế.",
		[]data.Official{off("Đào Thị Thu", "Vụ trưởng Vụ Pháp chế")}},
	{"link verbs", "\"được bầu giữ chức Vụ trưởng\" with the parent body after a comma",
		"Ông Kiều Văn Hải được bổ nhiệm giữ chức Vụ trưởng Vụ Hợp tác quốc tế, Bộ Tư pháp.",
		[]data.Official{off("Kiều Văn Hải", "Vụ trưởng Vụ Hợp tác quốc tế, Bộ Tư pháp")}},
	{"link verbs", "a former post, then \"giữ chức Vụ trưởng\"",
		"Bộ quyết định bổ nhiệm ông Kiều Văn Hải, Phó Vụ trưởng giữ chức Vụ trưởng Vụ Pháp chế.",
		[]data.Official{off("Kiều Văn Hải", "Phó Vụ trưởng", "Vụ trưởng Vụ Pháp chế")}},
}
