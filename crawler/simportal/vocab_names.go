package simportal

import "strings"

// Surnames with rough weights: the common ones of the reference counts, then
// a long tail of rare northern and ethnic-minority surnames on purpose, so
// that the simulator tests an extractor's grammar rather than its list.
var surnames = []weighted{
	{"Nguyễn", 30}, {"Trần", 11}, {"Lê", 9}, {"Phạm", 7}, {"Hoàng", 5}, {"Phan", 4},
	{"Vũ", 4}, {"Võ", 2}, {"Đặng", 2}, {"Bùi", 2}, {"Đỗ", 2}, {"Hồ", 1.3}, {"Ngô", 1.3},
	{"Dương", 1}, {"Lý", 0.6}, {"Đinh", 0.8}, {"Trịnh", 0.7}, {"Đoàn", 0.7}, {"Cao", 0.6},
	{"Mai", 0.5}, {"Đào", 0.5}, {"Lưu", 0.5}, {"Lương", 0.5}, {"Lâm", 0.4}, {"Hà", 0.5},
	{"Phùng", 0.4}, {"Tạ", 0.4}, {"Chu", 0.3}, {"Tô", 0.3}, {"Vương", 0.3}, {"Quách", 0.3},
	{"Kiều", 0.3}, {"Lại", 0.3}, {"Triệu", 0.3}, {"Nghiêm", 0.3},
	// the long tail
	{"Khuất", 0.3}, {"Lò", 0.3}, {"Thào", 0.25}, {"Ninh", 0.25}, {"Mạc", 0.25}, {"Tiêu", 0.2},
	{"Hầu", 0.2}, {"Giàng", 0.25}, {"Bế", 0.2}, {"Cầm", 0.2}, {"Lường", 0.2}, {"Sầm", 0.15},
	{"Đèo", 0.15}, {"Nông", 0.2}, {"Ma", 0.15}, {"Khổng", 0.15}, {"Cù", 0.15}, {"Doãn", 0.2},
	{"Giáp", 0.2}, {"Phí", 0.2}, {"Quản", 0.15}, {"Khúc", 0.15}, {"Ứng", 0.1}, {"Thân", 0.2},
	{"Mã", 0.15}, {"Bạch", 0.15}, {"Âu", 0.1}, {"Lục", 0.15}, {"Lã", 0.15}, {"Đồng", 0.15},
	{"Hứa", 0.15}, {"Tăng", 0.15}, {"Đàm", 0.2}, {"Diệp", 0.1}, {"Thạch", 0.1}, {"Chử", 0.15},
	{"Vi", 0.15}, {"La", 0.1}, {"Ông", 0.1}, {"Uông", 0.1}, {"Tòng", 0.1}, {"Vàng", 0.15},
	{"Sùng", 0.15}, {"Mùa", 0.1}, {"Hạng", 0.1}, {"Quàng", 0.1}, {"Nhữ", 0.1}, {"Bàn", 0.1},
	{"Lộc", 0.1}, {"Trương", 0.8}, {"Văn", 0.2}, {"Tống", 0.2}, {"Đậu", 0.15}, {"Thái", 0.3},
	{"Tẩn", 0.1}, {"Lành", 0.1}, {"Lèng", 0.1}, {"Chẩu", 0.1}, {"Lừ", 0.08}, {"Cà", 0.1},
}

var (
	middleMale = []string{"Văn", "Minh", "Đức", "Quang", "Quốc", "Xuân", "Đình", "Hữu", "Duy",
		"Thành", "Anh", "Trung", "Công", "Tấn", "Trọng", "Thế", "Tiến", "Mạnh", "Huy", "Việt",
		"Chí", "Bá", "Khắc", "Doãn", "Sỹ", "Hoài", "Viết", "Hải", "Ngọc", "Thanh", "Hồng", "Kim"}
	middleFemale = []string{"Thị", "Thu", "Minh", "Ngọc", "Thanh", "Hồng", "Bích", "Thúy", "Kim",
		"Lệ", "Mỹ", "Huyền", "Phương", "Thị Thanh", "Thị Ngọc", "Thị Thu", "Thị Kim", "Thị Minh",
		"Thị Bích", "Thị Hồng", "Thuỳ", "Diệu"}
	givenMale = []string{"Tuấn", "Dũng", "Hùng", "Cường", "Thắng", "Hải", "Sơn", "Long", "Nam",
		"Bình", "Trung", "Tiến", "Hưng", "Quân", "Khánh", "Tùng", "Thành", "Hiếu", "Đạt", "Phong",
		"Toàn", "Lâm", "Vinh", "Hòa", "Kiên", "Thịnh", "Nghĩa", "Lộc", "Tâm", "Quý", "Chiến",
		"Hậu", "Luân", "Thuận", "Điệp", "Hoạt", "Bằng", "Khải", "Tụ", "Đông", "Khiêm", "Doanh",
		"Trường", "Quyết", "Thưởng", "Giang", "Hoà", "Sĩ", "Vượng", "Khương"}
	givenFemale = []string{"Mai", "Lan", "Hương", "Hằng", "Hà", "Linh", "Trang", "Thảo", "Ngọc",
		"Nga", "Yến", "Hạnh", "Huyền", "Thủy", "Hoa", "Vân", "Dung", "Phượng", "Oanh", "Loan",
		"Nhung", "Giang", "Liên", "Thoa", "Xuân", "Duyên", "Hiền", "Quyên", "Tuyết", "Diệp",
		"Thơm", "Thuỷ", "Nhàn", "Lụa", "Quế", "Hảo", "Thắm", "Khuyên"}
	// Names of the Hmông and Thái patterns: surname + particle + given.
	hmongSurnames = []string{"Giàng", "Thào", "Sùng", "Vàng", "Mùa", "Hạng", "Lầu", "Ly"}
	hmongMale     = []string{"A Páo", "Seo Dình", "A Chứ", "Mí Lử", "A Sử", "Seo Lùng", "A Dế"}
	hmongFemale   = []string{"Thị Mỷ", "Thị Dua", "Thị Pó", "Thị Sua", "Thị Mai"}
	thaiSurnames  = []string{"Lò", "Cầm", "Lường", "Quàng", "Tòng", "Lù"}
	thaiGiven     = []string{"Văn Pọm", "Văn Ún", "Thị Ín", "Văn Biên", "Thị Xiêng", "Văn Chiến"}
	// Dao names: surname + "Láo"/"Văn"/"Thị" + given.
	daoSurnames = []string{"Tẩn", "Bàn", "Chảo", "Phàn", "Triệu"}
	daoGiven    = []string{"Láo Lở", "Văn Sinh", "Thị Mẩy", "Láo Ông", "Văn Phin", "Thị Slâm"}
)

// person is a generated human being: the name as written, and whether it
// is a woman (for "bà"/"ông").
type person struct {
	name   string
	female bool
}

func (p person) honorific() string {
	if p.female {
		return "bà"
	}
	return "ông"
}

// given returns the given name (the last syllable), for short references.
func (p person) given() string {
	f := strings.Fields(p.name)
	return f[len(f)-1]
}

func genPerson(g rnd) person {
	switch {
	case g.chance(0.04):
		if g.chance(0.5) {
			return person{pick(g, hmongSurnames) + " " + pick(g, hmongMale), false}
		}
		return person{pick(g, hmongSurnames) + " " + pick(g, hmongFemale), true}
	case g.chance(0.02):
		gv := pick(g, daoGiven)
		return person{pick(g, daoSurnames) + " " + gv, strings.HasPrefix(gv, "Thị")}
	case g.chance(0.04):
		gv := pick(g, thaiGiven)
		return person{pick(g, thaiSurnames) + " " + gv, strings.HasPrefix(gv, "Thị")}
	}
	female := g.chance(0.4)
	sur := wpick(g, surnames)
	if g.chance(0.03) { // double surname
		sur += " " + wpick(g, surnames[:12])
	}
	var mid, given string
	if female {
		mid, given = pick(g, middleFemale), pick(g, givenFemale)
	} else {
		mid, given = pick(g, middleMale), pick(g, givenMale)
	}
	switch {
	case g.chance(0.04):
		return person{sur + " " + given, female} // two syllables, rare
	case g.chance(0.15) && !strings.Contains(mid, " "):
		if female {
			mid += " " + pick(g, []string{"Thanh", "Minh", "Thu", "Ngọc", "Bích"})
		} else {
			mid += " " + pick(g, []string{"Minh", "Quang", "Đức", "Hữu", "Tuấn"})
		}
	}
	if strings.HasSuffix(mid, given) {
		given = pick(g, givenMale)
		if female {
			given = pick(g, givenFemale)
		}
	}
	return person{sur + " " + mid + " " + given, female}
}

// Non-officials named after people: streets, schools, wards. They must not
// be extracted as officials.
var (
	streetsAfterPeople = []string{"phố Nguyễn Trãi", "đường Lê Văn Lương", "phố Trần Duy Hưng",
		"đường Hoàng Quốc Việt", "phố Lê Trọng Tấn", "đường Nguyễn Xiển", "phố Vũ Tông Phan",
		"đường Khuất Duy Tiến", "phố Ngụy Như Kon Tum", "phố Phan Đình Giót", "đường Trường Chinh",
		"phố Tô Vĩnh Diện", "phố Hoàng Văn Thái", "đường Lò Đúc", "phố Cù Chính Lan"}
	schoolsAfterPeople = []string{"Trường THCS Nguyễn Trường Tộ", "Trường Tiểu học Lê Ngọc Hân",
		"Trường THPT Trần Hưng Đạo", "Trường Mầm non Hoa Sen", "Trường THCS Phan Huy Chú",
		"Trường Tiểu học Kim Đồng", "Trường THCS Khương Đình", "Trường Tiểu học Đoàn Thị Điểm"}
	wardsAfterPeople = []string{"phường Lê Đại Hành", "phường Trần Phú", "phường Nguyễn Du",
		"phường Phan Chu Trinh", "phường Hoàng Văn Thụ"}
	bylinePlain = []string{"Thu Hằng", "Minh Khuê", "Hải Đăng", "Quốc Tuấn", "Ngọc Ánh",
		"Phương Thảo", "Thanh Tùng", "Mai Lan", "Đức Minh", "Khánh Linh"}
)
