package vn

import "testing"

func TestToneKeyPlacesOneMark(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hoà", "hòa"},
		{"hòa", "hòa"},
		{"Thuỷ", "Thủy"},
		{"UỶ", "ỦY"},
		{"Quận uỷ", "Quận ủy"},
		{"khoẻ", "khỏe"},
		{"Khoá", "Khóa"},
		{"quý", "quý"},
		{"hoàng", "hoàng"},
		{"thuở", "thuở"},
		{"Huỳnh", "Huỳnh"},
		{"người", "người"},
		{"ĐOÀN", "ĐOÀN"},
		{"Thanh Hoá, ngày 5", "Thanh Hóa, ngày 5"},
		{"ho\u0300a", "hòa"}, // NFD input
		{"Ðảng", "Đảng"},     // U+00D0 lookalike
		{"giá", "giá"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ToneKey(tt.in); got != tt.want {
				t.Fatalf("ToneKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldDropsDiacritics(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Đỗ Anh Tuấn", "do anh tuan"},
		{"Bùi Huyền Mai", "bui huyen mai"},
		{"Ðảng ủy", "dang uy"},
		{"nghi\u0323 quye\u0302\u0301t", "nghi quyet"},
		{"ASCII Text", "ascii text"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Fatalf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestKeyJoinsSpellings(t *testing.T) {
	if Key("Quận  Uỷ") != Key("quận ủy") {
		t.Fatalf("%q != %q", Key("Quận  Uỷ"), Key("quận ủy"))
	}
}

func FuzzToneKey(f *testing.F) {
	for _, s := range []string{"hoà", "Thuỷ Ủy", "ho\u0300a\u0301", "\xff\xfe", "qu\u0301y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := ToneKey(s)
		if ToneKey(k) != k {
			t.Fatalf("ToneKey not idempotent on %q: %q then %q", s, k, ToneKey(k))
		}
		_ = Fold(s)
	})
}
