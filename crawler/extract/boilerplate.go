package extract

import (
	"regexp"
	"strings"

	"github.com/vnarchive/vnarchive/data/vn"
)

// Boilerplate that portals put around or inside the article body
// (shared/docs/portals.md §2.5). Paragraphs are matched by their folded
// text (no diacritics, lower case), so NFD, entity and tone-placement
// variants all match.
var (
	// reBoilerLine matches a whole short paragraph that is never article
	// text: counters, labels, print and share bars, navigation.
	reBoilerLine = regexp.MustCompile(`^(?:` + strings.Join([]string{
		`truy cap noi dung luon`,
		`(?:thong ke truy cap\s*)+`,
		`dang online:?\s*[\d.,]*`,
		`(?:so )?luot truy cap(?: trong (?:ngay|tuan|thang|nam)| hom nay| hom qua)?:?\s*[\d.,]*`,
		`tong (?:so )?(?:luot )?truy cap:?\s*[\d.,]*`,
		`(?:hom nay|hom qua|tuan nay|thang nay|truc tuyen):?\s*[\d.,]*`,
		`luot xem:?\s*[\d.,]*`,
		`view count:?\s*[\d.,]*`,
		`(?:binh chon\s*)+`,
		`ban do so`,
		`(?:in bai|in trang|print|gui email|send email|gui bai viet|chia se|share|email|facebook|twitter|zalo)(?:\s*[|/]\s*(?:in bai|in trang|print|gui email|send email|chia se|share|email|facebook|twitter|zalo))*`,
		`ve dau trang|len dau trang|quay lai|tro ve|back|top`,
		`\|?\s*ve dau trang\s*\|\s*dang nhap\s*\|?`,
		`-+\s*nhap tu (?:khoa )?tim kiem\s*-+`,
		`(?:trang chu|home)(?:\s*[>/»|]\s*.*)?`,
		`xem them|doc them|xem tiep|chi tiet`,
		`(?:ghi ro )?nguon .*(?:khi phat hanh lai|khi trich dan).*`,
		`ban quyen .*|copyright .*|© .*`,
		`y kien ban doc|gui y kien|binh luan`,
		`(?:tu khoa|tags?):.*`,
	}, "|") + `)$`)

	// reTailHeading matches a short paragraph after which the rest of the
	// body is other articles or portlets ("Tin khác", "Other News").
	reTailHeading = regexp.MustCompile(`^(?:cac )?(?:tin|bai)(?: viet)? (?:khac|lien quan|cung chuyen muc|moi(?: nhat| hon)?|da dua|noi bat|xem nhieu|doc nhieu)(?:\s*[:.]?)$|^tin tuc (?:su kien )?noi bat|^(?:other news|related (?:news|articles|posts)|more news|tin tuc khac)$|^(?:thong ke truy cap|binh chon|lien ket website)`)
)

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
	if i := strings.IndexAny(w, " :\n\t|/>»"); i > 0 {
		w = w[:i]
	}
	if len(w) > 24 {
		return false
	}
	return boilerFirst[vn.Fold(w)]
}

// isBoilerLine reports whether a paragraph is boilerplate by its text.
func isBoilerLine(text string) bool {
	if !mayBeBoiler(text, 160) {
		return false
	}
	return reBoilerLine.MatchString(vn.FoldKey(text))
}

// isTailHeading reports whether a paragraph starts the trailing lists of
// other articles, polls or counters.
func isTailHeading(text string) bool {
	if !mayBeBoiler(text, 80) {
		return false
	}
	return reTailHeading.MatchString(vn.FoldKey(text))
}

// boilerOrTail is isBoilerLine(text) || isTailHeading(text), and
// isTailHeading(text), with the text folded once.
func boilerOrTail(text string) (boiler, tail bool) {
	if !mayBeBoiler(text, 160) {
		return false, false
	}
	k := vn.FoldKey(text)
	tail = len(text) <= 80 && reTailHeading.MatchString(k)
	return tail || reBoilerLine.MatchString(k), tail
}

// Class and id patterns of containers that hold boilerplate, for the
// generic fallback; and of containers likely to hold the article.
var (
	reNegClass = regexp.MustCompile(`(?:^|[-_ \d])(?:menu|navi?|navbar|navigation|footer|foot|sidebar|side-?bar|banner|poll|binh-?chon|thong-?ke|counter|visitor|related|tin-?khac|tinkhac|lien-?quan|noi-?bat|noibat|hot-?news|share|social|comments?|breadcrumbs?|advert|ads|quang-?cao|login|search|tim-?kiem|copyright|weather|lien-?ket|weblinks?|other|popup|modal|tags?|print|toolbar|header|topbar|top-?menu|skip)(?:$|[-_ \d])`)
	rePosClass = regexp.MustCompile(`article|content|entry|main|detail|noi-?dung|noidung|chi-?tiet|chitiet|post|body|text|story|news`)
)
