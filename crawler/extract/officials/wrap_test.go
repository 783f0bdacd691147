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

// hasBlockOf3 reports whether text has three non-blank lines in a row (see
// line.blank): only such a block can be hard-wrapped.
func hasBlockOf3(text string) bool {
	run := 0
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if s := strings.TrimSpace(text[start:end]); s == "" || s == "|" {
			run = 0
		} else if run++; run >= 3 {
			return true
		}
		start = end + 1
	}
	return false
}

// unwrapRef is unwrap as first written: every text with a block of three
// lines is measured line by line.
func unwrapRef(text string) string {
	if strings.Count(text, "\n") < 3 || !hasBlockOf3(text) {
		return text
	}
	var b []byte
	lines := splitLines(text)
	for start := 0; start < len(lines); {
		end := start
		for end < len(lines) && !lines[end].blank {
			end++
		}
		if end-start >= 3 && wrappedBlock(lines[start:end]) {
			for i := start; i+1 < end; i++ {
				if joinLines(lines[i], lines[i+1]) {
					if b == nil {
						b = []byte(text)
					}
					b[lines[i].end] = ' '
				}
			}
		}
		start = end + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// FuzzUnwrap checks unwrap, which skips texts twoInnerBreaks and mayWrap
// rule out by their line breaks and byte lengths, against the first
// version.
func FuzzUnwrap(f *testing.F) {
	long := "các đại biểu thảo luận về kế hoạch phát triển kinh tế xã hội, Phó Chủ tịch"
	f.Add(strings.Repeat(long+"\nnăm nay\n", 4))
	f.Add(strings.Repeat(long+"\n", 5) + "|\n" + strings.Repeat(long+" "+long+"\n", 3))
	f.Add(strings.Repeat("ỗ", 120) + "\n" + strings.Repeat(long+"\n", 4))
	f.Add(strings.Repeat(long+"\n\n", 4))
	f.Add(strings.Repeat(long+"\n \n", 4) + long + "\n" + long + "\n" + long)
	f.Add("\n" + long + "\n" + long + "\n\n" + long + "\n")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := unwrap(s), unwrapRef(s); got != want {
			t.Fatalf("unwrap(%q) = %q, first version %q", s, got, want)
		}
	})
}
