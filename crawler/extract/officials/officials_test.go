package officials

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/data"
	"golang.org/x/text/unicode/norm"
)

// off builds an expected official: off("Name", "title 1", "title 2").
func off(name string, titles ...string) data.Official {
	if titles == nil {
		titles = []string{}
	}
	return data.Official{Name: name, Titles: titles}
}

// findCase is one sentence the project wrote, with the officials
// ANNOTATION.md says it names. pattern groups the cases of the recall table.
type findCase struct {
	pattern string
	spec    string
	text    string
	want    []data.Official
}

var findCases = []findCase{
	// §2.7 "đồng chí NAME - TITLE, TITLE"
	{"honorific - titles", "dash block after đồng chí, split at commas",
		"Dự hội nghị có đồng chí Lò Văn Khiêm - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Sơn La.",
		[]data.Official{off("Lò Văn Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy Sơn La")}},
	{"honorific - titles", "dash block closed by a second dash",
		"Bà Sầm Thị Nguyệt - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện - tiếp tục được bầu giữ chức vụ cũ.",
		[]data.Official{off("Sầm Thị Nguyệt", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện")}},
	{"honorific - titles", "en dash and abbreviated title",
		"Đồng chí Khúc Minh Hằng – UVTV, Trưởng Ban Tuyên giáo Quận ủy trình bày báo cáo.",
		[]data.Official{off("Khúc Minh Hằng", "UVTV", "Trưởng Ban Tuyên giáo Quận ủy")}},
	{"honorific - titles", "name glued to the dash",
		"Đồng chí Giáp Văn Toản- Phó Trưởng Ban Thường trực Ban Tổ chức Thành ủy dự và phát biểu.",
		[]data.Official{off("Giáp Văn Toản", "Phó Trưởng Ban Thường trực Ban Tổ chức Thành ủy")}},
	{"honorific - titles", "abbreviated đ/c and titles split at a dash",
		"Tới dự có đ/c Đàm Thị Yến, Bí thư Đảng ủy – Chủ tịch HĐND phường Yên Hòa.",
		[]data.Official{off("Đàm Thị Yến", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Yên Hòa")}},
	{"honorific - titles", "titles split at a slash",
		"Tham dự có ông Quách Đình Lộc – Phó Bí thư / Chủ tịch UBND xã Tân Lập.",
		[]data.Official{off("Quách Đình Lộc", "Phó Bí thư", "Chủ tịch UBND xã Tân Lập")}},
	{"honorific - titles", "doubled honorific",
		"Tới dự hội nghị có đồng chí đồng chí Hứa Minh Tâm - Ủy viên UBKT Thành ủy.",
		[]data.Official{off("Hứa Minh Tâm", "Ủy viên UBKT Thành ủy")}},
	{"honorific - titles", "caption glued after a full stop",
		"Các đại biểu dâng hương tại khu di tích.Đồng chí Mạc Thị Thu, Bí thư Huyện ủy, phát biểu tại buổi lễ.",
		[]data.Official{off("Mạc Thị Thu", "Bí thư Huyện ủy")}},
	{"honorific - titles", "lower-case titles and a missing space after the comma",
		"đồng chí Ninh Văn Quế – phó bí thư thường trực,chủ tịch HĐND xã phát biểu.",
		[]data.Official{off("Ninh Văn Quế", "phó bí thư thường trực", "chủ tịch HĐND xã")}},

	// §2.7 "ông/bà NAME, TITLE, TITLE, VERB"
	{"honorific , titles", "comma apposition closed by a verb",
		"Ông Bế Văn Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Tài chính, được bầu giữ chức Phó Chủ tịch UBND tỉnh.",
		[]data.Official{off("Bế Văn Thành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh")}},
	{"honorific , titles", "organisation with lower-case words",
		"Bà Kiều Thị Duyên, Chủ tịch Hội Liên hiệp phụ nữ phường ôn lại truyền thống của Hội.",
		[]data.Official{off("Kiều Thị Duyên", "Chủ tịch Hội Liên hiệp phụ nữ phường")}},
	{"honorific , titles", "ministry with và inside the title",
		"Ông Tạ Quang Vinh, Thứ trưởng Bộ Tài nguyên và Môi trường, cho biết kế hoạch đã sẵn sàng.",
		[]data.Official{off("Tạ Quang Vinh", "Thứ trưởng Bộ Tài nguyên và Môi trường")}},
	{"honorific , titles", "weak honorific without a title is no official",
		"Ông Lưu Văn Tám, người dân tổ dân phố số 4, chia sẻ niềm vui.",
		nil},

	// §2.7 "TITLE NAME VERB"
	{"title name", "title chain before the name",
		"Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghiêm Xuân Hòa chủ trì hội nghị.",
		[]data.Official{off("Nghiêm Xuân Hòa", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh")}},
	{"title name", "place between the body and the name",
		"Chủ tịch UBND tỉnh Quảng Ngãi Đinh Thị Lan Hương ký quyết định.",
		[]data.Official{off("Đinh Thị Lan Hương", "Chủ tịch UBND tỉnh Quảng Ngãi")}},
	{"title name", "unknown ward name before the name",
		"Bí thư Đảng ủy phường Tân Mai Vương Đức Cảnh kiểm tra công tác chuẩn bị.",
		[]data.Official{off("Vương Đức Cảnh", "Bí thư Đảng ủy phường Tân Mai")}},
	{"title name", "four-syllable name with a double surname right after the unit",
		"Phó Chủ tịch HĐND thành phố Trương Nguyễn Hoài An phát biểu.",
		[]data.Official{off("Trương Nguyễn Hoài An", "Phó Chủ tịch HĐND thành phố")}},
	{"title name", "two-syllable name",
		"Tổng Bí thư Lê Duẩn đến thăm nhà máy năm 1978.",
		[]data.Official{off("Lê Duẩn", "Tổng Bí thư")}},
	{"title name", "historic leader",
		"Thực hiện lời dạy của Chủ tịch Hồ Chí Minh, thanh niên tình nguyện lên đường.",
		[]data.Official{off("Hồ Chí Minh", "Chủ tịch")}},
	{"title name", "two people joined by và",
		"Thủ tướng Chính phủ Hầu Minh Đức và Phó Thủ tướng Doãn Văn Hậu cắt băng khánh thành.",
		[]data.Official{off("Hầu Minh Đức", "Thủ tướng Chính phủ"), off("Doãn Văn Hậu", "Phó Thủ tướng")}},
	{"title name", "title with an abbreviated city and a dot",
		"Phó Giám đốc Sở Nội vụ TP. Cần Thơ Lục Thị Mai công bố quyết định.",
		[]data.Official{off("Lục Thị Mai", "Phó Giám đốc Sở Nội vụ TP. Cần Thơ")}},
	{"title name", "former position keeps nguyên",
		"Nguyên Chủ tịch nước Châu Văn Lợi gửi thư chúc mừng.",
		[]data.Official{off("Châu Văn Lợi", "Nguyên Chủ tịch nước")}},
	{"title name", "new post drops tân",
		"Tân Giám đốc Công an tỉnh Cù Minh Hải nhận nhiệm vụ.",
		[]data.Official{off("Cù Minh Hải", "Giám đốc Công an tỉnh")}},
	{"title name", "minister then name, then a second title claimed by the next name",
		"Bí thư Thành ủy Hạ Văn Bình, Chủ tịch UBND thành phố Tăng Thị Ngọc dự lễ.",
		[]data.Official{off("Hạ Văn Bình", "Bí thư Thành ủy"), off("Tăng Thị Ngọc", "Chủ tịch UBND thành phố")}},
	{"title name", "a title after TITLE NAME that starts a new clause",
		"Đối với tân Phó Chủ tịch UBND quận Vi Thị Hà, Chủ tịch UBND quận yêu cầu bà phát huy kinh nghiệm.",
		[]data.Official{off("Vi Thị Hà", "Phó Chủ tịch UBND quận")}},

	// Caption lines (own paragraph, no verb)
	{"caption", "title before the name alone on a line",
		"Toàn cảnh hội nghị\n\nPhó Bí thư Thường trực Quận ủy Tống Thị Vân\nphát biểu bế mạc hội nghị",
		[]data.Official{off("Tống Thị Vân", "Phó Bí thư Thường trực Quận ủy")}},
	{"caption", "đồng chí with a title and a verb on the next line",
		"Đồng chí Lã Văn Tú - Chủ tịch UBND huyện Gia Lâm\ntrao thưởng cho các tập thể",
		[]data.Official{off("Lã Văn Tú", "Chủ tịch UBND huyện Gia Lâm")}},
	{"caption", "author line with a degree and the title on the next line",
		"TS. Khổng Minh Đạo\nNguyên Phó Viện trưởng Viện Nghiên cứu lập pháp\n\nBài viết phân tích ...",
		[]data.Official{off("Khổng Minh Đạo", "Nguyên Phó Viện trưởng Viện Nghiên cứu lập pháp")}},

	// Delegate lists and list headers
	{"list", "list after các đồng chí: with semicolons",
		"Dự hội nghị có các đồng chí: Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương; Thái Thanh Quý, Bí thư Tỉnh ủy.",
		[]data.Official{off("Mai Văn Chính", "Ủy viên Trung ương Đảng", "Phó Trưởng Ban Tổ chức Trung ương"), off("Thái Thanh Quý", "Bí thư Tỉnh ủy")}},
	{"list", "shared header title before a colon",
		"Dự lễ có các đồng chí Ủy viên BTV Huyện ủy: Ma Văn Tỉnh - Trưởng Ban Dân vận Huyện ủy; Lường Thị Ban - Chủ nhiệm UBKT Huyện ủy.",
		[]data.Official{off("Ma Văn Tỉnh", "Ủy viên BTV Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"), off("Lường Thị Ban", "Ủy viên BTV Huyện ủy", "Chủ nhiệm UBKT Huyện ủy")}},
	{"list", "plural header with bare names",
		"Các Phó Chủ tịch UBND tỉnh: Hoàng Xuân Ánh, Đậu Văn Thanh cùng dự.",
		[]data.Official{off("Hoàng Xuân Ánh", "Phó Chủ tịch UBND tỉnh"), off("Đậu Văn Thanh", "Phó Chủ tịch UBND tỉnh")}},
	{"list", "header with gồm and TITLE NAME items",
		"Ủy viên Hội đồng gồm: Giám đốc Sở Y tế Trịnh Văn Quyết; Giám đốc Sở Tư pháp Bùi Thị Hạnh.",
		[]data.Official{off("Trịnh Văn Quyết", "Ủy viên Hội đồng", "Giám đốc Sở Y tế"), off("Bùi Thị Hạnh", "Ủy viên Hội đồng", "Giám đốc Sở Tư pháp")}},
	{"list", "plural title shared by two names",
		"Buổi lễ có sự tham dự của các nguyên Chủ tịch UBND tỉnh Phí Văn Lộc, Trần Đức Lương.",
		[]data.Official{off("Phí Văn Lộc", "nguyên Chủ tịch UBND tỉnh"), off("Trần Đức Lương", "nguyên Chủ tịch UBND tỉnh")}},
	{"list", "rank with a dash inside a list item",
		"Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Thiếu tướng - Giám đốc Công an tỉnh Phan Văn Hòa, Đại tá - Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Lê Đình Sơn.",
		[]data.Official{off("Phan Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"), off("Lê Đình Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")}},
	{"list", "mixed forms in one list",
		"Tới dự có Tổng Bí thư Nông Văn Hải; nguyên Thủ tướng Chính phủ Phạm Văn Đồng; đồng chí Lê Thị Thu, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hải Phòng.",
		[]data.Official{off("Nông Văn Hải", "Tổng Bí thư"), off("Phạm Văn Đồng", "nguyên Thủ tướng Chính phủ"), off("Lê Thị Thu", "Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hải Phòng")}},
	{"list", "numbered list of elected members",
		"Ban Thường vụ gồm:\n1. Ông Trần Hữu Tình, Bí thư Đảng ủy phường.\n2. Bà Lâm Thị Hoa, Phó Bí thư Thường trực Đảng ủy phường.",
		[]data.Official{off("Trần Hữu Tình", "Bí thư Đảng ủy phường"), off("Lâm Thị Hoa", "Phó Bí thư Thường trực Đảng ủy phường")}},

	{"list", "header with gồm các ông and no colon",
		"Phó Trưởng ban gồm các ông Bạch Văn Lâm – Phó Chủ tịch UBND tỉnh; Giám đốc Sở Y tế Lưu Đức Hạnh.",
		[]data.Official{off("Bạch Văn Lâm", "Phó Trưởng ban", "Phó Chủ tịch UBND tỉnh"), off("Lưu Đức Hạnh", "Phó Trưởng ban", "Giám đốc Sở Y tế")}},

	// "đồng chí" with no title anywhere
	{"dong chi only", "đồng chí with no position",
		"Đồng chí Phan Đình Trạc phát biểu tại buổi làm việc.",
		[]data.Official{off("Phan Đình Trạc")}},
	{"dong chi only", "đồng chí later given a title",
		"Đồng chí Trương Thị Mai phát biểu. Đồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương, nhấn mạnh yêu cầu.",
		[]data.Official{off("Trương Thị Mai", "Trưởng Ban Tổ chức Trung ương")}},

	// Ranks and degrees are not part of names or titles
	{"rank", "rank before the name",
		"Đại tá Quàng Văn Phong, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo.",
		[]data.Official{off("Quàng Văn Phong", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")}},
	{"rank", "rank alone makes an official",
		"Thượng tá Cầm Bá Xuân trao quà cho các gia đình chính sách.",
		[]data.Official{off("Cầm Bá Xuân")}},
	{"rank", "rank then a dash then the title before the name",
		"Trung tướng - Tư lệnh Quân khu 2 Hà Việt Hưng chủ trì buổi lễ.",
		[]data.Official{off("Hà Việt Hưng", "Tư lệnh Quân khu 2")}},
	{"degree", "combined degree before the name",
		"PGS.TS Lý Thị Hòa, Giám đốc Học viện Chính trị khu vực I, trình bày tham luận.",
		[]data.Official{off("Lý Thị Hòa", "Giám đốc Học viện Chính trị khu vực I")}},

	// Sentence-level attributions
	{"attribution", "giữ chức after the name",
		"Bà Ông Thị Lan giữ chức vụ Phó Bí thư Thường trực Đảng ủy xã.",
		[]data.Official{off("Ông Thị Lan", "Phó Bí thư Thường trực Đảng ủy xã")}},
	{"attribution", "do đồng chí X làm title",
		"Đảng bộ Khối được thành lập do đồng chí Kim Ngọc Trâm làm Bí thư.",
		[]data.Official{off("Kim Ngọc Trâm", "Bí thư")}},
	{"attribution", "được chỉ định làm",
		"Đồng chí Mẫn Văn Sơn được chỉ định làm Bí thư lâm thời.",
		[]data.Official{off("Mẫn Văn Sơn", "Bí thư lâm thời")}},
	{"attribution", "TITLE là ông NAME, TITLE",
		"Trưởng Ban Chỉ đạo là ông Từ Văn Lực, Chủ tịch UBND huyện; Phó Trưởng Ban Chỉ đạo là bà Chu Thị Hà, Phó Chủ tịch UBND huyện.",
		[]data.Official{off("Từ Văn Lực", "Trưởng Ban Chỉ đạo", "Chủ tịch UBND huyện"), off("Chu Thị Hà", "Phó Trưởng Ban Chỉ đạo", "Phó Chủ tịch UBND huyện")}},
	{"attribution", "coreference through the title",
		"Thủ tướng Chính phủ Hồ Quang Vinh ký quyết định. Theo quyết định, Thủ tướng Chính phủ làm Trưởng Ban Chỉ đạo.",
		[]data.Official{off("Hồ Quang Vinh", "Thủ tướng Chính phủ", "Trưởng Ban Chỉ đạo")}},
	{"attribution", "new post after the old one",
		"Ông Giang Văn Minh, Bí thư Huyện ủy cũ làm Bí thư Đảng ủy xã Đông Sơn.",
		[]data.Official{off("Giang Văn Minh", "Bí thư Huyện ủy cũ", "Bí thư Đảng ủy xã Đông Sơn")}},
	{"attribution", "a title-only mention adds nothing",
		"Đồng chí Hoàng Thị Nga - Bí thư Quận ủy phát biểu. Đồng chí Bí thư Quận ủy nhấn mạnh nhiệm vụ.",
		[]data.Official{off("Hoàng Thị Nga", "Bí thư Quận ủy")}},

	{"rank", "appointment after a rank, title chain and a comma between links",
		"Đại tá Mông Văn Khải, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh được điều động, bổ nhiệm giữ chức Chỉ huy trưởng Bộ CHQS tỉnh.",
		[]data.Official{off("Mông Văn Khải", "Phó Chỉ huy trưởng", "Tham mưu trưởng Bộ CHQS tỉnh", "Chỉ huy trưởng Bộ CHQS tỉnh")}},
	{"list", "list item with no separator before the title",
		"Các đồng chí: Chu Văn Tiến Bí thư Đảng ủy, Chính ủy Quân khu 1; Lục Thị Hoa, Phó Chủ tịch HĐND tỉnh đến dự.",
		[]data.Official{off("Chu Văn Tiến", "Bí thư Đảng ủy", "Chính ủy Quân khu 1"), off("Lục Thị Hoa", "Phó Chủ tịch HĐND tỉnh")}},

	{"attribution", "an adverb before the link",
		"Theo đó, ông Khổng Văn Tài, Phó Chủ tịch UBND huyện, sẽ làm Trưởng ban.",
		[]data.Official{off("Khổng Văn Tài", "Phó Chủ tịch UBND huyện", "Trưởng ban")}},

	// Titles that keep their inner comma or dash
	{"inner punctuation", "dash inside a commission name",
		"Ông Ung Văn Hòa, Trưởng Ban Thi đua - Khen thưởng tỉnh, công bố quyết định.",
		[]data.Official{off("Ung Văn Hòa", "Trưởng Ban Thi đua - Khen thưởng tỉnh")}},
	{"inner punctuation", "department with its parent body after a comma",
		"Đồng chí Vũ Thị Lệ, Trưởng phòng Tổng hợp, Ban Tuyên giáo Tỉnh ủy tham dự.",
		[]data.Official{off("Vũ Thị Lệ", "Trưởng phòng Tổng hợp, Ban Tuyên giáo Tỉnh ủy")}},
	{"inner punctuation", "dash inside a department name",
		"Đồng chí Đỗ Minh Khang - Trưởng phòng Tài chính - Kế hoạch quận báo cáo.",
		[]data.Official{off("Đỗ Minh Khang", "Trưởng phòng Tài chính - Kế hoạch quận")}},
	{"inner punctuation", "former district in brackets",
		"Bà Đoàn Ngọc Lan, Bí thư Quận ủy quận 3 (cũ), được phân công làm Bí thư Đảng ủy phường Bàn Cờ.",
		[]data.Official{off("Đoàn Ngọc Lan", "Bí thư Quận ủy quận 3 (cũ)", "Bí thư Đảng ủy phường Bàn Cờ")}},

	// Positions in brackets, credits, offices "của" a person
	{"attribution", "positions in a bracket after the name",
		"Ứng viên còn có ông Lạc Văn Mẫn (38 tuổi, Trưởng phòng Quản lý đô thị) và bà Kha Thị Nguyệt (nguyên Phó Giám đốc Sở Y tế).",
		[]data.Official{off("Lạc Văn Mẫn", "Trưởng phòng Quản lý đô thị"), off("Kha Thị Nguyệt", "nguyên Phó Giám đốc Sở Y tế")}},
	{"attribution", "office of a person after của",
		"Thủ tướng phê chuẩn miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh của ông Đôn Văn Quý để nghỉ hưu.",
		[]data.Official{off("Đôn Văn Quý", "Phó Chủ tịch UBND tỉnh")}},
	{"abbreviation", "abbreviated heads with dots",
		"Tham dự có đ/c Tiêu Văn Bảy - Bí thư Đảng ủy, CT.HĐND phường; đ/c Lý Thanh Tâm - PBT Đảng ủy phường.",
		[]data.Official{off("Tiêu Văn Bảy", "Bí thư Đảng ủy", "CT.HĐND phường"), off("Lý Thanh Tâm", "PBT Đảng ủy phường")}},
	{"abbreviation", "abbreviations joined by a dash inside a title",
		"Ông Nhan Đức Tài, Phó Giám đốc Sở KH-ĐT, trình bày dự thảo.",
		[]data.Official{off("Nhan Đức Tài", "Phó Giám đốc Sở KH-ĐT")}},
	{"negative", "photo credit after a title",
		"Bà Tô Thị Hạnh trao quà cho hội viên Hội Nông dân xã. Ảnh: Lê Văn Khánh",
		nil},
	{"negative", "ward named after a person elsewhere in the text",
		"HĐND phường Lý Thường Kiệt tổ chức kỳ họp.\n\nÔng Đàm Văn Hòa được bầu giữ chức Chủ tịch UBND phường Lý Thường Kiệt.",
		[]data.Official{off("Đàm Văn Hòa", "Chủ tịch UBND phường Lý Thường Kiệt")}},

	{"attribution", "a link after a pair of names is for both",
		"Các đồng chí Giàng A Tủa và Lầu Thị Mai được bầu làm Phó Bí thư Huyện ủy.",
		[]data.Official{off("Giàng A Tủa", "Phó Bí thư Huyện ủy"), off("Lầu Thị Mai", "Phó Bí thư Huyện ủy")}},
	{"attribution", "elected with đắc cử",
		"Ông Tiết Văn Nam (45 tuổi) - Ủy viên dự khuyết Trung ương Đảng, đã đắc cử Bí thư Tỉnh ủy Cà Mau.",
		[]data.Official{off("Tiết Văn Nam", "Ủy viên dự khuyết Trung ương Đảng", "Bí thư Tỉnh ủy Cà Mau")}},
	{"title name", "apposition after TITLE NAME",
		"Chủ tịch Quốc hội Đào Văn Khải, Chủ tịch Hội đồng Bầu cử quốc gia điều hành phiên họp.",
		[]data.Official{off("Đào Văn Khải", "Chủ tịch Quốc hội", "Chủ tịch Hội đồng Bầu cử quốc gia")}},
	{"title name", "comma inside a committee name before the name",
		"Tham dự có Chủ nhiệm Ủy ban Tài chính, Ngân sách Vòng Văn Thịnh và các đại biểu.",
		[]data.Official{off("Vòng Văn Thịnh", "Chủ nhiệm Ủy ban Tài chính, Ngân sách")}},
	{"title name", "National Assembly deputy named after Đại biểu",
		"Đại biểu Hà Sỹ Đồng - đoàn Quảng Trị phát biểu thảo luận. Các đại biểu đều đồng tình.",
		[]data.Official{off("Hà Sỹ Đồng", "Đại biểu")}},
	{"normalisation", "words glued without a space",
		"Ảnh: TTXVNPhó Chủ tịch nước Võ Thị Ánh Xuân dự lễ.",
		[]data.Official{off("Võ Thị Ánh Xuân", "Phó Chủ tịch nước")}},

	// Signature blocks
	{"signature", "upper-case title above the name",
		"Nơi nhận:\n- Như trên;\n- Lưu VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nHồ Văn Niên",
		[]data.Official{off("Hồ Văn Niên", "CHỦ TỊCH")}},
	{"signature", "deputy signing with đã ký",
		"TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\nNhữ Văn Tâm",
		[]data.Official{off("Nhữ Văn Tâm", "PHÓ BÍ THƯ")}},
	{"signature", "signature flattened into one line",
		"- Lưu VT. TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ (đã ký) Tăng Văn Bình ĐẢNG BỘ TỈNH",
		[]data.Official{off("Tăng Văn Bình", "PHÓ BÍ THƯ")}},
	{"signature", "a field label is not a signature",
		"Số ký hiệu: 12/KH-UBND\nNgười ký: Lê Văn Hiếu\nNgày ban hành: 02/03/2024",
		nil},

	// Names the project must not take for officials
	{"negative", "street, school and ward named after people",
		"Chủ tịch UBND quận kiểm tra tuyến đường Lê Duẩn, Trường THCS Nguyễn Du và phường Nguyễn Trung Trực.",
		nil},
	{"negative", "scholarship and award names",
		"Hội trao 50 suất học bổng Nguyễn Thị Minh Khai và Giải thưởng Hồ Chí Minh cho các cá nhân.",
		nil},
	{"negative", "names inside a quoted campaign title",
		"Phát động cuộc thi \"Tìm hiểu cuộc đời Chủ tịch Tôn Đức Thắng\" trong đoàn viên.",
		nil},
	{"negative", "byline and photo credit",
		"Hội nghị kết thúc tốt đẹp.\n\nẢnh: Nguyễn Văn Long\n\nTrần Minh Thư",
		nil},
	{"negative", "positions without names",
		"Chủ tịch UBND huyện làm Trưởng ban; Phó Chủ tịch UBND huyện là Phó Trưởng ban.",
		nil},
	{"negative", "organisations and places only",
		"Ban Thường vụ Tỉnh ủy Lâm Đồng làm việc với Đảng ủy Khối các cơ quan tỉnh tại thành phố Đà Lạt.",
		nil},
	{"negative", "Bác Hồ is not a full name",
		"Các cháu thiếu nhi dâng hoa lên tượng đài Bác Hồ.",
		nil},
	{"negative", "place named after a leader",
		"Đoàn công tác của Thành phố Hồ Chí Minh và Đoàn TNCS Hồ Chí Minh thăm Côn Đảo.",
		nil},

	{"negative", "school named after a person",
		"Hiệu trưởng Trường THPT chuyên Lê Quý Đôn phát biểu khai giảng.",
		nil},
	{"negative", "ward named after a person before a title",
		"Tại phường Trần Hưng Đạo, Bí thư Đảng ủy phường cho biết kết quả.",
		nil},
	{"title name", "foreign name after the country",
		"Tổng thống Pháp Emmanuel Macron hội đàm với Chủ tịch nước.",
		[]data.Official{off("Emmanuel Macron", "Tổng thống Pháp")}},

	{"negative", "a list of streets named after people",
		"Tuyến xe điện đi qua các phố Hàng Đào, Lương Văn Can, Lê Thái Tổ, Đinh Tiên Hoàng, Trần Nguyên Hãn.",
		nil},
	{"negative", "artists with honours but no position",
		"Giải thưởng được trao cho nhạc sĩ Hoàng Vân, NSND - đạo diễn Đặng Nhật Minh, NSƯT Lê Khanh.",
		nil},
	{"title name", "a proposal of one office-holder is not another's title",
		"Xét đề nghị của Thủ tướng Chính phủ, Chủ tịch nước Lương Cường đã ký quyết định.",
		[]data.Official{off("Lương Cường", "Chủ tịch nước")}},

	{"unknown surname", "a name that starts like the honorific",
		"Phó Giám đốc Công an tỉnh Đồng Chí Thanh chủ trì; đồng chí Đồng Chí Thanh nhấn mạnh yêu cầu.",
		[]data.Official{off("Đồng Chí Thanh", "Phó Giám đốc Công an tỉnh")}},
	{"negative", "a body written like a name after đồng chí",
		"Báo cáo do đồng chí Thường Trực Quận Ủy trình bày.",
		nil},

	{"unknown surname", "Ông as a surname in a đồng chí list and after a title",
		"Dự có các đồng chí: Ông Văn Tùng - Chủ tịch Hội Nông dân huyện; Bế Thị Mai - Bí thư Huyện đoàn. Chủ tịch Hội Cựu chiến binh huyện Ông Kim Sơn phát biểu.",
		[]data.Official{off("Ông Văn Tùng", "Chủ tịch Hội Nông dân huyện"), off("Bế Thị Mai", "Bí thư Huyện đoàn"), off("Ông Kim Sơn", "Chủ tịch Hội Cựu chiến binh huyện")}},
	{"title name", "a two-syllable place closing a dashed title is not a name",
		"Đồng chí Võ Khắc Minh - Trạm trưởng Trạm Y tế Lạc Trung ghi nhận kết quả.",
		[]data.Official{off("Võ Khắc Minh", "Trạm trưởng Trạm Y tế Lạc Trung")}},

	// Rare surnames vouched for by the context
	{"unknown surname", "đồng chí vouches for an unknown surname",
		"Đồng chí Y Bhin Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu.",
		[]data.Official{off("Y Bhin Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")}},
	{"unknown surname", "rare surname after a title",
		"Phó Chủ tịch UBND tỉnh Khiếu Văn Thắng chủ trì cuộc họp.",
		[]data.Official{off("Khiếu Văn Thắng", "Phó Chủ tịch UBND tỉnh")}},
	{"unknown surname", "unknown surname after a unit word, vouched by Thị",
		"Phó Chủ tịch UBND tỉnh Lềnh Thị Lịch dự lễ.",
		[]data.Official{off("Lềnh Thị Lịch", "Phó Chủ tịch UBND tỉnh")}},
	{"unknown surname", "Ede and Jarai names with H' and Y' before a syllable",
		"Đến dự có đồng chí H'Lim Byă, Phó Chủ tịch HĐND tỉnh; đồng chí Rơ Lan Y’Sơn, Phó Chủ tịch UBND huyện.",
		[]data.Official{off("H'Lim Byă", "Phó Chủ tịch HĐND tỉnh"), off("Rơ Lan Y’Sơn", "Phó Chủ tịch UBND huyện")}},
	{"unknown surname", "list item with a surname missing from the lexicon",
		"Cùng dự có các đồng chí: Ksor Phước Hà, Phó Chủ tịch HĐND tỉnh; Rơ Mah Tuân, Phó Chủ tịch UBND tỉnh.",
		[]data.Official{off("Ksor Phước Hà", "Phó Chủ tịch HĐND tỉnh"), off("Rơ Mah Tuân", "Phó Chủ tịch UBND tỉnh")}},

	// Spelling variants of one text
	{"normalisation", "decomposed input and the other tone placement merge one person",
		norm.NFD.String("Đồng chí Nguyễn Thị Thuý Hoà - Bí thư Quận uỷ. Đồng chí Nguyễn Thị Thúy Hòa - Bí thư Quận ủy, Chủ tịch HĐND quận."),
		[]data.Official{off("Nguyễn Thị Thuý Hoà", "Bí thư Quận uỷ", "Chủ tịch HĐND quận")}},
	// Organisation names with small-letter syllables inside
	{"organisation", "military bodies with a small second syllable",
		"Đại tá Lục Văn Tuân, Phó Chính ủy Vùng 2 Hải quân, và Thiếu tướng Mẫn Đức Cường, Cục trưởng Cục Tác chiến Bộ Tổng tham mưu, dự lễ.",
		[]data.Official{off("Lục Văn Tuân", "Phó Chính ủy Vùng 2 Hải quân"), off("Mẫn Đức Cường", "Cục trưởng Cục Tác chiến Bộ Tổng tham mưu")}},
	{"organisation", "a school named by its field, the field's second syllable small",
		"TS Lưu Thị Nhàn, Hiệu trưởng Trường Đại học Sư phạm phát biểu khai giảng.",
		[]data.Official{off("Lưu Thị Nhàn", "Hiệu trưởng Trường Đại học Sư phạm")}},
	{"organisation", "a verb and its object after the place are not the body",
		"Đại tá Trịnh Văn Nơi, Giám đốc Công an tỉnh Quảng Ninh kiểm tra công tác tại đồn.",
		[]data.Official{off("Trịnh Văn Nơi", "Giám đốc Công an tỉnh Quảng Ninh")}},
	{"organisation", "an office named after a title is one body",
		"Phó Chủ nhiệm Văn phòng Chủ tịch nước Quan Thị Nga và Trưởng Tiểu ban Văn kiện Ninh Văn Hậu làm việc với tỉnh.",
		[]data.Official{off("Quan Thị Nga", "Phó Chủ nhiệm Văn phòng Chủ tịch nước"), off("Ninh Văn Hậu", "Trưởng Tiểu ban Văn kiện")}},
	{"organisation", "a Party bloc committee with các and và inside",
		"Ông Đàm Quang Vinh, Bí thư Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh, trao quyết định.",
		[]data.Official{off("Đàm Quang Vinh", "Bí thư Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh")}},
	{"organisation", "a body under a larger one with thuộc",
		"Bà Khổng Thị Lan, Trưởng Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội, phát biểu.",
		[]data.Official{off("Khổng Thị Lan", "Trưởng Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội")}},
	{"organisation", "a number glued to a name in capitals",
		"Phó Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Mạc Văn Khoa chủ trì.",
		[]data.Official{off("Mạc Văn Khoa", "Phó Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh")}},

	// A title reached through a long sentence
	{"link", "giữ chức at the end of a long sentence goes to its only person",
		"Tỉnh ủy quyết định điều động đồng chí Hầu A Lềnh, Phó Bí thư Đảng ủy xã Na Ư, đến nhận công tác tại xã Mường Lói, chỉ định tham gia Ban Chấp hành và giữ chức Bí thư Đảng ủy xã Mường Lói, nhiệm kỳ 2025-2030.",
		[]data.Official{off("Hầu A Lềnh", "Phó Bí thư Đảng ủy xã Na Ư", "Bí thư Đảng ủy xã Mường Lói")}},
	{"link", "a second person before the link takes the far title away",
		"Đồng chí Khuất Văn Chung, Bí thư Huyện ủy, đề nghị ông Mã Văn Lộc tiếp tục được bầu giữ chức Chủ tịch UBND huyện.",
		[]data.Official{off("Khuất Văn Chung", "Bí thư Huyện ủy"), off("Mã Văn Lộc", "Chủ tịch UBND huyện")}},

	{"link", "a post left (thôi giữ chức) is not reached through the sentence",
		"Bộ Chính trị điều động ông Sầm Văn Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, thôi tham gia Ban Chấp hành và thôi giữ chức Bí thư Tỉnh ủy Bắc Kạn.",
		[]data.Official{off("Sầm Văn Quý", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy")}},
	{"list", "a semicolon typed for a comma between two titles of one person",
		"Dự có các đồng chí: Mạc Thị Hòa, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HĐND tỉnh; Âu Văn Tư, Phó trưởng Đoàn ĐBQH tỉnh.",
		[]data.Official{off("Mạc Thị Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"), off("Âu Văn Tư", "Phó trưởng Đoàn ĐBQH tỉnh")}},
	{"list", "a small-letter title after a semicolon is someone else's",
		"Dự có Đại tá Chu Văn Kiên, Chính ủy Bộ CHQS tỉnh; thủ trưởng Phòng Chính sách, Cục Chính trị Quân khu.",
		[]data.Official{off("Chu Văn Kiên", "Chính ủy Bộ CHQS tỉnh")}},

	// The title set before the name with a comma
	{"title , honorific name", "a title, a comma, then ông and the name",
		"Phó Chủ tịch UBND tỉnh, ông Thạch Văn Sơn cho biết kế hoạch đã được duyệt.",
		[]data.Official{off("Thạch Văn Sơn", "Phó Chủ tịch UBND tỉnh")}},
	{"title , honorific name", "a title, a dash, then bà and the name",
		"Giám đốc Sở Y tế - bà Nông Thị Vui khẳng định nguồn thuốc đủ.",
		[]data.Official{off("Nông Thị Vui", "Giám đốc Sở Y tế")}},
	{"title , honorific name", "on behalf of a title holder is not the title",
		"Thay mặt Chủ tịch UBND tỉnh, ông Thạch Văn Sơn trao quà; thay mặt Ban Bí thư, đồng chí Hà Thị Khiết trao quyết định. Tiếp Đại sứ Lào, ông Lữ Văn Tôn cảm ơn.",
		[]data.Official{off("Hà Thị Khiết")}},
	{"title name", "a unit word closing an organisation does not make the name a place",
		"Đoàn do Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Hoàng Lâm dẫn đầu; Trưởng thôn Hoàng Sơn đón đoàn.",
		[]data.Official{off("Hoàng Lâm", "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn")}},

	// Historic leaders known by a pseudonym
	{"title name", "a pseudonym without a surname right after a top position",
		"Năm 1958, Tổng Bí thư Trường Chinh về thăm hợp tác xã; Chủ tịch Hội Nhà Văn và Thủ tướng Chính phủ dự.",
		[]data.Official{off("Trường Chinh", "Tổng Bí thư")}},

	// Signature blocks flattened onto one line
	{"signature", "a title glued to the body above it in capitals",
		"TM. BAN THƯỜNG VỤ TỈNH ĐOÀNPHÓ BÍ THƯ THƯỜNG TRỰC (đã ký) Mông Văn Thái",
		[]data.Official{off("Mông Văn Thái", "PHÓ BÍ THƯ THƯỜNG TRỰC")}},
	{"signature", "a new head in a line of capitals starts a new title",
		"TM. BAN BÍ THƯ HUYỆN ĐOÀN BÍ THƯ (đã ký) Ma Thị Duyên",
		[]data.Official{off("Ma Thị Duyên", "BÍ THƯ")}},

	// A title held by several people, before "là"
	{"title là names", "a counted title before là goes to every coordinated name",
		"Hai phó giám đốc công an tỉnh là Đại tá Vi Văn Khánh và Thượng tá Hoàng Thị Lụa.",
		[]data.Official{off("Vi Văn Khánh", "phó giám đốc công an tỉnh"), off("Hoàng Thị Lụa", "phó giám đốc công an tỉnh")}},
	{"title là names", "an uncounted title before là stays with the first name",
		"Chủ tịch UBND xã là ông Hứa Văn Đông và ông Bàn Văn Sinh dự họp.",
		[]data.Official{off("Hứa Văn Đông", "Chủ tịch UBND xã")}},

	// Abbreviations written with dots
	{"abbreviation", "UV.BTV with dots opens a dash list of titles",
		"Dự có đ/c Trương Văn Lực - UV.BTV Huyện ủy, Phó Chủ tịch HĐND huyện; đ/c Cù Thị Nở - UV.BTV Huyện ủy, Trưởng ban Dân vận.",
		[]data.Official{off("Trương Văn Lực", "UV.BTV Huyện ủy", "Phó Chủ tịch HĐND huyện"),
			off("Cù Thị Nở", "UV.BTV Huyện ủy", "Trưởng ban Dân vận")}},
	{"abbreviation", "T.Ư for Trung ương does not end the title",
		"Ông Vương Đình Tú, Bí thư T.Ư Đảng, Trưởng Ban Kinh tế T.Ư, và Phó Trưởng Ban Đối ngoại T.W Lê Hoài Nam dự họp.",
		[]data.Official{off("Vương Đình Tú", "Bí thư T.Ư Đảng", "Trưởng Ban Kinh tế T.Ư"), off("Lê Hoài Nam", "Phó Trưởng Ban Đối ngoại T.W")}},

	// Hard-wrapped pages (legal texts copied at ~80 columns)
	{"wrapped", "a delegate list wrapped at 78 columns: names and titles cut by line breaks",
		wrapAt("Chiều ngày 12 tháng 3 năm 2024, tại trụ sở Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh "+
			"Hà Quốc Dũng chủ trì cuộc họp về phòng, chống thiên tai. Tham dự cuộc họp có các Phó Chủ tịch Ủy "+
			"ban nhân dân tỉnh: Tôn Thất Bình, Mai Thị Kiều Oanh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn "+
			"Lạc Văn Quang, Chánh Văn phòng Đoàn đại biểu Quốc hội tỉnh Khổng Thị Thanh Hương; Chỉ huy trưởng "+
			"Bộ Chỉ huy Quân sự tỉnh Đèo Văn Sỹ và đại diện lãnh đạo các sở, ban, ngành liên quan.", 78),
		[]data.Official{off("Hà Quốc Dũng", "Chủ tịch Ủy ban nhân dân tỉnh"),
			off("Tôn Thất Bình", "Phó Chủ tịch Ủy ban nhân dân tỉnh"), off("Mai Thị Kiều Oanh", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
			off("Lạc Văn Quang", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
			off("Khổng Thị Thanh Hương", "Chánh Văn phòng Đoàn đại biểu Quốc hội tỉnh"),
			off("Đèo Văn Sỹ", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")}},
	{"wrapped", "a list of short lines keeps its breaks",
		"Thành phần gồm:\nÔng Vi Văn Thành\nPhó Chủ tịch UBND huyện\nBà Lục Thị Mến\nTrưởng phòng Nội vụ huyện",
		[]data.Official{off("Vi Văn Thành", "Phó Chủ tịch UBND huyện"), off("Lục Thị Mến", "Trưởng phòng Nội vụ huyện")}},

	// Lists with a shared title
	{"list", "an item with its own title before the name ends a list of bare names",
		"Dự lễ có các Phó Chủ tịch UBND tỉnh: Âu Văn Hải, Lò Thị Vân, Giám đốc Sở Xây dựng Nông Đức Tài.",
		[]data.Official{off("Âu Văn Hải", "Phó Chủ tịch UBND tỉnh"), off("Lò Thị Vân", "Phó Chủ tịch UBND tỉnh"),
			off("Nông Đức Tài", "Giám đốc Sở Xây dựng")}},

	// Bodies of the Party, the Assembly, the Government
	{"title name", "của Quốc hội inside a title before the name",
		"Phát biểu tại phiên họp, Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội Hầu Văn Phúc đề nghị làm rõ.",
		[]data.Official{off("Hầu Văn Phúc", "Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội")}},
	{"honorific , titles", "của Đảng closing a sub-committee",
		"Bà Đinh Thị Hoa, Ủy viên Tiểu ban Văn kiện Đại hội XIV của Đảng, trình bày tham luận.",
		[]data.Official{off("Đinh Thị Hoa", "Ủy viên Tiểu ban Văn kiện Đại hội XIV của Đảng")}},
	{"title name", "a name with Thị is not cut after Thị",
		"Phó Chánh Văn phòng Trung ương Đảng Lâm Thị Phương Thanh dự hội nghị.",
		[]data.Official{off("Lâm Thị Phương Thanh", "Phó Chánh Văn phòng Trung ương Đảng")}},

	// A list header with a comma (and a count word) before "gồm:"
	{"list header , gồm", "count word, comma before gồm and items named only with ông/bà",
		"Hai Phó Chủ tịch UBND thị xã, gồm: ông Hà Văn Sử; bà Lục Thị Thơm và ông Vi Minh Đạt.",
		[]data.Official{off("Hà Văn Sử", "Phó Chủ tịch UBND thị xã"), off("Lục Thị Thơm", "Phó Chủ tịch UBND thị xã"),
			off("Vi Minh Đạt", "Phó Chủ tịch UBND thị xã")}},
	{"list header , gồm", "digits before the header, the first item with titles of its own",
		"Ban Chỉ đạo có 3 Phó Trưởng ban, gồm: ông Mông Đức Tiến, Phó Chủ tịch UBND huyện; bà Tạ Thị Hằng; ông Lò Văn Khương.",
		[]data.Official{off("Mông Đức Tiến", "Phó Trưởng ban", "Phó Chủ tịch UBND huyện"), off("Tạ Thị Hằng", "Phó Trưởng ban"),
			off("Lò Văn Khương", "Phó Trưởng ban")}},
	{"list header , gồm", "a plural header, gồm with no colon and the first name after ông",
		"Các Phó Giám đốc Sở gồm ông Hà Minh Tâm, Vi Thị Lụa và ông Đinh Văn Sáu.",
		[]data.Official{off("Hà Minh Tâm", "Phó Giám đốc Sở"), off("Vi Thị Lụa", "Phó Giám đốc Sở"), off("Đinh Văn Sáu", "Phó Giám đốc Sở")}},
	{"list header , gồm", "one title, gồm with no colon: ông is not a list",
		"Trưởng đoàn gồm ông Hà Minh Tâm và các cán bộ của Sở.",
		nil},
	{"list header , gồm", "the team of a title holder is no list of holders",
		"Tổ giúp việc của Phó Chủ tịch UBND tỉnh, gồm: ông Vi Văn Hải, Chánh Văn phòng; bà Lục Thị Ngân, Trưởng phòng Tổng hợp.",
		[]data.Official{off("Vi Văn Hải", "Chánh Văn phòng"), off("Lục Thị Ngân", "Trưởng phòng Tổng hợp")}},
	{"list header , gồm", "a count of posts in brackets names no one",
		"Thường trực Hội đồng gồm 5 người (Chủ tịch và 4 Phó Chủ tịch), nhiệm kỳ 2026 - 2031.",
		nil},
	{"list header , gồm", "a title, a comma and gồm followed by bodies names no one",
		"Đoàn giám sát của Phó Chủ tịch HĐND tỉnh, gồm: đại diện các sở, ngành và UBND các huyện.",
		nil},

	// A list header: "[count] TITLE [khóa …, nhiệm kỳ …][,] gồm [các ông | các bà | các ông, bà][:]"
	{"list header gồm các ông", "a count word, gồm các ông and a colon before a semicolon list",
		"Ban Bí thư chuẩn y 2 Phó Bí thư Huyện ủy gồm các ông: Mã Văn Tiến; Lộc Hữu Đạt.",
		[]data.Official{off("Mã Văn Tiến", "Phó Bí thư Huyện ủy"), off("Lộc Hữu Đạt", "Phó Bí thư Huyện ủy")}},
	{"list header gồm các ông", "the term between the title and gồm with commas",
		"Bộ Chính trị chuẩn y 3 Phó Bí thư Tỉnh ủy Lai Châu khóa 15, nhiệm kỳ 2025-2030, gồm các ông: Giàng A Tông; Tẩn Văn Lìu; Vàng Thị Sua.",
		[]data.Official{off("Giàng A Tông", "Phó Bí thư Tỉnh ủy Lai Châu"), off("Tẩn Văn Lìu", "Phó Bí thư Tỉnh ủy Lai Châu"),
			off("Vàng Thị Sua", "Phó Bí thư Tỉnh ủy Lai Châu")}},
	{"list header gồm các ông", "a Roman term and gồm with a colon",
		"Hội nghị bầu 2 Phó Chủ tịch HĐND huyện khóa XX gồm: Nông Văn Thắm, Hoàng Thị Dịu.",
		[]data.Official{off("Nông Văn Thắm", "Phó Chủ tịch HĐND huyện"), off("Hoàng Thị Dịu", "Phó Chủ tịch HĐND huyện")}},
	{"list header gồm các ông", "a ministry's deputies named after gồm các ông: with commas and và",
		"Hiện Bộ Xây dựng có 4 Thứ trưởng gồm các ông: Lục Văn Thành, Mạc Đình Khôi, Tăng Hữu Lộc và Ninh Quang Vượng.",
		[]data.Official{off("Lục Văn Thành", "Thứ trưởng"), off("Mạc Đình Khôi", "Thứ trưởng"), off("Tăng Hữu Lộc", "Thứ trưởng"),
			off("Ninh Quang Vượng", "Thứ trưởng")}},
	{"list header gồm các ông", "gồm các ông, bà: before a mixed list",
		"Các Phó Giám đốc Sở Nội vụ gồm các ông, bà: Hà Thị Nhung, Ma Văn Quế.",
		[]data.Official{off("Hà Thị Nhung", "Phó Giám đốc Sở Nội vụ"), off("Ma Văn Quế", "Phó Giám đốc Sở Nội vụ")}},
	{"list header gồm các ông", "a title after làm is what the leader is made, not a header of the team",
		"Đoàn công tác do Phó Chủ tịch UBND huyện làm trưởng đoàn gồm các ông: Lưu Văn Dự, Phạm Văn Hòe.",
		nil},
	{"list header gồm các ông", "a title after làm heads no gồm: list either",
		"Đoàn do Giám đốc Sở Y tế làm trưởng đoàn gồm: Ninh Văn Hào, Đàm Thị Lê.",
		nil},
	{"list header gồm các ông", "a count of members in brackets and a team of ông, bà name no one",
		"Hội đồng gồm 7 người (Chủ tịch và 6 Phó Chủ tịch). Tổ công tác gồm các ông, bà cán bộ của các phòng.",
		nil},
	{"list header gồm các ông", "gồm các ông: after a team that is no title names no one by the team",
		"Tổ công tác gồm các ông: Lưu Văn Dự, Phạm Văn Hòe.",
		nil},

	// "chức vụ|chức danh TITLE [nhiệm kỳ …] đối với ông A[, T] [và ông B[, T]]"
	{"office đối với", "a dismissal names the post before the person",
		"Kỳ họp đã miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Mã Đình Khải để nghỉ hưu.",
		[]data.Official{off("Mã Đình Khải", "Phó Chủ tịch UBND huyện")}},
	{"office đối với", "a term and a comma between the post and đối với",
		"Kỳ họp miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh khóa XIV, nhiệm kỳ 2016-2021, đối với bà Mạc Thị Quyên.",
		[]data.Official{off("Mạc Thị Quyên", "Phó Chủ tịch UBND tỉnh")}},
	{"office đối với", "a comma alone between the post and đối với links nothing",
		"Chức vụ Phó Chủ tịch UBND tỉnh, đối với ông Vi Văn Thắng, là một trọng trách.",
		nil},
	{"office đối với", "an approved election given to two people with their own titles",
		"Thủ tướng phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Bắc Kạn nhiệm kỳ 2021-2026 đối với ông Hoàng Văn Lực, Giám đốc Sở Công Thương và bà Đinh Thị Nụ, Giám đốc Sở Nội vụ.",
		[]data.Official{off("Hoàng Văn Lực", "Phó Chủ tịch UBND tỉnh Bắc Kạn", "Giám đốc Sở Công Thương"),
			off("Đinh Thị Nụ", "Phó Chủ tịch UBND tỉnh Bắc Kạn", "Giám đốc Sở Nội vụ")}},
	{"office đối với", "two posts joined by và after chức danh",
		"HĐND tỉnh đã miễn nhiệm chức danh Chủ tịch UBND và đại biểu HĐND tỉnh Gia Lai đối với ông Rơ Lan Hiếu.",
		[]data.Official{off("Rơ Lan Hiếu", "Chủ tịch UBND", "đại biểu HĐND tỉnh Gia Lai")}},
	{"office đối với", "an election approved for a colon list, across semicolons and the members' own terms",
		"Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Yên Bái nhiệm kỳ 2021 - 2026 đối với: bà Hà Thị Thơm, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021; ông Vũ Đức Mạnh, ông Triệu Văn Lìn.",
		[]data.Official{off("Hà Thị Thơm", "Phó Chủ tịch UBND tỉnh Yên Bái", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
			off("Vũ Đức Mạnh", "Phó Chủ tịch UBND tỉnh Yên Bái"), off("Triệu Văn Lìn", "Phó Chủ tịch UBND tỉnh Yên Bái")}},
	{"office đối với", "a post approved with its term in brackets",
		"Ban Bí thư chuẩn y chức danh Phó Bí thư Thành ủy (nhiệm kỳ 2020 - 2025) đối với ông Lý Quốc Toản (Chủ tịch HĐND thành phố).",
		[]data.Official{off("Lý Quốc Toản", "Phó Bí thư Thành ủy", "Chủ tịch HĐND thành phố")}},
	{"office đối với", "đối với a number of cases names no one",
		"Hội đồng đã xem xét miễn nhiệm chức vụ Trưởng phòng đối với 3 trường hợp vi phạm.",
		nil},
	{"office đối với", "đối với without chức vụ does not give the title before it",
		"Chủ tịch UBND tỉnh tặng bằng khen đối với ông Vương Văn Tám, người dân xã Đồng Lạc.",
		nil},

	// A term of office inside a chain of titles
	{"term in chain", "a chain of titles runs through terms of office and và",
		"Ban Bí thư kết luận ông Hà Đức Lương - Phó Bí thư Tỉnh ủy nhiệm kỳ 2015 – 2020, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh nhiệm kỳ 2016 – 2021 và Ủy viên Ban Thường vụ Tỉnh ủy chịu trách nhiệm.",
		[]data.Official{off("Hà Đức Lương", "Phó Bí thư Tỉnh ủy", "Bí thư Ban cán sự đảng", "Chủ tịch UBND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy")}},
	{"term in chain", "a new post after a term of office and làm",
		"Chỉ định ông Mai Xuân Lộc, Phó Bí thư Tỉnh ủy nhiệm kỳ 2020-2025, làm Phó Bí thư Thường trực Tỉnh ủy, nhiệm kỳ 2025-2030.",
		[]data.Official{off("Mai Xuân Lộc", "Phó Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy")}},
	{"term in chain", "khóa keeps its Arabic number",
		"Bộ Chính trị chuẩn y ông Sùng A Hồ giữ chức Bí thư Tỉnh ủy Điện Biên khóa 15, nhiệm kỳ 2025-2030.",
		[]data.Official{off("Sùng A Hồ", "Bí thư Tỉnh ủy Điện Biên")}},
	{"term in chain", "a term of office followed by a verb ends the chain",
		"Ông Lý Văn Sáu, Chủ tịch UBND huyện nhiệm kỳ 2016 - 2021 chịu trách nhiệm về vi phạm, Phó Chủ tịch UBND huyện Tạ Văn Mười bị khiển trách.",
		[]data.Official{off("Lý Văn Sáu", "Chủ tịch UBND huyện"), off("Tạ Văn Mười", "Phó Chủ tịch UBND huyện")}},

	// Complete unit names: lower-case last words, the parent body after a comma
	{"unit name", "a police department whose last words are written small, then its ministry",
		"Dự buổi làm việc có thiếu tướng Đỗ Văn Quyết, Cục trưởng Cục An ninh điều tra, Bộ Công an và các cán bộ của Cục.",
		[]data.Official{off("Đỗ Văn Quyết", "Cục trưởng Cục An ninh điều tra, Bộ Công an")}},
	{"unit name", "a department of the Party's central commission after a comma",
		"Ông Lã Văn Hiệp, Vụ trưởng Vụ Địa phương III, Ban Tổ chức Trung ương, đã trao quyết định.",
		[]data.Official{off("Lã Văn Hiệp", "Vụ trưởng Vụ Địa phương III, Ban Tổ chức Trung ương")}},
	{"unit name", "a board of a provincial labour federation after a comma, in a list",
		"Dự có đồng chí Thạch Thị Sa, Trưởng Ban Tổ chức và Kiểm tra, Liên đoàn Lao động tỉnh; đồng chí Kim Văn Ron, Tỉnh ủy viên.",
		[]data.Official{off("Thạch Thị Sa", "Trưởng Ban Tổ chức và Kiểm tra, Liên đoàn Lao động tỉnh"), off("Kim Văn Ron", "Tỉnh ủy viên")}},
	{"unit name", "a numbered programme inside an office name",
		"Đoàn do ông Lầu Văn Páo, Chánh Văn phòng Điều phối Chương trình 135 tỉnh làm trưởng đoàn.",
		[]data.Official{off("Lầu Văn Páo", "Chánh Văn phòng Điều phối Chương trình 135 tỉnh", "trưởng đoàn")}},
	{"unit name", "a department placed under its province ends at the comma before the next title",
		"Đồng chí Vi Thị Hạnh, Trưởng Ban Dân vận Tỉnh ủy, Ban Chỉ đạo tỉnh đã kiểm tra và Phó Ban Tuyên giáo Hà Văn Dần dự.",
		[]data.Official{off("Vi Thị Hạnh", "Trưởng Ban Dân vận Tỉnh ủy"), off("Hà Văn Dần", "Phó Ban Tuyên giáo")}},
	{"unit name", "a title head after the comma starts a new title",
		"Đồng chí Mông Văn Tỏ, Vụ trưởng Vụ Tổng hợp, Ủy viên Ban Chấp hành Đảng bộ Bộ phát biểu.",
		[]data.Official{off("Mông Văn Tỏ", "Vụ trưởng Vụ Tổng hợp", "Ủy viên Ban Chấp hành Đảng bộ Bộ")}},

	// A chain begun title first keeps that order: "T1, T2 NAME1, T3, T4 NAME2"
	{"title chain mode", "the titles after the first name lead to the second name",
		"Dự lễ có Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo Trung ương Lại Văn Tâm, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Y tế Khổng Thị Hạnh.",
		[]data.Official{off("Lại Văn Tâm", "Ủy viên Bộ Chính trị", "Trưởng Ban Tuyên giáo Trung ương"),
			off("Khổng Thị Hạnh", "Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Y tế")}},
	{"title chain mode", "titles after a title-first name with no name after them stay hers",
		"Bí thư Huyện ủy Đèo Văn Khải, Chủ tịch HĐND huyện phát biểu khai mạc.",
		[]data.Official{off("Đèo Văn Khải", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện")}},
	{"title chain mode", "a name-first list keeps each item's titles",
		"Dự có các đồng chí: Lò Văn Páo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Quàng Thị Inh, Phó Chủ tịch UBND tỉnh.",
		[]data.Official{off("Lò Văn Páo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"), off("Quàng Thị Inh", "Phó Chủ tịch UBND tỉnh")}},

	// "Đối với / Với / Về phía NAME, TITLE verb": the title is the main clause's subject
	{"opening phrase", "a title after the phrase's comma and before a verb is the subject",
		"Đối với đồng chí Lù Văn Chiến, Bí thư Huyện ủy đề nghị tiếp tục phát huy kinh nghiệm.",
		[]data.Official{off("Lù Văn Chiến")}},
	{"opening phrase", "a title after the phrase's comma and before another comma is an apposition",
		"Đối với đồng chí Lù Văn Chiến, Bí thư Huyện ủy, đây là trọng trách mới.",
		[]data.Official{off("Lù Văn Chiến", "Bí thư Huyện ủy")}},
	{"opening phrase", "với inside a clause keeps the apposition",
		"Đoàn đã làm việc với đồng chí Lù Văn Chiến, Bí thư Huyện ủy về công tác cán bộ.",
		[]data.Official{off("Lù Văn Chiến", "Bí thư Huyện ủy")}},
	{"opening phrase", "without the phrase the title is the name's",
		"Đồng chí Lù Văn Chiến, Bí thư Huyện ủy đề nghị tiếp tục phát huy kinh nghiệm.",
		[]data.Official{off("Lù Văn Chiến", "Bí thư Huyện ủy")}},

	// Bare names coordinated after "các đồng chí" share the address term and a link
	{"các đồng chí list", "ethnic names without a Vietnamese surname share a post with the others",
		"Hội nghị thống nhất các đồng chí Y Bhin, A Dũng, Hồ Văn Lợi tiếp tục giữ chức Phó Bí thư Huyện ủy.",
		[]data.Official{off("Y Bhin", "Phó Bí thư Huyện ủy"), off("A Dũng", "Phó Bí thư Huyện ủy"), off("Hồ Văn Lợi", "Phó Bí thư Huyện ủy")}},
	{"các đồng chí list", "a list of three with và before a linking verb",
		"Các đồng chí Siu Hơ, Rơ Châm Lưu và Đào Văn Khỏe được bầu làm Phó Chủ tịch UBND huyện.",
		[]data.Official{off("Siu Hơ", "Phó Chủ tịch UBND huyện"), off("Rơ Châm Lưu", "Phó Chủ tịch UBND huyện"),
			off("Đào Văn Khỏe", "Phó Chủ tịch UBND huyện")}},
	{"các đồng chí list", "bare names after các đồng chí are officials without a post",
		"Buổi lễ có sự tham dự của các đồng chí Y Wai, Phạm Văn Tâm, Nay Blúp.",
		[]data.Official{off("Y Wai"), off("Phạm Văn Tâm"), off("Nay Blúp")}},
	{"các đồng chí list", "a place after a name ends the list of names",
		"Các đồng chí Lê Văn Tám, Hà Nội và Vũ Văn Chín cùng dự.",
		[]data.Official{off("Lê Văn Tám")}},

	// "ông + given name": a short reference to the one full name met before
	{"short reference", "ông and the last syllable name the one person met before",
		"Ông Hứa Văn Thiện, Phó Bí thư Thường trực Tỉnh ủy, được bầu làm Chủ tịch HĐND tỉnh. Hiện ông Thiện giữ chức Trưởng Đoàn đại biểu Quốc hội tỉnh.",
		[]data.Official{off("Hứa Văn Thiện", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Trưởng Đoàn đại biểu Quốc hội tỉnh")}},
	{"short reference", "two people with that last syllable: the short reference names no one",
		"Ông Hứa Văn Thiện là Chủ tịch UBND huyện, ông Ma Đình Thiện là Phó Chủ tịch. Ông Thiện giữ chức Bí thư Đảng ủy xã.",
		[]data.Official{off("Hứa Văn Thiện", "Chủ tịch UBND huyện"), off("Ma Đình Thiện", "Phó Chủ tịch")}},
	{"short reference", "a short reference before the full name names no one",
		"Ông Thiện giữ chức Bí thư Đảng ủy xã. Ông Hứa Văn Thiện là Chủ tịch UBND huyện.",
		[]data.Official{off("Hứa Văn Thiện", "Chủ tịch UBND huyện")}},

	// A post left ("thôi giữ chức") does not keep a later post from its holder
	{"far link", "the new post after a post left goes to the one person of the sentence",
		"Theo quyết định, ông Rơ Mah Điệp, Phó Bí thư Tỉnh ủy, nay thôi giữ chức Phó Bí thư Tỉnh ủy, thôi tham gia Ban Chấp hành Đảng bộ tỉnh để giữ chức Phó Trưởng Ban Chỉ đạo Tây Nguyên.",
		[]data.Official{off("Rơ Mah Điệp", "Phó Bí thư Tỉnh ủy", "Phó Trưởng Ban Chỉ đạo Tây Nguyên")}},
	{"unit name", "a body after a centre's comma is no parent of it",
		"Ông Vũ Văn Lộc, Giám đốc Trung tâm Văn hóa, Hội Nông dân huyện và Đoàn Thanh niên tặng quà.",
		[]data.Official{off("Vũ Văn Lộc", "Giám đốc Trung tâm Văn hóa")}},

	// Where a new name starts in an open "các đồng chí:" list
	{"list item start", "foreign provincial governors and their province, then the country in brackets",
		"Đón đoàn có các đồng chí: Xổm Phăn Khăm Ma Ni - Tỉnh trưởng tỉnh Hủa Phăn; Bun Thong Vi La - Phó Tỉnh trưởng và lãnh đạo một số sở của tỉnh (Nước Cộng hòa Dân chủ Nhân dân Lào).",
		[]data.Official{off("Xổm Phăn Khăm Ma Ni", "Tỉnh trưởng tỉnh Hủa Phăn"), off("Bun Thong Vi La", "Phó Tỉnh trưởng")}},
	{"list item start", "a foreign district head leading a delegation",
		"Đoàn do đồng chí Lý Minh Cường, Phó Bí thư Huyện ủy, Huyện trưởng huyện Hà Khẩu làm trưởng đoàn; cùng đi có Phó Huyện trưởng Vương Lệ Bình.",
		[]data.Official{off("Lý Minh Cường", "Phó Bí thư Huyện ủy", "Huyện trưởng huyện Hà Khẩu", "trưởng đoàn"), off("Vương Lệ Bình", "Phó Huyện trưởng")}},
	{"list item start", "a place after a unit word inside a list item is no new item",
		"Làm việc với đoàn có các đồng chí: Khăm Xay Nhot Ma - Bí thư, Tỉnh trưởng tỉnh Phông Na Khệt; Vông Phết Xay - Phó Bí thư.",
		[]data.Official{off("Khăm Xay Nhot Ma", "Bí thư", "Tỉnh trưởng tỉnh Phông Na Khệt"), off("Vông Phết Xay", "Phó Bí thư")}},
	{"list item start", "a capitalised title syllable does not start a new item",
		"Dự có các đồng chí: Y Kông Ksor - Phó Trưởng Đồn Biên phòng; Lò Văn Sinh - Phó Chủ nhiệm UBKT Huyện ủy.",
		[]data.Official{off("Y Kông Ksor", "Phó Trưởng Đồn Biên phòng"), off("Lò Văn Sinh", "Phó Chủ nhiệm UBKT Huyện ủy")}},
	{"list item start", "bare names after commas and và still start items",
		"Các đồng chí: Ksor H'Bla, Rơ Châm Phi và Siu Đoan cùng dự.",
		[]data.Official{off("Ksor H'Bla"), off("Rơ Châm Phi"), off("Siu Đoan")}},

	// Two-syllable names after a province-level unit word
	{"province then name", "a two-syllable name after tỉnh that is no province",
		"Giám đốc Sở Xây dựng tỉnh Đàm Khôi cho biết tiến độ công trình.",
		[]data.Official{off("Đàm Khôi", "Giám đốc Sở Xây dựng tỉnh")}},
	{"province then name", "a two-syllable name does not join the next person's title",
		"Chủ tịch UBND tỉnh Lò Kiên, Phó Chủ tịch UBND tỉnh Hà Văn Phúc dự lễ.",
		[]data.Official{off("Lò Kiên", "Chủ tịch UBND tỉnh"), off("Hà Văn Phúc", "Phó Chủ tịch UBND tỉnh")}},
	{"province then name", "a two-syllable name after thành phố",
		"Trưởng Ban Tuyên giáo Thành ủy, Chủ tịch Ủy ban MTTQ thành phố Vương Dũng dự họp.",
		[]data.Official{off("Vương Dũng", "Trưởng Ban Tuyên giáo Thành ủy", "Chủ tịch Ủy ban MTTQ thành phố")}},
	{"province then name", "a province after tỉnh stays the place",
		"Chủ tịch UBND tỉnh Hà Giang và Bí thư Tỉnh ủy tỉnh Hà Tây cũ phát biểu.",
		nil},
	{"province then name", "a provincial city after thành phố stays the place",
		"Chủ tịch UBND thành phố Sầm Sơn và Chủ tịch UBND thành phố Đồng Xoài phát biểu.",
		nil},
	{"province then name", "a ward after phường stays the place",
		"Chủ tịch UBND phường Lê Lợi và Bí thư Đảng ủy xã Hoàng Sơn phát biểu.",
		nil},
	{"province then name", "a place whose name runs on past a hyphen stays the place",
		"Chủ tịch UBND thành phố Phan Rang-Tháp Chàm và Phó Chủ tịch UBND thành phố Phan Rang - Tháp Chàm Lưu Văn Bảo dự lễ.",
		[]data.Official{off("Lưu Văn Bảo", "Phó Chủ tịch UBND thành phố Phan Rang - Tháp Chàm")}},
	{"province then name", "a foreign province after tỉnh stays the place",
		"Bí thư Tỉnh ủy tỉnh Hồ Nam và Chủ tịch tỉnh Giang Tây tiếp đoàn.",
		nil},

	// Organisations named after a person
	{"eponym", "a Youth Union named after the President in a title chain",
		"Đồng chí Lăng Văn Tú, Bí thư Tỉnh đoàn, Bí thư Đoàn TNCS Hồ Chí Minh tỉnh dự lễ.",
		[]data.Official{off("Lăng Văn Tú", "Bí thư Tỉnh đoàn", "Bí thư Đoàn TNCS Hồ Chí Minh tỉnh")}},
	{"eponym", "an academy named after the President closes a title apposed to someone",
		"Đoàn do GS.TS Nông Quốc Bình, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh làm trưởng đoàn.",
		[]data.Official{off("Nông Quốc Bình", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh", "trưởng đoàn")}},
	{"eponym", "a university named after a physician closes a title apposed to someone",
		"Đoàn do PGS.TS Cù Thị Lan, Phó Chủ tịch Hội Y học, Hiệu trưởng Trường Đại học Y khoa Phạm Ngọc Thạch làm trưởng đoàn.",
		[]data.Official{off("Cù Thị Lan", "Phó Chủ tịch Hội Y học", "Hiệu trưởng Trường Đại học Y khoa Phạm Ngọc Thạch", "trưởng đoàn")}},
	{"eponym", "a person named after a body and a place in a list of title-name items stays a person",
		"Tham dự có Thứ trưởng Bộ Y tế Lục Văn Hòa, Giám đốc Bệnh viện tỉnh Tạ Văn Bình và các bác sĩ.",
		[]data.Official{off("Lục Văn Hòa", "Thứ trưởng Bộ Y tế"), off("Tạ Văn Bình", "Giám đốc Bệnh viện tỉnh")}},
	{"eponym", "the President named with his title is still an official",
		"Dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Khu di tích.",
		[]data.Official{off("Hồ Chí Minh", "Chủ tịch")}},
	{"eponym", "a person named after an organisation title with no one before stays a person",
		"Giám đốc Bệnh viện Đa khoa tỉnh Trịnh Văn Lương kiểm tra khoa cấp cứu.",
		[]data.Official{off("Trịnh Văn Lương", "Giám đốc Bệnh viện Đa khoa tỉnh")}},

	// A department title with no parent body keeps the chain going
	{"department title", "a department name closes a title and the next title of the chain follows",
		"Dự có đồng chí Mạc Văn Khánh, Trưởng Ban Tổ chức, Trưởng phòng Nội vụ huyện.",
		[]data.Official{off("Mạc Văn Khánh", "Trưởng Ban Tổ chức", "Trưởng phòng Nội vụ huyện")}},
	{"department title", "lower-case titles with a department in the middle of the chain",
		"đồng chí Hoàng Thị Vân, ủy viên ban thường vụ huyện ủy, Trưởng ban Kiểm tra, chủ tịch Hội Nông dân huyện đến dự.",
		[]data.Official{off("Hoàng Thị Vân", "ủy viên ban thường vụ huyện ủy", "Trưởng ban Kiểm tra", "chủ tịch Hội Nông dân huyện")}},
	{"department title", "capitalised words the title left do not drop the next titles",
		"Ông Tòng Văn Lả, Trưởng ban Tổ chức giải, Chủ tịch Hội Thể thao huyện, cảm ơn các vận động viên.",
		[]data.Official{off("Tòng Văn Lả", "Trưởng ban Tổ chức giải", "Chủ tịch Hội Thể thao huyện")}},
	{"department title", "a verb after a title is no part of it",
		"Đồng chí Lò Thị Hiên, Phó Chủ tịch UBND huyện Phát biểu, Bí thư Huyện ủy Hà Văn Sáng kết luận.",
		[]data.Official{off("Lò Thị Hiên", "Phó Chủ tịch UBND huyện"), off("Hà Văn Sáng", "Bí thư Huyện ủy")}},
	{"department title", "a department with its parent body stays one title",
		"Ông Tòng Văn Lả, Trưởng Ban Tổ chức Huyện ủy, Trưởng ban Tuyên giáo, cảm ơn các đảng viên.",
		[]data.Official{off("Tòng Văn Lả", "Trưởng Ban Tổ chức Huyện ủy", "Trưởng ban Tuyên giáo")}},

	// fresh check h8: "POST đối với ông A; POST đối với ông B" read item by item
	{"office links", "posts listed after \"gồm:\" each go to the person after their \"đối với\"",
		"Kỳ họp đã miễn nhiệm các chức vụ, gồm: Phó Chủ tịch HĐND huyện đối với ông Vương Đình Quý; Chủ tịch UBND huyện đối với bà Lục Thị Hoa và Phó Chủ tịch UBND huyện đối với ông Tạ Quang Vinh.",
		[]data.Official{off("Vương Đình Quý", "Phó Chủ tịch HĐND huyện"), off("Lục Thị Hoa", "Chủ tịch UBND huyện"), off("Tạ Quang Vinh", "Phó Chủ tịch UBND huyện")}},
	{"office links", "a second post after a semicolon follows the first \"chức danh … đối với\" item",
		"HĐND xã đã miễn nhiệm chức danh Chủ tịch HĐND xã đối với bà Lục Thị Hoa; Phó Chủ tịch UBND xã đối với ông Tạ Quang Vinh.",
		[]data.Official{off("Lục Thị Hoa", "Chủ tịch HĐND xã"), off("Tạ Quang Vinh", "Phó Chủ tịch UBND xã")}},
	{"office links", "a post after a comma and its own \"đối với\" is the next item, not the person's title",
		"Hội đồng đã bầu chức danh Chủ tịch UBND xã đối với ông Tạ Quang Vinh, Phó Chủ tịch UBND xã đối với bà Lục Thị Hoa.",
		[]data.Official{off("Tạ Quang Vinh", "Chủ tịch UBND xã"), off("Lục Thị Hoa", "Phó Chủ tịch UBND xã")}},
	{"office links", "guard: a list after \"gồm:\" with no appointment verb gives no post",
		"Nội dung làm việc gồm: trách nhiệm của Chủ tịch UBND xã đối với ông Tạ Quang Vinh trong vụ việc.",
		nil},
	{"office links", "guard: \"trách nhiệm\" before \"gồm:\" is no dismissal",
		"Trách nhiệm nêu gương gồm: Chủ tịch UBND xã đối với ông Tạ Quang Vinh trong mọi việc.",
		nil},
	{"office links", "guard: a person's own title after the comma is still read when no \"đối với\" follows it",
		"HĐND xã đã miễn nhiệm chức danh Chủ tịch HĐND xã đối với bà Lục Thị Hoa, Bí thư Đảng ủy xã; kỳ họp bế mạc sau đó.",
		[]data.Official{off("Lục Thị Hoa", "Chủ tịch HĐND xã", "Bí thư Đảng ủy xã")}},
	// fresh check h8: "bầu ông A, T_A và ông B, T_B giữ chức X" gives X to both
	{"link verbs", "a post after two coordinated people with their own titles is both people's",
		"HĐND huyện đã bầu ông Hoàng Văn Sinh, Trưởng phòng Nội vụ và bà Nông Thị Duyên, Bí thư Đảng ủy xã Cốc Pàng giữ chức Phó Chủ tịch UBND huyện.",
		[]data.Official{off("Hoàng Văn Sinh", "Trưởng phòng Nội vụ", "Phó Chủ tịch UBND huyện"), off("Nông Thị Duyên", "Bí thư Đảng ủy xã Cốc Pàng", "Phó Chủ tịch UBND huyện")}},
	{"link verbs", "the shared post also after dashes and \"được bầu làm\"",
		"Ông Hoàng Văn Sinh – Trưởng phòng Nội vụ và ông Mã Thế Hùng – Chánh Văn phòng HĐND huyện được bầu làm Ủy viên UBND huyện.",
		[]data.Official{off("Hoàng Văn Sinh", "Trưởng phòng Nội vụ", "Ủy viên UBND huyện"), off("Mã Thế Hùng", "Chánh Văn phòng HĐND huyện", "Ủy viên UBND huyện")}},
	{"link verbs", "the shared post when a short phrase and a comma open the sentence",
		"Theo đó, ông Hoàng Văn Sinh – Trưởng phòng Nội vụ và ông Mã Thế Hùng – Chánh Văn phòng HĐND huyện được bầu làm Ủy viên UBND huyện.",
		[]data.Official{off("Hoàng Văn Sinh", "Trưởng phòng Nội vụ", "Ủy viên UBND huyện"), off("Mã Thế Hùng", "Chánh Văn phòng HĐND huyện", "Ủy viên UBND huyện")}},
	{"link verbs", "guard: a person met before the coordinated subject does not share the post",
		"Đoàn đã thăm ông Hoàng Văn Sinh, Trưởng phòng Nội vụ; bà Nông Thị Duyên, Bí thư Đảng ủy xã giữ chức Phó Chủ tịch UBND huyện từ năm 2020.",
		[]data.Official{off("Hoàng Văn Sinh", "Trưởng phòng Nội vụ"), off("Nông Thị Duyên", "Bí thư Đảng ủy xã", "Phó Chủ tịch UBND huyện")}},
	// fresh check h8: more verbs of appointment link the post
	{"link verbs", "\"giữ chức danh\" links the post as \"giữ chức\" does",
		"Bà Nông Thị Duyên giữ chức danh Phó Chủ tịch UBND huyện Bảo Lạc.",
		[]data.Official{off("Nông Thị Duyên", "Phó Chủ tịch UBND huyện Bảo Lạc")}},
	{"link verbs", "\"tái đắc cử chức vụ\" gives the post after the person's former one",
		"Ông Hoàng Văn Sinh, Chủ tịch HĐND huyện khóa XIX tái đắc cử chức vụ Chủ tịch HĐND huyện Bảo Lạc.",
		[]data.Official{off("Hoàng Văn Sinh", "Chủ tịch HĐND huyện", "Chủ tịch HĐND huyện Bảo Lạc")}},
	{"link verbs", "the person named by \"chỉ định\" takes the post after coordinated verb phrases",
		"Ban Thường vụ Tỉnh ủy chỉ định ông Hoàng Văn Sinh tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức Bí thư Huyện ủy Bảo Lạc.",
		[]data.Official{off("Hoàng Văn Sinh", "Bí thư Huyện ủy Bảo Lạc")}},
	{"link verbs", "a person named before the verb of appointment does not hide the one it names",
		"Theo ông Mã Thế Hùng, Ban Thường vụ Tỉnh ủy đã chỉ định ông Hoàng Văn Sinh tham gia Ban Chấp hành và giữ chức Bí thư Huyện ủy Bảo Lạc.",
		[]data.Official{off("Hoàng Văn Sinh", "Bí thư Huyện ủy Bảo Lạc")}},
	{"link verbs", "guard: a person not named by a verb of appointment takes no far post",
		"Ông Hoàng Văn Sinh cho biết người mới sẽ tham gia Ban Chấp hành và giữ chức Bí thư Huyện ủy.",
		nil},
	// fresh check h8: "[N] POST là các ông A, B, C" heads a list
	{"list header", "a counted post before \"là các ông\" goes to every name listed",
		"HĐND huyện đã bầu 3 Phó Chủ tịch UBND huyện là các ông Hoàng Văn Sinh, Nông Đức Lợi, Mã Thế Hùng.",
		[]data.Official{off("Hoàng Văn Sinh", "Phó Chủ tịch UBND huyện"), off("Nông Đức Lợi", "Phó Chủ tịch UBND huyện"), off("Mã Thế Hùng", "Phó Chủ tịch UBND huyện")}},
	{"list header", "the plural address term alone makes the post shared",
		"Phó Chủ tịch HĐND huyện là các bà Lục Thị Hoa và Nông Thị Duyên.",
		[]data.Official{off("Lục Thị Hoa", "Phó Chủ tịch HĐND huyện"), off("Nông Thị Duyên", "Phó Chủ tịch HĐND huyện")}},
	{"list header", "guard: a word that is no post before \"là các ông\" gives nothing",
		"Khách mời của buổi gặp mặt là các ông Hoàng Văn Sinh, Nông Đức Lợi.",
		nil},
	// fresh check h8: unit names with words written small stay whole
	{"unit names", "a liaison board's name keeps its small words",
		"Buổi gặp mặt có ông Mã Thế Hùng, Trưởng Ban liên lạc đồng hương Cao Bằng, phát biểu.",
		[]data.Official{off("Mã Thế Hùng", "Trưởng Ban liên lạc đồng hương Cao Bằng")}},
	{"unit names", "a working group's name keeps its small words",
		"Ông Mã Thế Hùng, Tổ trưởng Tổ công tác giúp việc Ban Chỉ đạo tỉnh, báo cáo.",
		[]data.Official{off("Mã Thế Hùng", "Tổ trưởng Tổ công tác giúp việc Ban Chỉ đạo tỉnh")}},
	{"unit names", "a foreign party written small is read whole and the titles after it are kept",
		"Đón đoàn có ông Xổm Phết, Ủy viên Ban Chấp hành Trung ương Đảng nhân dân cách mạng Lào, Bí thư, Tỉnh trưởng tỉnh Xay Nhạ Bu Ly.",
		[]data.Official{off("Xổm Phết", "Ủy viên Ban Chấp hành Trung ương Đảng nhân dân cách mạng Lào", "Bí thư", "Tỉnh trưởng tỉnh Xay Nhạ Bu Ly")}},
	{"unit names", "a body placed in a city by \"tại\" keeps the place",
		"Dự lễ có bà Lục Thị Hoa, Trưởng Văn phòng đại diện Báo Cao Bằng tại Hà Nội, và ông Mã Thế Hùng, Trưởng Ban liên lạc đồng hương Cao Bằng tại Đà Nẵng.",
		[]data.Official{off("Lục Thị Hoa", "Trưởng Văn phòng đại diện Báo Cao Bằng tại Hà Nội"), off("Mã Thế Hùng", "Trưởng Ban liên lạc đồng hương Cao Bằng tại Đà Nẵng")}},
	{"unit names", "guard: \"tại\" after any other body starts where the person is",
		"Ông Mã Thế Hùng, Giám đốc Sở Y tế tại Hà Nội đã dự hội nghị.",
		[]data.Official{off("Mã Thế Hùng", "Giám đốc Sở Y tế")}},
	{"unit names", "a working body's task, a numbered act, is part of its name",
		"Ông Mã Thế Hùng, Phó Trưởng Ban Chỉ đạo thực hiện Nghị quyết số 18 của Bộ Chính trị, báo cáo; bà Lục Thị Hoa, Tổ trưởng Tổ giúp việc thực hiện Kết luận 45 của Ban Bí thư, dự.",
		[]data.Official{off("Mã Thế Hùng", "Phó Trưởng Ban Chỉ đạo thực hiện Nghị quyết số 18 của Bộ Chính trị"), off("Lục Thị Hoa", "Tổ trưởng Tổ giúp việc thực hiện Kết luận 45 của Ban Bí thư")}},
	{"unit names", "guard: \"thực hiện\" after another post is the person's act",
		"Ông Mã Thế Hùng, Chủ tịch UBND huyện thực hiện Quyết định số 12 của UBND tỉnh về việc sắp xếp.",
		[]data.Official{off("Mã Thế Hùng", "Chủ tịch UBND huyện")}},
	{"unit names", "an unread party name after \"Đảng\" keeps the titles after it",
		"Đón đoàn có ông Xổm Phết, Ủy viên Trung ương Đảng dân chủ Pa Thết, Bí thư, Tỉnh trưởng tỉnh Xay Nhạ Bu Ly.",
		[]data.Official{off("Xổm Phết", "Ủy viên Trung ương Đảng dân chủ Pa Thết", "Bí thư", "Tỉnh trưởng tỉnh Xay Nhạ Bu Ly")}},
	{"unit names", "guard: small words after another body are not read into its name",
		"Ông Mã Thế Hùng, Giám đốc Sở Y tế thăm hỏi Tân Lập, Chủ tịch UBND xã tiếp đoàn.",
		[]data.Official{off("Mã Thế Hùng", "Giám đốc Sở Y tế")}},
	{"unit names", "guard: a verb written small after a title still ends it",
		"Ông Mã Thế Hùng, Giám đốc Sở Y tế tham gia công tác phòng dịch.",
		[]data.Official{off("Mã Thế Hùng", "Giám đốc Sở Y tế")}},
	// fresh check h8: the ministry whose name holds a comma is one body
	{"unit names", "the labour ministry's name keeps its comma",
		"Tới dự có bà Phan Thị Hồng, nguyên Thứ trưởng Bộ Lao động, Thương binh và Xã hội; ông Đinh Văn Lực - Phó Giám đốc Sở Lao động, Thương binh và Xã hội.",
		[]data.Official{off("Phan Thị Hồng", "nguyên Thứ trưởng Bộ Lao động, Thương binh và Xã hội"), off("Đinh Văn Lực", "Phó Giám đốc Sở Lao động, Thương binh và Xã hội")}},
	{"unit names", "a comma after a shorter labour body still ends the title",
		"Ông Đinh Văn Lực, Chủ tịch Liên đoàn Lao động, Phó Trưởng ban Dân vận Tỉnh ủy phát biểu.",
		[]data.Official{off("Đinh Văn Lực", "Chủ tịch Liên đoàn Lao động", "Phó Trưởng ban Dân vận Tỉnh ủy")}},
	// fresh check h9 R2: a post left ("thôi giữ chức", "thôi kiêm nhiệm") is still the person's post
	{"post left", "thôi giữ chức gives every post of the chain after it",
		"Ban Bí thư đồng ý để ông Đào Quang Vĩnh thôi giữ chức Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lục Ngạn.",
		[]data.Official{off("Đào Quang Vĩnh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Lục Ngạn")}},
	{"post left", "thôi kiêm nhiệm chức danh links the post",
		"Bà Kha Thị Lụa thôi kiêm nhiệm chức danh Trưởng Ban Dân vận Huyện ủy.",
		[]data.Official{off("Kha Thị Lụa", "Trưởng Ban Dân vận Huyện ủy")}},
	{"post left", "thôi không kiêm nhiệm chức vụ after the person's own titles",
		"Ông Tôn Đức Phú, Ủy viên Ban Thường vụ Tỉnh ủy, thôi không kiêm nhiệm chức vụ Giám đốc Sở Nội vụ.",
		[]data.Official{off("Tôn Đức Phú", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Sở Nội vụ")}},
	{"post left", "đã thôi làm after an adverb",
		"Ông Đào Quang Vĩnh đã thôi làm Trưởng phòng Tài chính huyện từ tháng trước.",
		[]data.Official{off("Đào Quang Vĩnh", "Trưởng phòng Tài chính huyện")}},
	{"post left", "a post left that writes out in full a post just given is not a second post",
		"Ông Đào Quang Vĩnh, Bí thư Huyện, Chủ tịch HĐND huyện, nay thôi giữ chức Bí thư Huyện ủy để nhận nhiệm vụ mới.",
		[]data.Official{off("Đào Quang Vĩnh", "Bí thư Huyện", "Chủ tịch HĐND huyện")}},
	{"post left", "a post left written with its place after a shorter post just given is kept as written",
		"Ông Đào Quang Vĩnh, Bí thư Huyện ủy, nay thôi giữ chức Bí thư Huyện ủy Bảo Lạc để nhận nhiệm vụ mới.",
		[]data.Official{off("Đào Quang Vĩnh", "Bí thư Huyện ủy", "Bí thư Huyện ủy Bảo Lạc")}},
	{"post left", "guard: a post left by people not named names no one",
		"Nhiều cán bộ đã thôi giữ chức Trưởng thôn, ông Đào Quang Vĩnh cho biết.",
		nil},

	// fresh check h9 R3: people each with an address term share the post linked after the last
	{"shared link", "two people after the verb of election joined by a comma",
		"Hội nghị bầu đồng chí Vi Văn Mạnh, đồng chí Lương Thị Tươi giữ chức Phó Bí thư Huyện ủy.",
		[]data.Official{off("Vi Văn Mạnh", "Phó Bí thư Huyện ủy"), off("Lương Thị Tươi", "Phó Bí thư Huyện ủy")}},
	{"shared link", "two people opening the sentence joined by và",
		"Đồng chí Vi Văn Mạnh và đồng chí Lương Thị Tươi được cử làm Phó Trưởng Ban Chỉ đạo.",
		[]data.Official{off("Vi Văn Mạnh", "Phó Trưởng Ban Chỉ đạo"), off("Lương Thị Tươi", "Phó Trưởng Ban Chỉ đạo")}},
	{"shared link", "three people with ông and bà",
		"Ông Vi Văn Mạnh, bà Lương Thị Tươi và ông Hà Công Khanh được bầu làm Ủy viên UBND huyện.",
		[]data.Official{off("Vi Văn Mạnh", "Ủy viên UBND huyện"), off("Lương Thị Tươi", "Ủy viên UBND huyện"), off("Hà Công Khanh", "Ủy viên UBND huyện")}},
	{"shared link", "the copula after a comma-joined pair and the pair before it",
		"Kỳ họp bầu đồng chí Vi Văn Mạnh và đồng chí Lương Thị Tươi làm Phó Chủ tịch Hội, đồng chí Hà Công Khanh là Phó Chủ tịch Thường trực Hội.",
		[]data.Official{off("Vi Văn Mạnh", "Phó Chủ tịch Hội"), off("Lương Thị Tươi", "Phó Chủ tịch Hội"), off("Hà Công Khanh", "Phó Chủ tịch Thường trực Hội")}},
	{"shared link", "a list after the comma that closes another person's appointment",
		"Đồng chí Vi Văn Mạnh được bầu làm Chủ tịch Hội, đồng chí Lương Thị Tươi, đồng chí Hà Công Khanh giữ chức Phó Chủ tịch Hội.",
		[]data.Official{off("Vi Văn Mạnh", "Chủ tịch Hội"), off("Lương Thị Tươi", "Phó Chủ tịch Hội"), off("Hà Công Khanh", "Phó Chủ tịch Hội")}},
	{"shared link", "a pair joined by và after the comma that closes another person's appointment",
		"Ông Vi Văn Mạnh được cử làm Trưởng ban, bà Lương Thị Tươi và ông Hà Công Khanh được cử làm Phó Trưởng ban.",
		[]data.Official{off("Vi Văn Mạnh", "Trưởng ban"), off("Lương Thị Tươi", "Phó Trưởng ban"), off("Hà Công Khanh", "Phó Trưởng ban")}},
	{"shared link", "a member of the standing board linked by là",
		"Đồng chí Vi Văn Mạnh được bầu làm Chủ tịch Hội, đồng chí Hà Công Khanh là Thường trực Hội.",
		[]data.Official{off("Vi Văn Mạnh", "Chủ tịch Hội"), off("Hà Công Khanh", "Thường trực Hội")}},
	{"shared link", "guard: the standing board itself is no post",
		"Ban Thường trực Hội gồm 5 đồng chí; Thường trực HĐND tỉnh đã làm việc với ông Hà Công Khanh.",
		nil},
	{"shared link", "guard: the person an opening phrase names does not share the post",
		"Theo ông Vi Văn Mạnh, ông Hà Công Khanh giữ chức Chủ tịch UBND xã.",
		[]data.Official{off("Hà Công Khanh", "Chủ tịch UBND xã")}},
	{"shared link", "guard: a person met after a verb that appoints no one does not share the post",
		"Đoàn đã thăm hỏi ông Vi Văn Mạnh, ông Hà Công Khanh giữ chức Chủ tịch UBND xã từ năm 2019.",
		[]data.Official{off("Hà Công Khanh", "Chủ tịch UBND xã")}},

	// fresh check h9 R4: "bầu vào chức danh", "được <body> bầu giữ chức"
	{"elected into", "được, the electing body, then bầu vào chức danh",
		"Phó Bí thư Huyện ủy Lò Văn Quyết được HĐND huyện bầu vào chức danh Chủ tịch UBND huyện.",
		[]data.Official{off("Lò Văn Quyết", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện")}},
	{"elected into", "bầu a person vào chức vụ",
		"Kỳ họp đã bầu bà Hoàng Thị Mơ vào chức vụ Phó Chủ tịch HĐND xã.",
		[]data.Official{off("Hoàng Thị Mơ", "Phó Chủ tịch HĐND xã")}},
	{"elected into", "được bầu giữ chức danh after an own title",
		"Ông Lò Văn Quyết, Trưởng phòng Nội vụ, được bầu giữ chức danh Phó Chủ tịch UBND huyện.",
		[]data.Official{off("Lò Văn Quyết", "Trưởng phòng Nội vụ", "Phó Chủ tịch UBND huyện")}},
	{"elected into", "được, a body written out, then bổ nhiệm giữ chức",
		"Bà Hoàng Thị Mơ được Ban Thường vụ Tỉnh ủy bổ nhiệm giữ chức Phó Trưởng Ban Tuyên giáo Tỉnh ủy.",
		[]data.Official{off("Hoàng Thị Mơ", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy")}},
	{"elected into", "the council written out and tín nhiệm before bầu giữ chức vụ",
		"Bà Hoàng Thị Mơ được Hội đồng nhân dân huyện tín nhiệm bầu giữ chức vụ Chủ tịch UBND huyện Bảo Lạc.",
		[]data.Official{off("Hoàng Thị Mơ", "Chủ tịch UBND huyện Bảo Lạc")}},
	{"elected into", "a post that appoints, after đã được, is no part of the chain",
		"Chủ tịch UBND tỉnh Lò Văn Quyết đã được Thủ tướng bổ nhiệm làm Thứ trưởng Bộ Nội vụ.",
		[]data.Official{off("Lò Văn Quyết", "Chủ tịch UBND tỉnh", "Thứ trưởng Bộ Nội vụ")}},
	{"elected into", "guard: the active verb after a titled name gives that name nothing",
		"Giám đốc Sở Nội vụ Lò Văn Quyết cử làm Trưởng đoàn kiểm tra bà Hoàng Thị Mơ.",
		[]data.Official{off("Lò Văn Quyết", "Giám đốc Sở Nội vụ")}},
	{"elected into", "guard: a body that elects is no holder of the post",
		"Chủ tịch UBND huyện bầu vào chức danh Phó Chủ tịch những người đủ điều kiện, bà Hoàng Thị Mơ cho biết.",
		nil},

	// fresh check h9 R5: a body after the comma, with no post word, is the department's parent
	{"parent after comma", "a committee of the provincial council after a comma",
		"Ông Quan Văn Thái, Trưởng ban Pháp chế, HĐND tỉnh phát biểu.",
		[]data.Official{off("Quan Văn Thái", "Trưởng ban Pháp chế, HĐND tỉnh")}},
	{"parent after comma", "the council written out, a deputy head of a committee",
		"Bà Lù Thị Xuân, Phó ban Kinh tế - Ngân sách, Hội đồng nhân dân huyện, Bí thư Đảng ủy xã dự họp.",
		[]data.Official{off("Lù Thị Xuân", "Phó ban Kinh tế - Ngân sách, Hội đồng nhân dân huyện", "Bí thư Đảng ủy xã")}},
	{"parent after comma", "guard: a post after the comma is a new title",
		"Ông Quan Văn Thái, Trưởng ban Pháp chế, Phó Chủ tịch HĐND tỉnh phát biểu.",
		[]data.Official{off("Quan Văn Thái", "Trưởng ban Pháp chế", "Phó Chủ tịch HĐND tỉnh")}},
	{"parent after comma", "guard: a committee already placed under its council ends at the comma",
		"Ông Quan Văn Thái, Trưởng ban Pháp chế HĐND tỉnh, HĐND tỉnh đã họp.",
		[]data.Official{off("Quan Văn Thái", "Trưởng ban Pháp chế HĐND tỉnh")}},

	// fresh check h9 R6: a post with a misspelt head does not lose its holder or the posts after it
	{"misspelt head", "a head missing a syllable is kept as written, then the next post",
		"Dự có ông Tạ Văn Ước và bà Mai Thị Đào, Phó Bí Huyện ủy, Chủ tịch UBND huyện.",
		[]data.Official{off("Mai Thị Đào", "Phó Bí Huyện ủy", "Chủ tịch UBND huyện")}},
	{"misspelt head", "a head missing a syllable after a dash",
		"Đồng chí Mai Thị Đào - Phó Chủ Thường trực HĐND huyện, Trưởng Ban Dân vận Huyện ủy dự lễ.",
		[]data.Official{off("Mai Thị Đào", "Phó Chủ Thường trực HĐND huyện", "Trưởng Ban Dân vận Huyện ủy")}},
	{"misspelt head", "guard: a second person after the comma is no post",
		"Dự có bà Mai Thị Đào, Phan Văn Thịnh, Chủ tịch UBND huyện.",
		[]data.Official{off("Phan Văn Thịnh", "Chủ tịch UBND huyện")}},

	// fresh check h9 R7: an abbreviation in brackets inside a title does not end it
	{"bracketed abbreviation", "the assembly delegation's abbreviation, then the province word",
		"Ông Bạc Cầm Hưng, Trưởng Đoàn đại biểu Quốc hội (ĐBQH) tỉnh phát biểu.",
		[]data.Official{off("Bạc Cầm Hưng", "Trưởng Đoàn đại biểu Quốc hội (ĐBQH) tỉnh")}},
	{"bracketed abbreviation", "the committee's abbreviation, then the place",
		"Phó Chủ tịch Ủy ban nhân dân (UBND) huyện Mường Tè Lò Thị Sáu kiểm tra.",
		[]data.Official{off("Lò Thị Sáu", "Phó Chủ tịch Ủy ban nhân dân (UBND) huyện Mường Tè")}},
	{"bracketed abbreviation", "guard: an abbreviation closing the title stays out of it",
		"Ông Bạc Cầm Hưng, Giám đốc Sở Tài chính (STC) cho biết.",
		[]data.Official{off("Bạc Cầm Hưng", "Giám đốc Sở Tài chính")}},
	{"bracketed abbreviation", "guard: a bracketed word in small letters ends the title",
		"Ông Bạc Cầm Hưng, Giám đốc Sở Tài chính (cũ là Sở Tài vụ) tỉnh cho biết.",
		[]data.Official{off("Bạc Cầm Hưng", "Giám đốc Sở Tài chính")}},

	// fresh check h9 R8: "khóa" without a number is no term of office
	{"term word", "khóa mới is left out of the title",
		"Ông Hầu A Lềnh được bầu giữ chức Chủ tịch UBND tỉnh Lai Châu khóa mới.",
		[]data.Official{off("Hầu A Lềnh", "Chủ tịch UBND tỉnh Lai Châu")}},
	{"term word", "khóa trước after an office is left out",
		"Bà Giàng Thị Dung, Phó Chủ tịch HĐND huyện khóa trước, phát biểu.",
		[]data.Official{off("Giàng Thị Dung", "Phó Chủ tịch HĐND huyện")}},
	{"term word", "guard: khóa with a Roman number stays in the title",
		"Bà Giàng Thị Dung, Phó Chủ tịch HĐND huyện khóa XX, phát biểu.",
		[]data.Official{off("Giàng Thị Dung", "Phó Chủ tịch HĐND huyện")}},
	{"normalisation", "upper-case headline and body name merge",
		"PHÓ THỦ TƯỚNG LÊ VĂN THÀNH THĂM TỈNH\n\nPhó Thủ tướng Lê Văn Thành đến thăm tỉnh.",
		[]data.Official{off("Lê Văn Thành", "Phó Thủ tướng")}},
}

// TestFind checks every pattern of the reference and the guide on sentences
// the project wrote, and logs the recall of each pattern.
func TestFind(t *testing.T) {
	type tally struct{ gold, found, cases, exact int }
	table := map[string]*tally{}
	for _, c := range findCases {
		tl := table[c.pattern]
		if tl == nil {
			tl = &tally{}
			table[c.pattern] = tl
		}
		got := Find(c.text)
		tl.cases++
		gotNames := map[string]bool{}
		for _, o := range got {
			gotNames[nameKey(o.Name)] = true
		}
		for _, o := range c.want {
			tl.gold++
			if gotNames[nameKey(o.Name)] {
				tl.found++
			}
		}
		want := c.want
		if want == nil {
			want = []data.Official{}
		}
		if reflect.DeepEqual(got, want) {
			tl.exact++
		}
		t.Run(c.pattern+"/"+c.spec, func(t *testing.T) {
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Find(%q)\n got  %s\n want %s", c.text, show(got), show(want))
			}
		})
	}
	var names []string
	for k := range table {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-20s %6s %6s %8s %6s\n", "pattern", "cases", "exact", "officials", "recall")
	for _, k := range names {
		tl := table[k]
		r := 1.0
		if tl.gold > 0 {
			r = float64(tl.found) / float64(tl.gold)
		}
		fmt.Fprintf(&b, "%-20s %6d %6d %5d/%-3d %6.2f\n", k, tl.cases, tl.exact, tl.found, tl.gold, r)
	}
	t.Log(b.String())
}

// wrapAt breaks text into lines of at most width runes at spaces, as a
// page copied from a fixed-width view is.
func wrapAt(text string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(text) {
		l := len([]rune(w))
		if i > 0 && n+1+l > width {
			b.WriteByte('\n')
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += l
	}
	return b.String()
}

func show(os []data.Official) string {
	var parts []string
	for _, o := range os {
		parts = append(parts, o.Name+" ["+strings.Join(o.Titles, " | ")+"]")
	}
	return "{" + strings.Join(parts, "; ") + "}"
}
