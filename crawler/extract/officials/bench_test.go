package officials

import (
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/crawler/simportal"
)

// BenchmarkFind measures Find on a long article made of the table-test
// sentences.
func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 200_000 {
		for _, c := range findCases {
			sb.WriteString(c.text)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text)
	}
}

// BenchmarkFindArticles measures Find on what extraction gives it: one
// generated article (title, blank line, text) at a time.
func BenchmarkFindArticles(b *testing.B) {
	var texts []string
	for tr := range simportal.New(simportal.Config{Seed: 3, Articles: 60}).Truths() {
		texts = append(texts, tr.Title+"\n\n"+tr.Text)
	}
	benchFindEach(b, texts)
}

// benchFindEach measures Find on texts, one call each: an op reads them
// all.
func benchFindEach(b *testing.B, texts []string) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Find(t)
		}
	}
}

// BenchmarkFindShort measures Find on the table-test sentences one at a
// time: short texts, where the set-up of each call counts.
func BenchmarkFindShort(b *testing.B) {
	texts := make([]string, len(findCases))
	for i, c := range findCases {
		texts[i] = c.text
	}
	benchFindEach(b, texts)
}

// pageTexts are short article texts of the kind most portal pages give
// Find: a headline, a blank line and a few short paragraphs, with few
// officials or none, so that the set-up of each call is most of its cost.
var pageTexts = []string{
	"Xã Tân Lập sửa đường liên thôn\n\nSáng 12/4/2025, Ủy ban nhân dân xã Tân Lập khởi công sửa tuyến đường liên thôn dài 3 km, với sự tham gia của đông đảo người dân.\n\nNgười dân thôn Hạ góp công làm đường\n\nCông trình được đầu tư theo Kế hoạch số 21/KH-UBND ngày 02/3/2025 của Ủy ban nhân dân xã, dự kiến hoàn thành trong tháng 7.\n\nXem chi tiết tại Kế hoạch 21.",
	"Phường tổng vệ sinh đầu năm\n\nSáng 08/2, phường ra quân tổng vệ sinh các tuyến phố chính.\n\nTham gia có đoàn viên thanh niên và các tổ dân phố.\n\nQuang cảnh buổi ra quân\n\nPhường đề nghị người dân giữ gìn vệ sinh chung.",
	"Lịch tiếp công dân\n\nSở thông báo lịch tiếp công dân tháng 5 theo quy định.\n\nĐịa điểm: trụ sở Sở, số 8 đường Trần Phú.",
	"Huyện Yên Bình đối thoại với thanh niên\n\nChiều 20/8, Thường trực Huyện ủy đối thoại với đoàn viên thanh niên huyện.\n\nThanh niên nêu nhiều kiến nghị về việc làm và học nghề.\n\nĐồng chí Hoàng Văn Thịnh, Bí thư Huyện ủy phát biểu tại buổi đối thoại.",
	"Khánh thành nhà văn hóa thôn\n\nNgày 15/11, thôn Trung khánh thành nhà văn hóa mới, vốn từ ngân sách và đóng góp của nhân dân.\n\nNhà văn hóa rộng 200 m2, có sân thể thao.",
	"Sở Giáo dục họp triển khai năm học\n\nSáng 5/9, Sở Giáo dục và Đào tạo họp triển khai nhiệm vụ năm học mới.\n\nGiám đốc Sở Lê Thị Hạnh yêu cầu các trường chuẩn bị đủ sách giáo khoa.",
}

// BenchmarkFindPages measures Find on short page texts (pageTexts), one
// call each.
func BenchmarkFindPages(b *testing.B) {
	benchFindEach(b, pageTexts)
}

// writtenTexts are the texts extraction gives Find for the article pages
// written for the profiles' self-tests (the "written-articles" set of the
// extract package's benchmarks).
var writtenTexts = []string{
	"Xã Mẫu ra quân làm đường giao thông nông thôn\n\nSáng ngày 06/5/2024, Ủy ban nhân dân xã Mẫu tổ chức lễ ra quân làm đường giao thông nông thôn, với sự tham gia của hơn 300 người dân các thôn.\n\nNgười dân thôn Đông tham gia làm đường\n\nTuyến đường dài 2,5 km, rộng 5 m, nối trung tâm xã với các thôn phía Bắc, được đầu tư theo Kế hoạch số 15/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân xã.\n\nDự kiến công trình hoàn thành trong tháng 8, góp phần hoàn thiện tiêu chí giao thông của xã nông thôn mới nâng cao.\n\nChi tiết xem tại Kế hoạch 15 và dự toán.",
	"Họp bàn về vệ sinh môi trường\n\nSáng 05/3, phường tổ chức họp bàn kế hoạch vệ sinh môi trường.\n\nTham dự có các tổ dân phố trên địa bàn phường và đại diện các đoàn thể.\n\nQuang cảnh buổi họp\n\nCác đại biểu thống nhất ra quân vào sáng Chủ nhật hằng tuần, bắt đầu từ ngày 10/3/2024.\n\nXem văn bản: Kế hoạch ra quân",
	"Kế hoạch năm\n\nSở hướng dẫn các phòng xây dựng kế hoạch công tác năm theo mẫu thống nhất.\n\nThời hạn gửi báo cáo là ngày 30/03/2019.",
	"Phường Mẫu tiếp xúc cử tri\n\nTối 13/9, Thường trực HĐND phường tiếp xúc cử tri tổ dân phố số 5.\n\nCử tri kiến nghị về chiếu sáng ngõ và thu gom rác thải.\n\nCử tri phát biểu tại hội nghị\n\nLãnh đạo phường tiếp thu, giao các bộ phận chuyên môn trả lời trước ngày 30/9/2025.",
	"Tỉnh Mẫu khởi công cầu dân sinh\n\nSáng 7/10, huyện Đồi Mẫu khởi công cầu dân sinh qua suối Nậm Mẫu.\n\nCầu dài 60 m, vốn từ ngân sách tỉnh, dự kiến hoàn thành trong 9 tháng.",
	"Bộ Mẫu họp giao ban tháng 6\n\nChiều 3/6, Bộ Mẫu họp giao ban công tác tháng 6.\n\nCác đơn vị báo cáo tiến độ giải ngân vốn đầu tư công.\n\nBộ trưởng yêu cầu hoàn thành kế hoạch quý II đúng hạn.",
}

// BenchmarkFindWritten measures Find on writtenTexts, one call each.
func BenchmarkFindWritten(b *testing.B) {
	benchFindEach(b, writtenTexts)
}
