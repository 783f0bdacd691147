package officials

import (
	"github.com/vnarchive/vnarchive/data"
)

// Cases of forms a later held-out check left open: the verb of an election
// or appointment between a counted post and the gồm of its holders, and the
// name of a national park, an airport or a plant after a post's body, and
// careers written as "đảm nhận các chức vụ", "…, như: T1, T2" or after
// "Ông từng …" with the person named in an earlier sentence.
func init() { findCases = append(findCases, findCasesG8...) }

var findCasesG8 = []findCase{
	// "N T được bầu gồm: A, B"
	{"counted post chosen, gồm", "được bầu and people named after các ông, bà",
		"Ba Phó Chủ tịch UBND huyện được bầu gồm các ông, bà: Lê Văn Tám (Ủy viên thường trực), Hồ Thị Mai, Đỗ Quang Vinh và Phan Minh Đức.",
		[]data.Official{off("Lê Văn Tám", "Phó Chủ tịch UBND huyện", "Ủy viên thường trực"),
			off("Hồ Thị Mai", "Phó Chủ tịch UBND huyện"), off("Đỗ Quang Vinh", "Phó Chủ tịch UBND huyện"),
			off("Phan Minh Đức", "Phó Chủ tịch UBND huyện")}},
	{"counted post chosen, gồm", "được chỉ định and a colon",
		"Hai Phó Bí thư Đảng ủy xã được chỉ định gồm: Lò Văn Pọm, Hà Thị Én.",
		[]data.Official{off("Lò Văn Pọm", "Phó Bí thư Đảng ủy xã"), off("Hà Thị Én", "Phó Bí thư Đảng ủy xã")}},
	{"counted post chosen, gồm", "guard: a verb that chooses no one",
		"Hai Phó Bí thư Đảng ủy xã được khen gồm: Lò Văn Pọm, Hà Thị Én.",
		nil},

	// bodies that take a proper name
	{"named body after a post", "a national park whose name reads as a person's",
		"Ông từng là Giám đốc Vườn quốc gia Vũ Quang.",
		nil},
	{"named body after a post", "a national park and a plant in a career",
		"Ông Lê Văn Tám từng là Giám đốc Vườn quốc gia Vũ Quang, Giám đốc Nhà máy Thủy điện Hòa Bình.",
		[]data.Official{off("Lê Văn Tám", "Giám đốc Vườn quốc gia Vũ Quang", "Giám đốc Nhà máy Thủy điện Hòa Bình")}},
	{"named body after a post", "an airport, then the person",
		"Giám đốc Sân bay Phù Cát Đỗ Văn Nam báo cáo kết quả.",
		[]data.Official{off("Đỗ Văn Nam", "Giám đốc Sân bay Phù Cát")}},

	// careers
	{"career list", "đảm nhận các chức vụ",
		"Ông Lò Văn Pọm từng đảm nhận các chức vụ Phó Bí thư Tỉnh đoàn Lai Châu, Bí thư Huyện ủy Tam Đường.",
		[]data.Official{off("Lò Văn Pọm", "Phó Bí thư Tỉnh đoàn Lai Châu", "Bí thư Huyện ủy Tam Đường")}},
	{"career list", "a comma and như: before the posts",
		"Ông Lò Văn Pọm đã trải qua các chức vụ, như: Bí thư Huyện ủy Tam Đường, Giám đốc Sở Tư pháp.",
		[]data.Official{off("Lò Văn Pọm", "Bí thư Huyện ủy Tam Đường", "Giám đốc Sở Tư pháp")}},
	{"career list", "posts parted by semicolons",
		"Ông Lò Văn Pọm từng đảm nhiệm các chức vụ: Bí thư Huyện ủy Tam Đường; Giám đốc Sở Tư pháp.",
		[]data.Official{off("Lò Văn Pọm", "Bí thư Huyện ủy Tam Đường", "Giám đốc Sở Tư pháp")}},
	{"career list", "Ông từng … for the person named in the sentence before",
		"Bí thư Tỉnh ủy Lò Văn Pọm năm nay 56 tuổi. Ông từng đảm nhiệm các chức vụ: Bí thư Huyện ủy Tam Đường; Giám đốc Sở Tư pháp.",
		[]data.Official{off("Lò Văn Pọm", "Bí thư Tỉnh ủy", "Bí thư Huyện ủy Tam Đường", "Giám đốc Sở Tư pháp")}},
	{"career list", "guard: Bà từng … is not a man named before",
		"Ông Lò Văn Pọm, Chủ tịch UBND huyện, chủ trì buổi họp. Bà từng giữ các chức vụ Giám đốc Sở Tư pháp.",
		[]data.Official{off("Lò Văn Pọm", "Chủ tịch UBND huyện")}},

	// "N T mới nhiệm kỳ …, gồm: …"
	{"counted post chosen, gồm", "mới and a term between the post and gồm",
		"Tỉnh chỉ định 2 Phó Chủ tịch UBND tỉnh Lai Châu mới nhiệm kỳ 2021–2026, gồm: ông Lò Văn Pọm - Giám đốc Sở Y tế; ông Hà Văn Én - Giám đốc Sở Tư pháp.",
		[]data.Official{off("Lò Văn Pọm", "Phó Chủ tịch UBND tỉnh Lai Châu", "Giám đốc Sở Y tế"),
			off("Hà Văn Én", "Phó Chủ tịch UBND tỉnh Lai Châu", "Giám đốc Sở Tư pháp")}},
	{"counted post chosen, gồm", "a lone mới",
		"Tỉnh chỉ định 2 Phó Chủ tịch UBND tỉnh mới, gồm: ông Lò Văn Pọm, ông Hà Văn Én.",
		[]data.Official{off("Lò Văn Pọm", "Phó Chủ tịch UBND tỉnh"), off("Hà Văn Én", "Phó Chủ tịch UBND tỉnh")}},
}
