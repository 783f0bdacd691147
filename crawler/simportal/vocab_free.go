package simportal

import "strings"

// Parts of free sentences: subject + action + object + manner. They carry
// no official, document or full date, and widen the vocabulary so that word
// frequencies have a long tail, as real news has.
var (
	freeSubjects = []string{"Các phòng, ban chuyên môn", "Đội ngũ cán bộ, công chức", "Lực lượng đoàn viên thanh niên",
		"Hội viên Hội Cựu chiến binh", "Các tổ dân phố", "Ban quản trị các tòa nhà chung cư", "Các trường học trên địa bàn",
		"Hội Liên hiệp Phụ nữ", "Các hộ kinh doanh", "Lực lượng dân quân tự vệ", "Các chi hội người cao tuổi",
		"Tình nguyện viên", "Các doanh nghiệp", "Người dân", "Câu lạc bộ thơ ca", "Các cơ sở tôn giáo", "Đoàn viên công đoàn",
		"Lực lượng công an khu vực", "Các tổ hòa giải", "Ban công tác Mặt trận", "Các nhà hảo tâm", "Cộng tác viên dân số",
		"Hội Khuyến học", "Các bếp ăn tập thể", "Đội thanh niên xung kích", "Chi đoàn khu dân cư", "Các gia đình trẻ"}
	freeActions = []string{"đã tích cực hưởng ứng", "chủ động phối hợp triển khai", "thường xuyên kiểm tra, đôn đốc",
		"tổ chức tuyên truyền về", "đăng ký thực hiện", "vận động người dân tham gia", "rà soát, thống kê",
		"huy động nguồn lực cho", "tổ chức tập huấn về", "đề xuất giải pháp tháo gỡ vướng mắc trong",
		"xây dựng quy chế phối hợp về", "ký kết chương trình phối hợp về", "duy trì nền nếp", "góp công, góp sức cho",
		"đồng hành cùng chính quyền trong", "nêu cao tinh thần trách nhiệm trong", "chia sẻ kinh nghiệm về",
		"tham gia giám sát", "kịp thời phản ánh những bất cập trong", "ủng hộ kinh phí cho"}
	freeObjects = []string{"công tác bảo vệ môi trường", "cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
		"phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”", "mô hình “Tuyến phố văn minh”", "việc chỉnh trang hè phố",
		"công tác chăm sóc, bảo vệ trẻ em", "việc giữ gìn cảnh quan đô thị", "hoạt động khuyến học, khuyến tài",
		"chương trình “Ngày Chủ nhật xanh”", "công tác hòa giải ở cơ sở", "việc sử dụng tiết kiệm điện, nước",
		"phong trào hiến máu tình nguyện", "hoạt động thể thao quần chúng", "việc xây dựng tủ sách pháp luật",
		"công tác phòng, chống thiên tai", "công tác phòng, chống rác thải nhựa", "quỹ “Vì người nghèo”",
		"việc cải tạo sân chơi cho thiếu nhi", "mô hình “Camera vì an ninh trật tự”", "việc trồng hoa tại các ngõ",
		"phong trào nuôi heo đất tiết kiệm", "lớp học bơi miễn phí cho trẻ em", "chương trình sữa học đường",
		"việc lắp đặt hệ thống loa truyền thanh thông minh", "việc sắp xếp điểm trông giữ xe", "công tác dân số và phát triển",
		"hoạt động của các câu lạc bộ dưỡng sinh", "việc bảo tồn nghề thủ công truyền thống", "công tác chăm lo cho người lao động"}
	freeManners = []string{"với tinh thần trách nhiệm cao", "ngay từ đầu năm", "theo đúng kế hoạch đề ra",
		"bằng nhiều hình thức phong phú", "một cách thiết thực, hiệu quả", "trong suốt thời gian qua", "tại các khu dân cư",
		"dưới sự chỉ đạo sát sao của cấp ủy", "góp phần lan tỏa tinh thần đoàn kết", "qua đó tạo sức lan tỏa trong cộng đồng",
		"thu hút đông đảo Nhân dân tham gia", "không để xảy ra tình trạng hình thức", "với sự đồng thuận cao của người dân",
		"trên tinh thần tự nguyện", "gắn với đặc thù của từng địa bàn", "được cấp ủy đánh giá cao"}
	citizenRemarks = []string{
		"Từ ngày có mô hình mới, ngõ xóm sạch sẽ, bà con gắn bó với nhau hơn",
		"Thủ tục bây giờ nhanh hơn trước rất nhiều, tôi chỉ mất chưa đầy một buổi sáng",
		"Các cháu có chỗ vui chơi an toàn nên gia đình yên tâm hẳn",
		"Được cán bộ hướng dẫn tận tình, người già như tôi cũng dùng được điện thoại thông minh",
		"Khu phố giờ có đèn chiếu sáng, đi lại buổi tối không còn lo như trước",
		"Chúng tôi mong mô hình này được duy trì lâu dài",
	}
)

// freeSentence draws one free sentence.
func (c *composer) freeSentence() string {
	g := c.g
	s := pick(g, freeSubjects) + " " + pick(g, freeActions) + " " + pick(g, freeObjects)
	if g.chance(0.6) {
		s += " " + pick(g, freeManners)
	}
	return strings.TrimSpace(s) + "."
}
