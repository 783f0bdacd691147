package extract

import (
	"testing"

	"github.com/vnarchive/vnarchive/data/vn"
)

// The boilerplate tests as first written: every text that passes
// mayBeBoiler is folded whole.

func isBoilerLineRef(text string) bool {
	if !mayBeBoiler(text, 160) {
		return false
	}
	return matchBoiler(vn.FoldKey(text))
}

func isTailHeadingRef(text string) bool {
	if !mayBeBoiler(text, 80) {
		return false
	}
	return matchTail(vn.FoldKey(text))
}

func boilerOrTailRef(text string) (boiler, tail bool) {
	if !mayBeBoiler(text, 160) {
		return false, false
	}
	k := vn.FoldKey(text)
	tail = len(text) <= 80 && matchTail(k)
	return tail || matchBoiler(k), tail
}

// FuzzNoBoilerPrefix checks the boilerplate tests, which pass over texts
// whose key cannot start like boilerplate without folding them, against
// their first forms.
func FuzzNoBoilerPrefix(f *testing.F) {
	for _, s := range []string{
		"Thống kê truy cập", "Tin khác", "Các tin liên quan", "Bài viết mới nhất:", "Lượt xem: 649", "Đang online: 12", "Tổng số truy cập: 456789",
		"Các đại biểu thống nhất ra quân.", "Trang chủ > Tin tức", "  Về đầu trang | Đăng nhập |", "| Về đầu trang |", "Bản quyền thuộc Sở",
		"© 2024", "Tin\u00A0khác", "Ti\u0301n kha\u0301c", "TIN   KHÁC", "Tin\tkhác", "Bình chọn", "Liên kết website", "In bài", "Chia sẻ",
		"Tổng", "Tổng\u200B số", "Ðang online", "Xem thêm", "Chi tiết", "Ghi rõ nguồn khi phát hành lại", "Tags: x", "Từ khóa: y",
		"Trở về", "Top", "Back", "Home / News", "---- Nhập từ khóa tìm kiếm ----", "Other News", "Related articles", "More news",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := isBoilerLine(text), isBoilerLineRef(text); got != want {
			t.Fatalf("isBoilerLine(%q) = %v, first form %v", text, got, want)
		}
		if got, want := isTailHeading(text), isTailHeadingRef(text); got != want {
			t.Fatalf("isTailHeading(%q) = %v, first form %v", text, got, want)
		}
		b, tl := boilerOrTail(text)
		wb, wt := boilerOrTailRef(text)
		if b != wb || tl != wt {
			t.Fatalf("boilerOrTail(%q) = %v, %v, first form %v, %v", text, b, tl, wb, wt)
		}
		if noBoilerPrefix(text) {
			k := vn.FoldKey(text)
			if matchBoiler(k) || matchTail(k) {
				t.Fatalf("noBoilerPrefix(%q) but the key %q is boilerplate", text, k)
			}
		}
	})
}
