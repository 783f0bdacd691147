package dates_test

import (
	"fmt"

	"github.com/vnarchive/vnarchive/crawler/extract/dates"
)

func ExampleAll() {
	fmt.Println(dates.All("Sáng 5/3, tại Hà Nội, ngày 3 tháng 6 năm 2013; hội thao từ 10-14/6/2024; 21/25 đảng bộ; Chỉ thị ngày 01/102021."))
	// Output:
	// [2013-06-03 2024-06-10 2024-06-14 2021-10-01]
}

func ExampleParseDate() {
	t, ok := dates.ParseDate("Ngày đăng 28/02/2024 | 16:38")
	fmt.Println(t.Format("2006-01-02T15:04:05Z07:00"), ok)
	// Output:
	// 2024-02-28T16:38:00+07:00 true
}
