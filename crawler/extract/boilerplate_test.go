package extract

import (
	"regexp"
	"testing"

	"github.com/vnarchive/vnarchive/data/vn"
)

// reTailHeadingSpec is tailHeading as written, unanchored as a whole.
var reTailHeadingSpec = regexp.MustCompile(tailHeading)

// boilerSamples are folded keys that each alternative of reBoilerLine (and
// near misses) produce.
var boilerSamples = []string{
	"", "truy cap noi dung luon", "thong ke truy cap thong ke truy cap", "dang online: 12", "so luot truy cap: 1.234",
	"luot truy cap hom nay 5", "tong so luot truy cap: 99", "hom nay: 3", "truc tuyen 7", "luot xem: 649", "view count 3",
	"binh chon binh chon", "ban do so", "in bai | chia se / facebook", "gui bai viet", "zalo", "ve dau trang", "top",
	"| ve dau trang | dang nhap |", "|ve dau trang|dang nhap", " ve dau trang | dang nhap", "--- nhap tu khoa tim kiem ---",
	"trang chu > tin tuc", "home / news", "xem them", "chi tiet", "ghi ro nguon khi phat hanh lai thong tin",
	"nguon: bao chi khi trich dan", "ban quyen thuoc so", "copyright 2024", "© 2024 so", "y kien ban doc", "gui y kien",
	"binh luan", "tu khoa: a, b", "tags: x", "tag:y", "so ke hoach", "ban chi dao", "dang uy xa", "tin khac", "-",
	"|", "©", "chia se bai viet", "print|email", "tro ve trang truoc",
}

// FuzzBoilerSplitMatchesWhole checks that the regexps split by first byte
// say what the whole reBoilerLine says.
func FuzzBoilerSplitMatchesWhole(f *testing.F) {
	for _, s := range boilerSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		if got, want := matchBoiler(key), reBoilerLine.MatchString(key); got != want {
			t.Fatalf("%q: split says %v, whole regexp %v", key, got, want)
		}
	})
}

// FuzzTailFirstWordMatchesWhole checks that trying reTailHeading only on
// keys with one of its first words says what the regexp says.
func FuzzTailFirstWordMatchesWhole(f *testing.F) {
	for _, s := range append(boilerSamples, "tin khac", "cac tin lien quan", "bai viet moi nhat:", "tin tuc su kien noi bat nhat",
		"other news", "related articles", "more news", "tin tuc khac", "thong ke truy cap", "binh chon y kien", "lien ket website",
		"tin", "tinkhac", "cac bai da dua") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		if got, want := matchTail(key), reTailHeadingSpec.MatchString(key); got != want {
			t.Fatalf("%q: first-word test says %v, regexp %v", key, got, want)
		}
	})
}

// FuzzBoilerOnWords checks matchBoiler and matchTail against the regexps
// on keys made of the words boilerplate is written with, which random
// bytes seldom hit: each input byte picks one piece.
func FuzzBoilerOnWords(f *testing.F) {
	for _, s := range []string{"\x00\x01\x02", "\x03\x04\x05\x06", "\x07\x08\x09\x0a\x0b"} {
		f.Add([]byte(s))
	}
	pieces := []string{"tin", "bai", "viet", "khac", "cac", "lien", "quan", "moi", "nhat", "tuc", "su", "kien", "noi", "bat",
		"other", "news", "related", "more", "thong", "ke", "truy", "cap", "binh", "chon", "ket", "website", "dang", "online",
		"so", "luot", "tong", "hom", "nay", "qua", "xem", "view", "count", "ban", "do", "in", "trang", "print", "gui", "email",
		"chia", "se", "share", "zalo", "ve", "dau", "nhap", "len", "tro", "back", "top", "chu", "home", "them", "doc", "chi",
		"tiet", "ghi", "ro", "nguon", "khi", "phat", "hanh", "lai", "quyen", "copyright", "©", "y", "luan", "tu", "khoa", "tags",
		" ", " ", " ", ":", ".", "|", "/", "-", ">", "»", "12", "\t", "x", "tim", "trich", "dan"}
	f.Fuzz(func(t *testing.T, b []byte) {
		var sb []byte
		for _, c := range b {
			sb = append(sb, pieces[int(c)%len(pieces)]...)
		}
		key := string(sb)
		if got, want := matchBoiler(key), reBoilerLine.MatchString(key); got != want {
			t.Fatalf("%q: matchBoiler says %v, reBoilerLine %v", key, got, want)
		}
		if got, want := matchTail(key), reTailHeadingSpec.MatchString(key); got != want {
			t.Fatalf("%q: matchTail says %v, the regexp %v", key, got, want)
		}
	})
}

// FuzzFoldShort checks the folding of first words against vn.Fold.
func FuzzFoldShort(f *testing.F) {
	for _, s := range []string{"Các", "ĐĂNG", "Lượt", "Tin", "©", "Ðảng", "e\u0301", "ǅ", "Ǆ", "\xff", "İ", "ﬁ", "ẞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		var buf [24]byte
		if got, ok := foldShort(w, &buf); ok && string(got) != vn.Fold(w) {
			t.Fatalf("foldShort(%q) = %q, vn.Fold says %q", w, got, vn.Fold(w))
		}
	})
}
