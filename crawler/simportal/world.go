package simportal

import (
	"strings"
	"time"
)

// The simulated world: a fictional district of Hà Nội (its Liferay portal
// runs until 30 June 2025) and a fictional ward (its 2025 portal). The unit
// names are invented on purpose so that no extractor gazetteer lists them.
const (
	districtName = "Đông Thành"
	wardName     = "Kim Lũng"
	districtSite = "Cổng thông tin điện tử quận Đông Thành"
	wardSite     = "Cổng thông tin điện tử phường Kim Lũng"
)

var districtWards = []string{"Hòa Mục", "Phương Đình", "Trung Lập", "Yên Phúc", "Lạc Trung",
	"Nghĩa Tân Nam", "Quang Hòa", "Tân Mai Bắc", "Đại Từ", "Kim Lũng"}

var markets = []string{"Hòa Mục", "Phương Đình", "Yên Phúc", "Lạc Trung"}

// Eras of the roster: who holds which post when.
var eraStarts = []time.Time{
	time.Date(2019, 1, 1, 0, 0, 0, 0, vnZone),
	time.Date(2021, 1, 1, 0, 0, 0, 0, vnZone),
	time.Date(2023, 1, 1, 0, 0, 0, 0, vnZone),
	time.Date(2025, 7, 1, 0, 0, 0, 0, vnZone), // ward era
}

var vnZone = time.FixedZone("+07", 7*3600)

func eraOf(t time.Time) int {
	e := 0
	for i, s := range eraStarts {
		if !t.Before(s) {
			e = i
		}
	}
	return e
}

// A post is a bundle of positions one person holds; each slot lists the
// verbatim ways the text may write that position.
type post struct {
	key    string
	slots  [][]string
	groups string // topics that call on this post (space-separated keys), "*" for all
	rank   bool   // police or army: carries a rank before the name
	degree bool   // may carry an academic degree
	female bool   // held by a woman in this world
}

func expand(s string) string {
	s = strings.ReplaceAll(s, "{D}", districtName)
	return strings.ReplaceAll(s, "{W}", wardName)
}

var districtPosts = []post{
	{key: "bt", groups: "*", slots: [][]string{{"Ủy viên Ban Thường vụ Thành ủy", "UVBTV Thành ủy"}, {"Bí thư Quận ủy", "Bí thư Quận ủy {D}"}}},
	{key: "pbttt", groups: "*", slots: [][]string{{"Phó Bí thư Thường trực Quận ủy", "Phó Bí thư Thường trực Quận ủy {D}"}, {"Chủ tịch HĐND quận", "Chủ tịch Hội đồng nhân dân quận"}}},
	{key: "ctub", groups: "*", slots: [][]string{{"Phó Bí thư Quận ủy"}, {"Chủ tịch UBND quận", "Chủ tịch UBND quận {D}", "Chủ tịch Ủy ban nhân dân quận"}}},
	{key: "pct1", groups: "cchc cds kt dothi", slots: [][]string{{"Quận ủy viên"}, {"Phó Chủ tịch UBND quận", "Phó Chủ tịch Ủy ban nhân dân quận {D}"}}},
	{key: "pct2", groups: "yte giaoduc vhxh ansinh", slots: [][]string{{"Phó Chủ tịch UBND quận", "Phó Chủ tịch Ủy ban nhân dân quận {D}"}}, female: true},
	{key: "pct3", groups: "anqp pccc dothi", slots: [][]string{{"Phó Chủ tịch Thường trực UBND quận"}}},
	{key: "pcthd", groups: "hdnd", slots: [][]string{{"Phó Chủ tịch HĐND quận", "Phó Chủ tịch Hội đồng nhân dân quận {D}"}}},
	{key: "tbdv", groups: "danvan xdd", slots: [][]string{{"UVTV", "Ủy viên Ban Thường vụ Quận ủy"}, {"Trưởng Ban Dân vận Quận ủy", "Trưởng ban Dân vận Quận ủy {D}"}}, female: true},
	{key: "tbtc", groups: "xdd", slots: [][]string{{"Ủy viên Ban Thường vụ Quận ủy"}, {"Trưởng Ban Tổ chức Quận ủy"}}},
	{key: "tbtg", groups: "xdd vhxh", slots: [][]string{{"Trưởng Ban Tuyên giáo Quận ủy"}}},
	{key: "cnubkt", groups: "xdd", slots: [][]string{{"Chủ nhiệm Ủy ban Kiểm tra Quận ủy", "Chủ nhiệm UBKT Quận ủy"}}},
	{key: "cvpqu", groups: "xdd", slots: [][]string{{"Chánh Văn phòng Quận ủy"}}},
	{key: "ctmt", groups: "danvan ansinh bauCu", slots: [][]string{{"Chủ tịch Ủy ban MTTQ quận", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận {D}"}}},
	{key: "tca", groups: "anqp pccc", rank: true, slots: [][]string{{"Ủy viên Ban Thường vụ Quận ủy"}, {"Trưởng Công an quận", "Trưởng Công an quận {D}"}}},
	{key: "pca", groups: "anqp pccc", rank: true, slots: [][]string{{"Phó Trưởng Công an quận"}}},
	{key: "cht", groups: "anqp", rank: true, slots: [][]string{{"Chỉ huy trưởng Ban Chỉ huy Quân sự quận", "Chỉ huy trưởng BCHQS quận"}}},
	{key: "tpvh", groups: "vhxh cds", slots: [][]string{{"Trưởng phòng Văn hóa và Thông tin quận"}}},
	{key: "tpgd", groups: "giaoduc", degree: true, slots: [][]string{{"Trưởng phòng Giáo dục và Đào tạo quận"}}, female: true},
	{key: "gdyt", groups: "yte", degree: true, slots: [][]string{{"Giám đốc Trung tâm Y tế quận"}}},
	{key: "tpnv", groups: "cchc xdd", slots: [][]string{{"Trưởng phòng Nội vụ quận", "Trưởng phòng Nội vụ"}}},
	{key: "tptc", groups: "kt", slots: [][]string{{"Trưởng phòng Tài chính - Kế hoạch quận"}}},
	{key: "tpqldt", groups: "dothi", slots: [][]string{{"Trưởng phòng Quản lý đô thị quận"}}},
	{key: "cvpub", groups: "cchc hdnd", slots: [][]string{{"Chánh Văn phòng HĐND và UBND quận"}}},
	{key: "ctpn", groups: "danvan ansinh", female: true, slots: [][]string{{"Chủ tịch Hội Liên hiệp Phụ nữ quận", "Chủ tịch Hội LHPN quận"}}},
	{key: "ctccb", groups: "danvan anqp", slots: [][]string{{"Chủ tịch Hội Cựu chiến binh quận"}}},
	{key: "btqd", groups: "vhxh cds", slots: [][]string{{"Bí thư Quận đoàn"}}},
	{key: "ctld", groups: "ansinh kt", slots: [][]string{{"Chủ tịch Liên đoàn Lao động quận"}}},
	{key: "tbkt", groups: "hdnd kt", slots: [][]string{{"Trưởng Ban Kinh tế - Xã hội HĐND quận"}}},
	{key: "gdvh", groups: "vhxh", slots: [][]string{{"Giám đốc Trung tâm Văn hóa - Thông tin và Thể thao quận"}}},
	{key: "ctt", groups: "cchc", slots: [][]string{{"Chánh Thanh tra quận"}}},
	{key: "thue", groups: "kt", slots: [][]string{{"Chi cục trưởng Chi cục Thuế khu vực Đông Thành - Kim Lũng"}}},
	{key: "qltt", groups: "dothi", slots: [][]string{{"Đội trưởng Đội Quản lý trật tự xây dựng đô thị quận"}}},
	{key: "ctp1", groups: "dothi danvan ansinh", slots: [][]string{{"Chủ tịch UBND phường Hòa Mục"}}},
	{key: "btp1", groups: "xdd danvan", slots: [][]string{{"Bí thư Đảng ủy phường Phương Đình"}}, female: true},
	{key: "ctp2", groups: "dothi yte", slots: [][]string{{"Chủ tịch UBND phường Yên Phúc"}}},
	{key: "btp2", groups: "xdd vhxh", slots: [][]string{{"Bí thư Đảng ủy phường Lạc Trung"}}},
}

var wardPosts = []post{
	{key: "w-bt", groups: "*", slots: [][]string{{"Thành ủy viên"}, {"Bí thư Đảng ủy phường", "Bí thư Đảng ủy phường {W}"}}},
	{key: "w-pbttt", groups: "*", slots: [][]string{{"Phó Bí thư Thường trực Đảng ủy phường"}, {"Chủ tịch HĐND phường", "Chủ tịch HĐND phường {W}"}}, female: true},
	{key: "w-ctub", groups: "*", slots: [][]string{{"Phó Bí thư Đảng ủy phường"}, {"Chủ tịch UBND phường", "Chủ tịch UBND phường {W}", "Chủ tịch Ủy ban nhân dân phường"}}},
	{key: "w-pct1", groups: "cchc cds kt dothi", slots: [][]string{{"Phó Chủ tịch UBND phường", "Phó Chủ tịch UBND phường {W}"}}},
	{key: "w-pct2", groups: "yte giaoduc vhxh ansinh", slots: [][]string{{"Phó Chủ tịch UBND phường"}}, female: true},
	{key: "w-ctmt", groups: "danvan ansinh bauCu", slots: [][]string{{"Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Ủy ban MTTQ phường {W}"}}},
	{key: "w-xdd", groups: "xdd danvan", slots: [][]string{{"Ủy viên Ban Thường vụ Đảng ủy phường"}, {"Trưởng Ban Xây dựng Đảng Đảng ủy phường"}}},
	{key: "w-ubkt", groups: "xdd", slots: [][]string{{"Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường"}}},
	{key: "w-ca", groups: "anqp pccc", rank: true, slots: [][]string{{"Trưởng Công an phường", "Trưởng Công an phường {W}"}}},
	{key: "w-qs", groups: "anqp", rank: true, slots: [][]string{{"Chỉ huy trưởng Ban Chỉ huy Quân sự phường"}}},
	{key: "w-vhxh", groups: "vhxh giaoduc yte ansinh", slots: [][]string{{"Trưởng phòng Văn hóa - Xã hội phường"}}, female: true},
	{key: "w-kt", groups: "dothi kt", slots: [][]string{{"Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường"}}},
	{key: "w-hcc", groups: "cchc cds", slots: [][]string{{"Giám đốc Trung tâm Phục vụ hành chính công phường"}}},
	{key: "w-tyt", groups: "yte", degree: true, slots: [][]string{{"Trạm trưởng Trạm Y tế phường"}}},
	{key: "w-pn", groups: "danvan ansinh", female: true, slots: [][]string{{"Chủ tịch Hội Liên hiệp Phụ nữ phường"}}},
	{key: "w-doan", groups: "vhxh cds", slots: [][]string{{"Bí thư Đoàn phường"}}},
	{key: "w-vp", groups: "xdd cchc", slots: [][]string{{"Chánh Văn phòng Đảng ủy phường"}}},
}

// City guests appear in both eras.
var cityPosts = []post{
	{key: "c-dv", groups: "danvan", slots: [][]string{{"Ủy viên Ban Thường vụ Thành ủy"}, {"Trưởng Ban Dân vận Thành ủy", "Trưởng Ban Dân vận Thành ủy Hà Nội"}}},
	{key: "c-th", groups: "danvan", slots: [][]string{{"Trưởng phòng Tổng hợp, Ban Dân vận Thành ủy"}}, female: true},
	{key: "c-tg", groups: "xdd vhxh", slots: [][]string{{"Phó Trưởng Ban Tuyên giáo Thành ủy", "Phó Trưởng ban Tuyên giáo Thành ủy"}}},
	{key: "c-pct", groups: "kt dothi cchc cds", slots: [][]string{{"Thành ủy viên"}, {"Phó Chủ tịch UBND Thành phố", "Phó Chủ tịch UBND thành phố Hà Nội"}}},
	{key: "c-nv", groups: "cchc", slots: [][]string{{"Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ Hà Nội"}}},
	{key: "c-yt", groups: "yte", degree: true, slots: [][]string{{"Phó Giám đốc Sở Y tế"}}},
	{key: "c-gd", groups: "giaoduc", degree: true, slots: [][]string{{"Phó Giám đốc Sở Giáo dục và Đào tạo"}}, female: true},
	{key: "c-kh", groups: "cds", degree: true, slots: [][]string{{"Phó Giám đốc Sở Khoa học và Công nghệ"}}},
	{key: "c-tdkt", groups: "vhxh ansinh", slots: [][]string{{"Trưởng Ban Thi đua - Khen thưởng Sở Nội vụ"}}},
	{key: "c-btl", groups: "anqp", rank: true, slots: [][]string{{"Phó Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội"}}},
	{key: "c-ca", groups: "anqp pccc", rank: true, slots: [][]string{{"Phó Giám đốc Công an thành phố"}}},
	{key: "c-dbqh", groups: "hdnd bauCu", slots: [][]string{{"Đại biểu Quốc hội khóa XV", "Đại biểu Quốc hội thành phố Hà Nội"}}},
}

// One-off posts for people who appear once (random names), with unusual
// heads and units.
var oneOffTitles = []string{
	"Hiệu trưởng Trường Tiểu học Lê Ngọc Hân", "Hiệu trưởng Trường THCS Nguyễn Trường Tộ",
	"Giám đốc Hợp tác xã dịch vụ nông nghiệp Hòa Mục", "Trưởng Ban Quản lý chợ Phương Đình",
	"Tổ trưởng tổ dân phố số 7", "Bí thư Chi bộ tổ dân phố số 12", "Trưởng Ban Công tác Mặt trận khu dân cư số 3",
	"Chủ nhiệm Câu lạc bộ dưỡng sinh phường Trung Lập", "Giám đốc Công ty TNHH MTV Môi trường đô thị khu vực Đông Thành",
	"Trưởng Ban Quản lý di tích đình Yên Phúc", "Chủ tịch Hội Người cao tuổi phường Quang Hòa",
	"Trưởng Ban Thanh tra nhân dân phường Đại Từ", "Trạm trưởng Trạm Cấp nước Lạc Trung",
	"Chánh án Tòa án nhân dân quận", "Viện trưởng Viện Kiểm sát nhân dân quận", "Giám đốc Kho bạc Nhà nước khu vực I",
	"Trưởng Đài Truyền thanh quận", "Chủ nhiệm Hợp tác xã may mặc Tân Mai Bắc", "Trưởng Trạm Khuyến nông quận",
	"Giám đốc Bệnh viện Đa khoa khu vực Đông Thành", "Trưởng khoa Truyền nhiễm Bệnh viện Đa khoa khu vực Đông Thành",
	"Chủ tịch Hội Chữ thập đỏ quận", "Chủ tịch Hội Khuyến học phường Nghĩa Tân Nam",
	// heads that lexicons rarely list
	"Hạt trưởng Hạt Kiểm lâm khu vực Đông Thành", "Quản đốc Phân xưởng in Công ty Cổ phần Bao bì Đông Thành",
	"Thủ trưởng Cơ quan Cảnh sát điều tra Công an quận", "Đài trưởng Đài Truyền thanh phường Kim Lũng",
	"Chủ tịch Hội đồng quản trị Công ty Cổ phần Môi trường Đông Thành", "Trưởng khu dân cư số 4",
	"Chính trị viên Ban Chỉ huy Phòng thủ khu vực 2", "Bí thư Đoàn Thanh niên Công an quận",
}

var ranks = []string{"Đại tá", "Thượng tá", "Trung tá", "Thiếu tá"}
var degrees = []string{"TS.", "ThS.", "BSCKII.", "PGS.TS", "ThS"}

// holder is a person holding a post in an era, with their fixed rank or
// degree prefix ("" when none).
type holder struct {
	post   *post
	who    person
	prefix string
}

// roster is who holds what, per era; built once from the seed.
type roster struct {
	eras [][]holder // index by era, then post order (district+city or ward+city)
}

func buildRoster(seed int64) *roster {
	g := newRnd(seed, 0, streamRoster)
	used := map[string]bool{}
	newPerson := func(female bool) person {
		for {
			p := genPerson(g)
			if p.female != female || used[p.name] || len(strings.Fields(p.name)) < 3 {
				continue
			}
			used[p.name] = true
			return p
		}
	}
	prefixFor := func(p *post) string {
		switch {
		case p.rank:
			return pick(g, ranks)
		case p.degree && g.chance(0.6):
			return pick(g, degrees)
		}
		return ""
	}
	r := &roster{}
	var prev []holder
	for e := range eraStarts {
		posts := append(append([]post{}, districtPosts...), cityPosts...)
		if e == 3 {
			posts = append(append([]post{}, wardPosts...), cityPosts...)
		}
		var cur []holder
		inEra := map[string]bool{}
		for i := range posts {
			p := &posts[i]
			var h holder
			if e > 0 && e < 3 && i < len(prev) && prev[i].post.key == p.key && g.chance(0.6) {
				h = prev[i]
				h.post = p
			} else if e == 3 && len(prev) > 0 && g.chance(0.35) {
				// a district official moves on to the new ward
				cand := prev[g.intn(len(prev))]
				if !inEra[cand.who.name] && cand.who.female == p.female && !strings.HasPrefix(cand.post.key, "c-") {
					h = holder{post: p, who: cand.who, prefix: prefixFor(p)}
				}
			}
			if h.post == nil || inEra[h.who.name] {
				h = holder{post: p, who: newPerson(p.female), prefix: prefixFor(p)}
			}
			inEra[h.who.name] = true
			cur = append(cur, h)
		}
		r.eras = append(r.eras, cur)
		prev = cur
	}
	return r
}

// cast returns the holders of an era relevant to a topic, the general ones first.
func (r *roster) cast(era int, topic string) (general, specific []holder) {
	for _, h := range r.eras[era] {
		switch {
		case h.post.groups == "*":
			general = append(general, h)
		case strings.Contains(" "+h.post.groups+" ", " "+topic+" "):
			specific = append(specific, h)
		}
	}
	return general, specific
}
