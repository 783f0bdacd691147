package officials

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and that every name and title it
// returns is text of the (NFC) input.
func FuzzFind(f *testing.F) {
	seeds := []string{
		"",
		"đồng chí",
		"Chủ tịch",
		"Đồng chí Lê Văn Bình - Bí thư Đảng ủy phường Tân An",
		"các đồng chí Ủy viên BTV Huyện ủy: Ma Văn Tỉnh - Trưởng Ban Dân vận; Sầm Thị Nga - Chủ nhiệm UBKT.",
		"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHứa Văn Lâm",
		"Phó Chủ tịch UBND tỉnh Hà Giang Nông Văn Tuấn, ",
		"\"Chủ tịch Lò Văn Pó\" - ",
		"đ/c Cầm Thị Hoa, PCT",
		"Bí thư Quận ủy quận 3 (cũ), nguyên Chủ tịch",
		"\xff\xfe Chủ tịch \u0301Ánh",
		"2026) đối với ông Lê Văn An",
		"miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh (nhiệm kỳ 2021 - 2026) đối với: bà Hà Thị B, Tỉnh ủy viên; ông Vũ Văn C",
		"chuẩn y 3 Phó Bí thư Tỉnh ủy khóa 16, nhiệm kỳ 2025-2030, gồm các ông, bà: A Pớt; Y Ngọc",
		"Đối với đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy nhấn mạnh. Ông Hùng giữ chức",
		"Vụ trưởng Vụ Địa phương I, Ban Tổ chức T.Ư, Cục trưởng Cục An ninh điều tra,",
		"miễn nhiệm các chức vụ, gồm: Phó Chủ tịch HĐND xã đối với ông Tạ Văn A; Chủ tịch UBND xã đối với bà Lục Thị B và Ủy viên đối với",
		"3 Phó Chủ tịch UBND huyện là các ông Nông Văn A, Mã Văn B, ",
		"bầu ông Tạ Văn A, Trưởng phòng Nội vụ và ông Mã Văn B – Chánh Văn phòng giữ chức",
		"Theo đó, chỉ định ông Tạ Văn A tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư",
		"Tổ trưởng Tổ giúp việc thực hiện Quyết định số 2-NQ/ của, Trưởng Văn phòng đại diện Báo X tại",
		strings.Repeat("các đại biểu thảo luận về kế hoạch phát triển kinh tế, Phó Chủ tịch Lê\nVăn An\n", 4),
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Find(s)
		if u := unwrap(s); len(u) != len(s) {
			t.Fatalf("unwrap changed the length of %q", s)
		}
		if !utf8.ValidString(s) {
			return
		}
		for _, o := range out {
			if o.Name == "" {
				t.Fatalf("empty name in %q", s)
			}
			for _, ti := range o.Titles {
				if strings.TrimSpace(ti) == "" {
					t.Fatalf("empty title for %q in %q", o.Name, s)
				}
			}
		}
	})
}
