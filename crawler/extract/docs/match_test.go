package docs

import (
	"regexp"
	"testing"

	"github.com/vnarchive/vnarchive/crawler/extract/internal/textscan"
)

// The regexps the readers of match.go stand for.
var (
	reSo           = regexp.MustCompile(`^(?i:số)(?:\s+(?i:hiệu))?\s*:?\s*`)
	reListJoint    = regexp.MustCompile(`^\s*(?:,|;|(?i:và|hoặc))\s*(?:(?i:và)\s+)?(?:(?i:số)\s*:?\s*)?`)
	reBeforeDate   = regexp.MustCompile(`^[ \t]*(?:,[ \t]*)?\n?[ \t]*(?:\([ \t]*)?(?:(?i:được\s+)?(?i:ban\s+hành|ký|thông\s+qua)\s+)?(?:(?i:ngày|mùng|mồng)(?:\s+|(\d)))?`)
	reCua          = regexp.MustCompile(`^[ \t]*,?\s*(?i:của)\s+`)
	rePartialDate  = regexp.MustCompile(`^[ \t]*,?[ \t]*(?i:ngày)[ \t]*\d{1,2}[ \t]*[/.\-][ \t]*\d{1,2}\b`)
	reDoIssuedHead = regexp.MustCompile(`^\s*,?\s*(?i:do)\s`)
	reIssueVerb    = regexp.MustCompile(`(?i)(?:ban\s+hành|đã\s+ra|đã\s+có|\bra\s+|\bký\s|thông\s+qua)`)
)

var matchSeeds = []string{"", "số", "số 15", "Số: 15", "SỐ HIỆU: 7", "số hiệu", "số  hiệu x", "ſố 1", "sỐ\f:\n 1", "sốhiệu", "số\nhiệu:",
	"của Bộ", " , của UBND", "\t,\ncủa\tX", "CỦA ", "của", ",của x", " ,  của", "cuả x",
	", 26", "; 27", " và 28", " VÀ số 29", ", và số: 30", "hoặc 31", " hoặc và số 3", ",và", "và\nvà\nsố\n:\n", "vàsố",
	" ngày 3/6/2013", ", ngày 1", "\n(ban hành ngày 2", " được ban  hành ngày 5", " được ký ngày 5", " được thông qua ngày",
	"(ký ngày", " được x", " được ban hành", " ký", "ĐƯỢC KÝ MỒNG 3", " mùng 2", "ngày", " ,\n ( được thông\tqua mồng ",
	" ngày 20/5", ", ngày 3-12", " ngày 3 . 12 ", "ngày 1/123", "ngày 12/1a", "ngày 12/1_", "ngày 123/1", "NGÀY\t1\t/\t2", "ngày1/2",
	"ngày26/02/2013", ", NGÀY03 tháng 6", "mồng5", "ngàyx", " ,\n(ký ngày0", "ngày12/5", "ngày123/4",
	" do Ban Chấp hành ban hành", ",do x", " DO\n", "do", " dox", "\xff số", "k\u212A", "SỐ\u017F",
	"Ngày 18-2-1998, Bộ Chính trị đã ra Chỉ thị", "ra quân", "đã ra ra ", "xra ", "_ra ", "\u212Aý ", "a\u212Aý x", "ký\nký ",
	"thông  qua ban\thành", "BAN HÀNH", "Đã\nRa", "\xbcra ", "ạra ", "đã có", "ĐÃ\tCÓ thông báo", "đã có ra ", "đã cóc"}

// FuzzMatchReaders checks each reader of match.go against its regexp.
func FuzzMatchReaders(f *testing.F) {
	for _, s := range matchSeeds {
		f.Add(s)
	}
	for _, tc := range docCases {
		f.Add(tc.text)
	}
	// where a match ends; a group in a regexp stands for a lookahead:
	// the match ends where the group starts
	end := func(re *regexp.Regexp, s string) int {
		m := re.FindStringSubmatchIndex(s)
		switch {
		case m == nil:
			return -1
		case len(m) > 2 && m[2] >= 0:
			return m[2]
		}
		return m[1]
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []struct {
			name string
			got  int
			re   *regexp.Regexp
		}{
			{"soEnd", soEnd(s), reSo},
			{"cuaEnd", cuaEnd(s), reCua},
			{"listJointEnd", listJointEnd(s), reListJoint},
			{"beforeDateEnd", beforeDateEnd(s), reBeforeDate},
			{"partialDateEnd", partialDateEnd(s), rePartialDate},
		} {
			if want := end(c.re, s); c.got != want {
				t.Fatalf("%s(%q) = %d, the regexp says %d", c.name, s, c.got, want)
			}
		}
		if got, want := doIssuedMay(s), reDoIssuedHead.MatchString(s); got != want {
			t.Fatalf("doIssuedMay(%q) = %v, the regexp says %v", s, got, want)
		}
		if reDoIssued.MatchString(s) && !doIssuedMay(s) {
			t.Fatalf("doIssuedMay(%q) is false where reDoIssued matches", s)
		}
		vs, ve, ok := lastIssueVerb(s)
		if v := reIssueVerb.FindAllStringIndex(s, -1); (v != nil) != ok || ok && (v[len(v)-1][0] != vs || v[len(v)-1][1] != ve) {
			t.Fatalf("lastIssueVerb(%q) = %d, %d, %v; the regexp finds %v", s, vs, ve, ok, v)
		}
		if reTerm.MatchString(s) && !termMay(s) {
			t.Fatalf("termMay(%q) is false where reTerm matches", s)
		}
	})
}

// TestFoldEqIsRegexpFolding checks textscan.FoldEq against (?i:…) for every rune of
// the literals the readers use and every rune below U+2200.
func TestFoldEqIsRegexpFolding(t *testing.T) {
	for _, p := range "sốhiệucủavàhoặcđượcbanhànhkýthôngquangàymùngmồngdocó" {
		re := regexp.MustCompile(`^(?i:` + regexp.QuoteMeta(string(p)) + `)$`)
		for r := rune(0); r < 0x2200; r++ {
			if got, want := textscan.FoldEq(r, p), re.MatchString(string(r)); got != want {
				t.Fatalf("textscan.FoldEq(%q, %q) = %v, regexp says %v", r, p, got, want)
			}
		}
	}
}
