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
}
