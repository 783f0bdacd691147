package officials

import (
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data"
)

// phrases is a set of multi-token phrases matched on token keys, longest
// first.
type phrases struct {
	byFirst map[string][][]string
	// bit is this set's bit in token.starts; 0 when the set has none.
	bit uint16 // (never startsKnown)
	// mask is bit|startsKnown, or 0 when bit is 0 (for match's first
	// test)
	mask uint16
	// idx is the set's index in firstInfo.lists, and firsts the lexicon's
	// firstList (set with bit).
	idx    int
	firsts []firstInfo
}

func newPhrases(list []string) *phrases {
	p := &phrases{byFirst: map[string][][]string{}}
	for _, s := range list {
		p.add(s)
	}
	return p
}

func (p *phrases) add(s string) {
	k := keysOf(s)
	if len(k) == 0 {
		return
	}
	p.byFirst[k[0]] = append(p.byFirst[k[0]], k)
}

// match returns how many tokens from i the longest phrase covers, 0 for
// none. Phrases never cross a line break. Its first test (most words start
// no phrase of a set: their starts has the set's bit off and startsKnown
// on) is all of it that is made in line where it is called.
func (p *phrases) match(toks []token, i int) int {
	if i < len(toks) && toks[i].starts&p.mask == startsKnown {
		return 0
	}
	return matchAt(p, toks, i)
}

// matchAt is match after its first test.
func matchAt(p *phrases, toks []token, i int) int {
	if i >= len(toks) {
		return 0
	}
	t := &toks[i]
	if !t.startsSet || p.bit == 0 {
		return longest(toks, i, p.byFirst[t.key], 0)
	}
	if t.starts&p.bit == 0 {
		return 0 // no phrase of the set starts with the word
	}
	pl := &p.firsts[t.first].lists[p.idx]
	if pl.bySecond == nil {
		return longestFirst(toks, i, pl.all, 1) // the first key is t's
	}
	best := 0
	if pl.single {
		best = 1
	}
	if i+1 < len(toks) {
		best = max(best, longestFirst(toks, i, pl.bySecond[toks[i+1].key], 2))
	}
	return best
}

// longest returns how many tokens from i the longest phrase of list covers
// (0 for none), comparing keys from the from-th on (those before are known
// to be equal).
func longest(toks []token, i int, list [][]string, from int) int {
	best := 0
	for _, ph := range list {
		if len(ph) <= best || i+len(ph) > len(toks) {
			continue
		}
		ok := true
		for j := from; j < len(ph); j++ {
			if toks[i+j].key != ph[j] {
				ok = false
				break
			}
		}
		if ok {
			best = len(ph)
		}
	}
	return best
}

// longestFirst is longest for a list sorted longest first (the lists of
// firstInfo): the first phrase that fits is the longest.
func longestFirst(toks []token, i int, list [][]string, from int) int {
	for _, ph := range list {
		if i+len(ph) > len(toks) {
			continue
		}
		ok := true
		for j := from; j < len(ph); j++ {
			if toks[i+j].key != ph[j] {
				ok = false
				break
			}
		}
		if ok {
			return len(ph)
		}
	}
	return 0
}

// startsPhrase reports whether key is the first word of a title head or an
// organisation.
func (l *lexicon) startsPhrase(key string) bool {
	for _, p := range []*phrases{l.heads, l.bound, l.orgs, l.innerOrgs} {
		if len(p.byFirst[key]) > 0 {
			return true
		}
	}
	return false
}

// lexicon is the compiled form of the embedded word lists.
type lexicon struct {
	surnames             map[string]bool
	middles              map[string]bool
	heads, bound         *phrases
	strongHon, weakHon   *phrases
	ranks, degrees       *phrases
	orgs, innerOrgs      *phrases
	places               *phrases
	units, namers        *phrases
	stop                 map[string]bool
	abbrevDot            map[string]bool
	countedUnits         map[string]bool
	singleOrg            map[string]bool
	specifiers           map[string]int
	linkWords, passWords *phrases
	gom                  *phrases
	// postBits, honBits and headBits are setBits of the sets
	// mayHoldPosts, scan's honAt and its headAt read (set by
	// indexFirsts: the sets never change)
	postBits, honBits, headBits uint16
	// firstIdx maps the first key of every phrase to its entry in
	// firstList (see token.first).
	firstIdx  map[string]int32
	firstList []firstInfo
	// asciiLex is lexBits of the one-byte keys.
	asciiLex [utf8.RuneSelf]uint8
	// asciiStarts is startInfo of the one-byte keys.
	asciiStarts [utf8.RuneSelf]struct {
		bits  uint16
		first int32
	}
}

// firstInfo is what the lexicon knows of a key that starts phrases: the
// bits of the phrase sets with a phrase starting with it, and those phrases
// by set (phrases.idx).
type firstInfo struct {
	bits  uint16
	lists []phraseList
}

// phraseList are the phrases of one set that start with one key, longest
// first; a long list is also indexed by the second key.
type phraseList struct {
	all      [][]string
	single   bool                  // a one-word phrase is in all
	bySecond map[string][][]string // the phrases of two words or more, by their second key; nil for short lists
}

// maxPlainList is the longest list matched without the second-key index.
const maxPlainList = 4

// startInfo is the token.starts (startsKnown with the bits of the sets
// with a phrase starting with key) and token.first of a token with key.
func (l *lexicon) startInfo(key string) (uint16, int32) {
	if len(key) == 1 && key[0] < utf8.RuneSelf {
		a := l.asciiStarts[key[0]]
		return a.bits, a.first
	}
	if i, ok := l.firstIdx[key]; ok {
		return l.firstList[i].bits, i
	}
	return startsKnown, -1
}

// startsKnown is the bit of token.starts set with the others (startsSet):
// no phrase set has it.
const startsKnown uint16 = 1 << 15

// Word-list bits of a key (token.lex): the lists looked up most often.
const (
	lexSurname uint8 = 1 << iota
	lexMiddle
	lexStop
	lexSingleOrg
	lexScan   // scanWord
	lexOpener // titleOpener
)

// lexBits is the word-list bits of key.
func (l *lexicon) lexBits(key string) uint8 {
	var b uint8
	if l.surnames[key] {
		b |= lexSurname
	}
	if l.middles[key] {
		b |= lexMiddle
	}
	if l.stop[key] {
		b |= lexStop
	}
	if l.singleOrg[key] {
		b |= lexSingleOrg
	}
	if scanWord(key) {
		b |= lexScan
	}
	if titleOpener(key) {
		b |= lexOpener
	}
	return b
}

// titleOpener reports whether titleAt may read a title without a head from
// key on: "Thường trực" after a link, "thành viên" of a body, "đại biểu"
// before a name (standingAfterLink, memberHead, deputyAt).
func titleOpener(key string) bool {
	return key == "thường" || key == "thành" || key == "đại"
}

// keyBits is lexBits(key), from a table for one-byte keys (punctuation).
func (l *lexicon) keyBits(key string) uint8 {
	if len(key) == 1 && key[0] < utf8.RuneSelf {
		return l.asciiLex[key[0]]
	}
	return l.lexBits(key)
}

// isSurname is l.surnames[t.key], from the token's bits when set.
func (l *lexicon) isSurname(t *token) bool {
	if t.startsSet {
		return t.lex&lexSurname != 0
	}
	return l.surnames[t.key]
}

// isMiddle is l.middles[t.key], from the token's bits when set.
func (l *lexicon) isMiddle(t *token) bool {
	if t.startsSet {
		return t.lex&lexMiddle != 0
	}
	return l.middles[t.key]
}

// isStop is l.stop[t.key], from the token's bits when set.
func (l *lexicon) isStop(t *token) bool {
	if t.startsSet {
		return t.lex&lexStop != 0
	}
	return l.stop[t.key]
}

// isSingleOrg is l.singleOrg[t.key], from the token's bits when set.
func (l *lexicon) isSingleOrg(t *token) bool {
	if t.startsSet {
		return t.lex&lexSingleOrg != 0
	}
	return l.singleOrg[t.key]
}

// setStarts fills token.starts, token.first and token.lex where they are
// not set yet.
func (l *lexicon) setStarts(toks []token) {
	for i := range toks {
		if t := &toks[i]; !t.startsSet {
			t.starts, t.first = l.startInfo(t.key)
			t.startsSet, t.lex = true, l.lexBits(t.key)
		}
	}
}

// indexFirsts gives each phrase set a bit and an index, and fills firstIdx,
// firstList and asciiStarts.
func (l *lexicon) indexFirsts() {
	l.firstIdx = map[string]int32{}
	sets := []*phrases{l.heads, l.bound, l.strongHon, l.weakHon, l.ranks, l.degrees, l.orgs,
		l.innerOrgs, l.places, l.units, l.namers, l.linkWords, l.passWords, l.gom}
	bit := uint16(1)
	for idx, p := range sets {
		if p == nil || bit == 0 || bit == startsKnown {
			continue
		}
		p.bit, p.idx, p.mask = bit, idx, bit|startsKnown
		for k, list := range p.byFirst {
			i, ok := l.firstIdx[k]
			if !ok {
				i = int32(len(l.firstList))
				l.firstIdx[k] = i
				l.firstList = append(l.firstList, firstInfo{bits: startsKnown, lists: make([]phraseList, len(sets))})
			}
			l.firstList[i].bits |= bit
			// (longest first, for longestFirst)
			list = slices.Clone(list)
			slices.SortStableFunc(list, func(a, b []string) int { return len(b) - len(a) })
			pl := phraseList{all: list}
			if len(list) > maxPlainList {
				pl.bySecond = map[string][][]string{}
				for _, ph := range list {
					if len(ph) == 1 {
						pl.single = true
					} else {
						pl.bySecond[ph[1]] = append(pl.bySecond[ph[1]], ph)
					}
				}
			}
			l.firstList[i].lists[idx] = pl
		}
		bit <<= 1
	}
	for _, p := range sets {
		if p != nil && p.bit != 0 {
			p.firsts = l.firstList
		}
	}
	l.postBits = setBits(l.strongHon, l.ranks, l.degrees, l.weakHon, l.heads, l.bound)
	l.honBits = setBits(l.strongHon, l.ranks, l.degrees, l.weakHon)
	l.headBits = setBits(l.heads, l.bound)
	for c := range l.asciiLex {
		l.asciiLex[c] = l.lexBits(string(rune(c)))
	}
	for c := range l.asciiStarts {
		l.asciiStarts[c].bits, l.asciiStarts[c].first = startsKnown, -1
		if i, ok := l.firstIdx[string(rune(c))]; ok {
			l.asciiStarts[c].bits, l.asciiStarts[c].first = l.firstList[i].bits, i
		}
	}
}

// middleNames are frequent middle syllables (vietnamese-reference.md §3.3);
// a candidate name whose second syllable is one of them is more likely a
// person.
var middleNames = []string{"Văn", "Thị", "Minh", "Ngọc", "Hoàng", "Thanh", "Đức", "Quang", "Quốc", "Xuân",
	"Đình", "Hữu", "Duy", "Thành", "Anh", "Trung", "Công", "Tấn", "Trọng", "Hồng", "Thế", "Tiến", "Tuấn",
	"Nhật", "Mạnh", "Huy", "Việt", "Thái", "Chí", "Phước", "Phúc", "Bá", "Kim", "Hoài", "Viết", "Hải",
	"Khắc", "Doãn", "Sỹ", "Sĩ", "Bích", "Thu", "Thúy", "Thuý", "Mỹ", "Lệ", "Huyền", "Mai", "Cẩm", "Vĩnh",
	"Khánh", "Phương", "Như", "Diệu", "Ánh", "Lan", "Gia", "Đăng", "Nam", "Hà", "Đại", "Chánh", "Nữ",
	"Cảnh", "Bảo", "Quý", "Thúc", "Trí", "Tự", "Đắc", "Tất", "Năng", "Hùng", "Bình", "Long", "Sơn",
	"Trường", "Lưu", "A", "Seo", "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Tôn", "Hoàn", "Vũ", "Võ", "Thiện", "Hiếu"}

// stopWords end a title and never continue an organisation name.
var stopWords = []string{"của", "tại", "về", "với", "cho", "trong", "đã", "đang", "sẽ", "vừa", "cùng", "là",
	"làm", "được", "có", "thì", "để", "theo", "từ", "đến", "nhằm", "khi", "nhưng", "hay", "hoặc", "này",
	"đó", "các", "những", "mà", "và", "bị", "do", "vì", "nên", "rằng", "như", "trên", "dưới", "sau",
	"trước", "giữ", "gồm", "kiêm", "cũng", "đồng", "thời", "nhận", "trao", "tặng", "phát", "dự", "chủ", "nguồn",
	"thăm", "chúc", "ghi", "nhấn", "yêu", "đề", "cho", "báo", "tiếp", "kiểm", "chỉ", "lên", "ra", "vào"}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// theLexicon compiles the embedded lists once; the result is read-only.
func theLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{
			surnames:     map[string]bool{},
			middles:      map[string]bool{},
			stop:         map[string]bool{},
			abbrevDot:    map[string]bool{},
			countedUnits: map[string]bool{},
			singleOrg:    map[string]bool{},
			specifiers:   map[string]int{},
		}
		// body nouns often followed by a lower-case specifier ("Hợp tác xã
		// may mặc", "Trung tâm văn hóa thể thao"), keyed by their last
		// syllable
		for _, s := range []string{"xã", "bộ", "ty", "máy", "nghiệp", "trạm", "tâm", "đội", "viện", "hội", "tác", "xưởng"} {
			l.specifiers[s] = 2
		}
		for _, s := range data.Surnames() {
			if k := keysOf(s); len(k) > 0 {
				l.surnames[k[0]] = true
			}
		}
		for _, s := range middleNames {
			l.middles[keysOf(s)[0]] = true
		}
		for _, s := range stopWords {
			l.stop[s] = true
		}
		l.heads = newPhrases(data.TitleHeads())
		l.bound = newPhrases(data.BoundTitleHeads())
		var strong, weak []string
		for _, h := range data.Honorifics() {
			if h.Strong {
				strong = append(strong, h.Term)
			} else {
				weak = append(weak, h.Term)
			}
		}
		l.strongHon = newPhrases(strong)
		l.weakHon = newPhrases(weak)
		l.ranks = newPhrases(data.Ranks())
		l.degrees = newPhrases(data.Degrees())
		l.orgs = newPhrases(data.OrgWords())
		for _, s := range data.OrgWords() {
			if k := keysOf(s); len(k) == 1 {
				l.singleOrg[k[0]] = true
			}
		}
		l.innerOrgs = newPhrases(data.InnerOrgWords())
		l.places = newPhrases(data.Places())
		var units, namers []string
		for _, w := range data.PlaceWords() {
			if w.Namer {
				namers = append(namers, w.Word)
			} else {
				units = append(units, w.Word)
			}
		}
		l.units = newPhrases(units)
		l.namers = newPhrases(namers)
		for _, s := range []string{"tp", "tx", "tt", "p", "q", "h", "ts", "ths", "pgs", "gs", "tskh", "bs", "ks", "cn", "ls", "ds", "st", "nxb", "ct", "pct", "pbt", "bt", "uv"} {
			l.abbrevDot[s] = true
		}
		for _, s := range []string{"quận", "phường", "khu phố", "tổ", "khu", "quân khu", "quân đoàn", "sư đoàn",
			"trung đoàn", "lữ đoàn", "tiểu đoàn", "đại đội", "khu vực", "vực", "ấp", "khóm", "thôn", "xóm", "đội", "khối", "cụm", "chi bộ", "số", "vùng", "khóa", "chương trình"} {
			l.countedUnits[s] = true
		}
		l.linkWords = newPhrases([]string{"làm", "là", "giữ chức", "giữ chức vụ", "giữ cương vị", "đảm nhiệm",
			"đảm nhiệm chức vụ", "đảm nhận", "đảm nhận chức vụ", "kiêm", "kiêm nhiệm", "được bầu", "được bầu làm",
			"được bầu giữ chức", "được bầu giữ chức vụ", "được bầu là", "được chỉ định", "được chỉ định làm",
			"được chỉ định giữ chức", "được chỉ định giữ chức vụ", "được bổ nhiệm", "được bổ nhiệm làm",
			"được bổ nhiệm giữ chức", "được bổ nhiệm giữ chức vụ", "được điều động", "được phân công",
			"được phân công làm", "được giao", "được giao làm", "được tín nhiệm bầu", "tái đắc cử",
			"được bầu lại", "tiếp tục được bầu", "tiếp tục được bầu giữ chức", "tiếp tục được bầu làm", "giữ", "được bố trí", "được bố trí làm",
			"được bố trí giữ chức", "được bố trí giữ chức vụ", "được điều động làm", "được điều động giữ chức",
			"được điều động giữ chức vụ", "được luân chuyển", "được cử", "được cử làm", "được cử giữ chức",
			"được tín nhiệm bầu giữ chức", "được tín nhiệm bầu làm", "được bầu bổ sung", "trúng cử", "đắc cử",
			"tái trúng cử", "tái trúng cử chức", "tái trúng cử chức vụ", "tái trúng cử chức danh", "trúng cử chức",
			"trúng cử chức vụ", "trúng cử chức danh",
			"đã đắc cử", "tái đắc cử chức", "đắc cử chức", "được bầu bổ sung giữ chức", "được bầu bổ sung làm",
			"bổ nhiệm giữ chức", "bổ nhiệm giữ chức vụ", "được điều động",
			"được điều động, bổ nhiệm giữ chức", "được điều động, bổ nhiệm giữ chức vụ", "được điều động, bổ nhiệm làm",
			"được bổ nhiệm lại", "được bổ nhiệm lại giữ chức", "được bổ nhiệm lại giữ chức vụ",
			"giữ chức danh", "được bầu giữ chức danh", "được bổ nhiệm giữ chức danh", "được chỉ định giữ chức danh",
			"tái đắc cử chức vụ", "tái đắc cử chức danh", "đắc cử chức vụ", "đắc cử chức danh",
			"kiêm chức", "kiêm chức vụ", "kiêm chức danh", "kiêm nhiệm chức vụ", "kiêm nhiệm chức danh",
			"được bầu vào chức danh", "được bầu vào chức vụ", "vào chức danh", "vào chức vụ",
			// (agentLinks: only after "được" and the body that elects)
			"bầu làm", "bầu giữ chức", "bầu giữ chức vụ", "bầu giữ chức danh", "bầu vào chức danh", "bầu vào chức vụ",
			"bổ nhiệm làm", "bổ nhiệm giữ chức danh", "chỉ định làm", "chỉ định giữ chức", "chỉ định giữ chức vụ",
			"cử làm", "cử giữ chức", "cử giữ chức vụ", "điều động giữ chức", "điều động giữ chức vụ", "điều động làm",
			// a decision received, a career: "A nhận quyết định bổ nhiệm giữ
			// chức T", "A từng giữ các chức vụ T1, T2"
			"nhận quyết định bổ nhiệm giữ chức", "nhận quyết định bổ nhiệm giữ chức vụ", "nhận quyết định bổ nhiệm làm",
			"nhận quyết định bổ nhiệm chức vụ", "nhận quyết định giữ chức", "nhận quyết định giữ chức vụ",
			"nhận quyết định điều động, bổ nhiệm giữ chức", "nhận quyết định điều động, bổ nhiệm giữ chức vụ",
			"nhận quyết định chỉ định giữ chức", "nhận quyết định chỉ định làm",
			"giữ các chức vụ", "đảm nhiệm các chức vụ", "đảm nhận các chức vụ", "kinh qua nhiều chức vụ", "trải qua nhiều chức vụ", "giữ nhiều chức vụ", "đảm nhiệm nhiều chức vụ", "kinh qua các chức vụ", "kinh qua chức vụ", "trải qua các chức vụ"})
		l.gom = newPhrases([]string{"gồm", "gồm có", "bao gồm", "gồm các đồng chí", "có"})
		l.indexFirsts()
		lex = l
	})
	return lex
}
