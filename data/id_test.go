package data

import "testing"

func TestArticleIDLiferayFormsAgree(t *testing.T) {
	a := ArticleID("https://thanhxuan.hanoi.gov.vn/tin-tuc/-/view_content/4521-hoi-nghi.html")
	b := ArticleID("https://www.thanhxuan.hanoi.gov.vn/tin-tuc?p_p_id=101&_101_assetEntryId=4521")
	if a != b {
		t.Fatalf("view_content and assetEntryId forms of one asset differ: %s vs %s", a, b)
	}
	c := ArticleID("https://thanhxuan.hanoi.gov.vn/tin-tuc/-/view_content/4522-hoi-nghi.html")
	if a == c {
		t.Fatal("different assets share an id")
	}
	if len(a) != 16 {
		t.Fatalf("id %q is not 16 hex digits", a)
	}
}

func TestDocumentKeySeparatesSharedNumbers(t *testing.T) {
	tests := []struct {
		name string
		a, b Document
		sa   string
		sb   string
		same bool
	}{
		{"same party number, different terms", Document{Canonical: "25-NQ/TW", Term: "XI"}, Document{Canonical: "25-NQ/TW", Term: "XII"}, "", "", false},
		{"same party number, same term", Document{Canonical: "25-NQ/TW", Term: "XI"}, Document{Canonical: "25-NQ/TW", Term: "XI"}, "a", "b", true},
		{"local number on two portals", Document{Canonical: "12/KH-UBND", Date: "2024-01-05"}, Document{Canonical: "12/KH-UBND", Date: "2024-01-05"}, "a.gov.vn", "b.gov.vn", false},
		{"local number, different years", Document{Canonical: "12/KH-UBND", Date: "2023-01-05"}, Document{Canonical: "12/KH-UBND", Date: "2024-01-05"}, "a", "a", false},
		{"year inside the number is enough", Document{Canonical: "30/2020/NĐ-CP", Date: "2020-03-05"}, Document{Canonical: "30/2020/NĐ-CP"}, "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Key(tt.sa) == tt.b.Key(tt.sb); got != tt.same {
				t.Fatalf("keys %q and %q: same=%v, want %v", tt.a.Key(tt.sa), tt.b.Key(tt.sb), got, tt.same)
			}
		})
	}
}
