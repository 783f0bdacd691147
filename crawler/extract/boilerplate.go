package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data/vn"
)

// Boilerplate that portals put around or inside the article body
// (shared/docs/portals.md §2.5). Paragraphs are matched by their folded
// text (no diacritics, lower case), so NFD, entity and tone-placement
// variants all match.
var (
	// reBoilerLine matches a whole short paragraph that is never article
	// text: counters, labels, print and share bars, navigation.
	reBoilerLine = regexp.MustCompile(`^(?:` + strings.Join(boilerAltREs(), "|") + `)$`)

	// reTailHeading matches a short paragraph after which the rest of the
	// body is other articles or portlets ("Tin khác", "Other News").
	// (Every alternative of tailHeading starts with ^; wrapped in ^(?:…)
	// the regexp is tried at the start only.)
	reTailHeading = regexp.MustCompile(`^(?:` + tailHeading + `)`)
)

// tailHeading is the pattern of reTailHeading.
const tailHeading = `^(?:cac )?(?:tin|bai)(?: viet)? (?:khac|lien quan|cung chuyen muc|moi(?: nhat| hon)?|da dua|noi bat|xem nhieu|doc nhieu)(?:\s*[:.]?)$|^tin tuc (?:su kien )?noi bat|^(?:other news|related (?:news|articles|posts)|more news|tin tuc khac)$|^(?:thong ke truy cap|binh chon|lien ket website)`

// boilerAlts are the alternatives of reBoilerLine, each with the bytes a
// folded key it matches can start with ("|" and white space included where
// the alternative allows them first).
var boilerAlts = []struct{ first, re string }{
	{"t", `truy cap noi dung luon`},
	{"t", `(?:thong ke truy cap\s*)+`},
	{"d", `dang online:?\s*[\d.,]*`},
	{"sl", `(?:so )?luot truy cap(?: trong (?:ngay|tuan|thang|nam)| hom nay| hom qua)?:?\s*[\d.,]*`},
	{"t", `tong (?:so )?(?:luot )?truy cap:?\s*[\d.,]*`},
	{"ht", `(?:hom nay|hom qua|tuan nay|thang nay|truc tuyen):?\s*[\d.,]*`},
	{"l", `luot xem:?\s*[\d.,]*`},
	{"v", `view count:?\s*[\d.,]*`},
	{"b", `(?:binh chon\s*)+`},
	{"b", `ban do so`},
	{"ipgscseftz", `(?:in bai|in trang|print|gui email|send email|gui bai viet|chia se|share|email|facebook|twitter|zalo)(?:\s*[|/]\s*(?:in bai|in trang|print|gui email|send email|chia se|share|email|facebook|twitter|zalo))*`},
	{"vlqtb", `ve dau trang|len dau trang|quay lai|tro ve|back|top`},
	{"|v \t\n\f\r", `\|?\s*ve dau trang\s*\|\s*dang nhap\s*\|?`},
	{"-", `-+\s*nhap tu (?:khoa )?tim kiem\s*-+`},
	{"th", `(?:trang chu|home)(?:\s*[>/»|]\s*.*)?`},
	{"xdc", `xem them|doc them|xem tiep|chi tiet`},
	{"gn", `(?:ghi ro )?nguon .*(?:khi phat hanh lai|khi trich dan).*`},
	{"bc\xC2", `ban quyen .*|copyright .*|© .*`},
	{"ygb", `y kien ban doc|gui y kien|binh luan`},
	{"t", `(?:tu khoa|tags?):.*`},
}

func boilerAltREs() []string {
	out := make([]string, len(boilerAlts))
	for i, a := range boilerAlts {
		out[i] = a.re
	}
	return out
}

// boilerByFirst is reBoilerLine split by the first byte of the folded key:
// each regexp holds only the alternatives that can start with that byte,
// so a paragraph is tried against a few of them, not all.
var boilerByFirst = func() map[byte]*regexp.Regexp {
	alts := map[byte][]string{}
	for _, a := range boilerAlts {
		for i := 0; i < len(a.first); i++ {
			alts[a.first[i]] = append(alts[a.first[i]], a.re)
		}
	}
	out := make(map[byte]*regexp.Regexp, len(alts))
	for c, res := range alts {
		out[c] = regexp.MustCompile(`^(?:` + strings.Join(res, "|") + `)$`)
	}
	return out
}()

// boilerPrefixes are the starts of every key reBoilerLine matches, one
// or more for each alternative in boilerAlts (white space as \s matches
// it, where an alternative may start with it): a key starting otherwise
// costs no regexp.
var boilerPrefixes = []string{
	"truy cap noi dung luon", "thong ke truy cap", "dang online", "so luot truy cap", "luot truy cap", "tong ",
	"hom nay", "hom qua", "tuan nay", "thang nay", "truc tuyen", "luot xem", "view count", "binh chon", "ban do so",
	"in bai", "in trang", "print", "gui email", "send email", "gui bai viet", "chia se", "share", "email", "facebook",
	"twitter", "zalo", "ve dau trang", "len dau trang", "quay lai", "tro ve", "back", "top",
	"|", " ", "\t", "\n", "\f", "\r", "-", "trang chu", "home", "xem them", "doc them", "xem tiep", "chi tiet",
	"ghi ro nguon ", "nguon ", "ban quyen ", "copyright ", "© ", "y kien ban doc", "gui y kien", "binh luan",
	"tu khoa:", "tag:", "tags:",
}

// hasPrefixIn reports whether s starts with one of prefixes.
func hasPrefixIn(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && s[0] == p[0] && s[:len(p)] == p {
			return true
		}
	}
	return false
}

// matchBoiler is reBoilerLine.MatchString(key).
func matchBoiler(key string) bool {
	if key == "" || !hasPrefixIn(key, boilerPrefixes) {
		return false
	}
	re := boilerByFirst[key[0]]
	return re != nil && re.MatchString(key)
}

// boilerFirst are the folded first words that reBoilerLine and
// reTailHeading can start with: a paragraph starting otherwise is text, and
// costs no folding or regexp.
var boilerFirst = map[string]bool{
	"truy": true, "thong": true, "dang": true, "so": true, "luot": true, "tong": true, "hom": true,
	"tuan": true, "thang": true, "truc": true, "view": true, "binh": true, "ban": true, "in": true,
	"print": true, "gui": true, "send": true, "chia": true, "share": true, "email": true, "facebook": true,
	"twitter": true, "zalo": true, "ve": true, "len": true, "quay": true, "tro": true, "back": true,
	"top": true, "trang": true, "home": true, "xem": true, "doc": true, "chi": true, "ghi": true,
	"nguon": true, "copyright": true, "©": true, "y": true, "tu": true, "tag": true, "tags": true,
	"cac": true, "tin": true, "bai": true, "other": true, "related": true, "more": true, "lien": true,
}

// mayBeBoiler is the cheap test before folding: short, and the first word
// is one boilerplate starts with.
func mayBeBoiler(text string, maxLen int) bool {
	if len(text) > maxLen {
		return false
	}
	w := strings.TrimLeft(text, " |-—–")
	if w == "" {
		return true
	}
	if i := firstWordEnd(w); i > 0 {
		w = w[:i]
	}
	if len(w) > 24 {
		return false
	}
	var buf [24]byte
	if f, ok := foldShort(w, &buf); ok {
		return boilerFirst[string(f)]
	}
	return boilerFirst[vn.Fold(w)]
}

// firstWordEnd is strings.IndexAny(w, " :\n\t|/>»") read byte by byte:
// "»" (C2 BB) starts wherever its bytes are, as C2 never continues a
// rune.
func firstWordEnd(w string) int {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case ' ', ':', '\n', '\t', '|', '/', '>':
			return i
		case 0xC2:
			if i+1 < len(w) && w[i+1] == 0xBB {
				return i
			}
		}
	}
	return -1
}

// foldLetter is vn.Fold of each Latin letter with diacritics (U+00C0 to
// U+024F, U+1EA0 to U+1EF9) that folds to one ASCII letter, 0 for the
// others.
var foldLetter = func() *[0x1F00]byte {
	var t [0x1F00]byte
	for _, rg := range [][2]rune{{0xC0, 0x24F}, {0x1EA0, 0x1EF9}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if f := vn.Fold(string(r)); len(f) == 1 && f[0] < utf8.RuneSelf {
				t[r] = f[0]
			}
		}
	}
	return &t
}()

// foldShort is vn.Fold(w) written into buf for a word of ASCII and the
// letters of foldLetter (vn.Fold folds rune by rune), false for any other
// word.
func foldShort(w string, buf *[24]byte) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	b := buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r >= 0x1F00 || foldLetter[r] == 0 {
			return nil, false
		}
		b = append(b, foldLetter[r])
		i += size
	}
	return b, true
}

// isBoilerLine reports whether a paragraph is boilerplate by its text.
func isBoilerLine(text string) bool {
	if !mayBeBoiler(text, 160) || noBoilerPrefix(text) {
		return false
	}
	return matchBoiler(vn.FoldKey(text))
}

// isTailHeading reports whether a paragraph starts the trailing lists of
// other articles, polls or counters.
func isTailHeading(text string) bool {
	if !mayBeBoiler(text, 80) || noBoilerPrefix(text) {
		return false
	}
	return matchTail(vn.FoldKey(text))
}

// boilerOrTail is isBoilerLine(text) || isTailHeading(text), and
// isTailHeading(text), with the text folded once.
func boilerOrTail(text string) (boiler, tail bool) {
	if !mayBeBoiler(text, 160) || noBoilerPrefix(text) {
		return false, false
	}
	k := vn.FoldKey(text)
	tail = len(text) <= 80 && matchTail(k)
	return tail || matchBoiler(k), tail
}

// noBoilerPrefix reports whether vn.FoldKey(text) certainly starts with
// none of boilerPrefixes and tailPrefixes (so that neither regexp can
// match it), from the first bytes of the key worked out without folding
// the whole text: white space runs made one space, ASCII lower-cased and
// the letters of foldLetter folded, up to the first other rune (which,
// like everything after it, only adds to the key after them). False when
// in doubt.
func noBoilerPrefix(text string) bool {
	var buf [32]byte
	b := buf[:0]
	space := true // leading white space is dropped
	limit := len(buf)
	for i := 0; i < len(text) && len(b) < limit; {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch c {
			case ' ', '\t', '\n', '\v', '\f', '\r':
				if !space {
					b = append(b, ' ')
					space = true
				}
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r >= 0x1F00 || foldLetter[r] == 0 {
				break
			}
			c = foldLetter[r]
			i += size
		}
		if len(b) == 0 {
			limit = boilerPrefixLen[c] // no longer key start is asked about
		}
		b = append(b, c)
		space = false
	}
	if n := len(b); n > 0 && b[n-1] == ' ' {
		b = b[:n-1] // what follows decides whether the key has the space
	}
	if len(b) == 0 {
		return false
	}
	for _, p := range boilerPrefixByFirst[b[0]] {
		if len(b) < len(p) {
			if string(b) == p[:len(b)] {
				return false // the key may go on to p
			}
		} else if string(b[:len(p)]) == p {
			return false
		}
	}
	return true
}

// boilerPrefixByFirst are boilerPrefixes and tailPrefixes by their first
// byte, and boilerPrefixLen the length of the longest of each.
var boilerPrefixByFirst, boilerPrefixLen = func() (by [256][]string, longest [256]int) {
	for _, list := range [][]string{boilerPrefixes, tailPrefixes} {
		for _, p := range list {
			by[p[0]] = append(by[p[0]], p)
			longest[p[0]] = max(longest[p[0]], len(p))
		}
	}
	return by, longest
}()

// tailFirst are the first words of the folded keys reTailHeading matches
// (each followed by a space there).
var tailFirst = map[string]bool{
	"cac": true, "tin": true, "bai": true, "other": true, "related": true, "more": true, "thong": true, "binh": true, "lien": true,
}

// tailPrefixes are the starts of every key reTailHeading matches.
var tailPrefixes = []string{
	"cac tin ", "cac bai ", "tin ", "bai ", "other news", "related ", "more news", "thong ke truy cap", "binh chon", "lien ket website",
}

// matchTail is reTailHeading.MatchString(key), the regexp tried only on
// keys that start with one of its first words.
func matchTail(key string) bool {
	if !hasPrefixIn(key, tailPrefixes) {
		return false
	}
	w := key
	if i := strings.IndexByte(key, ' '); i >= 0 {
		w = key[:i]
	}
	return tailFirst[w] && reTailHeading.MatchString(key)
}

// Class and id patterns of containers that hold boilerplate, for the
// generic fallback; and of containers likely to hold the article.
var (
	reNegClass = regexp.MustCompile(`(?:^|[-_ \d])(?:menu|navi?|navbar|navigation|footer|foot|sidebar|side-?bar|banner|poll|binh-?chon|thong-?ke|counter|visitor|related|tin-?khac|tinkhac|lien-?quan|noi-?bat|noibat|hot-?news|share|social|comments?|breadcrumbs?|advert|ads|quang-?cao|login|search|tim-?kiem|copyright|weather|lien-?ket|weblinks?|other|popup|modal|tags?|print|toolbar|header|topbar|top-?menu|skip)(?:$|[-_ \d])`)
	rePosClass = regexp.MustCompile(`article|content|entry|main|detail|noi-?dung|noidung|chi-?tiet|chitiet|post|body|text|story|news`)
)
