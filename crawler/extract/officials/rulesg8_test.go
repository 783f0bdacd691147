package officials

import (
	"github.com/vnarchive/vnarchive/data"
)

// Cases of forms a later held-out check left open: the verb of an election
// or appointment between a counted post and the gồm of its holders, and the
// name of a national park, an airport or a plant after a post's body.
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
}
