package officials

import "strings"

// A title is a head from the lexicon ("Phó Bí thư", "Giám đốc") followed by
// the body it belongs to: capitalised words, abbreviations, organisation and
// unit words, place names, numbers after unit words ("quận 5"), and inner
// dashes or commas that stay inside one position ("Trưởng Ban Thi đua - Khen
// thưởng", "Trưởng phòng Tổng hợp, Ban Dân vận Thành ủy"). When the body ends
// in a person's name ("… Thanh Xuân Bùi Huyền Mai") the name is split off.

// titleSpan is one title found at a token position.
type titleSpan struct {
	start, end int // tokens of the title text (after "các", "tân")
	headEnd    int
	plural     bool // written after "các": a title shared by a list
	name       nameSpan
	hasName    bool
}

// formerWord reports whether key marks a post as former ("nguyên", "cựu"):
// the word stays in the title (ANNOTATION.md).
func formerWord(key string) bool {
	return key == "nguyên" || key == "cựu"
}

// headAt reports how many tokens a title head (with its "nguyên" prefix)
// covers at i, and whether it needs a body after it.
func (p *parser) headAt(i int) (n int, bound bool) {
	l := p.lex
	j := i
	if j < len(p.toks) && formerWord(p.toks[j].key) {
		j++
	}
	if j < len(p.toks) && p.toks[j].startsSet && p.toks[j].starts&(l.heads.bit|l.bound.bit) == 0 && l.heads.bit != 0 && l.bound.bit != 0 {
		return 0, false // no head starts with the word
	}
	if m := l.heads.match(p.toks, j); m > 0 {
		return j + m - i, false
	}
	if m := l.bound.match(p.toks, j); m > 0 {
		return j + m - i, true
	}
	return 0, false
}

// titleAt reads a title starting at token i, or reports false.
func (p *parser) titleAt(i int) (titleSpan, bool) {
	toks := p.toks
	t := titleSpan{start: i}
	j := i
	for j < len(toks) {
		switch toks[j].key {
		case "các":
			t.plural = true
			j++
			t.start = j
			continue
		case "tân":
			j++
			t.start = j
			continue
		}
		break
	}
	if j >= len(toks) {
		return t, false
	}
	n, bound := p.headAt(j)
	if n == 0 && p.standingAfterLink(j) {
		n, bound = 2, true
	}
	if n == 0 && !p.memberHead(j) {
		// "Đại biểu Ngô Văn A (đoàn Bắc Giang)": a deputy named right after
		// the word; elsewhere "đại biểu" is just a delegate
		if p.deputyAt(j) {
			if ns, ok := p.splitName(p.runAt(j+2), j+2, true); ok && ns.start == j+2 {
				t.headEnd, t.end = j+2, j+2
				t.name, t.hasName = ns, true
				return t, true
			}
		}
		return t, false
	}
	member := n == 0 && p.memberHead(j)
	if member {
		n = 2
	}
	// A head written in lower case inside running text ("trưởng ban" in
	// "do Trưởng thôn làm trưởng ban") is still a head; but a bound head
	// needs a body.
	t.headEnd = j + n
	end := p.tail(&t)
	if bound && (end == t.headEnd || !toks[j].capital) || member && end == t.headEnd {
		return t, false
	}
	t.end = end
	return t, true
}

// deputyAt reports whether "đại biểu" and a capitalised word are at j,
// where titleAt looks for a deputy's name.
func (p *parser) deputyAt(j int) bool {
	toks := p.toks
	return toks[j].key == "đại" && j+1 < len(toks) && toks[j+1].key == "biểu" && j+2 < len(toks) && toks[j+2].nameShape
}

// standingAfterLink reports whether "Thường trực" written at j, right
// after "là" or "làm", is a post: "đồng chí A là Thường trực Hội" (a
// member of the standing board). Elsewhere the words name the board
// itself ("Ban Thường trực", "Thường trực HĐND tỉnh đã họp").
func (p *parser) standingAfterLink(j int) bool {
	toks := p.toks
	return j > 0 && j+1 < len(toks) && toks[j].capital && toks[j].key == "thường" && toks[j+1].key == "trực" &&
		(toks[j-1].key == "là" || toks[j-1].key == "làm")
}

// tail scans the body of a title after its head and returns the end of the
// title; it fills t.name when a person's name closes the body.
func (p *parser) tail(t *titleSpan) int {
	toks, l := p.toks, p.lex
	k := t.headEnd
	committed := k
	hasPhong := false
	for i := t.start; i < t.headEnd; i++ {
		if toks[i].key == "phòng" || toks[i].key == "chuyên" {
			hasPhong = true
		}
	}
	compound := false // one lower-case syllable after a capitalised word
	tentative := false
	spec := 0      // lower-case specifier syllables still allowed
	rollback := -1 // end to return to if a comma inside an org name leads to no name
	noName := 0    // tokens before this are in a run known to hold no name
	for k < len(toks) {
		tk := &toks[k]
		if tk.kind == kLine {
			if tentative {
				committed = k
			}
			break
		}
		if k > t.headEnd && tk.kind == kWord && !p.unitNounAt(t, k-1) && p.opensClause(k) {
			// "… Hội Cựu chiến binh Việt Nam Phát biểu tại …": a verb or a
			// report written with a capital starts the next clause, and
			// closes a compound as punctuation does
			if tentative {
				committed = k
			}
			break
		}
		if tentative && tk.kind == kPunct && strings.Contains(",;.)", tk.key) {
			// "Sở Tài chính,": the syllable closed the compound
			committed = k
		}
		tentative = false
		if tk.kind == kPunct {
			next := k + 1
			switch {
			case tk.key == "." && !tk.space && k > 0 && l.abbrevDot[toks[k-1].key] && next < len(toks) &&
				toks[next].kind == kWord && toks[next].capital:
				k++
				continue
			case tk.key == "(" && next+1 < len(toks) && toks[next].key == "cũ" && toks[next+1].key == ")":
				k += 3
				committed = k
				continue
			case tk.key == "(" && p.bracketedAbbrev(k):
				// "Trưởng Đoàn đại biểu Quốc hội (ĐBQH) tỉnh": the
				// abbreviation of the body just written, and the body goes
				// on after it
				k += 3
				continue
			case tk.key == "-" && p.dashContinues(k):
				k++
				compound = true
				if p.dashPlace(k - 1) {
					noName = k + 2
				}
				continue
			case tk.key == "," && hasPhong && p.commaContinues(k):
				k++
				compound = true
				continue
			case tk.key == "," && !hasPhong && p.parentComma(t, k):
				// "Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương",
				// "Cục trưởng Cục An ninh điều tra, Bộ Công an": the body
				// a department belongs to, after a comma
				k++
				continue
			case tk.key == "," && !hasPhong && p.orgComma(k):
				// "Chủ nhiệm Ủy ban Tài chính, Ngân sách A": kept only if
				// a name closes the title
				if rollback < 0 {
					rollback = committed
				}
				k++
				continue
			case tk.key == "&" && next < len(toks) && toks[next].capital:
				k++
				continue
			case tk.key == "-" && !tk.space && k > t.headEnd && toks[k-1].upper && next < len(toks) && toks[next].digits && !toks[next].space:
				// "Ban Chỉ đạo phòng, chống dịch COVID-19": a number glued
				// to a name in capitals
				k += 2
				committed = k
				continue
			}
			break
		}
		if p.startsPerson(k) {
			break
		}
		if k > t.headEnd && tk.upper && toks[k-1].upper && p.headLen(k) >= 2 {
			// "BÍ THƯ TỈNH ĐOÀN BÍ THƯ THƯỜNG TRỰC": in a line of capitals a
			// new head starts a new title
			break
		}
		if k+1 < len(toks) && toks[k+1].key == ":" && creditWords[tk.key] {
			break // "… TP. Ảnh: …"
		}
		if m := p.underOrg(k); m > 0 && k > t.headEnd {
			// "Trưởng Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội": the
			// body is part of a larger one
			k += m
			committed = k
			compound = false
			continue
		}
		if m := p.ofTopBody(k); m > 0 && k > t.headEnd {
			// "Chủ nhiệm Ủy ban Xã hội của Quốc hội", "Tiểu ban Nhân sự
			// Đại hội XIV của Đảng": the body belongs to the Party, the
			// Assembly or the Government
			k += m
			committed = k
			compound = false
			continue
		}
		if tk.key == "thực" && k+1 < len(toks) && toks[k+1].key == "hiện" && p.taskBody(t.start, k) {
			// "Ban Chỉ đạo thực hiện Nghị quyết số 18 của Bộ Chính trị":
			// the numbered act a working body carries out names it
			if m := p.taskAct(k + 2); m > 0 {
				k += 2 + m
				committed = k
				compound = false
				continue
			}
		}
		if tk.key == "tại" && p.placedAbroad(t.start, k) {
			// "Trưởng Văn phòng đại diện Báo X tại Hà Nội", "Trưởng Ban
			// liên lạc đồng hương X tại Đà Nẵng": the city is part of
			// the body's name
			if m := l.places.match(toks, k+1); m > 0 && toks[k+1].capital {
				k += 1 + m
				committed = k
				compound = false
				continue
			}
		}
		if tk.key == "và" {
			if p.andContinues(k) {
				k++
				continue
			}
			break
		}
		if k > t.headEnd && (p.smallAfterUnit(k) || p.smallAfterPlace(k)) {
			// "Giám đốc Công an tỉnh thông tin …": after "tỉnh", "huyện",
			// "xã", "thành phố" the body goes on only with a place name,
			// written with a capital; a small word is the sentence's verb
			break
		}
		if tk.key == "phòng" {
			hasPhong = true
		}
		if tk.key == "khóa" && !(k+1 < len(toks) && (toks[k+1].digits || romanNumeral(toks[k+1].text))) {
			// "khóa mới", "khóa trước": a term of office only with its
			// number ("khóa XV", "khóa 16")
			break
		}
		// Places and organisations of two or more words first: they may
		// contain surnames ("Lâm Đồng", "Đoàn Thanh niên").
		if m := l.places.match(toks, k); m >= 2 && !p.isPersonRun(k) {
			k += m
			committed = k
			compound = false
			continue
		}
		if m := l.orgs.match(toks, k); m >= 2 && !p.personInside(k, k+m) {
			k += m
			committed = k
			compound = false
			spec = l.specifiers[toks[k-1].key]
			continue
		}
		if k == t.headEnd && k+1 < len(toks) && !toks[k+1].capital && headModifier(tk.key, toks[k+1].key) {
			// "Chủ tịch danh dự Hội Khuyến học": the modifier stays in
			// the post, as "thường trực" does
			k += 2
			committed = k
			continue
		}
		if m := p.unitName(t, k); m > 0 {
			// "Cục trưởng Cục Quản lý giá", "Giám đốc Trung tâm Lưu trữ":
			// a unit's name is capitalised on its first syllable only
			k += m
			committed = k
			compound = false
			continue
		}
		if k == t.headEnd && p.repeatsUnit(t, k) {
			// "trưởng đoàn Đoàn Giám sát": the head's unit noun written
			// again opens the unit's name; Đoàn is a surname too
			k++
			committed = k
			continue
		}
		if m := l.innerOrgs.match(toks, k); m >= 2 && (tk.capital || toks[k-1].key == "ban") {
			// "Cục Tổ chức cán bộ"; "Trưởng Ban Tổ chức, …": a department
			// name closed by punctuation is the whole body
			k += m
			compound = false
			tentative = true
			continue
		}
		if tk.nameShape && p.afterTerritory(k) && p.runAt(k) == k+1 && k+1 < len(toks) &&
			toks[k+1].kind == kWord && !toks[k+1].capital && !toks[k+1].digits {
			// "… UBND phường Báo cáo": a verb written with a capital, not
			// a one-syllable place name
			break
		}
		if tk.nameShape && k >= noName {
			run := p.runAt(k)
			if p.orgHolds(t.start, k, run) {
				// "Bí thư Đoàn TNCS Hồ Chí Minh": the run closes an
				// organisation named after a person
				k = run
				committed = k
				compound = false
				continue
			}
			if ns, ok := p.splitName(run, k, true); ok {
				t.name = ns
				t.hasName = true
				return ns.start
			}
			if k == t.headEnd && p.pseudonym(t, k, run) {
				t.name = nameSpan{k, run}
				t.hasName = true
				return k
			}
			noName = run
		}
		if tk.nameShape {
			k++
			committed = k
			compound = true
			continue
		}
		if tk.upper || tk.capital {
			k++
			committed = k
			compound = false
			continue
		}
		if tk.key == "số" && k+1 < len(toks) && toks[k+1].digits && k == committed {
			// "tổ dân phố số 12"
			k += 2
			committed = k
			continue
		}
		if tk.digits && k > 0 && (l.countedUnits[toks[k-1].key] || (k > 1 && l.countedUnits[toks[k-2].key+" "+toks[k-1].key])) {
			k++
			committed = k
			continue
		}
		if m := l.orgs.match(toks, k); m > 0 {
			if m > 1 && p.personInside(k, k+m) {
				m = 1 // "quận Đoàn Tấn Nghĩa"
			}
			k += m
			committed = k
			compound = false
			spec = l.specifiers[toks[k-1].key]
			continue
		}
		if m := l.namers.match(toks, k); m > 0 && k+m < len(toks) && toks[k+m].capital && !tk.capital {
			// "chợ Phương Đình", "đình Yên Phúc": the named place belongs
			// to the body
			k += m
			committed = k
			continue
		}
		if spec > 0 && tk.kind == kWord && !tk.capital && !l.isStop(tk) && p.headLen(k) == 0 {
			// "Hợp tác xã may mặc", "Câu lạc bộ dưỡng sinh": a specifier
			// after a body noun, kept only if more of the body follows
			spec--
			k++
			continue
		}
		if m := l.innerOrgs.match(toks, k); m > 0 {
			k += m
			compound = false
			continue
		}
		if compound && tk.kind == kWord && !l.isStop(tk) && p.headLen(k) == 0 {
			// the second syllable of a capitalised compound ("Điều phối",
			// "Trợ giúp"): kept only if more of the body or a comma follows
			k++
			compound = false
			tentative = true
			continue
		}
		break
	}
	if tentative && k >= len(toks) {
		committed = k
	}
	if rollback >= 0 {
		return rollback
	}
	return committed
}

// smallAfterUnit reports whether token k is a word in small letters right
// after an administrative unit word written small ("tỉnh", "huyện", "xã",
// "quận", "phường", "thành phố", "thị trấn"), other than a number's "số",
// the "khóa" of a term and the "hội" of "xã hội".
func (p *parser) smallAfterUnit(k int) bool {
	tk := &p.toks[k]
	if tk.kind != kWord || tk.capital || tk.upper || tk.digits || k == 0 || tk.key == "số" || tk.key == "khóa" {
		return false
	}
	prev := &p.toks[k-1]
	if prev.capital || prev.upper {
		return false
	}
	if prev.key == "phố" {
		return k > 1 && p.toks[k-2].key == "thành"
	}
	if p.insideOrg(k-1, k) {
		return false // "Hợp tác xã dịch vụ": the unit word ends a body's name
	}
	switch prev.key {
	case "tỉnh", "huyện", "quận", "phường", "trấn":
		return true
	case "xã":
		return tk.key != "hội"
	}
	return false
}

// smallAfterPlace reports whether token k is a word in small letters right
// after the name of a place written after a small unit word ("UBND xã Nậm
// Cang thông tin …"): the sentence goes on, unless the word is a further
// unit word ("xã Nậm Cang huyện Mường Tè"), a term or a number.
func (p *parser) smallAfterPlace(k int) bool {
	toks := p.toks
	tk := &toks[k]
	if tk.kind != kWord || tk.capital || tk.upper || tk.digits || territories[tk.key] ||
		tk.key == "số" || tk.key == "khóa" || tk.key == "thành" || tk.key == "thị" {
		return false
	}
	j := k - 1
	for j > 0 && toks[j].kind == kWord && toks[j].capital && !toks[j].upper && k-j <= 4 {
		j--
	}
	return j < k-1 && toks[j].kind == kWord && !toks[j].capital && (toks[j].key == "xã" || toks[j].key == "phường" ||
		toks[j].key == "huyện" || toks[j].key == "tỉnh" || toks[j].key == "quận" || toks[j].key == "trấn") && !p.insideOrg(j, j+1)
}

// placedAbroad reports whether the title written from token a to k names
// a body that stands for others in another place ("văn phòng đại diện",
// "cơ quan thường trú", "ban liên lạc", "hội đồng hương"), whose name goes
// on with "tại" and that place.
func (p *parser) placedAbroad(a, k int) bool {
	for i := a; i+1 < k; i++ {
		switch p.toks[i].key + " " + p.toks[i+1].key {
		case "đại diện", "thường trú", "liên lạc", "đồng hương":
			return true
		}
	}
	return false
}

// taskBody reports whether the title written from token a to k names a
// body set up for a task ("Ban Chỉ đạo", "Tổ công tác", "Tổ giúp việc").
func (p *parser) taskBody(a, k int) bool {
	for i := a; i+1 < k; i++ {
		switch p.toks[i].key + " " + p.toks[i+1].key {
		case "chỉ đạo", "công tác", "giúp việc":
			return true
		}
	}
	return false
}

// taskActs are the kinds of act a working body is set up to carry out.
var taskActs = map[string]bool{"quyết định": true, "nghị quyết": true, "chỉ thị": true, "kết luận": true,
	"nghị định": true, "đề án": true, "chương trình": true, "kế hoạch": true, "quy định": true}

// taskAct returns how many tokens from i a numbered act with its issuer
// covers ("Quyết định số 284 của Bộ Chính trị", "Kết luận 45 của Ban Bí
// thư"), 0 for none.
func (p *parser) taskAct(i int) int {
	toks := p.toks
	if i+2 >= len(toks) || !toks[i].capital || !taskActs[toks[i].key+" "+toks[i+1].key] {
		return 0
	}
	j := i + 2
	if toks[j].key == "số" {
		j++
	}
	if j >= len(toks) || !toks[j].digits {
		return 0
	}
	j++
	for j+1 < len(toks) && !toks[j].space && (toks[j].key == "/" || toks[j].key == "-") && !toks[j+1].space &&
		toks[j+1].kind == kWord {
		j += 2 // "35-NQ/TW"
	}
	if j+1 < len(toks) && toks[j].key == "của" && toks[j+1].capital {
		if m := p.lex.orgs.match(toks, j+1); m > 0 {
			j += 1 + m
		}
	}
	return j - i
}

// orgComma reports whether the comma at k is followed by more of an
// organisation's name ("Tài chính, Ngân hàng"), not by a new position.
func (p *parser) orgComma(k int) bool {
	toks, l := p.toks, p.lex
	n := k + 1
	if n >= len(toks) || toks[n].kind != kWord || !toks[n].capital || p.headLen(n) > 0 || p.startsPerson(n) || p.isPersonRun(n) {
		return false
	}
	m := l.orgs.match(toks, n)
	return m > 0 && !l.isSingleOrg(&toks[n])
}

// subUnits open the body of a department of a larger organisation; a
// title naming one may give that organisation after a comma.
var subUnits = map[string]bool{"vụ": true, "cục": true, "ban": true, "viện": true, "tâm": true, "văn phòng": true,
	"chi cục": true, "trạm": true, "trung tâm": true}

// parentBodies are the organisations a department belongs to ("…, Ban Tổ
// chức Trung ương", "…, Liên đoàn Lao động tỉnh", "…, Bộ Công an").
var parentBodies = map[string]bool{"bộ": true, "ban": true, "liên đoàn": true, "tổng cục": true, "ủy ban": true,
	"công an": true, "tỉnh ủy": true, "thành ủy": true, "huyện ủy": true, "quận ủy": true, "học viện": true,
	"đại học": true, "tập đoàn": true, "tổng công ty": true, "văn phòng": true, "tỉnh đoàn": true,
	"thành đoàn": true, "trung ương đoàn": true, "bộ tư lệnh": true, "bộ chỉ huy": true, "tổng liên đoàn": true,
	// the councils and committees a standing committee ("Ban Pháp chế")
	// belongs to: "Trưởng ban Pháp chế, HĐND tỉnh"
	"hđnd": true, "ubnd": true, "hội đồng nhân dân": true, "ủy ban nhân dân": true}

// placedBody are words that already place a body under its parent ("Ban
// Tuyên giáo Tỉnh ủy", "Cục Thuế tỉnh"): after them a comma ends the title.
var placedBody = map[string]bool{"tỉnh": true, "huyện": true, "quận": true, "xã": true, "phường": true, "phố": true,
	"ủy": true, "ương": true, "tư": true, "tw": true, "ubnd": true, "hđnd": true, "mttq": true, "bộ": true, "sở": true,
	"phủ": true, "hội": true, "đoàn": true, "nước": true, "thị": true, "trấn": true}

// parentComma reports whether the comma at k goes on with the organisation
// the department named by title t belongs to: the title names a department
// ("Vụ", "Cục", "Ban", "Trung tâm") placed under nothing yet, and a parent
// body that is no title head and no person follows the comma.
func (p *parser) parentComma(t *titleSpan, k int) bool {
	toks := p.toks
	n := k + 1
	if n >= len(toks) || toks[n].kind != kWord || !toks[n].capital || p.headLen(n) > 0 || p.startsPerson(n) || p.isPersonRun(n) {
		return false
	}
	sub := ""
	for i := t.headEnd - 1; i <= t.headEnd && i < k; i++ {
		if subUnits[toks[i].key] {
			sub = toks[i].key
		}
		if subUnits[string(p.keyBytes(i, min(i+2, k)))] {
			sub = p.keyOf(i, min(i+2, k))
		}
	}
	if sub == "" {
		return false
	}
	for i := t.headEnd; i < k; i++ {
		if placedBody[toks[i].key] {
			return false
		}
	}
	for m := 4; m >= 1; m-- {
		if n+m > len(toks) {
			continue
		}
		if kb := p.keyBytes(n, n+m); parentBodies[string(kb)] && string(kb) != sub {
			return true
		}
	}
	return false
}

// orgHolds reports whether an organisation phrase that starts in the
// title's body (from the token from on, at most eight tokens before k)
// holds the whole run [k, end): the run is the organisation's eponym.
func (p *parser) orgHolds(from, k, end int) bool {
	for s := k - 1; s >= from && s >= k-8; s-- {
		if p.lex.orgs.match(p.toks, s) >= end-s {
			return true
		}
	}
	return false
}

// personInside reports whether a person's name starts inside tokens
// (a, b) and runs on past them: "quận Đoàn Tấn Nghĩa" is not the body
// "Quận đoàn". A name the phrase holds whole is its eponym ("Đoàn TNCS Hồ
// Chí Minh"): the organisation wins.
func (p *parser) personInside(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if p.toks[j].nameShape && p.lex.isSurname(&p.toks[j]) && p.runAt(j) > b && p.isPersonRun(j) {
			return true
		}
	}
	return false
}

// headLen is the length of a title head at i (0 for none).
func (p *parser) headLen(i int) int {
	n, _ := p.headAt(i)
	return n
}

// startsPerson reports whether an honorific, rank or degree starts at i: the
// title before it is over.
func (p *parser) startsPerson(i int) bool {
	l := p.lex
	if p.strongHonAt(i) > 0 || l.ranks.match(p.toks, i) > 0 {
		return true
	}
	// a capitalised "Ông", "Bà" inside a title's body starts a name: Ông is
	// a surname ("Chủ tịch Hội Cựu chiến binh quận Ông Kim Dũng")
	if m := l.weakHon.match(p.toks, i); m > 0 && i+m < len(p.toks) && p.toks[i+m].nameShape && p.toks[i].key != "anh" &&
		!p.toks[i].capital {
		return true
	}
	return false
}

// bracketedAbbrev reports whether the bracket at k holds only an
// abbreviation in capitals ("(ĐBQH)", "(UBND)") and the body of the title
// goes on after it: a place or unit word, an organisation word, or a
// capitalised word that starts no title, no person and no name.
func (p *parser) bracketedAbbrev(k int) bool {
	toks, l := p.toks, p.lex
	n := k + 3
	if n >= len(toks) || !toks[k+1].upper || toks[k+2].key != ")" || toks[n].kind != kWord || toks[n].digits {
		return false
	}
	if p.headLen(n) > 0 || p.startsPerson(n) || p.isPersonRun(n) || l.isStop(&toks[n]) {
		return false
	}
	return toks[n].capital || l.units.match(toks, n) > 0 || l.orgs.match(toks, n) > 0
}

// dashContinues reports whether the dash at k joins two parts of one body
// ("Thi đua - Khen thưởng", "Lý luận chính trị - Lịch sử Đảng", "Quảng Nam
// - Đà Nẵng") rather than separating positions or closing a block.
func (p *parser) dashContinues(k int) bool {
	toks, l := p.toks, p.lex
	n := k + 1
	if n >= len(toks) || toks[n].kind != kWord || p.headLen(n) > 0 || p.startsPerson(n) {
		return false
	}
	if l.places.match(toks, n) > 0 && !p.isPersonRun(n) {
		return true
	}
	if toks[n].upper && toks[k-1].upper && !toks[k].space {
		return true // "Sở KH-ĐT", "KT-XH"
	}
	if m := l.orgs.match(toks, n); m > 0 {
		if toks[n].nameShape && m == 1 && p.isPersonRun(n) {
			return false
		}
		return true
	}
	return p.dashPlace(k) || p.dashOrg(k)
}

// dashOrg reports whether the spaced dash at k joins two capitalised parts
// of one organisation's name ("Tập đoàn Dầu khí - Hóa chất Miền Nam",
// "Công ty Đầu tư - Xây dựng"): a capitalised compound before it, and one
// after it that is no person, address term or place.
func (p *parser) dashOrg(k int) bool {
	toks, l := p.toks, p.lex
	n := k + 1
	if k < 2 || n+1 >= len(toks) || !toks[k].space || !toks[n].space {
		return false
	}
	before := toks[k-1].kind == kWord && !toks[k-1].digits &&
		(toks[k-1].capital && !toks[k-1].upper || !toks[k-1].capital && toks[k-2].kind == kWord && toks[k-2].capital && !toks[k-2].upper)
	if !before || !toks[n].capital || toks[n].upper || toks[n+1].kind != kWord || toks[n+1].digits {
		return false
	}
	if p.isPersonRun(n) || l.weakHon.match(toks, n) > 0 || l.isStop(&toks[n+1]) || p.headLen(n+1) > 0 {
		return false
	}
	// the part after the dash is a compound: a small syllable, or a
	// further capitalised word
	return !toks[n+1].capital || toks[n+1].capital && !toks[n+1].upper && !p.isPersonRun(n+1)
}

// dashPlace reports whether the dash at k joins two place names ("khu vực
// Đông Thành - Kim Lũng"): a two-syllable run after a capitalised word.
func (p *parser) dashPlace(k int) bool {
	toks := p.toks
	n := k + 1
	if k <= 0 || n >= len(toks) || !toks[k-1].nameShape || !toks[n].nameShape || p.headLen(n) > 0 {
		return false
	}
	end := p.runAt(n)
	if end-n == 2 {
		return true
	}
	// "… Đông Thành - Kim Lũng Mùa A Chứ": the place, then the name
	ns, ok := p.splitName(end, n+2, false)
	return end-n >= 5 && ok && ns.start == n+2
}

// commaContinues reports whether the comma at k goes on inside a department
// title ("Trưởng phòng Tổng hợp, Ban Dân vận Thành ủy").
func (p *parser) commaContinues(k int) bool {
	toks, l := p.toks, p.lex
	n := k + 1
	if n >= len(toks) || toks[n].kind != kWord || p.headLen(n) > 0 || p.startsPerson(n) || p.isPersonRun(n) {
		return false
	}
	if toks[n].capital {
		return true
	}
	return !l.isStop(&toks[n]) && (l.orgs.match(toks, n) > 0 || l.units.match(toks, n) > 0 || n+1 < len(toks) && toks[n+1].kind == kPunct)
}

// andContinues reports whether "và" at k joins two parts of one body
// ("Kế hoạch và Đầu tư", "Tuyên giáo và Dân vận").
func (p *parser) andContinues(k int) bool {
	toks := p.toks
	n := k + 1
	if n >= len(toks) || toks[n].kind != kWord || !toks[n].capital {
		return false
	}
	if p.headLen(n) > 0 || p.startsPerson(n) || p.isPersonRun(n) {
		return false
	}
	return true
}

// isPersonRun reports whether a person's name starts at i on its own.
func (p *parser) isPersonRun(i int) bool {
	if i >= len(p.toks) || !p.toks[i].nameShape {
		return false
	}
	run := p.runAt(i)
	ns, ok := p.splitName(run, i, false)
	return ok && ns.start == i
}

// ofTopBody returns the length of "của Đảng", "của Quốc hội" or "của Chính
// phủ" (capitalised) at k, 0 for none.
func (p *parser) ofTopBody(k int) int {
	toks := p.toks
	if toks[k].key != "của" || k+1 >= len(toks) || !toks[k+1].capital {
		return 0
	}
	switch toks[k+1].key {
	case "đảng":
		return 2
	case "quốc", "chính":
		if k+2 < len(toks) && (toks[k+1].key == "quốc" && toks[k+2].key == "hội" || toks[k+1].key == "chính" && toks[k+2].key == "phủ") {
			return 3
		}
	}
	return 0
}

// underOrg returns the length of "thuộc" and the capitalised organisation
// word after it ("thuộc Ủy ban", "thuộc Bộ"), 0 for none; the rest of the
// body is read on.
func (p *parser) underOrg(k int) int {
	toks := p.toks
	if toks[k].key != "thuộc" || k+1 >= len(toks) || !toks[k+1].capital || p.isPersonRun(k+1) {
		return 0
	}
	if m := p.lex.orgs.match(toks, k+1); m > 0 {
		return 1 + m
	}
	return 0
}

// topHeads stand alone and are followed directly by the holder's name, which
// may be a pseudonym without a surname ("Tổng Bí thư Trường Chinh").
var topHeads = map[string]bool{"tổng bí thư": true, "chủ tịch nước": true, "thủ tướng": true, "chủ tịch": true,
	"chủ tịch quốc hội": true, "thủ tướng chính phủ": true, "bí thư thứ nhất": true}

// pseudonym reports whether the run [k, end) right after a top head is the
// holder's name though it starts with no known surname: two or three
// capitalised syllables, closed by a small-letter word or punctuation, that
// are no place, organisation or further title.
func (p *parser) pseudonym(t *titleSpan, k, end int) bool {
	toks, l := p.toks, p.lex
	h := t.start
	if formerWord(toks[h].key) {
		h++
	}
	if !topHeads[string(p.keyBytes(h, t.headEnd))] || end-k < 2 || end-k > 3 {
		return false
	}
	if end < len(toks) && toks[end].kind == kWord && (toks[end].capital || toks[end].digits) {
		return false
	}
	if l.places.match(toks, k) > 0 || p.isCountry(k, end) || p.stopStart(k) {
		return false
	}
	for j := k; j < end; j++ {
		m := l.orgs.match(toks, j)
		if j == k && m == 1 && l.namers.match(toks, j) == 1 {
			m = 0 // "Trường Chinh": a naming word ("trường") is a syllable of names too
		}
		if m > 0 || l.units.match(toks, j) > 0 || p.headLen(j) > 0 {
			return false
		}
	}
	return true
}

// unitNouns name the units of a body that a post heads ("Cục", "Vụ", "Ban",
// "Đoàn", "Trung tâm"); the unit's own name follows them.
var unitNouns = map[string]bool{"cục": true, "vụ": true, "ban": true, "đoàn": true, "tổ": true, "đội": true,
	"phòng": true, "tâm": true, "viện": true, "hội": true, "trạm": true, "đồng": true}

// unitLeads are the first words of the unit nouns of two words, by the
// second.
var unitLeads = map[string]string{"tâm": "trung", "đồng": "hội"}

// unitNounAt reports whether token i of title t is a unit noun: the last
// word of the head ("Trưởng ban", "trưởng đoàn") or a capitalised word of
// the body ("Cục", "Trung tâm").
func (p *parser) unitNounAt(t *titleSpan, i int) bool {
	toks := p.toks
	if i < t.start || !unitNouns[toks[i].key] {
		return false
	}
	first := i
	if lead, ok := unitLeads[toks[i].key]; ok {
		if i == 0 || toks[i-1].key != lead {
			return false
		}
		first = i - 1 // "Trung tâm", "Hội đồng"
	}
	return i == t.headEnd-1 || first >= t.headEnd && toks[first].capital
}

// unitName returns how many tokens from k the name of a unit covers when
// it follows a unit noun and is written as one ("Cục Quản lý giá", "Trung
// tâm Lưu trữ", "Đoàn Giám sát"): a capitalised word and one or two small
// syllables, closed by punctuation, a line break, a capitalised word, a
// function word or the end. 0 when there is none, or no small syllable.
func (p *parser) unitName(t *titleSpan, k int) int {
	toks, l := p.toks, p.lex
	if k == 0 || toks[k].kind != kWord || !toks[k].capital || toks[k].upper || !p.unitNounAt(t, k-1) {
		return 0
	}
	best := 0
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		tj := &toks[j]
		if tj.kind != kWord || tj.capital || tj.digits || !tj.space || l.isStop(tj) || p.headLen(j) > 0 {
			break
		}
		// a third small syllable ("Vụ Chính quyền địa phương") only
		// before punctuation, a capital or a place: a verb of two
		// syllables may come before a function word
		if c := p.closesUnit(j + 1); c == closeStrong || c == closeWeak && j <= k+2 {
			best = j + 1 - k
		}
	}
	if best == 0 {
		if m := l.innerOrgs.match(toks, k); m >= 2 {
			return m // "Ban Kiểm tra làm việc": a known department name
		}
	}
	return best
}

// How a token may follow the name of a unit (closesUnit).
const (
	closeNone   = iota
	closeWeak   // a function word
	closeStrong // the end, punctuation, a line break, a capital, a place word, "số 2"
)

// closesUnit tells whether and how token j may follow the name of a unit.
func (p *parser) closesUnit(j int) int {
	toks := p.toks
	if j >= len(toks) {
		return closeStrong
	}
	tj := &toks[j]
	switch {
	case tj.kind != kWord || tj.capital || tj.digits || territories[tj.key] && p.lex.places.match(toks, j) == 0:
		return closeStrong
	case tj.key == "số" && j+1 < len(toks) && toks[j+1].digits:
		return closeStrong
	case p.lex.isStop(tj):
		return closeWeak
	}
	return closeNone
}

// repeatsUnit reports whether the capitalised word at k, right after the
// head of t, is the head's own unit noun written again and opening the
// unit's name ("trưởng đoàn Đoàn Kiểm tra", "Trưởng ban Ban Tuyên giáo").
func (p *parser) repeatsUnit(t *titleSpan, k int) bool {
	toks := p.toks
	if !toks[k].capital || toks[k].upper || !unitNouns[toks[k].key] {
		return false
	}
	same := false
	for i := t.start; i < t.headEnd; i++ {
		same = same || toks[i].key == toks[k].key
	}
	if !same || k+1 >= len(toks) {
		return false
	}
	if p.lex.orgs.match(toks, k+1) > 0 || p.lex.innerOrgs.match(toks, k+1) > 0 {
		return true
	}
	return p.unitName(t, k+1) > 0
}

// clauseOpeners are words of two syllables that open a clause (a verb of
// speech or a report) and are no part of a body's name when written with a
// capital after it and followed by a small syllable.
var clauseOpeners = map[string]bool{"báo cáo": true, "phát biểu": true, "kết luận": true, "chủ trì": true,
	"trao đổi": true, "trao tặng": true, "nhấn mạnh": true, "khẳng định": true, "cho biết": true,
	"chúc mừng": true, "thăm hỏi": true, "đề nghị": true, "yêu cầu": true, "ghi nhận": true, "đánh giá": true,
	"quán triệt": true, "kế hoạch": true, "tham luận": true, "tặng quà": true, "trả lời": true}

// clauseOpener returns the clause opener of clauseOpeners that the words
// a and b spell, "" for none, without building the two-word key.
func clauseOpener(a, b string) string {
	for _, o := range clauseOpenerList[a] {
		if o[len(a)+1:] == b {
			return o
		}
	}
	return ""
}

// clauseOpenerList is clauseOpeners by first word.
var clauseOpenerList = func() map[string][]string {
	m := map[string][]string{}
	for o := range clauseOpeners {
		a, _, _ := strings.Cut(o, " ")
		m[a] = append(m[a], o)
	}
	return m
}()

// opensClause reports whether a clause opener written with a capital starts
// at k and a small syllable follows it ("Báo cáo kết quả", "Phát biểu
// tại"), where no organisation name starts.
func (p *parser) opensClause(k int) bool {
	toks, l := p.toks, p.lex
	if k+2 >= len(toks) || !toks[k].capital || toks[k].upper || toks[k+1].capital || !toks[k+1].space {
		return false
	}
	if !p.keyIs(k, k+2, clauseOpener(toks[k].key, toks[k+1].key)) || l.orgs.match(toks, k) >= 2 || l.innerOrgs.match(toks, k) >= 2 {
		return false
	}
	n := &toks[k+2]
	return n.kind == kWord && !n.capital
}

// headModifier reports whether the words a and b qualify a post right
// after its head ("Chủ tịch danh dự", "Chủ tịch luân phiên") and belong to
// it.
func headModifier(a, b string) bool {
	return a == "danh" && b == "dự" || a == "luân" && b == "phiên"
}

// memberBodies are the bodies whose members hold an office ("thành viên Ủy
// ban nhân dân tỉnh", "thành viên Ban Chỉ đạo", "thành viên Chính phủ").
var memberBodies = map[string]bool{"ủy ban": true, "ubnd": true, "ban": true, "hội đồng": true, "chính phủ": true,
	"ubkt": true, "ủy ban nhân dân": true}

// memberHead reports whether "thành viên" at j, in either case, is the head
// of a post as "ủy viên" is: a body of memberBodies follows it, written
// with a capital. Members of clubs or cooperatives hold no office.
func (p *parser) memberHead(j int) bool {
	toks := p.toks
	if j+2 >= len(toks) || toks[j].key != "thành" || toks[j+1].key != "viên" || !toks[j+2].capital {
		return false
	}
	for m := 3; m >= 1; m-- {
		if j+2+m <= len(toks) && memberBodies[string(p.keyBytes(j+2, j+2+m))] {
			return true
		}
	}
	return false
}
