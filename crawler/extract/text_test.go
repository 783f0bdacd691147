package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalizeKeepsTextAndMendsItsForm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"NFD becomes NFC", "Quye\u0302\u0301t đi\u0323nh", "Quyết định"},
		{"eth lookalike becomes Đ", "\u00D0ảng ủy", "Đảng ủy"},
		{"named and numeric entities", "C&ocirc;ng v&#259;n s&#7889; 59-CV/TU", "Công văn số 59-CV/TU"},
		{"a bare ampersand stays", "Sở Tài nguyên & Môi trường", "Sở Tài nguyên & Môi trường"},
		{"no-break and zero-width spaces", "Hà\u00A0Nội\u200B, ngày 5", "Hà Nội, ngày 5"},
		{"soft hyphen dropped", "Thanh\u00ADXuân", "ThanhXuân"},
		{"TCVN3 line converted", "Uû ban nh©n d©n quËn", "Uỷ ban nhân dân quận"},
		{"VNI line converted", "Quaän uûy Thanh Xuaân", "Quận ủy Thanh Xuân"},
		{"tone placement kept as written", "Thuỷ lợi hoà bình", "Thuỷ lợi hoà bình"},
		{"spaces collapsed, lines trimmed", "  Một   hai \t ba  \r\nbốn ", "Một hai ba\nbốn"},
		{"blank lines collapsed", "a\n\n\n\nb\n\n", "a\n\nb"},
		{"dashes kept", "Đỗ Anh Tuấn – Trưởng ban", "Đỗ Anh Tuấn – Trưởng ban"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Fatalf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Quye\u0302\u0301t", "&agrave;&#7897;&#xZZ;", "§¶ng ñy", "Ñaûng", "\xff\xfe", "a\r\n\r\nb", "\u00AD\u00A0", " a\u00A0 b\u2003c\x85 ", "\xffa \xc2\x85b", "\t\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("joinFields(%q) = %q, strings.Fields says %q", s, got, want)
		}
		got := Normalize(s)
		if !utf8.ValidString(s) {
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if !norm.NFC.IsNormalString(got) {
			t.Fatalf("not NFC: %q", got)
		}
	})
}
