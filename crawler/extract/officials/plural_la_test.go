package officials

import (
	"reflect"
	"testing"

	"github.com/vnarchive/vnarchive/data"
)

// pluralLaCases are sentences the project wrote for a plural post followed
// by "là" and a list of bare names, and for a post and a name in a headline
// written in capitals; the rows whose want is empty are the negatives.
var pluralLaCases = []findCase{
	{"plural post là", "a plural post, \"hiện nay là\" and three bare names: the post is every name's",
		"Các Phó Giám đốc hiện nay là Đinh Văn Khải, Mai Thị Lan, Quách Văn Bình đều tham dự.",
		[]data.Official{off("Đinh Văn Khải", "Phó Giám đốc"), off("Mai Thị Lan", "Phó Giám đốc"), off("Quách Văn Bình", "Phó Giám đốc")}},
	{"plural post là", "a plural post with its body, \"là\" and two names joined by \"và\"",
		"Các Phó Chủ tịch UBND huyện là Đinh Văn Khải và Mai Thị Lan.",
		[]data.Official{off("Đinh Văn Khải", "Phó Chủ tịch UBND huyện"), off("Mai Thị Lan", "Phó Chủ tịch UBND huyện")}},
	{"plural post là", "\"đương nhiệm là\" and a post the same sentence then gives to all",
		"Các Phó Chủ tịch đương nhiệm là Đinh Văn Khải, Mai Thị Lan được bầu tiếp tục giữ chức Phó Chủ tịch UBND tỉnh Hà Tĩnh.",
		[]data.Official{off("Đinh Văn Khải", "Phó Chủ tịch", "Phó Chủ tịch UBND tỉnh Hà Tĩnh"), off("Mai Thị Lan", "Phó Chủ tịch", "Phó Chủ tịch UBND tỉnh Hà Tĩnh")}},
	{"plural post là", "guard: \"là những người\" names no one",
		"Các Phó Giám đốc là những người trực tiếp chỉ đạo.",
		[]data.Official{}},
	{"plural post là", "guard: \"là\" and a word that is no name",
		"Các Phó Giám đốc hiện nay là lực lượng nòng cốt của Sở.",
		[]data.Official{}},
}

// capsHeadlineCases are headlines the project wrote in capitals, a post
// then a name; the rows whose want is empty are the negatives.
var capsHeadlineCases = []findCase{
	{"capital headline", "a post then a name in capitals before a colon",
		"PHÓ CHỦ TỊCH UBND TỈNH ĐINH VĂN KHẢI: PHẢI HOÀN THÀNH ĐÚNG HẠN\n\nSáng nay, tỉnh họp.",
		[]data.Official{off("ĐINH VĂN KHẢI", "PHÓ CHỦ TỊCH UBND TỈNH")}},
	{"capital headline", "a post then a name in capitals at the end of the line",
		"GIÁM ĐỐC SỞ Y TẾ MAI THỊ LAN\nLàm việc tại huyện.",
		[]data.Official{off("MAI THỊ LAN", "GIÁM ĐỐC SỞ Y TẾ")}},
	{"capital headline", "guard: a headline with a post and no name",
		"CHỦ TỊCH UBND HUYỆN YÊU CẦU XỬ LÝ NGAY VI PHẠM\n\nSáng nay, huyện họp.",
		[]data.Official{}},
	{"capital headline", "guard: a post closed by a place is no name",
		"BÍ THƯ TỈNH ỦY HÀ TĨNH THĂM TRƯỜNG HỌC\nCHỦ TỊCH UBND TỈNH HÀ TĨNH\n\nSáng nay, tỉnh họp.",
		[]data.Official{}},
	{"capital headline", "guard: a two-syllable tail led by a surname is read as words",
		"CHỦ TỊCH UBND HUYỆN YÊU CẦU NGĂN NGAY VI PHẠM\n\nSáng nay, huyện họp.",
		[]data.Official{}},
	{"capital headline", "guard: a headline going on after the name is no post-and-name line",
		"GIÁM ĐỐC SỞ Y TẾ MAI THỊ LAN THĂM BỆNH VIỆN HUYỆN\n\nSáng nay, huyện họp.",
		[]data.Official{}},
	{"capital headline", "the person named again in the text keeps the text's spelling and merges the posts",
		"PHÓ CHỦ TỊCH UBND TỈNH ĐINH VĂN KHẢI: PHẢI HOÀN THÀNH ĐÚNG HẠN\n\nÔng Đinh Văn Khải, Phó Chủ tịch UBND tỉnh, chủ trì họp.",
		[]data.Official{off("Đinh Văn Khải", "PHÓ CHỦ TỊCH UBND TỈNH")}},
	{"capital headline", "a head alone before the name",
		"THỦ TƯỚNG ĐINH VĂN KHẢI: PHẢI GIẢI NGÂN NHANH\n\nSáng nay, Chính phủ họp.",
		[]data.Official{off("ĐINH VĂN KHẢI", "THỦ TƯỚNG")}},
	{"capital headline", "guard: a surname-led tail after a verb is no name (the post ends at the verb)",
		"CHỦ TỊCH UBND TỈNH CHỈ ĐẠO KHẨN TRƯƠNG KHẮC PHỤC\n\nSáng nay, tỉnh họp.",
		[]data.Official{}},
	{"capital headline", "guard: an organisation and a place are no person",
		"UBND TỈNH HÀ TĨNH: TRIỂN KHAI KẾ HOẠCH MỚI\n\nSáng nay, tỉnh họp.",
		[]data.Official{}},
}

// TestFindPluralLa checks pluralLaCases.
func TestFindPluralLa(t *testing.T) {
	for _, c := range append(pluralLaCases[:len(pluralLaCases):len(pluralLaCases)], capsHeadlineCases...) {
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
