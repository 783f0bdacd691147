package dates

import (
	"testing"

	"github.com/vnarchive/vnarchive/crawler/extract/internal/cputime"
)

// benchShort are short texts the project wrote, shaped like the title and
// body of the small articles a portal posts every day: a few hundred
// bytes each, a date or two, a day and month without a year. One call per
// text, so that the fixed cost of a call shows.
var benchShort = []string{
	"Ra quân làm sạch kênh mương\n\nSáng 09/4, xã tổ chức ra quân làm sạch kênh mương nội đồng.\n\n" +
		"Tham gia có đoàn viên thanh niên và hội viên phụ nữ các thôn.\n\nĐoàn viên nạo vét kênh\n\n" +
		"Xã đề nghị các thôn duy trì việc vệ sinh vào sáng thứ Bảy hằng tuần, bắt đầu từ ngày 13/4/2024.\n\n" +
		"Xem văn bản: Kế hoạch số 21/KH-UBND ngày 02/4/2024 của UBND xã.",
	"Lịch tiếp công dân\n\nPhòng tiếp công dân nhận đơn vào các ngày làm việc trong tuần.\n\nHạn chót nhận hồ sơ là ngày 15/08/2022.",
	"Thôn Đoài đối thoại với nhân dân\n\nChiều 21/5, Đảng ủy xã đối thoại với nhân dân thôn Đoài.\n\n" +
		"Bà con đề nghị sửa đường vào trường mầm non và lắp thêm đèn chiếu sáng.\n\nQuang cảnh buổi đối thoại\n\n" +
		"Lãnh đạo xã ghi nhận ý kiến, giao bộ phận địa chính trả lời trước ngày 30/6/2023.",
	"Huyện khánh thành nhà văn hóa thôn\n\nSáng 2/9, huyện khánh thành nhà văn hóa thôn Nà Pàn.\n\n" +
		"Công trình rộng 120 m2, vốn từ ngân sách huyện và nhân dân đóng góp.",
	"Sở họp triển khai nhiệm vụ quý III\n\nChiều 4/7, Sở họp triển khai nhiệm vụ quý III.\n\n" +
		"Các phòng báo cáo kết quả sáu tháng đầu năm.\n\nGiám đốc Sở yêu cầu bám sát kế hoạch năm.",
	"Đoàn công tác thăm hỏi, tặng quà các gia đình chính sách nhân dịp đầu xuân.",
}

// BenchmarkShort runs Find over benchShort, one call per text (an op reads
// them all).
func BenchmarkShort(b *testing.B) {
	n := 0
	for _, t := range benchShort {
		n += len(t)
	}
	b.ReportAllocs()
	b.SetBytes(int64(n))
	defer cputime.Start(b)()
	for b.Loop() {
		for _, t := range benchShort {
			Find(t)
		}
	}
}
