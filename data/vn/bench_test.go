package vn

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// benchLines are lines of the kind portal pages hold, written for these
// benchmarks: headings, menu items, dates, sentences of an article.
var benchLines = []string{
	"Trang chủ",
	"Thông tin",
	"Góp ý",
	"Tin tức - Sự kiện",
	"Thứ Hai, 14/10/2024 08:30",
	"Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính sáu tháng đầu năm",
	"Sáng ngày 14 tháng 10, tại trụ sở Ủy ban nhân dân tỉnh, đồng chí Phó Chủ tịch Thường trực đã chủ trì buổi làm việc với các sở, ban, ngành về tiến độ giải ngân vốn đầu tư công.",
	"Theo báo cáo của Sở Kế hoạch và Đầu tư, đến hết tháng 9 toàn tỉnh đã giải ngân được hơn 62% kế hoạch vốn được giao, cao hơn mức bình quân chung của cả nước.",
	"Phát biểu kết luận, đồng chí yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán, không để tồn đọng khối lượng đã thi công.",
	"Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh về kế hoạch đầu tư công trung hạn giai đoạn 2021 – 2025;",
	"Thực hiện Quyết định số 1234/QĐ-UBND, các huyện, thị xã và thành phố rà soát danh mục dự án chậm tiến độ, báo cáo trước ngày 30/10/2024.",
	"Đồng chí Nguyễn Văn Hưng, Giám đốc Sở Tài chính, cho biết nguồn thu ngân sách trên địa bàn “cơ bản đạt dự toán” nhờ các giải pháp quản lý thuế.",
	"Tại buổi làm việc, lãnh đạo các xã vùng cao kiến nghị bố trí thêm kinh phí sửa chữa đường giao thông nông thôn bị hư hỏng sau mưa lũ…",
	"Bản quyền © 2024 Cổng thông tin điện tử tỉnh. Địa chỉ: số 8 đường Trần Hưng Đạo, phường Lê Lợi.",
	"Điện thoại: (0237) 3852 000 - Email: banbientap@example.vn",
	"Lượt truy cập: 1.234.567",
}

// benchText is benchLines repeated to a few KB, one paragraph a line.
var benchText = strings.Repeat(strings.Join(benchLines, "\n")+"\n", 2)

// tcvn3Text is benchText as its TCVN3 bytes read as Windows-1252 would
// show it (what FromTCVN3 reverses), built from the table.
var tcvn3Text = func() string {
	rev := map[rune]rune{}
	for k, v := range tcvn3 {
		rev[v] = k
	}
	var b strings.Builder
	for _, r := range norm.NFC.String(benchText) {
		if k, ok := rev[r]; ok {
			b.WriteRune(k)
			continue
		}
		// capitals TCVN3 (VN3) has no byte for: written in lower case
		if k, ok := rev[[]rune(strings.ToLower(string(r)))[0]]; ok && r >= 0x80 {
			b.WriteRune(k)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}()

func benchInputs() []struct{ name, text string } {
	buildTablesOnce() // not measured: built once per process
	return []struct{ name, text string }{
		{"nfc", benchText},
		{"decomposed", norm.NFD.String(benchText)},
		{"tcvn3", tcvn3Text},
	}
}

// BenchmarkNFC measures NFC on a few KB of text, whole and line by line
// (as the extractor calls it).
func BenchmarkNFC(b *testing.B) {
	benchTextAndLines(b, func(s string) { _ = NFC(s) })
}

// BenchmarkFixLegacy measures FixLegacy on the same inputs, whole and line
// by line.
func BenchmarkFixLegacy(b *testing.B) {
	benchTextAndLines(b, func(s string) { _, _ = FixLegacy(s) })
}

// benchTextAndLines runs fn on each bench input whole ("/text") and on each
// of its lines in turn ("/lines").
func benchTextAndLines(b *testing.B, fn func(string)) {
	for _, in := range benchInputs() {
		lines := strings.Split(in.text, "\n")
		for _, v := range []struct {
			name  string
			parts []string
		}{{"/text", []string{in.text}}, {"/lines", lines}} {
			b.Run(in.name+v.name, func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				defer reportUser(b, userNanos())
				for b.Loop() {
					for _, p := range v.parts {
						fn(p)
					}
				}
			})
		}
	}
}

// reportUser reports the user CPU time per operation since start, as
// user-ns/op.
func reportUser(b *testing.B, start int64) {
	if n := userNanos() - start; n > 0 && b.N > 0 {
		b.ReportMetric(float64(n)/float64(b.N), "user-ns/op")
	}
}
