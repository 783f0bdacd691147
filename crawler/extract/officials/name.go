package officials

import "strings"

// Person names: 2–5 capitalised syllables, the first a surname
// (vietnamese-reference.md §3). Inside a title the capitalised run after the
// body may start with a place ("Thanh Xuân Bùi Huyền Mai"): the split that
// gives the most name-like suffix wins.

// nameSpan is a person's name: tokens [start, end).
type nameSpan struct{ start, end int }

// maxRun bounds a run of capitalised syllables considered at once.
const maxRun = 8

// runAt returns the end of the run of name-shaped syllables starting at i:
// consecutive words on one line with nothing but spaces between them.
func (p *parser) runAt(i int) int {
	toks := p.toks
	j := i
	for j < len(toks) && j-i < maxRun && toks[j].kind == kWord && toks[j].nameShape {
		if j > i && (!toks[j].space || p.headLen(j) > 0) {
			break
		}
		j++
	}
	return j
}

// prevWords reports whether the words right before token i are a unit word
// ("phường", "Quận ủy", "TP.") or a naming word ("đường", "Trường").
func (p *parser) prevWords(i int) (unit, namer bool) {
	toks, l := p.toks, p.lex
	at := i
	if at > 1 && toks[at-1].key == "." && l.abbrevDot[toks[at-2].key] {
		at--
	}
	for n := 3; n >= 1; n-- {
		if at-n < 0 {
			continue
		}
		if l.units.match(toks, at-n) == n && !p.insideOrg(at-n, at) {
			return true, false
		}
		if l.namers.match(toks, at-n) == n && !p.insideOrg(at-n, at) {
			return false, true
		}
	}
	return false, false
}

// territories are the lower-case words of administrative units; after one
// of them a two-syllable capitalised run is the unit's name ("phường Mông
// Dương"), not a person.
var territories = map[string]bool{"phường": true, "xã": true, "quận": true, "huyện": true, "tỉnh": true,
	"phố": true, "xã,": true, "trấn": true, "ấp": true, "thôn": true, "bản": true, "khóm": true, "tp": true, "tx": true}

// afterTerritory reports whether token i follows an administrative unit word.
func (p *parser) afterTerritory(i int) bool {
	j := i - 1
	if j > 0 && p.toks[j].key == "." {
		j--
	}
	if j >= 2 && p.toks[j].key == "cư" && p.toks[j-1].key == "dân" && (p.toks[j-2].key == "khu" || p.toks[j-2].key == "cụm") &&
		!p.toks[j].capital {
		return true // "khu dân cư Văn Phú", "cụm dân cư …": a residential area, named like a person
	}
	return j >= 0 && territories[p.toks[j].key] && (!p.toks[j].capital || p.toks[j].upper) && !p.insideOrg(j, j+1)
}

// afterDistrictCommittee reports whether token i follows "Huyện ủy",
// "Quận ủy" or "Thị ủy": two syllables after one name the district ("Bí
// thư Huyện ủy Mai Sơn"), as after "huyện".
func (p *parser) afterDistrictCommittee(i int) bool {
	if i < 2 {
		return false
	}
	if k := p.toks[i-1].key; k != "ủy" && k != "uỷ" {
		return false
	}
	switch p.toks[i-2].key {
	case "huyện", "quận", "thị":
		return true
	}
	return false
}

// afterProvince reports whether token i follows a province-level unit
// word: "tỉnh", "thành phố", "TP." in small letters. Provinces and cities
// are in the place lexicon, so a surname-led run after one that is not
// there is a person ("Giám đốc Sở Y tế tỉnh Lò Kiên"); wards, communes and
// streets are often named after people, so two syllables after "phường",
// "xã" or "quận" stay the place.
func (p *parser) afterProvince(i int) bool {
	j := i - 1
	if j > 0 && p.toks[j].key == "." {
		j--
	}
	if j < 0 || p.toks[j].capital && !p.toks[j].upper {
		return false
	}
	switch p.toks[j].key {
	case "tỉnh", "tp":
		return true
	case "phố":
		return j > 0 && p.toks[j-1].key == "thành" && !p.toks[j-1].capital
	}
	return false
}

// insideOrg reports whether tokens [a, end) close a longer organisation
// phrase ("Môi trường" is not the school word "trường").
func (p *parser) insideOrg(a, end int) bool {
	for s := a - 1; s >= 0 && s >= a-3; s-- {
		if p.lex.orgs.match(p.toks, s) >= end-s {
			return true
		}
	}
	return false
}

// splitName finds the person's name closing the run [i, end); inTitle says
// the run follows a title body (so a place may come first).
func (p *parser) splitName(end, i int, inTitle bool) (nameSpan, bool) {
	toks, l := p.toks, p.lex
	n := end - i
	if n < 2 {
		return nameSpan{}, false
	}
	unit, namer := p.prevWords(i)
	if l.places.match(toks, i) >= n {
		return nameSpan{}, false
	}
	if (unit || namer) && p.keyIs(i, end, "hồ chí minh") {
		return nameSpan{}, false
	}
	best, bestScore := nameSpan{}, 0.0
	for k := 0; k <= n-2; k++ {
		s := i + k
		m := end - s
		if m > 5 || (!inTitle && k > 0) {
			continue
		}
		first := toks[s]
		if first.key == "thị" || (k > 0 && first.key == "văn") || p.stopStart(s) {
			continue
		}
		if k > 0 && toks[s-1].key == "thị" {
			continue // "Lâm Thị Phương Thanh": Thị is always followed by the given name, never ends a run
		}
		if l.places.match(toks, s) == m {
			continue
		}
		surname := l.isSurname(&first)
		score := 0.0
		switch {
		case surname:
			score = 3
		case inTitle && k > 0 && m <= 3 && l.places.match(toks, i) == k && p.isCountry(i, s) && !l.isSingleOrg(&first):
			// "Tổng thống Nga Vladimir Putin": a foreign name after the
			// country
			score = 2.5
		case k == 0 && !namer && m >= 3 && m <= 4 && l.isMiddle(&toks[s+1]) &&
			(!unit || toks[s+1].key == "thị" || toks[s+1].key == "văn") &&
			!l.isSingleOrg(&first) && !l.isSurname(&toks[s+1]) && p.headLen(s) == 0 && l.places.match(toks, s) < 2:
			// an unknown surname: the middle name vouches ("Leo Thị Lịch");
			// after a unit word only Thị or Văn, which no place name has second;
			// a known place of two words is no name's start ("Hội … Việt Nam
			// Phát biểu")
			score = 1.5
		default:
			continue
		}
		switch m {
		case 2:
			score += 0.2
		case 3:
			score += 1
		case 4:
			score += 0.5
		case 5:
			score -= 0.5
		}
		if l.isMiddle(&toks[s+1]) {
			score += 0.5
		}
		if m >= 3 && l.isSurname(&toks[s+1]) {
			score += 0.5
		}
		if k == 0 {
			if namer || m == 2 && (p.afterTerritory(i) || p.afterDistrictCommittee(i)) && !p.afterProvince(i) {
				continue
			}
		} else if l.places.match(toks, i) != k {
			switch k {
			case 1:
				score -= 1.5
			case 2:
				score -= 0.5
			case 3:
				score -= 1
			default:
				score -= 2
			}
		}
		if score > bestScore {
			best, bestScore = nameSpan{s, end}, score
		}
	}
	// a surname-led name needs 2.5; a name vouched for only by its shape
	// (unknown surname, a middle name second) scores 1.5 and must fill the
	// whole run
	if bestScore >= 2.5 || bestScore >= 1.5 && best.start == i {
		return best, true
	}
	return nameSpan{}, false
}

// keyOf is the key of tokens [i, end) joined by spaces.
func (p *parser) keyOf(i, end int) string {
	switch {
	case end <= i:
		return ""
	case end == i+1:
		return p.toks[i].key
	}
	n := end - i - 1
	for j := i; j < end; j++ {
		n += len(p.toks[j].key)
	}
	var b strings.Builder
	b.Grow(n)
	for j := i; j < end; j++ {
		if j > i {
			b.WriteByte(' ')
		}
		b.WriteString(p.toks[j].key)
	}
	return b.String()
}

// keyBytes is keyOf(i, end) written into p.keyBuf, valid until the next
// call: for look-ups and comparisons, which need no string of their own
// (m[string(b)] and string(b) == s allocate nothing).
func (p *parser) keyBytes(i, end int) []byte {
	b := p.keyBuf[:0]
	for j := i; j < end; j++ {
		if j > i {
			b = append(b, ' ')
		}
		b = append(b, p.toks[j].key...)
	}
	p.keyBuf = b
	return b
}

// keyIs reports whether p.keyOf(i, end) == want, without building the key.
func (p *parser) keyIs(i, end int, want string) bool {
	for j := i; j < end; j++ {
		if j > i {
			if want == "" || want[0] != ' ' {
				return false
			}
			want = want[1:]
		}
		k := p.toks[j].key
		if !strings.HasPrefix(want, k) {
			return false
		}
		want = want[len(k):]
	}
	return want == ""
}

// runIsName validates a whole run as a name written after an address term
// or as a list item: 2–6 syllables, not a place, not an organisation.
func (p *parser) runIsName(i, end int, vouched bool) bool {
	toks, l := p.toks, p.lex
	n := end - i
	if n < 2 || n > 6 {
		return false
	}
	if l.places.match(toks, i) == n || l.orgs.match(toks, i) >= 2 {
		return false
	}
	if _, namer := p.prevWords(i); namer {
		return false
	}
	if toks[i].key == "thị" {
		return false
	}
	for j := i + 1; j < end; j++ {
		if m := l.orgs.match(toks, j); m >= 2 && !(vouched && p.givenLikeOrg(i, j, end, m)) || p.headLen(j) > 0 {
			return false // "đồng chí Thường Trực Quận Ủy" is a body
		}
	}
	if vouched {
		return true
	}
	if p.stopStart(i) || p.afterTerritory(i) {
		return false // "phường Nguyễn Trung Trực, …" names the ward
	}
	_, ok := p.splitName(end, i, false)
	return ok
}

// givenLikeOrg reports whether the organisation words [j, j+m) that end the
// run [i, end) after an address term are the given names of a person: a
// surname, then two capitalised syllables that name a force or a trade, not
// a body ("ông Trần Hải Quân" — "hải quân" is the navy; "đồng chí Thường
// Trực Quận Ủy" stays a body).
func (p *parser) givenLikeOrg(i, j, end, m int) bool {
	toks := p.toks
	if j != i+1 || j+m != end || m != 2 || !p.lex.isSurname(&toks[i]) {
		return false
	}
	for k := j; k < end; k++ {
		if !toks[k].capital || toks[k].upper || bodyWords[toks[k].key] {
			return false
		}
	}
	return true
}

// bodyWords end the name of a body: a run ending in one is no person.
var bodyWords = map[string]bool{"ủy": true, "uỷ": true, "ban": true, "hội": true, "bộ": true, "sở": true,
	"phòng": true, "cục": true, "vụ": true, "viện": true, "trường": true, "đoàn": true, "đảng": true, "trực": true,
	"khu": true, "đội": true, "tịch": true, "vệ": true, "an": true, "phủ": true, "nước": true, "xã": true, "huyện": true,
	"tỉnh": true, "quận": true, "phường": true, "thôn": true, "ấp": true, "bản": true, "tổ": true, "chi": true}

// stopStart reports whether the run at i starts with a function word
// ("Theo", "Tại", "Từ") rather than a surname that looks like one ("Từ Văn
// Lực"): the second syllable tells.
func (p *parser) stopStart(i int) bool {
	l := p.lex
	if !l.isStop(&p.toks[i]) {
		return false
	}
	return !(l.isSurname(&p.toks[i]) && i+1 < len(p.toks) && l.isMiddle(&p.toks[i+1]))
}

// countries are the places after which a foreign name may follow a title.
var countries = map[string]bool{"trung quốc": true, "hàn quốc": true, "nhật bản": true, "hoa kỳ": true, "mỹ": true,
	"lào": true, "campuchia": true, "căm-pu-chia": true, "thái lan": true, "ấn độ": true, "liên bang nga": true, "nga": true,
	"pháp": true, "úc": true, "singapore": true, "xinh-ga-po": true, "malaysia": true, "ma-lai-xi-a": true,
	"indonesia": true, "in-đô-nê-xi-a": true, "philippines": true, "phi-líp-pin": true, "cuba": true, "cu ba": true,
	"hà lan": true, "triều tiên": true, "ô-xtrây-li-a": true, "liên hợp quốc": true, "asean": true, "liên minh châu âu": true}

// isCountry reports whether tokens [a, b) name a country.
func (p *parser) isCountry(a, b int) bool {
	return countries[string(p.keyBytes(a, b))]
}
