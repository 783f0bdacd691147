package simportal

// topic is a subject the portals write about. Topic weights follow a Zipf
// law (the first topics have the most articles); keywords inside a topic are
// drawn Zipf-like too, so that word frequencies look like real news.
type topic struct {
	key      string
	lifCat   int // index in liferayCats
	wardCat  int // index in wardCats
	events   []string
	titles   []string
	keywords []string
	lines    []string // body sentences with slots
	quotes   []string // what officials ask for, after "đề nghị"/"yêu cầu"
}

// category is one news category of a portal.
type category struct {
	slug, name string
	// 12-hour "03:30 PM" clocks on this category's date lines (Liferay).
	clock12 bool
}

var liferayCats = []category{
	{"cong-tac-dan-van", "Công tác dân vận", false},
	{"cai-cach-hanh-chinh", "Cải cách hành chính", true},
	{"chuyen-doi-so", "Chuyển đổi số", true},
	{"xay-dung-dang", "Xây dựng Đảng", false},
	{"do-thi-moi-truong", "Đô thị - Môi trường", false},
	{"y-te", "Y tế", false},
	{"giao-duc-dao-tao", "Giáo dục - Đào tạo", false},
	{"quoc-phong-an-ninh", "Quốc phòng - An ninh", false},
	{"van-hoa-xa-hoi", "Văn hóa - Xã hội", false},
	{"-au-tu-kinh-te", "Đầu tư - Kinh tế", true},
	{"hoat-dong-hdnd", "Hoạt động HĐND", false},
	{"thong-bao", "Thông báo", false},
}

// catNotice is the category of announcements in both portals.
const (
	lifNotice  = 11
	wardNotice = 5
	// ward1258 is the ward category served in windows-1258.
	ward1258 = 3
)

var wardCats = []category{
	{"dang-doan-the", "Đảng - Đoàn thể", false},
	{"chinh-quyen", "Chính quyền", false},
	{"kinh-te-do-thi", "Kinh tế - Đô thị", false},
	{"van-hoa-xa-hoi", "Văn hóa - Xã hội", false},
	{"quoc-phong-an-ninh", "Quốc phòng - An ninh", false},
	{"thong-bao", "Thông báo", false},
}

var topics = []topic{
	{key: "danvan", lifCat: 0, wardCat: 0,
		events:   []string{"Hội nghị triển khai nhiệm vụ trọng tâm công tác dân vận", "Hội nghị sơ kết phong trào thi đua “Dân vận khéo”", "Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân", "Hội nghị tổng kết công tác dân vận chính quyền", "Lễ tuyên dương các mô hình “Dân vận khéo”"},
		titles:   []string{"{ev} năm {Y}", "{U} tổ chức {evl} năm {Y}", "Lan tỏa phong trào thi đua “Dân vận khéo” ở {place}", "Nâng cao hiệu quả công tác dân vận chính quyền tại {place}"},
		keywords: []string{"dân vận", "Dân vận khéo", "quy chế dân chủ ở cơ sở", "Nhân dân", "khu dân cư", "đồng thuận", "tổ dân vận", "đối thoại", "mô hình", "Mặt trận Tổ quốc", "đoàn thể chính trị - xã hội", "tôn giáo", "dân chủ", "niềm tin"},
		lines: []string{"Công tác {kw} được triển khai đồng bộ, gắn với việc thực hiện {kw2} tại {n} khu dân cư.",
			"Toàn {lvl} đã xây dựng {nn} mô hình “Dân vận khéo”, trong đó {n} mô hình được Thành phố biểu dương.",
			"Các tổ dân vận ở khu dân cư phát huy vai trò cầu nối, kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân.",
			"Việc thực hiện {kw} đã góp phần tạo sự đồng thuận trong Nhân dân đối với các chủ trương của địa phương.",
			"{ratio} tổ dân phố đã tổ chức hội nghị đối thoại trực tiếp với người dân về {kw}.",
			"Nhiều kiến nghị của cử tri về {kw2} đã được giải quyết dứt điểm ngay tại cơ sở."},
		quotes: []string{"tiếp tục đổi mới nội dung, phương thức công tác dân vận, sát dân, hiểu dân, trọng dân", "phát huy hơn nữa vai trò nêu gương của cán bộ, đảng viên ở khu dân cư", "lắng nghe, giải quyết kịp thời các kiến nghị chính đáng của Nhân dân"}},
	{key: "cchc", lifCat: 1, wardCat: 1,
		events:   []string{"Hội nghị đánh giá kết quả cải cách hành chính", "Hội nghị triển khai Bộ chỉ số cải cách hành chính", "Hội nghị tập huấn nghiệp vụ công tác văn thư, lưu trữ", "Buổi kiểm tra công tác cải cách hành chính tại bộ phận một cửa"},
		titles:   []string{"{ev} năm {Y}", "{U} nâng cao chỉ số cải cách hành chính", "Rút ngắn thời gian giải quyết thủ tục hành chính tại {place}", "{evl} tại {place}"},
		keywords: []string{"thủ tục hành chính", "cải cách hành chính", "bộ phận một cửa", "dịch vụ công trực tuyến", "hồ sơ", "chỉ số hài lòng", "kỷ luật, kỷ cương hành chính", "công vụ", "văn thư, lưu trữ", "số hóa hồ sơ", "người đứng đầu"},
		lines: []string{"Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn đạt {pct}.",
			"Trong {quarter}, bộ phận một cửa đã tiếp nhận {N} hồ sơ, trong đó {N2} hồ sơ được nộp qua dịch vụ công trực tuyến.",
			"Việc niêm yết công khai thủ tục hành chính được thực hiện đầy đủ tại trụ sở và trên cổng thông tin điện tử.",
			"Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính tăng so với {year}.",
			"Đơn vị đã rà soát, đề xuất đơn giản hóa {n} thủ tục hành chính thuộc lĩnh vực {kw2}."},
		quotes: []string{"siết chặt kỷ luật, kỷ cương hành chính, không để hồ sơ trễ hạn", "đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "công khai, minh bạch quy trình giải quyết thủ tục hành chính"}},
	{key: "cds", lifCat: 2, wardCat: 1,
		events:   []string{"Hội nghị triển khai nhiệm vụ chuyển đổi số", "Ra mắt mô hình “Tổ công nghệ số cộng đồng”", "Hội thảo ứng dụng trí tuệ nhân tạo trong cơ quan nhà nước", "Ngày hội chuyển đổi số"},
		titles:   []string{"{ev} năm {Y}", "{U} đẩy mạnh chuyển đổi số", "{evl} tại {place}", "Người dân {place} làm quen với dịch vụ công trực tuyến"},
		keywords: []string{"chuyển đổi số", "dịch vụ công trực tuyến", "định danh điện tử", "thanh toán không dùng tiền mặt", "tổ công nghệ số cộng đồng", "dữ liệu dân cư", "chữ ký số", "an toàn thông tin", "hạ tầng số", "nền tảng số", "kỹ năng số"},
		lines: []string{"Đến nay, {pct} người dân trong độ tuổi đã được kích hoạt tài khoản {kw}.",
			"Các tổ công nghệ số cộng đồng đã hướng dẫn {N} lượt người dân sử dụng {kw2}.",
			"Việc ứng dụng {kw} giúp rút ngắn thời gian xử lý công việc và tiết kiệm chi phí.",
			"Toàn bộ {ratio} đơn vị đã sử dụng {kw2} trong trao đổi văn bản điện tử.",
			"Nhiều hộ kinh doanh tại {street} đã áp dụng {kw}."},
		quotes: []string{"xác định chuyển đổi số là nhiệm vụ trọng tâm, thường xuyên", "bảo đảm an toàn thông tin, an ninh mạng trong quá trình vận hành các nền tảng số", "phổ cập kỹ năng số cho người dân, nhất là người cao tuổi"}},
	{key: "xdd", lifCat: 3, wardCat: 0,
		events:   []string{"Hội nghị học tập, quán triệt nghị quyết của Đảng", "Hội nghị tổng kết công tác xây dựng Đảng", "Lễ trao Huy hiệu Đảng cho đảng viên lão thành", "Hội nghị sơ kết công tác kiểm tra, giám sát", "Đại hội điểm chi bộ nhiệm kỳ {period}"},
		titles:   []string{"{ev} đợt {dot} năm {Y}", "{evl} tại {place}", "{U} nâng cao chất lượng sinh hoạt chi bộ", "Kết nạp đảng viên mới tại {place}"},
		keywords: []string{"xây dựng Đảng", "chi bộ", "đảng viên", "sinh hoạt chi bộ", "kiểm tra, giám sát", "kết nạp đảng viên", "tự phê bình và phê bình", "nêu gương", "tổ chức cơ sở đảng", "Huy hiệu Đảng", "công tác cán bộ", "nhiệm kỳ"},
		lines: []string{"Toàn Đảng bộ hiện có {n} tổ chức cơ sở đảng với {N} đảng viên.",
			"Năm qua, các chi bộ đã kết nạp {n} đảng viên mới, đạt {pct} kế hoạch.",
			"Công tác {kw} được thực hiện nghiêm túc, đúng quy trình, bảo đảm nguyên tắc tập trung dân chủ.",
			"{ratio} chi bộ được đánh giá hoàn thành tốt nhiệm vụ; chất lượng {kw2} từng bước được nâng lên.",
			"Dịp này, {n} đồng chí đảng viên được trao Huy hiệu {age} năm tuổi Đảng."},
		quotes: []string{"nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng", "thực hiện nghiêm túc nguyên tắc tự phê bình và phê bình", "chuẩn bị chu đáo nhân sự đại hội chi bộ nhiệm kỳ tới"}},
	{key: "dothi", lifCat: 4, wardCat: 2,
		events:   []string{"Lễ ra quân tổng vệ sinh môi trường", "Hội nghị triển khai công tác trật tự xây dựng", "Ra quân lập lại trật tự vỉa hè", "Lễ phát động trồng cây xanh"},
		titles:   []string{"{ev} năm {Y}", "{U} ra quân lập lại trật tự đô thị", "Chỉnh trang {street}", "{evl} tại {place}"},
		keywords: []string{"trật tự đô thị", "vệ sinh môi trường", "vỉa hè", "rác thải", "cây xanh", "trật tự xây dựng", "phân loại rác tại nguồn", "chiếu sáng", "ngõ ngách", "thoát nước", "lòng đường"},
		lines: []string{"Lực lượng chức năng đã xử lý {n} trường hợp vi phạm {kw}, thu giữ nhiều biển quảng cáo sai quy định.",
			"Tuyến {street} được lát lại vỉa hè, bổ sung hệ thống chiếu sáng và cây xanh.",
			"Mỗi tháng, các khu dân cư tổ chức một ngày “{kw}” với sự tham gia của {N} lượt người dân.",
			"Việc {kw2} đã được triển khai thí điểm tại {n} tổ dân phố.",
			"Đơn vị đã thu gom khoảng {n} tấn {kw}."},
		quotes: []string{"xử lý nghiêm, dứt điểm các vi phạm trật tự xây dựng ngay từ khi mới phát sinh", "duy trì thường xuyên, không để tái lấn chiếm vỉa hè", "tuyên truyền để người dân tự giác phân loại rác thải"}},
	{key: "yte", lifCat: 5, wardCat: 3,
		events:   []string{"Chiến dịch tiêm chủng mở rộng", "Hội nghị triển khai công tác phòng, chống dịch bệnh", "Ngày hội hiến máu tình nguyện", "Đợt khám sức khỏe miễn phí cho người cao tuổi"},
		titles:   []string{"{ev} năm {Y}", "{U} chủ động phòng, chống sốt xuất huyết", "{evl} tại {place}", "Nâng cao chất lượng y tế cơ sở tại {place}"},
		keywords: []string{"phòng, chống dịch", "sốt xuất huyết", "tiêm chủng", "y tế cơ sở", "an toàn thực phẩm", "hiến máu", "bảo hiểm y tế", "khám sức khỏe", "vệ sinh môi trường", "dinh dưỡng"},
		lines: []string{"Ngành y tế đã giám sát {n} ổ dịch {disease}, không để dịch lây lan trong cộng đồng.",
			"Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt {pct}.",
			"Trong {month}, các đoàn kiểm tra {kw} đã kiểm tra {N} cơ sở kinh doanh.",
			"Chương trình thu hút {N} lượt người tham gia, thu về {N2} đơn vị máu an toàn.",
			"Tỷ lệ người dân tham gia bảo hiểm y tế đạt {pct}."},
		quotes: []string{"chủ động giám sát, phát hiện sớm, xử lý kịp thời các ổ dịch", "tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể", "nâng cao chất lượng khám, chữa bệnh tại y tế cơ sở"}},
	{key: "giaoduc", lifCat: 6, wardCat: 3,
		events:   []string{"Lễ khai giảng năm học", "Hội nghị tổng kết năm học", "Lễ tuyên dương học sinh giỏi", "Hội thi giáo viên dạy giỏi"},
		titles:   []string{"{ev} {schoolyear}", "{U} tuyên dương học sinh giỏi năm học {schoolyear}", "{evl} tại {school}", "Nâng cao chất lượng giáo dục tại {place}"},
		keywords: []string{"giáo dục", "học sinh", "giáo viên", "năm học", "chất lượng giáo dục", "cơ sở vật chất", "trường chuẩn quốc gia", "chuyển đổi số trong giáo dục", "học sinh giỏi", "phổ cập giáo dục"},
		lines: []string{"Năm học {schoolyear}, toàn {lvl} có {N} học sinh, {n} trường đạt chuẩn quốc gia.",
			"{school} được đầu tư xây mới {n} phòng học, đáp ứng yêu cầu đổi mới {kw}.",
			"Có {n} học sinh đạt giải trong kỳ thi {kw2} cấp Thành phố.",
			"Đội ngũ {kw} được bồi dưỡng thường xuyên về phương pháp dạy học tích cực.",
			"Tỷ lệ học sinh lên lớp đạt {pct}."},
		quotes: []string{"nâng cao chất lượng giáo dục toàn diện", "quan tâm đầu tư cơ sở vật chất, trang thiết bị dạy học", "xây dựng môi trường giáo dục an toàn, thân thiện"}},
	{key: "anqp", lifCat: 7, wardCat: 4,
		events:   []string{"Lễ giao nhận quân", "Diễn tập khu vực phòng thủ", "Hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc", "Lễ ra mắt mô hình “Camera an ninh”"},
		titles:   []string{"{ev} năm {Y}", "{U} bảo đảm an ninh trật tự dịp {holidayname}", "{evl} tại {place}", "Phát huy vai trò lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"},
		keywords: []string{"an ninh trật tự", "quốc phòng", "tuyển quân", "phòng, chống tội phạm", "lực lượng dân quân", "camera an ninh", "an toàn giao thông", "tội phạm", "tàng trữ ma túy", "thanh niên nhập ngũ"},
		lines: []string{"Toàn {lvl} có {n} thanh niên lên đường nhập ngũ, bảo đảm 100% chỉ tiêu được giao.",
			"Lực lượng công an đã phát hiện, xử lý {n} vụ việc liên quan đến {kw}.",
			"Hệ thống {kw2} được lắp đặt tại {N} điểm, góp phần phát hiện sớm vi phạm.",
			"{ratio} tổ dân phố đạt danh hiệu “An toàn về an ninh, trật tự”.",
			"Các lực lượng tuần tra, kiểm soát thường xuyên trên {street} vào khung giờ {time}."},
		quotes: []string{"giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn", "làm tốt công tác tuyển chọn và gọi công dân nhập ngũ", "phát huy sức mạnh của cả hệ thống chính trị trong phòng, chống tội phạm"}},
	{key: "vhxh", lifCat: 8, wardCat: 3,
		events:   []string{"Lễ hội truyền thống đình làng", "Ngày hội Đại đoàn kết toàn dân tộc", "Giải chạy vì sức khỏe cộng đồng", "Liên hoan văn nghệ quần chúng"},
		titles:   []string{"{ev} năm {Y}", "Sôi nổi {evl} tại {place}", "{U} xây dựng người Hà Nội thanh lịch, văn minh", "Giữ gìn nét đẹp văn hóa tại {place}"},
		keywords: []string{"văn hóa", "gia đình văn hóa", "lễ hội", "di tích", "thể dục thể thao", "nếp sống văn minh", "văn nghệ", "câu lạc bộ", "đại đoàn kết", "tổ dân phố văn hóa", "thư viện"},
		lines: []string{"Năm nay, {pct} hộ gia đình đạt danh hiệu “{kw}”.",
			"Chương trình có sự tham gia của {n} đội văn nghệ đến từ các tổ dân phố.",
			"Di tích đình {market} được tu bổ, tôn tạo từ nguồn xã hội hóa khoảng {N} triệu đồng.",
			"Các câu lạc bộ {kw2} duy trì sinh hoạt đều đặn tại nhà văn hóa khu dân cư.",
			"Trong khuôn khổ chương trình, Ban tổ chức trao {n} suất quà cho các gia đình khó khăn."},
		quotes: []string{"giữ gìn và phát huy giá trị di tích, lễ hội truyền thống", "tổ chức lễ hội an toàn, tiết kiệm, đúng quy định", "xây dựng môi trường văn hóa lành mạnh tại khu dân cư"}},
	{key: "ansinh", lifCat: 8, wardCat: 3,
		events:   []string{"Chương trình thăm, tặng quà gia đình chính sách", "Lễ bàn giao nhà Đại đoàn kết", "Hội nghị triển khai công tác an sinh xã hội", "Phiên giao dịch việc làm"},
		titles:   []string{"{ev} năm {Y}", "{U} chăm lo cho người có công dịp {holidayname}", "{evl} tại {place}", "Không để ai bị bỏ lại phía sau tại {place}"},
		keywords: []string{"an sinh xã hội", "người có công", "hộ nghèo", "gia đình chính sách", "việc làm", "người cao tuổi", "trợ cấp", "nhà Đại đoàn kết", "bảo hiểm xã hội", "trẻ em có hoàn cảnh khó khăn"},
		lines: []string{"Nhân dịp này, {U2} trao {N} suất quà cho {kw}, tổng trị giá hơn {N2} triệu đồng.",
			"Toàn {lvl} không còn hộ nghèo; {n} hộ cận nghèo được hỗ trợ vay vốn sản xuất.",
			"Phiên giao dịch thu hút {n} doanh nghiệp với {N} vị trí {kw2}.",
			"Việc chi trả {kw} được thực hiện đầy đủ, kịp thời, đúng đối tượng.",
			"Gia đình được hỗ trợ {n}0 triệu đồng để sửa chữa nhà ở."},
		quotes: []string{"chăm lo chu đáo đời sống vật chất, tinh thần của gia đình chính sách", "thực hiện đầy đủ, kịp thời các chế độ, chính sách đối với người có công", "không để hộ gia đình nào khó khăn mà không được hỗ trợ"}},
	{key: "kt", lifCat: 9, wardCat: 2,
		events:   []string{"Hội nghị đối thoại với doanh nghiệp", "Hội nghị triển khai nhiệm vụ thu ngân sách", "Lễ khởi công dự án", "Hội nghị xúc tiến đầu tư"},
		titles:   []string{"{ev} năm {Y}", "{U} phấn đấu hoàn thành dự toán thu ngân sách", "{evl} tại {place}", "Tháo gỡ khó khăn cho hộ kinh doanh trên {street}"},
		keywords: []string{"thu ngân sách", "doanh nghiệp", "đầu tư công", "giải ngân", "hộ kinh doanh", "thuế", "giải phóng mặt bằng", "dự án", "thương mại", "dịch vụ"},
		lines: []string{"Tổng {kw} trên địa bàn ước đạt {N} tỷ đồng, bằng {pct} dự toán.",
			"Tỷ lệ giải ngân vốn {kw2} đến hết {month} đạt {pct} kế hoạch.",
			"Địa bàn hiện có {N} doanh nghiệp và {N2} hộ kinh doanh đang hoạt động.",
			"Dự án có tổng mức đầu tư khoảng {N} tỷ đồng, dự kiến hoàn thành trong {quarter}.",
			"Nhiều kiến nghị của {kw} đã được các phòng chuyên môn trả lời trực tiếp tại hội nghị."},
		quotes: []string{"đẩy nhanh tiến độ giải ngân vốn đầu tư công", "tháo gỡ kịp thời khó khăn, vướng mắc cho doanh nghiệp", "chống thất thu ngân sách, nuôi dưỡng nguồn thu"}},
	{key: "pccc", lifCat: 7, wardCat: 4,
		events:   []string{"Diễn tập phương án chữa cháy và cứu nạn, cứu hộ", "Hội nghị triển khai công tác phòng cháy, chữa cháy", "Ra mắt mô hình “Điểm chữa cháy công cộng”"},
		titles:   []string{"{ev} năm {Y}", "{U} tăng cường phòng cháy, chữa cháy nhà ở kết hợp kinh doanh", "{evl} tại {place}"},
		keywords: []string{"phòng cháy, chữa cháy", "cứu nạn, cứu hộ", "nhà ở kết hợp kinh doanh", "bình chữa cháy", "lối thoát nạn", "điểm chữa cháy công cộng", "chung cư mini"},
		lines: []string{"Đến nay, {n} điểm chữa cháy công cộng đã được lắp đặt tại các ngõ nhỏ.",
			"Đoàn kiểm tra đã kiểm tra {N} cơ sở, yêu cầu {n} cơ sở khắc phục tồn tại về {kw}.",
			"Buổi diễn tập giả định sự cố cháy tại một {kw2} trên {street}.",
			"Các hộ gia đình được hướng dẫn mở thêm {kw2}."},
		quotes: []string{"kiên quyết xử lý các cơ sở không bảo đảm an toàn phòng cháy, chữa cháy", "mỗi hộ gia đình cần trang bị bình chữa cháy và lối thoát nạn thứ hai"}},
	{key: "hdnd", lifCat: 10, wardCat: 1,
		events:   []string{"Kỳ họp thường lệ HĐND", "Hội nghị tiếp xúc cử tri", "Phiên giải trình của Thường trực HĐND", "Hội nghị giám sát chuyên đề"},
		titles:   []string{"{ev} cuối năm {Y}", "Cử tri {place} kiến nghị nhiều vấn đề dân sinh", "{evl} giữa năm {Y}"},
		keywords: []string{"cử tri", "kỳ họp", "giám sát", "tiếp xúc cử tri", "kiến nghị", "chất vấn", "nghị quyết", "đại biểu HĐND", "dự toán ngân sách", "giải trình"},
		lines: []string{"Tại kỳ họp, các đại biểu đã thông qua {n} nghị quyết quan trọng.",
			"Cử tri đã nêu {n} ý kiến, kiến nghị liên quan đến {kw} và {kw2}.",
			"Thường trực HĐND đã tổ chức {n} cuộc giám sát chuyên đề về {kw}.",
			"Các ý kiến {kw2} được lãnh đạo UBND trả lời thẳng thắn, cầu thị."},
		quotes: []string{"tiếp thu đầy đủ ý kiến cử tri, giải quyết dứt điểm các kiến nghị", "nâng cao chất lượng hoạt động giám sát của HĐND"}},
	{key: "bauCu", lifCat: 10, wardCat: 1,
		events:   []string{"Hội nghị hiệp thương lần thứ nhất", "Hội nghị lấy ý kiến cử tri nơi cư trú", "Hội nghị triển khai công tác bầu cử"},
		titles:   []string{"{ev} năm {Y}", "{U} sẵn sàng cho ngày bầu cử", "{evl} tại {place}"},
		keywords: []string{"bầu cử", "cử tri", "hiệp thương", "ứng cử viên", "tổ bầu cử", "danh sách cử tri", "khu vực bỏ phiếu"},
		lines: []string{"Toàn {lvl} chia thành {n} khu vực bỏ phiếu với {N} cử tri.",
			"Hội nghị thống nhất cơ cấu, thành phần, số lượng người được giới thiệu ứng cử.",
			"Công tác {kw} được chuẩn bị chu đáo, đúng luật.",
			"Danh sách {kw2} được niêm yết công khai tại {n} điểm."},
		quotes: []string{"chuẩn bị chu đáo các điều kiện để cuộc bầu cử diễn ra dân chủ, đúng luật", "tuyên truyền sâu rộng để cử tri hiểu rõ quyền và nghĩa vụ"}},
}

// Sentences any article may use; slots are filled by the composer.
var genericLines = []string{
	"Trong {year}, {U} đã hoàn thành và hoàn thành vượt mức {n} chỉ tiêu chủ yếu.",
	"Các đơn vị đã chủ động xây dựng kế hoạch, phân công rõ người, rõ việc, rõ thời gian hoàn thành.",
	"Bên cạnh những kết quả đạt được, công tác {kw} vẫn còn một số hạn chế cần khắc phục.",
	"Một số nơi chưa thực sự quyết liệt, việc phối hợp giữa các lực lượng có lúc chưa chặt chẽ.",
	"Thời gian tới, {lvl} tiếp tục tập trung thực hiện có hiệu quả các nhiệm vụ trọng tâm giai đoạn {period}.",
	"Hội nghị cũng dành thời gian thảo luận, đóng góp nhiều ý kiến tâm huyết về {kw}.",
	"Dịp này, {U2} khen thưởng {n} tập thể và {nn} cá nhân có thành tích xuất sắc.",
	"Phong trào thi đua được triển khai sâu rộng nhân kỷ niệm {holiday}.",
	"Kết quả này góp phần quan trọng vào việc hoàn thành các mục tiêu phát triển kinh tế - xã hội năm {Y}.",
	"Trong {halfyear}, các đơn vị đã tổ chức {n} lớp tập huấn với hơn {N} lượt học viên.",
	"Nhiều cách làm hay ở {ward} được nhân rộng ra các địa bàn khác.",
	"Công tác tuyên truyền được đổi mới, sử dụng mạng xã hội và hệ thống loa truyền thanh cơ sở.",
	"Theo lộ trình, các nhiệm vụ còn lại sẽ hoàn thành trước {month}.",
	"Ban tổ chức đã trao Giấy khen cho {n} tập thể có nhiều đóng góp.",
	"Các khu dân cư dọc {street} được chọn làm điểm triển khai đầu tiên.",
	"Đến hết {quarter}, tiến độ thực hiện đạt khoảng {pct} so với kế hoạch.",
}
