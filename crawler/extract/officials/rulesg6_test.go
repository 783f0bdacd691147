package officials

import "github.com/vnarchive/vnarchive/data"

// Cases from the held-out check g6: the people listed after "đối với" with
// the purpose of each item, and terms of office in brackets or with odd
// dashes between the post and "đối với".
func init() { findCases = append(findCases, findCasesG6...) }

var findCasesG6 = []findCase{
	// R1: "đối với[:] ông A, để …; ông B để …" — every listed person gets the post
	{"office list purposes", "two people after a colon, each with a purpose clause",
		"Kỳ họp miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với: Ông Hà Văn Toàn, để nghỉ hưu theo chế độ; ông Bế Quang Minh để nhận công tác khác.",
		[]data.Official{off("Hà Văn Toàn", "Phó Chủ tịch UBND huyện"), off("Bế Quang Minh", "Phó Chủ tịch UBND huyện")}},
	{"office list purposes", "a list without a colon, purposes with vì and do",
		"HĐND xã cho thôi chức vụ Chủ tịch UBND xã đối với bà Lò Thị Hiền vì lý do sức khỏe; ông Tòng Văn Phúc do chuyển công tác.",
		[]data.Official{off("Lò Thị Hiền", "Chủ tịch UBND xã"), off("Tòng Văn Phúc", "Chủ tịch UBND xã")}},
	{"office list purposes", "an approved dismissal of two people joined by và",
		"Thủ tướng phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Đàm Văn Khởi và ông Lục Văn Sáng.",
		[]data.Official{off("Đàm Văn Khởi", "Phó Chủ tịch UBND tỉnh"), off("Lục Văn Sáng", "Phó Chủ tịch UBND tỉnh")}},
	{"office list purposes", "an appointment to three people after commas, each with a purpose",
		"Giám đốc Sở bổ nhiệm chức vụ Phó Trưởng phòng đối với ông Mông Văn Tài, để thay người nghỉ hưu, bà Nông Thị Lan, để kiện toàn bộ máy, ông Hứa Văn Cường.",
		[]data.Official{off("Mông Văn Tài", "Phó Trưởng phòng"), off("Nông Thị Lan", "Phó Trưởng phòng"), off("Hứa Văn Cường", "Phó Trưởng phòng")}},
	{"office list purposes", "the list ends at the full stop",
		"HĐND huyện bầu chức danh Phó Chủ tịch HĐND huyện đối với ông Lã Văn Thụ để thay ông Ma Văn Kiên. Ông Nguyễn Văn Hải dự họp.",
		[]data.Official{off("Lã Văn Thụ", "Phó Chủ tịch HĐND huyện")}},
	{"office list purposes", "a party approval for comrades, the second purpose with vì",
		"Ban Thường vụ Tỉnh ủy chuẩn y chức danh Phó Bí thư Đảng ủy xã đối với: đồng chí Lù Văn Chiến, để kiện toàn tổ chức; đồng chí Vừ Thị Sua vì yêu cầu công tác.",
		[]data.Official{off("Lù Văn Chiến", "Phó Bí thư Đảng ủy xã"), off("Vừ Thị Sua", "Phó Bí thư Đảng ủy xã")}},
	{"office list purposes", "the one replaced in a purpose gets nothing, the next item does",
		"HĐND tỉnh bầu chức vụ Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 đối với ông Hầu Văn Páo, để thay ông Lò Văn Sáng; bà Sìn Thị Mai để bổ sung nhân sự.",
		[]data.Official{off("Hầu Văn Páo", "Ủy viên UBND tỉnh"), off("Sìn Thị Mai", "Ủy viên UBND tỉnh")}},
	{"office list purposes", "a semicolon item without a colon after a bracketed khóa",
		"Quốc hội miễn nhiệm chức vụ Phó Chủ tịch Quốc hội (khóa XV) đối với ông Chu Văn Thịnh; bà Lã Thị Hồng để nhận nhiệm vụ mới.",
		[]data.Official{off("Chu Văn Thịnh", "Phó Chủ tịch Quốc hội"), off("Lã Thị Hồng", "Phó Chủ tịch Quốc hội")}},
	{"office list purposes", "purposes with do after a term and comma, items joined by a comma",
		"Kỳ họp miễn nhiệm chức vụ Phó Chủ tịch HĐND huyện khóa XX, nhiệm kỳ 2021 – 2026, đối với ông Ma Văn Thiện do nghỉ hưu, ông Hoàng Văn Lạng do chuyển công tác.",
		[]data.Official{off("Ma Văn Thiện", "Phó Chủ tịch HĐND huyện khóa XX"), off("Hoàng Văn Lạng", "Phó Chủ tịch HĐND huyện khóa XX")}},
	{"office list purposes", "guard: the one replaced keeps only his own title",
		"HĐND tỉnh bầu chức danh Phó Chủ tịch UBND tỉnh đối với ông Lò Văn Sáng để thay ông Tòng Văn Lả, Giám đốc Sở Tài chính.",
		[]data.Official{off("Lò Văn Sáng", "Phó Chủ tịch UBND tỉnh"), off("Tòng Văn Lả", "Giám đốc Sở Tài chính")}},
	{"office list purposes", "guard: a person after the semicolon who speaks is no item",
		"Hội đồng đã bổ nhiệm chức vụ Phó Giám đốc đối với ông Lò Văn Sáng, để thay thế; Ông Tòng Văn Lả, nông dân xã Mường Lạn, có ý kiến.",
		[]data.Official{off("Lò Văn Sáng", "Phó Giám đốc")}},
	{"office list purposes", "guard: đối với a person with no appointing verb gives nothing",
		"Đối với ông Vi Văn Đạt, việc này cần được xem xét kỹ; bà Lương Thị Mến để lại ý kiến.",
		nil},
	{"office list purposes", "guard: a post given for help to people names no official",
		"Chủ tịch UBND tỉnh thăm hỏi đối với ông Vi Văn Đạt để động viên; bà Lương Thị Mến vì khó khăn.",
		nil},

	// R2: a term of office in brackets or with odd dashes before "đối với"
	{"office term dashes", "a doubled dash in a bracketed term",
		"HĐND thành phố miễn nhiệm chức danh Chủ tịch UBND thành phố khóa IX (nhiệm kỳ 2021 - -2026) đối với ông Đinh Văn Quảng để nhận nhiệm vụ mới.",
		[]data.Official{off("Đinh Văn Quảng", "Chủ tịch UBND thành phố khóa IX")}},
	{"office term dashes", "a bracketed term without spaces",
		"HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch HĐND tỉnh (nhiệm kỳ 2021-2026) đối với bà Hoàng Thị Quyên.",
		[]data.Official{off("Hoàng Thị Quyên", "Phó Chủ tịch HĐND tỉnh")}},
	{"office term dashes", "a bracketed khóa",
		"Quốc hội miễn nhiệm chức vụ Phó Chủ tịch Quốc hội (khóa XV) đối với ông Chu Văn Thịnh.",
		[]data.Official{off("Chu Văn Thịnh", "Phó Chủ tịch Quốc hội")}},
	{"office term dashes", "an en dash term closed by a comma",
		"HĐND huyện bầu chức danh Chủ tịch UBND huyện nhiệm kỳ 2021 – 2026, đối với ông Phùng Văn Đạo.",
		[]data.Official{off("Phùng Văn Đạo", "Chủ tịch UBND huyện")}},
	{"office term dashes", "a bracketed term after khóa, two people each with a purpose",
		"HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh khóa XVI (nhiệm kỳ 2021–2026) đối với ông Lò Văn Sáng để nghỉ hưu và ông Tòng Văn Lả để nhận nhiệm vụ mới.",
		[]data.Official{off("Lò Văn Sáng", "Ủy viên UBND tỉnh khóa XVI"), off("Tòng Văn Lả", "Ủy viên UBND tỉnh khóa XVI")}},
	{"office term dashes", "guard: words in brackets that are no term break the link",
		"HĐND huyện bầu chức danh Chủ tịch UBND huyện (theo đề nghị của Thường trực) đối với ông Phùng Văn Đạo.",
		nil},
}
