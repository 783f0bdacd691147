package officials

import (
	"bytes"
	"strings"

	"github.com/vnarchive/vnarchive/data/vn"
)

// The grammar attaches titles to names over the item sequence of the
// scanner: chains of titles before and after a name, list headers, plural
// titles, linking verbs and the holder of a title met again.

func (g *grammar) kind(i int) itemKind {
	if i < 0 || i >= len(g.items) {
		return iNone
	}
	return g.items[i].kind
}

// isSep reports whether item i is a separator whose text is in seps
// (mostly one byte, looked for in line).
func (g *grammar) isSep(i int, seps string) bool {
	if i < 0 || i >= len(g.items) || g.items[i].kind != iSep {
		return false
	}
	sep := g.items[i].sep
	if len(sep) != 1 {
		return strings.Contains(seps, sep) && sep != ""
	}
	for k := 0; k < len(seps); k++ {
		if seps[k] == sep[0] {
			return true
		}
	}
	return false
}

// honBefore returns the strongest address term written right before name
// item i and whether it is plural ("các đồng chí").
func (g *grammar) honBefore(i int) (honKind, bool) {
	h, plural := honNone, false
	for j := i - 1; j >= 0 && g.items[j].kind == iHon; j-- {
		if g.items[j].hon > h {
			h = g.items[j].hon
		}
		plural = plural || g.items[j].plural
	}
	return h, plural
}

// validName reports whether name item i is a person name in its context.
func (g *grammar) validName(i int, listItem, vouched bool) (bool, honKind) {
	it := &g.items[i]
	if it.fromTtl {
		h, _ := g.honBefore(i)
		return true, h
	}
	h, _ := g.honBefore(i)
	if h != honNone {
		return g.p.runIsName(it.a, it.b, true), h
	}
	if listItem && vouched && !g.listItemStart(i) {
		return false, honNone
	}
	if listItem && g.p.runIsName(it.a, it.b, vouched) {
		return true, honNone
	}
	return g.p.runIsName(it.a, it.b, false), honNone
}

// listItemStart reports whether name item i may start a new item of an
// open "các đồng chí:" list, where the list vouches for names of any shape:
// only right after the colon, a semicolon, a comma or a dash, "và" or a line
// break. A capitalised run elsewhere is part of an item ("Tỉnh trưởng tỉnh
// Hủa Phăn", "(Nước Cộng hòa …)"); a run after a unit word names the unit;
// a run opening with title words ("Phó Tỉnh trưởng", "Chủ nhiệm") or a
// country word is no name.
func (g *grammar) listItemStart(i int) bool {
	if i > 0 && !g.isSep(i-1, ":;,-&\n") && g.kind(i-1) != iGom {
		return false
	}
	p := g.p
	a := g.items[i].a
	if p.afterTerritory(a) || countryWords[p.toks[a].key] {
		return false
	}
	return !p.titleWords(a)
}

// countryWords open the name of a state ("Nước Cộng hòa …", "Cộng hòa …").
var countryWords = map[string]bool{"nước": true, "cộng": true}

// titleWords reports whether the capitalised run at a opens with the words
// of a title head: a word that starts a head and is no surname ("Chủ",
// "Trưởng", "Ủy"), or "Phó" before such a word ("Phó Tỉnh", "Phó Thống").
func (p *parser) titleWords(a int) bool {
	l := p.lex
	startsHead := func(k string) bool { return len(l.heads.byFirst[k]) > 0 || len(l.bound.byFirst[k]) > 0 }
	k := p.toks[a].key
	if !startsHead(k) {
		return false
	}
	if !l.surnames[k] {
		return true
	}
	return k == "phó" && a+1 < len(p.toks) && startsHead(p.toks[a+1].key)
}

// chainAfter gives name item ni the titles that follow it: "NAME - T1, T2",
// "NAME, T1 - T2", "NAME giữ chức T", and returns the item after them.
func (g *grammar) chainAfter(ni int) (int, bool) {
	j := ni + 1
	// "(Thường trực)", "(46 tuổi, Trưởng phòng …)", "(nguyên Phó giám đốc
	// Sở)": a bracket right after the name; the positions in it are hers
	gaveIn := false
	if g.isSep(j, "(") {
		var in []int
		for k := j + 1; k < len(g.items) && k < j+12; k++ {
			if g.isSep(k, ")") {
				if !(g.items[ni].fromTtl && len(in) > 0 && g.kind(k+1) != iLink) {
					for _, t := range in {
						g.give(ni, t)
						gaveIn = true
					}
				}
				j = k + 1
				break
			}
			if g.isSep(k, ".;\n(") {
				break
			}
			if it := g.items[k]; it.kind == iTitle && !it.adjacent && !it.plural {
				in = append(in, k)
			}
			if g.kind(k) == iName || g.kind(k) == iHon {
				break
			}
		}
	}
	j = g.afterDetails(j)
	start := j
	comma := g.isSep(j, ",")
	if g.isSep(j, ",-:/") || (g.isSep(j, "\n") && g.nameLine(ni)) {
		j++
		if w := g.whoClause(j); w > j {
			j = w // "A, người vừa được điều động làm T"
		}
	} else if g.kind(j) == iTitle {
		// "Thiếu tướng Nguyễn Minh Tuấn Giám đốc …": no separator, but an
		// address term, a rank or "Các đồng chí:" vouches for the name
		if h, _ := g.honBefore(ni); h == honNone && !g.strongList {
			return j, false
		}
	} else if g.adverbs(j) && g.kind(j+1) == iLink {
		j++ // "A tiếp tục giữ chức T"
	} else if l := g.passiveAgent(j); l > j {
		j = l // "A được HĐND tỉnh bầu vào chức danh T"
	} else if g.kind(j) != iLink {
		return j, gaveIn
	}
	var got []int
	linked := false
	for j < len(g.items) {
		it := g.items[j]
		post := -1 // the post a link item gives
		if it.kind == iLink {
			post = g.postAfterLink(j)
		}
		switch {
		case it.kind == iTitle && !it.adjacent && !it.plural && !g.claimed[j] && !g.isOfficeFor(j+1) && !g.nowLaNamed(j):
			// (a post followed by "đối với ông B" is B's, the next item of
			// a list, and one followed by "hiện là ông B" B's)
			got = append(got, j)
			j++
			if e := g.unreadTail(j); e > j && g.isSep(e, ",-") && g.kind(e+1) == iTitle && !g.items[e+1].adjacent && !g.items[e+1].plural {
				// "Trưởng ban Tổ chức giải, Chủ tịch Hội …": capitalised
				// words the title's reading left are still its body, and
				// the chain goes on after them
				g.items[j-1].title.end = g.items[e-1].b
				g.items[j-1].b = g.items[e-1].b
				j = e
			}
			if e := g.afterTerm(j); e > j && g.chainGoesOn(e) {
				// "Phó Bí thư Tỉnh ủy nhiệm kỳ 2010 – 2015, Bí thư Ban cán
				// sự đảng …", "… nhiệm kỳ 2020-2025, làm Phó Bí thư …": the
				// term of a post does not end the chain
				j = e
			}
			if g.isSep(j, ",-/&") && (g.kind(j+1) == iTitle && !g.items[j+1].adjacent && !g.items[j+1].plural || g.misspeltPost(j+1) > j+1) {
				j++
				continue
			}
			if g.isSep(j, ";") && g.kind(j+1) == iTitle && !g.items[j+1].adjacent && !g.items[j+1].plural &&
				!g.claimed[j+1] && g.p.toks[g.items[j+1].title.start].capital && (j+2 >= len(g.items) || g.isSep(j+2, ",;.\n")) {
				// "A, Ủy viên BTV Tỉnh ủy; Phó Chủ tịch HĐND tỉnh; B, …": a
				// semicolon typed for a comma, the next title has no name
				j++
				continue
			}
			if g.isSep(j, ",") && g.kind(j+1) == iLink {
				j++
				continue
			}
			if g.isSep(j, ",") && g.adverbs(j+1) && g.kind(j+2) == iLink {
				j += 2
				continue
			}
			if g.adverbs(j) && g.kind(j+1) == iLink {
				j++
			}
			if g.kind(j) == iLink {
				continue
			}
			if g.isSep(j, "(") {
				// "Chính ủy Sư đoàn 316 (Quân khu 2) được bổ nhiệm …"
				for k := j + 1; k < len(g.items) && k < j+6; k++ {
					if g.isSep(k, ")") {
						if g.kind(k+1) == iLink {
							j = k + 1
						}
						break
					}
				}
				if g.kind(j) == iLink {
					continue
				}
			}
			return j, g.giveAll(ni, got, comma && !linked, j) || gaveIn
		case g.isSep(j-1, ",-") && g.misspeltPost(j) > j:
			// "A, Phó Bí Tỉnh ủy, Chủ tịch UBND tỉnh": a post whose head
			// lost a syllable, kept as written
			e := g.misspeltPost(j)
			g.readAsPost(j, e)
			got = append(got, j)
			j = e
			if g.isSep(j, ",-") {
				j++
			}
		case post > j:
			linked = true
			j = post
		case it.kind == iLink && (g.kind(j+1) == iLink || g.isSep(j+1, ",") && g.kind(j+2) == iLink):
			j++
		case g.isSep(j, ",") && g.kind(j-1) == iLink && g.kind(j+1) == iLink:
			j++
		case it.kind == iHon && it.hon == honStrong && j == start:
			// "A - Trung tướng - Giám đốc …": a rank between
			j++
			if g.isSep(j, "-,") {
				j++
			}
		default:
			return j, g.giveAll(ni, got, comma && !linked, j) || gaveIn
		}
	}
	return j, g.giveAll(ni, got, comma && !linked, j) || gaveIn
}

// postAfterLink returns the title item, written for one person, that link
// item j gives: right after it, after a colon ("A đã kinh qua các chức vụ:
// T1, T2") or after "như" ("A từng trải qua các chức vụ, như: T1, T2"); -1
// when there is none.
func (g *grammar) postAfterLink(j int) int {
	t := j + 1
	if g.isSep(t, ":") {
		t++
	} else if s := g.suchAs(t); s > t {
		t = s
	}
	if g.kind(t) != iTitle || g.items[t].adjacent {
		return -1
	}
	return t
}

// suchAs returns the title item after "như:", ", như:" or ", như" from item
// j on ("các chức vụ, như: T1, T2"), j when there is none.
func (g *grammar) suchAs(j int) int {
	k := j
	if g.isSep(k, ",") {
		k++
	}
	if g.kind(k) != iOther || !g.p.keyIs(g.items[k].a, g.items[k].b, "như") {
		return j
	}
	k++
	if g.isSep(k, ":") {
		k++
	}
	if g.kind(k) != iTitle || g.items[k].adjacent {
		return j
	}
	return k
}

// whoClause returns the link of a relative clause on the person at item
// j, right after the separator that follows the name ("A, người vừa được
// bầu làm T", "A-người vừa được Bộ Chính trị chỉ định làm T"), else j.
func (g *grammar) whoClause(j int) int {
	if g.kind(j) != iOther || g.p.toks[g.items[j].a].key != "người" {
		return j
	}
	if l := g.passiveAgent(j); l > j {
		return l
	}
	for k := g.items[j].a + 1; k < g.items[j].b; k++ {
		if !clauseAdverbs[g.p.toks[k].key] {
			return j
		}
	}
	if g.kind(j+1) == iLink {
		return j + 1
	}
	return j
}

// passiveAgent returns the link item after "được" and the body or post
// that appoints written from item j on ("được HĐND tỉnh bầu vào chức
// danh", "đã được Thủ tướng bổ nhiệm làm", "được Ban Thường vụ Tỉnh ủy chỉ
// định làm"), j when there is none.
func (g *grammar) passiveAgent(j int) int {
	if g.kind(j) != iOther {
		return j
	}
	toks := g.p.toks
	k := g.items[j].a
	if toks[k].key == "người" && g.isSep(j-1, ",-") {
		k++ // "A, người vừa được Bộ Chính trị chỉ định làm T"
	}
	for k < g.items[j].b && clauseAdverbs[toks[k].key] {
		k++
	}
	if k >= g.items[j].b || toks[k].key != "được" {
		return j
	}
	for l := j + 1; l < len(g.items) && l <= j+9; l++ {
		switch it := g.items[l]; {
		case it.kind == iLink:
			if agentLinks[toks[it.a].key] && g.p.afterAgent(it.a) {
				return l
			}
			return j
		case it.kind == iName && !it.fromTtl, it.kind == iOther, it.kind == iTitle && !it.adjacent && !it.plural:
		case g.isSep(l, ",") && g.kind(l+1) == iLink:
			// "được Bộ Chính trị điều động, chỉ định làm"
		default:
			return j
		}
	}
	return j
}

// afterDetails returns the comma before the posts when personal details
// stand between a name and them ("A, sinh năm 1970, quê Nghệ An, dân tộc
// Tày, Phó Bí thư Tỉnh ủy …"), else j, the item after the name.
func (g *grammar) afterDetails(j int) int {
	e := j
	for n := 0; n < 6 && g.isSep(e, ",") && g.detailAt(e+1); n++ {
		k := e + 1
		for k < len(g.items) && k < e+8 && g.kind(k) != iTitle && g.kind(k) != iLink && g.kind(k) != iHon && !g.isSep(k, ",.;:\n()") {
			k++
		}
		if !g.isSep(k, ",") {
			return j
		}
		e = k
	}
	if e > j && g.kind(e+1) == iTitle && !g.items[e+1].adjacent && !g.items[e+1].plural {
		return e
	}
	if e > j && g.kind(e+1) == iLink && g.kind(e+2) == iTitle && !g.items[e+2].adjacent && !g.items[e+2].plural {
		return e // "A, sinh năm 1970, quê Nghệ An, làm T"
	}
	return j
}

// misspeltPost returns the separator item that closes a post written with
// a head the lexicon does not know, from item j on, or j when there is
// none: two to eight words up to a comma or a dash, no function word after
// the head's two, the first capitalised and opening a head ("Phó Bí Tỉnh ủy", "Phó
// Chủ Thường trực HĐND huyện"), more capitalised or organisation words
// after the first two, and a post the lexicon knows after the separator
// ("…, Chủ tịch UBND tỉnh"), so that the chain of posts goes on.
func (g *grammar) misspeltPost(j int) int {
	if g.kind(j) != iName && g.kind(j) != iOther || g.items[j].fromTtl {
		return j
	}
	p := g.p
	a := g.items[j].a
	if !p.toks[a].capital || !p.titleWords(a) {
		return j
	}
	e := j
	for e < len(g.items) && e-j <= 5 && (g.kind(e) == iOther || g.kind(e) == iName && !g.items[e].fromTtl) {
		e++
	}
	if !g.isSep(e, ",-") || g.kind(e+1) != iTitle || g.items[e+1].adjacent || g.items[e+1].plural {
		return j
	}
	end := g.items[e].a
	if end-a < 2 || end-a > 8 {
		return j
	}
	body := false
	for k := a; k < end; k++ {
		t := &p.toks[k]
		if t.kind != kWord || k >= a+2 && p.lex.isStop(t) {
			return j // (the head's own words may be function words elsewhere: "chủ")
		}
		if k >= a+2 && (t.capital || t.upper || p.lex.orgs.match(p.toks, k) > 0) {
			body = true
		}
	}
	if !body {
		return j
	}
	return e
}

// readAsPost makes items j to e-1 one title item: a post misspeltPost
// found.
func (g *grammar) readAsPost(j, e int) {
	a, b := g.items[j].a, g.items[e].a
	g.items[j] = item{kind: iTitle, a: a, b: b, title: titleSpan{start: a, end: b, headEnd: a + 1}}
	for k := j + 1; k < e; k++ {
		g.items[k].kind = iOther
	}
}

// detailAt reports whether item i opens a personal detail: a birth year
// or date, home province, ethnic group or age ("sinh năm 1970", "quê Nghệ
// An", "dân tộc Tày", "52 tuổi").
func (g *grammar) detailAt(i int) bool {
	if i >= len(g.items) || g.kind(i) == iSep {
		return false
	}
	toks := g.p.toks
	a := g.items[i].a
	next := ""
	if a+1 < len(toks) {
		next = toks[a+1].key
	}
	switch toks[a].key {
	case "sinh":
		return next == "năm" || next == "ngày"
	case "năm":
		return next == "sinh"
	case "quê", "trú":
		return true
	case "nguyên":
		return next == "quán"
	case "thường":
		return next == "trú"
	case "dân":
		return next == "tộc"
	}
	return toks[a].digits && next == "tuổi"
}

// chainGoesOn reports whether a chain of titles goes on at item e: a
// separator and a further title, or a linking verb (after a comma or
// adverbs).
func (g *grammar) chainGoesOn(e int) bool {
	if g.isSep(e, ",-/&") && g.kind(e+1) == iTitle && !g.items[e+1].adjacent && !g.items[e+1].plural {
		return true
	}
	if g.isSep(e, ",") {
		e++
	}
	if g.adverbs(e) {
		e++
	}
	return g.kind(e) == iLink
}

// partyStops end a party's name read after "Đảng" (whose own words, "dân
// chủ", "nhân dân", may be stop words elsewhere).
var partyStops = map[string]bool{"của": true, "tại": true, "và": true, "với": true, "cho": true, "trong": true,
	"về": true, "là": true, "đã": true, "được": true, "thì": true, "do": true}

// unreadTail returns the end of the few words left after title item i-1
// that still belong to its body (i when there are none): up to four words
// on the title's line, the first capitalised, none a function word, read as
// other words or as one-syllable "names" (after "Đảng" or "Hội", the first
// may be small and the names longer, if the last word is capitalised).
func (g *grammar) unreadTail(i int) int {
	if g.kind(i-1) != iTitle || i >= len(g.items) {
		return i
	}
	p := g.p
	a := g.items[i].a
	// "Đảng dân chủ Pa Thết": after a party or an association the name may
	// start small, if it ends in a capitalised word
	party := false
	if last := &p.toks[g.items[i-1].b-1]; last.capital && (last.key == "đảng" || last.key == "hội") && !p.toks[a].capital {
		party = true
	} else if !p.toks[a].capital || p.toks[a].upper {
		return i
	}
	e := i
	for e < len(g.items) && (g.kind(e) == iOther || g.kind(e) == iName && (party || g.items[e].b-g.items[e].a == 1)) {
		if g.items[e].b-a > 4 {
			return i
		}
		for k := g.items[e].a; k < g.items[e].b; k++ {
			if t := &p.toks[k]; t.kind != kWord || (party && partyStops[t.key] || !party && p.lex.stop[t.key]) || k > a && !t.space {
				return i
			}
		}
		e++
	}
	if party && (e == i || !p.toks[g.items[e-1].b-1].capital) {
		return i
	}
	return e
}

// giveAll gives the collected titles to name item ni. After "TITLE NAME, "
// a title followed by a verb starts a new clause ("…Kiều Ngọc Vũ, Chủ tịch
// UBND thành phố yêu cầu ông…"): it is the subject, not an apposition; and
// titles that run on into the title closing another name are that name's.
func (g *grammar) giveAll(ni int, got []int, comma bool, next int) bool {
	got = g.dropLeftRepeats(ni, got)
	if len(got) == 0 {
		return false
	}
	if comma && g.items[ni].fromTtl && next < len(g.items) && !g.isSep(next, ".;,\n-") && g.afterPreposition(ni-1) {
		return false
	}
	if comma && !g.items[ni].fromTtl && next < len(g.items) && g.kind(next) != iSep && g.kind(next) != iLink && g.openedBy(ni) {
		// "Đối với đồng chí A, Bí thư Tỉnh ủy nhấn mạnh …": the comma
		// closes the phrase, and the title is the main clause's subject
		return false
	}
	if comma && g.items[ni].fromTtl && g.isSep(next, ",-") && g.kind(next+1) == iTitle && g.items[next+1].adjacent {
		// "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội A, Ủy viên Trung ương
		// Đảng, Phó Thủ tướng B": the chain began title first, and the
		// titles after A lead to B's name: they are B's
		return false
	}
	for _, t := range got {
		g.give(ni, t)
	}
	return true
}

// dropLeftRepeats drops from got (title items for name item ni, in
// order) the posts left ("thôi giữ chức T", "thôi không kiêm nhiệm T")
// that the person was presented with just before, written cut inside a
// word: "A, Bí thư Tỉnh, …, nay thôi giữ chức Bí thư Tỉnh ủy" names one
// post, not two.
func (g *grammar) dropLeftRepeats(ni int, got []int) []int {
	left := false
	var out []int // made at the first post dropped: till then got is kept whole
	for n, t := range got {
		if g.kind(t-1) == iLink {
			left = g.leftLink(t - 1)
		}
		if left && g.repeatsHeld(ni, got[:n], t) {
			if out == nil {
				out = append(make([]int, 0, len(got)), got[:n]...)
			}
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return got
	}
	return out
}

// leftLink reports whether link item l says a post is left: "thôi giữ
// chức", "thôi không kiêm nhiệm".
func (g *grammar) leftLink(l int) bool {
	a := g.items[l].a
	toks := g.p.toks
	return a > 0 && (toks[a-1].key == "thôi" || toks[a-1].key == "không" && a > 1 && toks[a-2].key == "thôi")
}

// repeatsHeld reports whether a title already given to the person of name
// item ni, or one of the title items held, is title item t cut inside a
// word: its words begin t's, and its last word with t's next one is one
// organisation word ("Bí thư Tỉnh" of "Bí thư Tỉnh ủy").
func (g *grammar) repeatsHeld(ni int, held []int, t int) bool {
	p := g.p
	tt := g.items[t].title
	cut := func(text string) bool {
		w := strings.Fields(titleVnKeys.get(text, vn.Key))
		n := len(w)
		if n == 0 || tt.start+n >= tt.end {
			return false
		}
		for k, x := range w {
			if p.toks[tt.start+k].key != x {
				return false
			}
		}
		return p.lex.orgs.match(p.toks, tt.start+n-1) >= 2
	}
	for _, h := range held {
		if ht := g.items[h].title; cut(p.span(ht.start, ht.end)) {
			return true
		}
	}
	if pp := g.spans[g.items[ni].name]; pp != nil {
		for _, r := range pp.titles {
			if cut(r.text) {
				return true
			}
		}
	}
	return false
}

// openedBy reports whether name item ni (after its address terms) is the
// object of a phrase that opens a clause: "Đối với", "Với", "Về phía",
// right after the start of a sentence, a line or a comma.
func (g *grammar) openedBy(ni int) bool {
	k := ni - 1
	for k >= 0 && g.items[k].kind == iHon {
		k--
	}
	toks := g.p.toks
	a := g.items[k+1].a // the first token after the phrase
	for _, ph := range [][]string{{"đối", "với"}, {"với"}, {"về", "phía"}, {"riêng", "với"}} {
		s := a - len(ph)
		if s < 0 {
			continue
		}
		ok := true
		for m, w := range ph {
			if toks[s+m].key != w {
				ok = false
				break
			}
		}
		if ok && (s == 0 || toks[s-1].kind == kLine || toks[s-1].kind == kPunct && strings.Contains(".,;:!?", toks[s-1].key)) {
			return true
		}
	}
	return false
}

// nameLine reports whether name item ni stands alone on its line (after an
// optional degree): an author or caption line whose next line is the title.
func (g *grammar) nameLine(ni int) bool {
	j := ni - 1
	for j >= 0 && g.items[j].kind == iHon {
		j--
	}
	return j < 0 || g.isSep(j, "\n")
}

// chainBefore gives name item ni (closing a title) the titles chained
// before that title: "T1, T2 NAME".
func (g *grammar) chainBefore(ni int) {
	ti := ni - 1
	g.give(ni, ti)
	j := ti - 1
	for j >= 1 && g.isSep(j, ",-/") && g.kind(j-1) == iTitle && !g.items[j-1].adjacent && !g.claimed[j-1] && !g.items[j-1].plural &&
		!g.afterPreposition(j-1) {
		g.give(ni, j-1)
		j -= 2
	}
	// "TITLE là ông NAME"
}

// prepositions put the title after them in another role ("Thừa ủy quyền của
// Chủ tịch nước, Ủy viên Bộ Chính trị A trao …": the President is not A).
var prepositions = map[string]bool{"với": true, "cho": true, "tới": true, "đến": true, "về": true,
	"theo": true, "tại": true, "gửi": true, "thăm": true, "gặp": true, "tặng": true}

// adverbs reports whether item i is only adverbs that may stand before a
// link verb ("sẽ làm", "đã được bầu", "cũng giữ chức"), or say that the
// post after it is left ("thôi giữ chức", "thôi không kiêm nhiệm"): a post
// left is still one the person held.
func (g *grammar) adverbs(i int) bool {
	if g.kind(i) != iOther {
		return false
	}
	for k := g.items[i].a; k < g.items[i].b; k++ {
		switch g.p.toks[k].key {
		case "sẽ", "đã", "cũng", "vẫn", "tiếp", "tục", "nay", "vừa", "chính", "thức", "thôi", "từng":
		case "không":
			if k == g.items[i].a || g.p.toks[k-1].key != "thôi" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// signedAbove returns the title item of an inline signature before name
// item i ("… BÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn A"), or -1.
func (g *grammar) signedAbove(i int) int {
	if !g.isSep(i-1, ")") || g.kind(i-2) != iOther || !g.isSep(i-3, "(") || g.kind(i-4) != iTitle {
		return -1
	}
	a, b := g.items[i-2].a, g.items[i-2].b
	if !g.p.keyIs(a, b, "đã ký") && !g.p.keyIs(a, b, "ký") && !g.p.keyIs(a, b, "đã ký và đóng dấu") {
		return -1
	}
	return i - 4
}

// afterOffice reports whether title item i follows "chức vụ", "chức danh".
func (g *grammar) afterOffice(i int) bool {
	if i == 0 || g.items[i-1].kind != iOther {
		return false
	}
	last := g.items[i-1].b - 1
	return last >= 0 && (g.p.toks[last].key == "vụ" || g.p.toks[last].key == "danh" || g.p.toks[last].key == "chức")
}

// afterPreposition reports whether item i follows a preposition.
func (g *grammar) afterPreposition(i int) bool {
	if i == 0 || g.items[i-1].kind != iOther {
		return false
	}
	last := g.items[i-1].b - 1
	if last >= 1 && g.p.toks[last].key == "của" && (g.p.toks[last-1].key == "quyền" || g.p.toks[last-1].key == "nhiệm" ||
		g.p.toks[last-1].key == "nghị" || g.p.toks[last-1].key == "lệnh") {
		return true // "Thừa ủy quyền của Chủ tịch nước, …", "xét đề nghị của Thủ tướng, …"
	}
	return last >= 0 && prepositions[g.p.toks[last].key]
}

func (g *grammar) run() {
	g.mergePlaceNames()
	g.mergeWardNames()
	g.mergeEponyms()
	items := g.items
	header := -1 // title item heading the current list
	listOpen := false
	listStrong := false
	bareItems := 0 // names of the open list given no title of their own
	// names up to this item are bare names coordinated after "các đồng
	// chí" ("các đồng chí Y Ngọc, A Pớt, Lê Văn C"): the address term is
	// theirs too, and vouches for names of any shape
	coordUntil := -1
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.kind == iSep && (it.sep == "." || it.sep == "\n") {
			header, listOpen, listStrong = -1, false, false
			continue
		}
		// list headers: "các đồng chí Ủy viên BTV Tỉnh ủy:", "Các Phó Chủ
		// tịch UBND thành phố:", "Phó Trưởng Ban Chỉ đạo gồm:", "các đồng chí:"
		// A title after "làm" or "là" is what someone is made ("… do Phó
		// Chủ tịch UBND tỉnh làm trưởng đoàn gồm: …"), not a list header,
		// unless it is written for several people.
		if it.kind == iTitle && !it.adjacent && !(g.ownedBy(i) && (g.kind(i+1) == iGom || g.kind(i+2) == iGom)) &&
			!(g.kind(i-1) == iLink && !g.counted(i)) {
			// "3 Phó Bí thư Tỉnh ủy khóa 16, nhiệm kỳ 2025-2030, gồm …":
			// the term of the posts stands between the title and gồm
			j := g.afterNewTerm(i + 1)
			if k := g.chosenBy(j); k > j && g.counted(i) && g.kind(k) == iGom {
				// "Bốn Phó Bí thư Tỉnh ủy được chỉ định gồm …": how the
				// counted holders came to the post, between it and gồm
				j = k
			}
			gom := j // the item of gồm, if there is one
			if g.kind(j) == iGom {
				j++
			} else if g.isSep(j, ",") && g.kind(j+1) == iGom && g.p.toks[items[j+1].a].key != "có" &&
				(g.isSep(j+2, ":") || g.counted(i) || j > i+1) {
				// "Ba Phó Chủ tịch UBND huyện, gồm: …": a comma before
				// the header's gồm
				gom = j + 1
				j += 2
			}
			_, pl := g.honBefore(i)
			if g.kind(gom) == iGom && g.p.toks[items[gom].a].key != "có" {
				// "gồm các ông:", "gồm các bà:", "gồm các ông, bà:": the
				// members are people, named after the colon
				if e := g.pluralPeople(j); e > j && g.isSep(e, ":") && g.counted(i) {
					j = e
					pl = true
				}
			}
			if g.isSep(j, ":") && (j == i+1 || g.kind(gom) == iGom) {
				header, listOpen, bareItems = i, true, 0
				listStrong = listStrong || pl
				g.claimed[i] = true
				i = j
				continue
			}
			// "Phó Trưởng ban chỉ đạo gồm các ông A – …; B …" (no colon)
			if g.kind(j) == iOther && g.p.keyIs(items[j].a, items[j].b, "các") {
				j++
			}
			if g.kind(gom) == iGom && g.p.toks[items[gom].a].key != "có" && g.kind(j) == iHon &&
				(items[j].plural || g.counted(i) && j == gom+1) {
				header, listOpen, bareItems = i, true, 0
				listStrong = listStrong || items[j].hon == honStrong
				g.claimed[i] = true
				i = j
				continue
			}
		}
		if it.kind == iHon && it.plural && g.isSep(i+1, ":") {
			listOpen, listStrong = true, it.hon == honStrong
			header = -1
			i++
			continue
		}
		if it.kind == iSep && it.sep == ";" && g.kind(i+1) == iTitle && g.items[i+1].plural {
			header, listOpen = -1, false
		}
		if it.kind != iName {
			if it.kind == iTitle && !it.adjacent && g.kind(i+1) == iLink && g.kind(i+2) == iTitle && !g.appoints(i+1) {
				g.corefer(i, i+2)
			}
			continue
		}
		if it.fromTtl && listOpen && header >= 0 && header != i-1 && bareItems > 0 {
			// "các Phó Thủ tướng: A, B, Bộ trưởng Bộ Quốc phòng C": after
			// bare names, an item with its own title before the name ends
			// the shared list
			header, listOpen, listStrong = -1, false, false
		}
		if hb, pl := g.honBefore(i); hb == honStrong && pl && !it.fromTtl {
			coordUntil = g.coordEnd(i, true)
		}
		inCoord := i <= coordUntil && !it.fromTtl
		ok, h := g.validName(i, listOpen || inCoord, listStrong || inCoord)
		if !ok {
			if !g.shortRef(i) {
				continue
			}
			h, _ = g.honBefore(i)
		}
		got := false
		if it.fromTtl {
			g.chainBefore(i)
			got = true
			if items[i-1].plural {
				g.pluralList(i)
			}
		} else if t := g.signedAbove(i); t >= 0 {
			g.give(i, t)
			got = true
		} else if k := i - 1; g.kind(k) == iLink && g.p.toks[items[k].a].key == "là" && g.kind(k-1) == iTitle && !items[k-1].adjacent {
			g.give(i, k-1)
			g.shareAfterLa(i, k-1, false)
			got = true
		} else if t := g.nowLa(i - 1); t >= 0 {
			// "Các Phó Chủ tịch hiện nay là A, B": the post is every name's
			g.give(i, t)
			g.shareAfterLa(i, t, items[t].plural)
			got = true
		} else if t := g.dashTitleBefore(i); t >= 0 {
			// "Giám đốc Sở Tài chính - Lê Văn Hùng phát biểu"
			g.give(i, t)
			got = true
		} else if h, _ := g.honBefore(i); h != honNone {
			k := i - 1
			for k >= 0 && items[k].kind == iHon {
				k--
			}
			_, pl := g.honBefore(i)
			if pl && g.kind(k) == iOther && g.p.keyIs(items[k].a, items[k].b, "các") && g.kind(k-1) == iLink {
				k-- // "3 Phó Chủ tịch UBND tỉnh là các ông A, B, C"
			}
			if g.kind(k) == iLink && g.p.toks[items[k].a].key == "là" && g.kind(k-1) == iTitle && !items[k-1].adjacent {
				g.give(i, k-1)
				g.shareAfterLa(i, k-1, pl)
				got = true
			} else if t := g.nowLa(k); t >= 0 {
				// "Trưởng ban hiện nay là bà A"
				g.give(i, t)
				g.shareAfterLa(i, t, pl || items[t].plural)
				got = true
			}
			// "Phó Chủ tịch UBND tỉnh, ông A cho biết": the title set
			// before the name, with a comma
			// (not a post a verb gives someone else: "… thôi giữ chức
			// Trưởng thôn, ông A cho biết"; after "là" it may be the
			// person's: "Người phát biểu là Chủ tịch UBND tỉnh, ông A")
			if !got && g.isSep(k, ",-:") && g.freeTitle(k-1) &&
				!(g.kind(k-2) == iLink && g.p.toks[items[k-2].a].key != "là") {
				g.give(i, k-1)
				got = true
			}
			// "miễn nhiệm chức vụ Chủ tịch UBND tỉnh của ông A"
			if g.kind(k) == iOther && g.p.toks[items[k].b-1].key == "của" && items[k].b-items[k].a == 1 &&
				g.kind(k-1) == iTitle && !items[k-1].adjacent && g.afterOffice(k-1) {
				g.give(i, k-1)
				got = true
			}
		}
		g.strongList = listOpen && listStrong
		_, gave := g.chainAfter(i)
		got = got || gave
		if !gave {
			// "Các đồng chí A, B và C được bầu làm Phó Bí thư": the link
			// after the last name of a list of bare names is for all
			e := g.coordEnd(i, inCoord)
			l := e + 1
			if g.adverbs(l) {
				l++ // "A, B tiếp tục giữ chức T"
			}
			ti := -1
			if e > i && g.kind(l) == iLink && g.kind(l+1) == iTitle && !items[l+1].adjacent {
				ti = l + 1
			} else if e >= i && g.kind(l) == iLink && g.adverbs(l+1) && g.kind(l+2) == iLink &&
				g.kind(l+3) == iTitle && !items[l+3].adjacent && !items[l+3].plural {
				ti = l + 3 // "A, B được bầu tiếp tục giữ chức T"
			} else if e > i {
				ti = g.sharedBracket(e)
			}
			if ti >= 0 {
				t := items[ti].title
				pp := g.personOf(it.name)
				pp.titles = append(pp.titles, titleRef{pos: g.p.toks[t.start].start, text: g.p.span(t.start, t.end)})
				got = true
			}
		}
		if listOpen && header >= 0 {
			if !it.fromTtl && !gave {
				bareItems++
			}
			g.give(i, header)
			got = true
		}
		strong := h == honStrong || listOpen && listStrong || inCoord
		if !got && strong {
			pp := g.personOf(it.name)
			pp.strong = true
		}
		if got || strong {
			pp := g.personOf(it.name)
			pp.strong = pp.strong || strong
		}
	}
}

// appoints reports whether link item i is an appointing verb in the active
// voice ("bổ nhiệm giữ chức", "điều động", "giao"): "Thủ tướng bổ nhiệm
// giữ chức T đối với ông A" makes A, not the Prime Minister, T.
func (g *grammar) appoints(i int) bool {
	k := g.p.keyBytes(g.items[i].a, g.items[i].b)
	for _, v := range []string{"bổ nhiệm", "điều động", "giao", "cử", "chỉ định", "bầu", "phân công", "bố trí", "luân chuyển"} {
		if len(k) >= len(v) && string(k[:len(v)]) == v {
			return true
		}
	}
	return false
}

// shortRef resolves "ông Toàn" (an address term and one syllable) to the
// one person met before whose full name ends with that syllable ("ông
// Nguyễn Khắc Toàn"), and reports whether it did: the name item then
// stands for that person.
func (g *grammar) shortRef(i int) bool {
	it := g.items[i]
	if it.fromTtl || it.b-it.a != 1 {
		return false
	}
	if h, _ := g.honBefore(i); h == honNone {
		return false
	}
	toks := g.p.toks
	key, pos := toks[it.a].key, toks[it.a].start
	var who *person
	for _, pp := range g.order {
		if pp.first >= pos {
			continue
		}
		sp := strings.LastIndexByte(pp.key, ' ')
		if sp < 0 || pp.key[sp+1:] != key {
			continue
		}
		if who != nil {
			return false // two people could be meant
		}
		who = pp
	}
	if who == nil {
		// "ông Lê Văn Bình" named with no post yet: "ông Bình được điều
		// động giữ chức T" is still him, when no one else fits
		at := -1
		for j := 0; j < i; j++ {
			nj := g.items[j]
			if nj.kind != iName || nj.b-nj.a < 2 || toks[nj.b-1].key != key {
				continue
			}
			if h, _ := g.honBefore(j); h == honNone {
				continue
			}
			if ok, _ := g.validName(j, false, false); !ok {
				continue
			}
			if at >= 0 {
				// (nameKey's answer lives in a buffer the next call reuses)
				prev := string(g.nameKey(g.items[at].name))
				if prev != string(g.nameKey(nj.name)) {
					return false // two people could be meant
				}
			}
			at = j
		}
		if at < 0 {
			return false
		}
		who = g.personOf(g.items[at].name)
	}
	if g.spans == nil {
		g.spans = map[nameSpan]*person{}
	}
	g.spans[it.name] = who
	return true
}

// coordEnd returns the last name item of the bare names coordinated from
// name item i on with commas and "và" ("A, B và C"), i when none follows;
// vouched says a list opened by "các đồng chí" vouches for their shape.
func (g *grammar) coordEnd(i int, vouched bool) int {
	e := i
	for g.isSep(e+1, "&,") {
		n := e + 2
		for !g.isSep(e+1, ",") && g.kind(n) == iHon {
			// "ông A và bà B": each name with its own address term (after
			// a comma, "ông A, ông B …" shares a post only where the
			// shared-link rule says so: "Theo ông A, ông B giữ chức T")
			n++
		}
		if g.kind(n) != iName || g.items[n].fromTtl {
			break
		}
		if ok, _ := g.validName(n, true, vouched); !ok {
			break
		}
		e = n
	}
	return e
}

// sharedBracket returns the title item of "(cùng giữ chức T)", "(cùng là
// T)" written right after item e, the last name of a list: T is every
// listed person's. It returns -1 when there is none.
func (g *grammar) sharedBracket(e int) int {
	if !g.isSep(e+1, "(") || g.kind(e+2) != iOther || g.p.toks[g.items[e+2].a].key != "cùng" {
		return -1
	}
	for k := g.items[e+2].a + 1; k < g.items[e+2].b; k++ {
		switch g.p.toks[k].key {
		case "đã", "đang", "từng", "được", "nguyên", "đều":
		default:
			return -1
		}
	}
	if g.kind(e+3) == iLink && g.kind(e+4) == iTitle && !g.items[e+4].adjacent && !g.items[e+4].plural {
		return e + 4
	}
	return -1
}

// ownedBy reports whether title item i, written for one person, names
// whose body or team the words before it speak of ("Tổ giúp việc của Phó
// Chủ tịch UBND tỉnh, gồm: …", "Đoàn do Chủ tịch UBND huyện, gồm: …"): the
// title is not the one of the list that follows.
func (g *grammar) ownedBy(i int) bool {
	a := g.items[i].a
	return !g.items[i].plural && a > 0 && (g.p.toks[a-1].key == "của" || g.p.toks[a-1].key == "do")
}

// afterTerm returns the item after the term of office written from item
// j on ("khóa 16", "nhiệm kỳ 2025 - 2030", "khóa XVI, nhiệm kỳ 2025-2030",
// each after an optional comma); j when there is none.
func (g *grammar) afterTerm(j int) int {
	if j >= len(g.items) {
		return j
	}
	return g.afterTermAt(j, g.items[j].a)
}

// afterNewTerm is afterTerm past a "mới" right after a post ("5 Phó Chủ
// tịch UBND tỉnh mới nhiệm kỳ 2021–2026, gồm"), whether the term follows
// it in the same item or not.
func (g *grammar) afterNewTerm(j int) int {
	if g.kind(j) != iOther || g.p.toks[g.items[j].a].key != "mới" {
		return g.afterTerm(j)
	}
	if g.items[j].b == g.items[j].a+1 {
		return g.afterTerm(j + 1) // "mới" alone
	}
	return g.afterTermAt(j, g.items[j].a+1)
}

// afterTermAt returns the item after the terms of office written from
// token a, a token of item j, on; j when there is none or it ends inside
// an item.
func (g *grammar) afterTermAt(j, a int) int {
	e := g.p.termEnd(a)
	if e == a {
		return j
	}
	for k := j; k < len(g.items) && g.items[k].a <= e; k++ {
		if g.items[k].a == e {
			return k
		}
		if g.items[k].b > e {
			return j // the term ends inside an item
		}
	}
	return j
}

// termEnd returns the token after the terms of office written from token a
// on ("nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020-2025", "khóa 16", "khóa
// XIV"), each after an optional comma, or a when there is none.
func (p *parser) termEnd(a int) int {
	toks := p.toks
	end := a
	for k := a; k < len(toks); {
		if toks[k].key == "," {
			k++
		}
		if k >= len(toks) {
			break
		}
		switch toks[k].key {
		case "nhiệm":
			if k+2 < len(toks) && toks[k+1].key == "kỳ" && isYear(toks[k+2]) {
				k += 3
				// "2021-2026", "2021 - -2026": a doubled dash too
				d := k
				for d < len(toks) && d < k+2 && toks[d].key == "-" {
					d++
				}
				if d > k && d < len(toks) && isYear(toks[d]) {
					k = d + 1
				}
				end = k
				continue
			}
		case "khóa":
			if k+1 < len(toks) && (toks[k+1].digits && len(toks[k+1].text) <= 2 || romanNumeral(toks[k+1].text)) {
				k += 2
				end = k
				continue
			}
		}
		break
	}
	return end
}

// termBefore reports whether the tokens from a to d are a term of office
// alone, with a comma after it or not: "nhiệm kỳ 2021-2026", "khóa XV,
// nhiệm kỳ 2021-2026," before "đối với".
func (p *parser) termBefore(a, d int) bool {
	e := p.termEnd(a)
	if e > a && e+1 == d && p.toks[e].key == "," {
		return true
	}
	return e == d
}

// isYear reports whether t is a four-digit year.
func isYear(t token) bool {
	return t.digits && len(t.text) == 4
}

// romanNumeral reports whether s is written in Roman numerals (I to
// XXXIX: terms of office and numbered departments).
func romanNumeral(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// pluralPeople returns the item after "các ông", "các bà", "các ông, bà",
// "các ông bà" or "các đồng chí" written from item j on, j for none.
func (g *grammar) pluralPeople(j int) int {
	if j >= len(g.items) {
		return j
	}
	toks := g.p.toks
	k := g.items[j].a
	if k >= len(toks) || toks[k].key != "các" {
		return j
	}
	k++
	n := 0
	for k < len(toks) && (toks[k].key == "ông" || toks[k].key == "bà" || toks[k].key == "đồng" && k+1 < len(toks) && toks[k+1].key == "chí") {
		if toks[k].key == "đồng" {
			k++
		}
		k++
		n++
		if k+1 < len(toks) && (toks[k].key == "," || toks[k].key == "/" || toks[k].key == "và") && (toks[k+1].key == "ông" || toks[k+1].key == "bà") {
			k++
		}
	}
	if n == 0 {
		return j
	}
	for e := j; e < len(g.items) && g.items[e].a <= k; e++ {
		if g.items[e].a == k {
			return e
		}
	}
	return j
}

// counted reports whether title item i is written for several people:
// after "các", "những" or a count word ("Ba Phó Chủ tịch UBND tỉnh gồm ông
// A, ông B và bà C").
func (g *grammar) counted(i int) bool {
	if g.items[i].plural {
		return true
	}
	a := g.items[i].a
	return a > 0 && (countWords[g.p.toks[a-1].key] || g.p.toks[a-1].digits && len(g.p.toks[a-1].text) <= 2)
}

// pluralList gives a plural title ("các nguyên Phó Bí thư Thành ủy A, B")
// to the names listed after its first name.
func (g *grammar) pluralList(ni int) {
	ti := ni - 1
	j := ni + 1
	for j+1 < len(g.items) && g.isSep(j, ",&") && g.kind(j+1) == iName && !g.items[j+1].fromTtl {
		n := j + 1
		if ok, _ := g.validName(n, true, false); !ok {
			return
		}
		if g.isSep(n+1, ",-") && g.kind(n+2) == iTitle {
			return // "B, TITLE": B is a new item with its own titles
		}
		pp := g.personOf(g.items[n].name)
		t := g.items[ti].title
		pp.titles = append(pp.titles, titleRef{pos: g.p.toks[t.start].start, text: g.p.span(t.start, t.end)})
		j = n + 1
	}
}

// chosenBy returns the item after "được" and the verb of an election or an
// appointment ("được bầu", "được chỉ định", "được bổ nhiệm", "được phân
// công") written from item j on, between a counted post and the gồm of its
// holders; j when there is none. The scanner makes one link item of the
// two or two items.
func (g *grammar) chosenBy(j int) int {
	if k := g.kind(j); k != iOther && k != iLink {
		return j
	}
	a, b := g.items[j].a, g.items[j].b
	if g.p.toks[a].key != "được" || b-a > 3 {
		return j
	}
	if b-a > 1 {
		if chosenVerbs[g.p.keyOf(a+1, b)] {
			return j + 1
		}
		return j
	}
	if k := g.kind(j + 1); (k == iLink || k == iOther) && chosenVerbs[g.p.keyOf(g.items[j+1].a, g.items[j+1].b)] {
		return j + 2
	}
	return j
}

// chosenVerbs are the verbs after "được" in chosenBy.
var chosenVerbs = map[string]bool{"bầu": true, "chỉ định": true, "bổ nhiệm": true, "phân công": true,
	"bầu bổ sung": true, "bầu lại": true}

// countWords say that a title before "là" is held by several people: "Hai
// phó giám đốc là A và B".
var countWords = map[string]bool{"hai": true, "ba": true, "bốn": true, "năm": true, "sáu": true, "bảy": true,
	"các": true, "những": true, "02": true, "03": true, "04": true, "05": true}

// nowLa returns the title item written before "hiện nay là", "hiện là",
// "hiện tại là" or "đương nhiệm là", k being the item of "là" ("Các Phó Chủ
// tịch hiện nay là A, B", "Trưởng ban hiện là bà A"), or -1.
func (g *grammar) nowLa(k int) int {
	if g.kind(k) != iLink || g.p.toks[g.items[k].a].key != "là" || g.kind(k-1) != iOther {
		return -1
	}
	a, b := g.items[k-1].a, g.items[k-1].b
	if !g.p.keyIs(a, b, "hiện nay") && !g.p.keyIs(a, b, "hiện tại") && !g.p.keyIs(a, b, "đương nhiệm") &&
		!g.p.keyIs(a, b, "hiện") {
		return -1
	}
	if t := k - 2; g.kind(t) == iTitle && !g.items[t].adjacent && !g.claimed[t] {
		return t
	}
	return -1
}

// dashTitleBefore returns the title item set before bare name item ni with
// a dash ("Bí thư Huyện ủy – Lê Văn Hùng trao quà"), or -1: not a post a
// verb or preposition gives someone else, nor one already taken.
func (g *grammar) dashTitleBefore(ni int) int {
	t := ni - 2
	if !g.isSep(ni-1, "-") || !g.freeTitle(t) || g.kind(t-1) == iLink {
		return -1
	}
	if h, _ := g.honBefore(ni); h != honNone {
		return -1
	}
	return t
}

// freeTitle reports whether item t is a title set before a name that may
// be that name's: one post, not written with a name of its own, not taken,
// not a post a preposition or "on behalf of" gives someone else, not the
// head of an organisation's name.
func (g *grammar) freeTitle(t int) bool {
	if g.kind(t) != iTitle {
		return false
	}
	it := g.items[t]
	return !it.adjacent && !it.plural && !g.claimed[t] && !g.afterPreposition(t) && !g.onBehalf(t) &&
		!g.p.insideOrg(it.title.start, it.title.headEnd)
}

// nowLaNamed reports whether title item t is followed by "hiện nay là" and
// a name or address term: the post is that person's ("…, Phó Chủ tịch hiện
// là ông B").
func (g *grammar) nowLaNamed(t int) bool {
	return g.nowLa(t+2) == t && (g.kind(t+3) == iName || g.kind(t+3) == iHon)
}

// shareAfterLa gives title item ti, written after a count word and before
// "là" and name item ni, to the names coordinated after ni ("Hai phó giám
// đốc công an tỉnh là Đại tá A và Thượng tá B"), or when plural says the
// names follow a plural address term ("là các ông A, B và C").
func (g *grammar) shareAfterLa(ni, ti int, plural bool) {
	a := g.items[ti].a
	if !plural && !g.items[ti].plural && !(a > 0 && (countWords[g.p.toks[a-1].key] || g.p.toks[a-1].digits && len(g.p.toks[a-1].text) <= 2)) {
		return
	}
	j := ni + 1
	for g.isSep(j, ",&") {
		j++
		for g.kind(j) == iHon {
			j++
		}
		if g.kind(j) != iName || g.items[j].fromTtl {
			return
		}
		if ok, _ := g.validName(j, true, false); !ok {
			return
		}
		g.give(j, ti)
		j++
	}
}

// farLinks gives a title reached through a long sentence to its only named
// person: "… điều động đồng chí A, T1, đến nhận công tác tại xã X, chỉ định
// tham gia Ban Chấp hành và giữ chức T2". The link must say an appointment
// ("giữ chức", "bầu", "bổ nhiệm"), and between the sentence start and the
// link there must be one person and no title left to someone unnamed. The
// person is one already holding a post, or the one named by the verb of
// appointment that opens the sentence ("chỉ định ông A tham gia Ban Chấp
// hành, Ban Thường vụ và giữ chức T").
func (g *grammar) farLinks() {
	for j := range g.items {
		if g.items[j].kind != iLink {
			continue // (before copying the item)
		}
		it := g.items[j]
		if it.kind != iLink || g.kind(j+1) != iTitle || g.items[j+1].adjacent || g.claimed[j+1] || g.items[j+1].plural {
			continue
		}
		k := g.p.keyBytes(it.a, it.b)
		if !bytes.Contains(k, []byte("giữ chức")) && !bytes.Contains(k, []byte("bầu")) && !bytes.Contains(k, []byte("bổ nhiệm")) {
			continue
		}
		if it.a > 0 && (g.p.toks[it.a-1].key == "thôi" || g.p.toks[it.a-1].key == "không") {
			continue // "thôi giữ chức": a post left, told elsewhere
		}
		var who *person
		ni := -1
		act := g.activeAppointing(it.a, it.b, 0) // the verb's subject appoints
		for b := j - 1; b >= 0 && !g.isSep(b, ".\n"); b-- {
			bi := g.items[b]
			if bi.kind == iOther || bi.kind == iLink {
				act = g.activeAppointing(bi.a, bi.b, act)
			}
			if bi.kind == iTitle && !g.claimed[b] {
				if g.kind(b-1) == iLink && g.items[b-1].a > 0 && g.p.toks[g.items[b-1].a-1].key == "thôi" {
					continue // "thôi giữ chức T": a post left, no one unnamed
				}
				ni = -1
				break
			}
			if bi.kind != iName {
				continue
			}
			pp := g.people[string(g.nameKey(bi.name))]
			if pp == nil && g.kind(b-1) != iHon {
				continue // a place or a body written like a name ("xã Bình Minh", "Ban Chấp hành")
			}
			obj := g.appointedObject(b)
			if !obj && act > 0 {
				// "Chủ tịch UBND tỉnh A ký quyết định điều động cán bộ giữ
				// chức T": A appoints; T is someone else's
				ni = -1
				break
			}
			if pp == nil && !obj || ni >= 0 && pp != who {
				ni = -1
				break
			}
			who, ni = pp, b
			if obj {
				break // the people before the verb appoint ("Theo ông B, … chỉ định ông A …")
			}
		}
		if ni >= 0 {
			g.give(ni, j+1)
		}
	}
}

// sharedLinks gives the post linked after the last of people coordinated
// with "và" or a comma, each with an address term and titles of their own
// or none, to the others too: "bầu ông A, T_A và ông B, T_B giữ chức X",
// "Ông A – T_A và ông B – T_B được bầu làm X", "bầu đồng chí A, đồng chí B
// giữ chức X", "Đồng chí A và đồng chí B được cử làm X". The first person
// must open the sentence or be named by a verb of appointment ("Theo đó,
// ông A – T_A và …" opens it too; "Theo ông A, ông B giữ chức X" does not
// give A the post).
func (g *grammar) sharedLinks() {
	for j := range g.items {
		if g.items[j].kind != iLink {
			continue // (before copying the item)
		}
		it := g.items[j]
		if it.kind != iLink || g.kind(j+1) != iTitle || g.items[j+1].adjacent || !g.claimed[j+1] || g.items[j+1].plural {
			continue
		}
		// back over the last person's titles to the name
		b := j - 1
		if g.adverbs(b) {
			b-- // "… và đồng chí B tiếp tục giữ chức X"
		}
		// each person with an address term, then their titles
		honNamed := func(a int) int {
			a = g.pastPosts(a)
			if g.kind(a) != iName || g.kind(a-1) != iHon {
				return -1
			}
			return a
		}
		if b = honNamed(b); b < 0 {
			continue
		}
		firsts := g.listBefore(b, func(h int) int { return honNamed(h - 1) })
		if len(firsts) == 0 {
			continue
		}
		b = firsts[len(firsts)-1]
		h, _ := g.beforeHons(b)
		if !(h < 0 || g.isSep(h, ".\n:") || g.openingPhrase(h) || g.appointedObject(b) || g.afterLinkedClause(h)) {
			continue
		}
		for _, a := range firsts {
			if ok, _ := g.validName(a, false, false); ok {
				g.give(a, j+1)
			}
		}
	}
}

// listBefore returns the names listed before name item b ("A …, B … và
// b"), nearest first: prev gives the name written before separator item h
// (past what that person carries), or -1 when the list stops there.
func (g *grammar) listBefore(b int, prev func(h int) int) []int {
	var firsts []int
	for {
		h, _ := g.beforeHons(b)
		if !g.isSep(h, "&,") {
			return firsts
		}
		a := prev(h)
		if a < 0 {
			return firsts
		}
		firsts = append(firsts, a)
		b = a
	}
}

// beforeHons returns the item before the address terms written before
// item b, and whether one of them is plural ("các ông").
func (g *grammar) beforeHons(b int) (int, bool) {
	h, plural := b-1, false
	for g.kind(h) == iHon {
		plural = plural || g.items[h].plural
		h--
	}
	return h, plural
}

// pastPosts returns the item before the posts set after a name with commas
// or dashes, ending at item a ("A, T1, T2"), or a when there are none.
func (g *grammar) pastPosts(a int) int {
	for g.kind(a) == iTitle && !g.items[a].adjacent && g.isSep(a-1, ",-") {
		a -= 2
	}
	return a
}

// bracketLinks gives the post linked after a list of people, each with
// own posts in brackets, to every person of the list: "các ông A (T_A), B
// (T_B) và C (T_C) được bầu làm P" makes A, B and C P. The list opens with
// a plural address term, a sentence or a clause.
func (g *grammar) bracketLinks() {
	for j := range g.items {
		if g.items[j].kind != iLink || g.kind(j+1) != iTitle || g.items[j+1].adjacent || g.items[j+1].plural {
			continue
		}
		b, ok := g.bracketBefore(j)
		if !ok || g.kind(b) != iName {
			continue
		}
		// each person with or without posts in brackets
		firsts := g.listBefore(b, func(h int) int {
			a, ok := g.bracketBefore(h)
			if !ok {
				a = h - 1
			}
			if g.kind(a) != iName || g.items[a].fromTtl {
				return -1
			}
			return a
		})
		if len(firsts) == 0 {
			continue
		}
		h, plural := g.beforeHons(firsts[len(firsts)-1])
		if !(plural || h < 0 || g.isSep(h, ".\n:") || g.openingPhrase(h)) {
			continue
		}
		for _, a := range firsts {
			if ok, _ := g.validName(a, true, plural); ok {
				g.give(a, j+1)
			}
		}
	}
}

// pronounLinks gives a post linked to a bare "ông" or "bà" that opens a
// clause ("Từ năm 2019 đến 2024, ông là Chủ tịch UBND tỉnh") to the person
// named last, when no one else was named since and that person was not
// named with the other address term.
func (g *grammar) pronounLinks() {
	toks := g.p.toks
	last := -1
	for j := range g.items {
		it := &g.items[j] // (read only: an item is some 120 bytes)
		if it.kind == iName {
			ok, _ := g.validName(j, false, false)
			h, _ := g.honBefore(j)
			switch {
			case ok && (g.spans[it.name] != nil || it.fromTtl || h != honNone):
				last = j
			case h != honNone:
				last = -1 // someone named, not as a person we know
			}
			continue
		}
		if it.kind != iLink || last < 0 {
			continue
		}
		// "ông từng giữ các chức vụ: T1; T2"
		t := g.postAfterLink(j)
		if t < 0 || g.items[t].plural || g.claimed[t] {
			continue
		}
		a := it.a
		for a >= 1 && clauseAdverbs[toks[a-1].key] {
			a-- // "ông từng", "ông đã từng"
		}
		if a < 1 || toks[a-1].key != "ông" && toks[a-1].key != "bà" {
			continue
		}
		if a >= 2 && toks[a-2].kind == kWord {
			continue // "… cho biết ông là …": not a clause's subject
		}
		if b := g.items[last].a; b > 0 && (toks[b-1].key == "ông" || toks[b-1].key == "bà") && toks[b-1].key != toks[a-1].key {
			continue
		}
		g.give(last, t)
		for k := t + 1; g.isSep(k, ",;") && g.kind(k+1) == iTitle; k += 2 {
			if ti := g.items[k+1]; ti.adjacent || ti.plural || g.claimed[k+1] {
				break
			}
			g.give(last, k+1) // "ông là T1, T2", "ông từng giữ các chức vụ: T1; T2"
		}
	}
}

// clauseAdverbs may stand between the subject of a clause and its verb
// ("ông từng giữ", "bà đã từng đảm nhiệm", "người vừa được bầu").
var clauseAdverbs = map[string]bool{"vừa": true, "mới": true, "đã": true, "cũng": true, "từng": true, "đang": true}

// bracketBefore returns the item before the bracket that closes right
// before item j ("B (Bí thư Huyện ủy)" + j), and whether there is one:
// a bracket of a few items holding no name.
func (g *grammar) bracketBefore(j int) (int, bool) {
	if !g.isSep(j-1, ")") {
		return j - 1, false
	}
	for k := j - 2; k >= 0 && k > j-14; k-- {
		if g.isSep(k, "(") {
			return k - 1, k > 0
		}
		if g.kind(k) == iName || g.kind(k) == iHon || g.isSep(k, ".;\n)") {
			break
		}
	}
	return j - 1, false
}

// afterLinkedClause reports whether the comma at item h closes a clause
// that linked a post to its own subject ("A được bầu làm Chủ tịch, B, C
// giữ chức Phó Chủ tịch"): the people after it start a new clause.
func (g *grammar) afterLinkedClause(h int) bool {
	return g.isSep(h, ",") && g.kind(h-1) == iTitle && !g.items[h-1].adjacent && g.claimed[h-1] && g.kind(h-2) == iLink
}

// openingPhrase reports whether the comma at item h closes a phrase that
// opens the sentence ("Theo đó,", "Tại kỳ họp,").
func (g *grammar) openingPhrase(h int) bool {
	if !g.isSep(h, ",") {
		return false
	}
	k := h - 1
	for ; k >= 0 && h-k <= 3; k-- {
		if g.isSep(k, ".\n") {
			return k < h-1
		}
		if g.kind(k) != iOther && g.kind(k) != iName {
			return false // (a capitalised first word is read as a name: "Theo đó,")
		}
	}
	return k < 0 && h > 0
}

// activeAppointing folds the words [a, b), read right to left after
// state st, into the state of farLinks' look back: 1 once an appointing
// verb ("bổ nhiệm", "điều động", "chỉ định", "luân chuyển", "phân công")
// is met, -1 once "được" or "nhận" stands before it (the person is the
// appointee), else st.
func (g *grammar) activeAppointing(a, b, st int) int {
	toks := g.p.toks
	for k := b - 1; k >= a; k-- {
		if st < 0 {
			return st
		}
		switch toks[k].key {
		case "được", "nhận":
			if st > 0 {
				st = -1
			}
		case "nhiệm", "động", "định", "chuyển", "công":
			if k > 0 && appointVerbs[toks[k-1].key+" "+toks[k].key] {
				st = 1
			}
		}
	}
	return st
}

// appointVerbs are the verbs of appointing that activeAppointing looks for.
var appointVerbs = map[string]bool{"bổ nhiệm": true, "điều động": true, "chỉ định": true, "luân chuyển": true, "phân công": true}

// appointedObject reports whether name item b, written after an address
// term, is the one a verb of appointment names: "chỉ định ông A", "bổ
// nhiệm bà B", "điều động đồng chí C", "bầu ông D".
func (g *grammar) appointedObject(b int) bool {
	k := b - 1
	for g.kind(k) == iHon {
		k--
	}
	if g.kind(k) != iOther || g.items[k].b-g.items[k].a < 1 {
		return false
	}
	if ok, _ := g.validName(b, false, false); !ok {
		return false
	}
	last := g.items[k].b - 1
	prev := ""
	if last > 0 {
		prev = g.p.toks[last-1].key
	}
	switch g.p.toks[last].key {
	case "bầu":
		return true
	case "định":
		return prev == "chỉ"
	case "nhiệm":
		return prev == "bổ"
	case "động":
		return prev == "điều"
	case "sung":
		return prev == "bổ" && last > 1 && g.p.toks[last-2].key == "bầu" // "bầu bổ sung ông A"
	}
	return false
}

// officeLinks gives the posts named after "chức vụ" or "chức danh" to the
// people named after "đối với" that closes them: "phê chuẩn kết quả bầu
// chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 đối với ông A, Giám đốc
// Sở Tài chính và ông B, Giám đốc Sở Y tế", "miễn nhiệm chức danh Chủ tịch
// UBND và đại biểu HĐND tỉnh đối với ông C". Several posts joined by "và"
// or a comma are all given; so are the people coordinated after the first.
func (g *grammar) officeLinks() {
	toks := g.p.toks
	next := -1 // the title item that continues a list of "T đối với ông A" items
	for k := range g.items {
		if g.items[k].kind != iOther || g.items[k].b-g.items[k].a < 2 {
			continue // (before copying the item)
		}
		it := g.items[k]
		if it.kind != iOther || it.b-it.a < 2 || toks[it.b-2].key != "đối" || toks[it.b-1].key != "với" {
			continue
		}
		posts := g.officePosts(k, it.b-2, k-1 == next)
		if len(posts) == 0 {
			continue
		}
		j := k + 1
		colon := g.isSep(j, ":")
		if colon {
			j++ // "đối với: ông A, ông B"
		}
		for {
			for g.kind(j) == iHon {
				j++
			}
			if g.kind(j) == iTitle && g.items[j].adjacent {
				j++
			}
			if g.kind(j) != iName {
				break
			}
			if ok, _ := g.validName(j, false, false); !ok {
				break
			}
			for _, t := range posts {
				g.give(j, t)
			}
			// the person's own titles: ", Giám đốc Sở Y tế"
			j++
			for g.isSep(j, ",-") && g.kind(j+1) == iTitle && !g.items[j+1].adjacent && !g.isOfficeFor(j+2) {
				j = g.afterTerm(j + 2)
			}
			seps := "&,"
			if colon {
				seps = "&,;" // "đối với: bà A, T; ông B, ông C"
			}
			if e := g.purposeEnd(j); e > j && g.isSep(e, "&,;") && g.kind(e+1) == iHon && g.listItemAt(e+1) {
				// "ông A, để nghỉ hưu; ông B để …": each item's purpose
				// is passed over
				j, seps = e, "&,;"
			} else if g.isSep(j, ";") && g.kind(j+1) == iHon && g.listItemAt(j+1) {
				seps = "&,;" // "đối với ông A; bà B để …"
			}
			if g.isSep(j, ",;&") && g.kind(j+1) == iTitle && !g.items[j+1].adjacent && g.isOfficeFor(j+2) {
				// "…; Phó Chủ tịch UBND tỉnh đối với ông B": the next item
				// of the list
				next = j + 1
				break
			}
			if !g.isSep(j, seps) || g.kind(j+1) != iHon && g.kind(j+1) != iName && !(g.kind(j+1) == iTitle && g.items[j+1].adjacent) {
				break
			}
			j++
		}
	}
}

// purposeEnd returns the item after the purpose clause at item j, with
// the comma before it, in a list of people after "đối với": ", để nghỉ hưu
// theo chế độ", "vì lý do sức khỏe", "do chuyển công tác", "theo nguyện
// vọng"; j when there is none.
func (g *grammar) purposeEnd(j int) int {
	i := j
	if g.isSep(i, ",") {
		i++
	}
	if g.kind(i) != iOther {
		return j
	}
	switch g.p.toks[g.items[i].a].key {
	case "để", "vì", "do", "theo", "nhằm":
	default:
		return j
	}
	// "để thay ông C, Giám đốc Sở; bà B …": a person in the purpose is
	// passed over up to the semicolon that ends the item
	named := false
	for k := i + 1; k < len(g.items) && !g.isSep(k, ".\n"); k++ {
		if g.isSep(k, ";") {
			if named {
				return k
			}
			break
		}
		named = named || g.kind(k) == iName
	}
	return i + 1
}

// listItemAt reports whether item i opens one more person of a list after
// "đối với": an address term and a name, the person's own titles, then a
// purpose, a semicolon, "và", the sentence end or the text end.
func (g *grammar) listItemAt(i int) bool {
	for g.kind(i) == iHon {
		i++
	}
	if g.kind(i) != iName {
		return false
	}
	i++
	for g.isSep(i, ",-") && g.kind(i+1) == iTitle && !g.items[i+1].adjacent {
		i = g.afterTerm(i + 2)
	}
	return g.kind(i) == iNone || g.isSep(i, ".;&\n") || g.purposeEnd(i) > i
}

// isOfficeFor reports whether item i is the words "đối với" alone before
// a person, which link the post before them to that person.
func (g *grammar) isOfficeFor(i int) bool {
	if g.kind(i) != iOther || g.items[i].b-g.items[i].a != 2 {
		return false
	}
	toks := g.p.toks
	return toks[g.items[i].a].key == "đối" && toks[g.items[i].a+1].key == "với" &&
		(g.kind(i+1) == iHon || g.kind(i+1) == iName || g.isSep(i+1, ":"))
}

// listedOffices reports whether title item t opens the list after "gồm:"
// of a sentence that appoints, elects or dismisses: "miễn nhiệm các chức
// vụ, gồm: Phó Chủ tịch HĐND tỉnh đối với ông A; …".
func (g *grammar) listedOffices(t int) bool {
	if !g.isSep(t-1, ":") || g.kind(t-2) != iGom {
		return false
	}
	for b := t - 3; b >= 0 && !g.isSep(b, ".;:\n"); b-- {
		if g.kind(b) == iName {
			return false
		}
		if g.kind(b) != iOther {
			continue
		}
		k := g.p.keyBytes(g.items[b].a, g.items[b].b)
		if bytes.Contains(k, []byte("miễn nhiệm")) || bytes.Contains(k, []byte("bổ nhiệm")) || bytes.Contains(k, []byte("bãi nhiệm")) ||
			bytes.Contains(k, []byte("bầu")) || bytes.Contains(k, []byte("chuẩn y")) || bytes.Contains(k, []byte("phê chuẩn")) {
			return true
		}
	}
	return false
}

// officePosts returns the title items written after "chức vụ" or "chức
// danh" that end, with the term of office after them, right before token
// d: "chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 đối với", "chức
// danh Chủ tịch UBND và đại biểu HĐND tỉnh đối với".
func (g *grammar) officePosts(k, d int, listed bool) []int {
	// the last title before k, with only a term of office between
	t := k - 1
	if g.isSep(t, ",") && g.isSep(t-1, ")") {
		t-- // "(nhiệm kỳ 2021 – 2026), đối với"
	}
	if g.isSep(t, ")") {
		t2 := t
		// "chức danh Phó Bí thư Tỉnh ủy (nhiệm kỳ 2015 - 2020) đối với":
		// the term alone, "(Nhiệm kỳ …)" read as a name or not
		for t >= 0 && !g.isSep(t, "(") {
			if g.isSep(t, ".;:\n") {
				return nil
			}
			t--
		}
		if t < 1 || g.p.termEnd(g.items[t].a+1) != g.items[t2].a {
			return nil
		}
		d = g.items[t].a
		t--
	}
	for t >= 0 && g.items[t].kind != iTitle {
		if g.items[t].kind == iName || g.items[t].kind == iHon || g.isSep(t, ".;:\n()") {
			return nil
		}
		t--
	}
	if t < 0 || g.items[t].adjacent {
		return nil
	}
	if end := g.items[t].b; end != d && !g.p.termBefore(end, d) {
		return nil
	}
	posts := []int{t}
	for t >= 2 && g.isSep(t-1, "&,") && g.kind(t-2) == iTitle && !g.items[t-2].adjacent {
		t -= 2
		posts = append(posts, t)
	}
	if !listed && !g.afterOffice(t) && !g.afterAppointment(t) && !g.listedOffices(t) && !(g.kind(t-1) == iLink && (g.appoints(t-1) || g.relieves(t-1))) {
		return nil
	}
	return posts
}

// relieves reports whether link item i is "giữ chức" after "thôi": "HĐND
// xã cho thôi giữ chức vụ T đối với ông A".
func (g *grammar) relieves(i int) bool {
	a := g.items[i].a
	return a > 0 && g.p.toks[a].key == "giữ" && g.p.toks[a-1].key == "thôi" && g.kind(i-1) == iOther
}

// afterAppointment reports whether title item t follows a verb of
// appointment or election: "bầu", "bầu bổ sung", "bổ nhiệm", "miễn
// nhiệm", "chuẩn y".
func (g *grammar) afterAppointment(t int) bool {
	if t == 0 || g.items[t-1].kind != iOther {
		return false
	}
	last := g.items[t-1].b - 1
	if last < 1 {
		return false
	}
	switch k, prev := g.p.toks[last].key, g.p.toks[last-1].key; {
	case k == "bầu", k == "sung" && prev == "bổ":
		return true
	case k == "nhiệm" && (prev == "bổ" || prev == "miễn"), k == "y" && prev == "chuẩn":
		return true
	}
	return false
}

// onBehalfWords end the words before a title whose holder is not the person
// named next: "Thay mặt Chủ tịch UBND tỉnh, ông A", "Trả lời Bộ trưởng, bà B".
var onBehalfWords = map[string]bool{"mặt": true, "lệnh": true, "quyền": true, "diện": true, "lời": true, "cáo": true,
	"nghị": true, "phép": true, "trình": true, "mời": true, "tiếp": true, "ơn": true, "mừng": true}

// onBehalf reports whether title item i follows such words.
func (g *grammar) onBehalf(i int) bool {
	a := g.items[i].a
	return a > 0 && onBehalfWords[g.p.toks[a-1].key]
}

// electedLinks gives the post after "vào" that closes an election to every
// person named between the verb and "vào": "bầu bổ sung ông A, T_A, bà B
// và ông C vào Ủy viên Ủy ban MTTQ …", "bầu … gồm: A - T_A; B - T_B và C
// vào T". A person counts when an address term or a title of their own
// vouches for the name, or the grammar already made them an official.
func (g *grammar) electedLinks() {
	for j := range g.items {
		it := &g.items[j] // (read only: an item is some 120 bytes)
		if it.kind != iLink || it.b != it.a+1 || g.p.toks[it.a].key != "vào" || g.kind(j+1) != iTitle || g.items[j+1].adjacent {
			continue
		}
		var names []int
		elected := false
		for b := j - 1; b >= 0 && !g.isSep(b, ".\n"); b-- {
			bi := &g.items[b]
			if bi.kind == iOther && g.p.hasElectionVerb(bi.a, bi.b) {
				elected = true
				break
			}
			if bi.kind != iName {
				continue
			}
			ok, h := g.validName(b, false, false)
			if ok && (h != honNone || bi.fromTtl || g.people[string(g.nameKey(bi.name))] != nil) {
				names = append(names, b)
			}
		}
		if !elected {
			continue
		}
		for _, ni := range names {
			g.give(ni, j+1)
		}
	}
}
