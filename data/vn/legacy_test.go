package vn

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// The signature rows of shared/docs/vietnamese-reference.md §5.2: the same
// words in Unicode, as TCVN3 bytes read as Windows-1252, and as VNI bytes.
var legacyRows = []struct{ unicode, tcvn3, vni string }{
	{"Việt Nam", "ViÖt Nam", "Vieät Nam"},
	{"Đảng", "§¶ng", "Ñaûng"},
	{"Thành phố", "Thµnh phè", "Thaønh phoá"},
	{"nhân dân", "nh©n d©n", "nhaân daân"},
	{"Nguyễn", "NguyÔn", "Nguyeãn"},
	{"Dương", "D\u00AD¬ng", "Döông"},
	{"Quận ủy", "QuËn ñy", "Quaän uûy"},
}

func TestFromTCVN3ConvertsTheSignatureRows(t *testing.T) {
	for _, row := range legacyRows {
		t.Run(row.unicode, func(t *testing.T) {
			if got := FromTCVN3(row.tcvn3); got != row.unicode {
				t.Fatalf("FromTCVN3(%q) = %q, want %q", row.tcvn3, got, row.unicode)
			}
		})
	}
}

func TestFromVNIConvertsTheSignatureRows(t *testing.T) {
	for _, row := range legacyRows {
		t.Run(row.unicode, func(t *testing.T) {
			if got := FromVNI(row.vni); got != row.unicode {
				t.Fatalf("FromVNI(%q) = %q, want %q", row.vni, got, row.unicode)
			}
		})
	}
}

func TestFromVNIConvertsEveryShapeAndTone(t *testing.T) {
	tests := []struct{ vni, want string }{
		{"aø aù aû aõ aï", "à á ả ã ạ"},
		{"aâ aá aà aå aã aä", "â ấ ầ ẩ ẫ ậ"},
		{"aê aé aè aú aü aë", "ă ắ ằ ẳ ẵ ặ"},
		{"eâ eá oâ oä", "ê ế ô ộ"},
		{"ô ôù ö öï", "ơ ớ ư ự"},
		{"ì í æ ó ò", "ì í ỉ ĩ ị"},
		{"yø yù yû yõ î", "ỳ ý ỷ ỹ ỵ"},
		{"AÙ UÛY ÑOÀNG", "Á ỦY ĐỒNG"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := FromVNI(tt.vni); got != tt.want {
				t.Fatalf("FromVNI(%q) = %q, want %q", tt.vni, got, tt.want)
			}
		})
	}
}

func TestDetectLegacyTellsTheEncoding(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Legacy
	}{
		{"TCVN3 sentence", "Uû ban nh©n d©n thµnh phè häp bµn kÕ ho¹ch", TCVN3},
		{"TCVN3 single word", "§¶ng", TCVN3},
		{"VNI sentence", "UÛy ban nhaân daân thaønh phoá hoïp baøn keá hoaïch", VNI},
		{"VNI single word", "Ñaûng", VNI},
		{"Unicode Vietnamese", "Ủy ban nhân dân thành phố họp bàn kế hoạch", LegacyNone},
		{"Unicode with Latin-1 letters only", "Thành Hà Tây", LegacyNone},
		{"main-vowel style Unicode", "Hoà Bình", LegacyNone},
		{"NFD Unicode", "ho\u0323p ba\u0300n", LegacyNone},
		{"French word", "café au lait", LegacyNone},
		{"ASCII", "Nghi quyet 25-NQ/TW", LegacyNone},
		{"copyright line", "© 2024 Sở Thông tin", LegacyNone},
		{"VNI with Unicode-looking words", "Quaän uûy Thanh Xuaân", VNI},
		{"soft hyphen in Unicode text", "Thanh\u00ADXuân", LegacyNone},
		{"Spanish name", "Señor Muñoz", LegacyNone},
		{"empty", "", LegacyNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DetectLegacy(tt.in); got != tt.want {
				t.Fatalf("DetectLegacy(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestFixLegacyReadsBytesDecodedAsWindows1252(t *testing.T) {
	// TCVN3 bytes of "Đảng ủy" as a page declared windows-1252 would give them.
	raw := []byte{0xA7, 0xB6, 'n', 'g', ' ', 0xF1, 'y'}
	s, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	got, l := FixLegacy(string(s))
	if l != TCVN3 || got != "Đảng ủy" {
		t.Fatalf("FixLegacy = %q, %v; want %q, TCVN3", got, l, "Đảng ủy")
	}
}

func FuzzFixLegacy(f *testing.F) {
	for _, row := range legacyRows {
		f.Add(row.tcvn3)
		f.Add(row.vni)
		f.Add(row.unicode)
	}
	f.Add("\xff\xfe\xa7")
	f.Fuzz(func(t *testing.T, s string) {
		got, l := FixLegacy(s)
		if l == LegacyNone && got != s {
			t.Fatalf("unchanged text altered: %q → %q", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
	})
}
