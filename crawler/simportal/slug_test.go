package simportal

import "testing"

func TestSlugify(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		liferay  bool
		want     string
	}{
		{"Liferay drops đ into a dash", "Lãnh đạo Sở", true, "lanh-ao-so"},
		{"Liferay keeps a leading dash for Đ", "Đầu tư công", true, "-au-tu-cong"},
		{"the ward CMS writes đ as d", "Đầu tư công", false, "dau-tu-cong"},
		{"punctuation and quotes become one dash", "Phong trào “Dân vận khéo”, năm 2024", false, "phong-trao-dan-van-kheo-nam-2024"},
		{"NFD input gives the same slug", "Ho\u0300a Mu\u0323c", false, "hoa-muc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := slugify(tc.in, tc.liferay); got != tc.want {
				t.Fatalf("slugify(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
