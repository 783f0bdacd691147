package docs

import (
	"testing"

	"github.com/vnarchive/vnarchive/data"
)

// gluedCases are sentences the project wrote for text flattened or typed
// with missing spaces: a list index glued before the type word, "số" glued
// to the number, "ngày" typed without its n after the number, and a page
// header whose type is named by the heading below it.
var gluedCases = []docCase{
	// a list index glued before the type word, at a line or list start
	// "số" glued to the number
	// "gày" for "ngày" right after the number
	{"gày", "bãi bỏ Quyết định số 210/QĐ-UBND gày 7/8/2019 của UBND huyện",
		[]data.Document{d("Quyết định", "210/QĐ-UBND", "2019-08-07", "UBND huyện")}},
	{"gày", "Kế hoạch 33/KH-UBND gày 2 tháng 3 năm 2022 về phòng chống thiên tai",
		[]data.Document{d("Kế hoạch", "33/KH-UBND", "2022-03-02")}},
	{"gày only after the number", "Quyết định số 210/QĐ-UBND về tổ chức hội nghị, gày 7/8/2019 đã họp",
		[]data.Document{d("Quyết định", "210/QĐ-UBND")}},
	// a page header typed by the heading below it
}

// gluedNegatives must yield no document.
var gluedNegatives = []docCase{
}

func TestFindGlued(t *testing.T) {
	for _, tc := range gluedCases {
		t.Run(tc.pattern+" reads "+short(tc.text), func(t *testing.T) {
			got, _ := Find(tc.text)
			if diff := compareDocs(got, tc.want); diff != "" {
				t.Errorf("Find(%q):\n%s", tc.text, diff)
			}
		})
	}
	for _, tc := range gluedNegatives {
		t.Run(tc.pattern+" is no document", func(t *testing.T) {
			if got, _ := Find(tc.text); len(got) != 0 {
				t.Errorf("Find(%q) = %+v, want none", tc.text, got)
			}
		})
	}
}
