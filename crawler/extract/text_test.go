package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnarchive/vnarchive/data/vn"
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

// normLineSteps is normLine without its ASCII shortcut: the steps in
// full.
func normLineSteps(s string) string {
	s, _ = vn.FixLegacy(s)
	s = vn.NFC(s)
	s = strings.ReplaceAll(s, "\u00AD", "")
	return strings.Join(strings.Fields(s), " ")
}

// paraTextSteps is paraText as split, normalise, drop blanks and join.
func paraTextSteps(text string) string {
	var kept []string
	for _, l := range strings.Split(text, "\n") {
		if l = normLineSteps(l); l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// FuzzParaText checks normLine (with its ASCII shortcut) and paraText
// (lines without a split) against the steps they stand for.
func FuzzParaText(f *testing.F) {
	for _, s := range []string{"", "a", " a  b ", "a\nb", "\n\n a \n", "Một\u00AD hai\n\nba ", "x\t\ny\r\n", "§¶ng ñy\nabc", "\n", "a\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normLine(s), normLineSteps(s); got != want {
			t.Fatalf("normLine(%q) = %q, the steps give %q", s, got, want)
		}
		if got, want := paraText(s), paraTextSteps(s); got != want {
			t.Fatalf("paraText(%q) = %q, the steps give %q", s, got, want)
		}
	})
}

// FuzzCollapseSpace checks collapseSpace's fast scans against what it stands
// for: the words between runs of white space (unicode.IsSpace), one space
// between them.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a b", " a", "a ", "a  b", "a\tb", "a\u00A0 b", "a\vb", "x\fy\r", "a\u0085b", "a\u3000b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
