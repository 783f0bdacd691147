package officials

import (
	"strings"
	"testing"
)

func TestUnwrap(t *testing.T) {
	long := "các đại biểu đã thảo luận kỹ về kế hoạch phát triển kinh tế của địa phương"
	tests := []struct {
		name, in string
		joins    int // line breaks made spaces
	}{
		{"a wrapped block is joined", wrapAt(strings.Repeat(long+" ", 5), 78), 4},
		{"short lines keep their breaks", "Thành phần:\nÔng Hà Văn An\nBà Lý Thị Hoa\nÔng Tạ Văn Bảo", 0},
		{"paragraphs wider than a wrap keep their breaks",
			strings.Repeat(long+" "+long+"\n", 4), 0},
		{"full lines that all start with capitals are a list, not a wrap",
			strings.Repeat("Ông Hà Văn An, Phó Chủ tịch Ủy ban nhân dân huyện Mường Nhé, tỉnh Điện Biên\n", 4), 0},
		{"a bullet after a full line keeps its break",
			wrapAt(strings.Repeat(long+" ", 3), 78) + "\n- mục một\n+ mục hai", 2},
		{"a capitals heading keeps its break",
			"BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ XÃ HỘI NĂM 2024 CỦA HUYỆN\n" + wrapAt(strings.Repeat(long+" ", 4), 78), 3},
		{"a blank line ends a block", wrapAt(strings.Repeat(long+" ", 4), 78) + "\n\n" + long, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := unwrap(tt.in)
			if len(got) != len(tt.in) {
				t.Fatalf("length changed: %d → %d", len(tt.in), len(got))
			}
			if n := strings.Count(tt.in, "\n") - strings.Count(got, "\n"); n != tt.joins {
				t.Fatalf("joined %d breaks, want %d:\n%s", n, tt.joins, got)
			}
		})
	}
}
