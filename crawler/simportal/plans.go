package simportal

import (
	"fmt"
	"strings"
	"time"

	"github.com/vnarchive/vnarchive/data"
)

// event: opening with the date, delegates, a photo, content with
// citations, a speech, an official's photo, people, closing.
func (c *composer) event(general, specific []holder) {
	g, a := c.g, c.a
	evDay := a.pub.AddDate(0, 0, -g.intn(3))
	evDay = time.Date(evDay.Year(), evDay.Month(), evDay.Day(), 0, 0, 0, 0, vnZone)
	c.tb.date(evDay)
	c.para(fmt.Sprintf("%s %s tổ chức %s năm %d.", openingDate(g, evDay), c.unit(), lowerFirst(c.slot(a.event)), a.pub.Year()))
	cast := c.castFor(general, specific, g.between(2, 6))
	c.delegates(cast)
	c.image(pick(g, []string{"Toàn cảnh hội nghị", "Quang cảnh buổi lễ", "Các đại biểu dự hội nghị", "Toàn cảnh " + lowerFirst(c.slot(a.event))}))
	c.content(g.between(1, 4))
	if len(cast) > 0 {
		c.speech(cast[g.intn(len(cast))])
		c.officialCaption(cast[g.intn(len(cast))])
	}
	if g.chance(0.5) {
		c.citizens()
	}
	if k := a.topic.key; (k == "hdnd" || k == "bauCu" || k == "xdd") && g.chance(0.5) {
		c.electedList()
	}
	c.closing(evDay)
}

// electedList writes a numbered list of elected members: "1 - Ông A,
// TITLE; 2 - Bà B, TITLE".
func (c *composer) electedList() {
	g := c.g
	var b strings.Builder
	b.WriteString(pick(g, []string{"Hội nghị đã bầu Ban Chấp hành gồm các đồng chí có tên sau: ", "Kết quả bầu cử, những người trúng cử gồm: "}))
	n := g.between(2, 4)
	for k := 1; k <= n; k++ {
		h := c.oneOff()
		c.people[h.who.name] = true
		t := h.post.slots[0][0]
		c.tb.official(h.who.name, t)
		if k > 1 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%d - %s %s, %s", k, upperFirst(h.who.honorific()), h.who.name, t)
	}
	b.WriteString(".")
	c.para(b.String())
}

func (c *composer) report(general, specific []holder) {
	g := c.g
	c.para(upperFirst(c.slot(pick(g, []string{
		"Theo báo cáo của {U2}, trong {halfyear} công tác {kw} đạt nhiều kết quả tích cực.",
		"Thời gian qua, {U} đã tập trung triển khai đồng bộ các giải pháp về {kw}.",
		"Tính đến ngày 15/{mm}, {U2} đã cơ bản hoàn thành các nhiệm vụ về {kw} đề ra từ đầu năm.",
	}))))
	cast := c.castFor(general, specific, g.between(0, 3))
	n := g.between(2, 6)
	if g.chance(0.1) {
		n = g.between(8, 14) // a long report now and then
	}
	c.content(n)
	if len(cast) > 0 {
		c.speech(cast[0])
	}
	if g.chance(0.5) {
		c.image(upperFirst(c.slot(pick(g, []string{"Người dân {place} tham gia {kw}", "Hoạt động {kw} tại {place}", "Lực lượng chức năng ra quân tại {street}"}))))
	}
	if g.chance(0.6) {
		c.citizens()
	}
	if len(cast) > 1 && g.chance(0.5) {
		c.para(fmt.Sprintf("Trao đổi với phóng viên, %s cho biết thời gian tới đơn vị sẽ %s.", c.name(cast[1], styleComma), pick(g, c.a.topic.quotes)))
	}
}

func (c *composer) short(general, specific []holder) {
	g := c.g
	c.para(upperFirst(c.slot(pick(g, []string{
		"{U} vừa tổ chức {evl}, thu hút đông đảo người dân tham gia.",
		"Nhằm đẩy mạnh {kw}, {U2} đề nghị các đơn vị, tổ dân phố triển khai một số nội dung trọng tâm.",
		"Sáng 5/{mm}, {U2} ra quân {kw} tại {place}.",
	}))))
	for k := g.between(1, 3); k > 0; k-- {
		c.para(c.topicLine() + " " + c.topicLine())
	}
	if g.chance(0.4) {
		cast := c.castFor(general, specific, 1)
		if len(cast) > 0 {
			c.para(fmt.Sprintf("Phát biểu tại buổi lễ, %s đề nghị các đơn vị %s.", c.name(cast[0], pick(g, []int{styleDash, styleFirst})), pick(g, c.a.topic.quotes)))
		}
	}
}

// notice: legal header (its own number counts as a document), grounds,
// content with a day range, signature block.
func (c *composer) notice(general, specific []holder) {
	g, a := c.g, c.a
	issued := time.Date(a.pub.Year(), a.pub.Month(), a.pub.Day(), 0, 0, 0, 0, vnZone).AddDate(0, 0, -g.intn(4))
	party := g.chance(0.4)
	var org, sym, sigOrg, sigHead, sigTitle, placeLine string
	var signer holder
	var ok bool
	num := g.between(12, 980)
	if c.ward() {
		placeLine = "Kim Lũng"
		if party {
			org, sym, sigOrg, sigHead = "ĐẢNG ỦY PHƯỜNG KIM LŨNG", fmt.Sprintf("%d-TB/ĐU", num), "T/M ĐẢNG ỦY", ""
			sigTitle = "BÍ THƯ"
			signer, ok = c.holderOf("w-bt")
		} else {
			org, sym, sigOrg, sigHead = "ỦY BAN NHÂN DÂN PHƯỜNG KIM LŨNG", fmt.Sprintf("%d/TB-UBND", num), "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
			sigTitle = "PHÓ CHỦ TỊCH"
			signer, ok = c.holderOf("w-pct1")
		}
	} else {
		placeLine = "Đông Thành"
		if party {
			org, sym, sigOrg, sigHead = "QUẬN ỦY ĐÔNG THÀNH", fmt.Sprintf("%d-TB/QU", num), "T/M BAN THƯỜNG VỤ", ""
			sigTitle = "PHÓ BÍ THƯ THƯỜNG TRỰC"
			signer, ok = c.holderOf("pbttt")
		} else {
			org, sym, sigOrg, sigHead = "ỦY BAN NHÂN DÂN QUẬN ĐÔNG THÀNH", fmt.Sprintf("%d/TB-UBND", num), "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
			sigTitle = "PHÓ CHỦ TỊCH"
			signer, ok = c.holderOf("pct1")
		}
	}
	c.line(bHeader, org)
	c.line(bHeader, "Số: "+sym)
	c.tb.doc("self", docOf("Thông báo", sym, issued))
	c.line(bHeader, placeLine+", "+c.fullDate(issued))
	c.line(bHeader, "THÔNG BÁO")
	c.line(bHeader, "Về việc "+lowerFirst(c.slot(a.event)))
	grounds := []string{}
	if g.chance(0.6) {
		r := c.refFor()
		if r != "" {
			grounds = append(grounds, "Căn cứ "+r+";")
		}
	}
	for _, d := range c.pickDocs(g.between(1, 2)) {
		grounds = append(grounds, "Căn cứ "+c.cite(d, true)+";")
	}
	for _, s := range grounds {
		c.para(s)
	}
	start := issued.AddDate(0, 0, g.between(5, 20))
	end := start.AddDate(0, 0, g.between(1, 4))
	if end.Month() != start.Month() {
		start = time.Date(end.Year(), end.Month(), 1, 0, 0, 0, 0, vnZone)
	}
	c.para(fmt.Sprintf("%s thông báo tổ chức %s như sau:", upperFirst(c.unit2()), lowerFirst(c.slot(a.event))))
	c.tb.date(start)
	c.tb.date(end)
	c.para(fmt.Sprintf("1. Thời gian: %s, bắt đầu từ %s.", dayRange(g, start, end), pick(g, []string{"8h00", "7 giờ 30 phút", "14h00"})))
	c.para("2. Địa điểm: " + c.slot(pick(g, []string{"Hội trường {U2}", "Nhà văn hóa tổ dân phố số {n}", "Trụ sở {U2}, số {n} {street}"})) + ".")
	c.para("3. Thành phần: " + c.slot("đại diện lãnh đạo các phòng, ban, đơn vị; Chủ tịch UBND các phường; {n} tổ trưởng tổ dân phố."))
	c.para(upperFirst(c.slot("{U2} đề nghị các đơn vị, cá nhân liên quan nghiêm túc thực hiện./.")))
	c.line(bSignature, sigOrg)
	if sigHead != "" {
		c.line(bSignature, sigHead)
	}
	c.line(bSignature, sigTitle)
	if ok {
		c.people[signer.who.name] = true
		c.tb.official(signer.who.name, sigTitle)
		c.line(bSignature, signer.who.name)
	}
}

func docOf(typ, written string, date time.Time) data.Document {
	d := data.Document{Type: typ, Number: normNumber(written), Date: date.Format("2006-01-02")}
	d.Canonical = canonicalNumber(d.Number)
	return d
}

func (c *composer) holderOf(key string) (holder, bool) {
	for _, h := range c.allHolders() {
		if h.post.key == key {
			return h, true
		}
	}
	return holder{}, false
}

func (c *composer) allHolders() []holder { return c.a.portal.roster.eras[c.era] }

// castFor picks n officials: general leaders, topic posts, one-off people.
func (c *composer) castFor(general, specific []holder, n int) []holder {
	g := c.g
	pool := append([]holder{}, specific...)
	shuffle(g, pool)
	gen := append([]holder{}, general...)
	shuffle(g, gen)
	var out []holder
	if len(gen) > 0 && g.chance(0.7) {
		out = append(out, gen[0])
	}
	out = append(out, pool...)
	if len(gen) > 1 {
		out = append(out, gen[1:]...)
	}
	if len(out) > n {
		out = out[:n]
	}
	if n > 0 && g.chance(0.35) {
		h := c.oneOff()
		c.people[h.who.name] = true
		out = append(out, h)
	}
	return out
}

// delegates names the cast in one of the list patterns.
func (c *composer) delegates(cast []holder) {
	g := c.g
	if len(cast) == 0 {
		return
	}
	var b strings.Builder
	switch v := g.intn(5); {
	case v == 0 && c.sharedList(&b):
	case v <= 2:
		b.WriteString(pick(g, []string{"Dự hội nghị có các đồng chí: ", "Tới dự có các đồng chí: ", "Tham dự có các đồng chí: "}))
		for i, h := range cast {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(strings.TrimPrefix(c.name(h, styleDash), "đồng chí "))
		}
		b.WriteString(".")
	case v == 3:
		b.WriteString("Tham dự có ")
		for i, h := range cast {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(c.name(h, styleDash))
		}
		b.WriteString(". Về phía các phòng, ban có lãnh đạo các đơn vị chuyên môn và đại diện các tổ dân phố.")
	default:
		b.WriteString("Tới dự có ")
		for i, h := range cast {
			if i > 0 {
				if i == len(cast)-1 {
					b.WriteString(" và ")
				} else {
					b.WriteString("; ")
				}
			}
			b.WriteString(c.name(h, styleFirst))
		}
		b.WriteString(".")
	}
	if c.era > 0 && g.chance(0.3) {
		if s := c.former(); s != "" {
			b.WriteString(" " + s)
		}
	}
	c.para(b.String())
}

// sharedList writes "Cùng dự có các Phó Chủ tịch UBND quận: A, B" where the
// title belongs to every person listed.
func (c *composer) sharedList(b *strings.Builder) bool {
	byForm := map[string][]holder{}
	var forms []string
	for _, h := range c.allHolders() {
		for _, slot := range h.post.slots {
			for _, f := range slot {
				f = expand(f)
				if len(byForm[f]) == 0 {
					forms = append(forms, f)
				}
				byForm[f] = append(byForm[f], h)
			}
		}
	}
	var cands []string
	for _, f := range forms {
		if len(byForm[f]) >= 2 {
			cands = append(cands, f)
		}
	}
	if len(cands) == 0 {
		return false
	}
	f := pick(c.g, cands)
	hs := byForm[f]
	if len(hs) > 3 {
		hs = hs[:3]
	}
	b.WriteString("Cùng dự có các " + f + ": ")
	for i, h := range hs {
		if i > 0 {
			b.WriteString(", ")
		}
		if _, fixed := c.forms[h.who.name]; !fixed {
			// later mentions write this position the same way
			var fs []string
			for _, slot := range h.post.slots {
				form := expand(pick(c.g, slot))
				for _, x := range slot {
					if expand(x) == f {
						form = f
					}
				}
				fs = append(fs, form)
			}
			c.forms[h.who.name] = fs
		}
		c.people[h.who.name] = true
		c.tb.official(h.who.name, f)
		b.WriteString(h.who.name)
	}
	b.WriteString("; lãnh đạo các phòng, ban, ngành.")
	return true
}

// former names someone who held a post in the previous era: "nguyên" stays
// in the title.
func (c *composer) former() string {
	prev := c.a.portal.roster.eras[c.era-1]
	h := prev[c.g.intn(len(prev))]
	if c.people[h.who.name] || strings.HasPrefix(h.post.key, "c-") {
		return ""
	}
	c.people[h.who.name] = true
	t := "nguyên " + expand(h.post.slots[len(h.post.slots)-1][0])
	c.tb.official(h.who.name, t)
	return "Đến dự còn có đồng chí " + h.who.name + " - " + t + "."
}

// topicLine writes a sentence of the topic (or a generic one), never the
// same template twice in an article while fresh ones remain.
func (c *composer) topicLine() string {
	if c.g.chance(0.3) {
		return c.freeSentence()
	}
	var tmpl string
	for try := 0; try < 6; try++ {
		if c.g.chance(0.7) {
			tmpl = pick(c.g, c.a.topic.lines)
		} else {
			tmpl = pick(c.g, genericLines)
		}
		if !c.used[tmpl] {
			break
		}
	}
	c.used[tmpl] = true
	return upperFirst(c.slot(tmpl))
}

// content writes n paragraphs of topic sentences with citations.
func (c *composer) content(n int) {
	g := c.g
	docs := c.pickDocs(g.zipf(6, 1.1))
	for k := 0; k < n; k++ {
		var s []string
		for m := g.between(2, 4); m > 0; m-- {
			s = append(s, c.topicLine())
		}
		if k == 0 && len(docs) > 0 {
			s = append([]string{c.citeSentence(docs)}, s...)
		}
		if k == 1 && g.chance(0.08) {
			if b := c.bareCite(); b != "" {
				s = append(s, b)
			}
		}
		if k == 1 && g.chance(0.4) {
			if r := c.refFor(); r != "" {
				s = append(s, "Các đơn vị tiếp tục thực hiện tốt "+r+".")
			}
		}
		if k == n-1 && len(docs) > 0 && g.chance(0.5) {
			s = append(s, "Sau thời gian triển khai "+c.cite(docs[0], false)+", nhiều chuyển biến tích cực đã được ghi nhận.")
		}
		if c.g.chance(0.12) && (c.a.topic.key == "xdd" || c.a.topic.key == "vhxh" || c.a.topic.key == "danvan") {
			s = append(s, c.historic())
		}
		c.para(strings.Join(s, " "))
	}
}

// bareCite cites a document by number alone ("Nghị quyết số 09 của HĐND
// quận"): the number is just the digits.
func (c *composer) bareCite() string {
	g := c.g
	lvl := "quận"
	if c.ward() {
		lvl = "phường"
	}
	num := fmt.Sprintf("%02d", g.between(1, 30))
	typ := pick(g, []string{"Nghị quyết", "Quyết định", "Kế hoạch"})
	iss := pick(g, []string{"HĐND " + lvl, "UBND " + lvl})
	key := "B" + typ + num + iss
	if c.numbers[key] {
		return ""
	}
	c.numbers[key] = true
	d := data.Document{Type: typ, Number: num, Canonical: canonicalNumber(num), Issuer: iss}
	c.tb.doc(key, d)
	return fmt.Sprintf("Các nội dung này đã được cụ thể hóa trong %s số %s của %s.", typ, num, iss)
}

func (c *composer) historic() string {
	if c.g.chance(0.5) {
		c.tb.official("Hồ Chí Minh", "Chủ tịch")
		return "Các phong trào thi đua làm theo lời dạy của Chủ tịch Hồ Chí Minh được duy trì thường xuyên."
	}
	return "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với nhiệm vụ chính trị của từng đơn vị."
}

// citeSentence puts the article's citations in one sentence, as the seed
// page does: "trọng tâm là A; B; C".
func (c *composer) citeSentence(docs []citeable) string {
	g := c.g
	if len(docs) >= 3 && g.chance(0.3) {
		// a list of documents of one kind
		var same []citeable
		for _, d := range docs {
			if strings.HasPrefix(d.key, "L") && d.spec.typ == docs[0].spec.typ && d.spec.issCode == docs[0].spec.issCode && d.spec.grammar == docs[0].spec.grammar {
				same = append(same, d)
			}
		}
		if len(same) >= 2 {
			return "Các đơn vị đã triển khai " + c.citeList(same) + " đến toàn thể cán bộ, đảng viên."
		}
	}
	var parts []string
	for _, d := range docs {
		parts = append(parts, c.cite(d, true))
	}
	switch g.intn(3) {
	case 0:
		return "Thực hiện " + strings.Join(parts, "; ") + ", các đơn vị đã xây dựng kế hoạch cụ thể để triển khai."
	case 1:
		return "Hội nghị đã quán triệt, triển khai " + strings.Join(parts, "; ") + "."
	}
	return "Trên cơ sở quán triệt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước, trọng tâm là " + strings.Join(parts, "; ") + ", các đơn vị đã cụ thể hóa thành chương trình hành động."
}

// pickDocs chooses n documents fit for the topic and issued before the
// article; no two share a written number.
func (c *composer) pickDocs(n int) []citeable {
	g, a := c.g, c.a
	var out []citeable
	for tries := 0; len(out) < n && tries < 4*n+4; tries++ {
		var d citeable
		if g.chance(0.45) {
			var fit []int
			for i, f := range famousDocs {
				if strings.Contains(" "+f.topics+" ", " "+a.topic.key+" ") && f.doc.date.Before(a.pub) {
					fit = append(fit, i)
				}
			}
			if len(fit) == 0 {
				continue
			}
			i := pick(g, fit)
			d = citeable{key: fmt.Sprintf("F%d", i), spec: famousDocs[i].doc}
		} else {
			kind := g.intn(len(localKinds))
			if localKinds[kind].ward != (a.family == famWard) {
				continue
			}
			year := a.pub.Year() - g.zipf(3, 1)
			if a.family == famWard && year < 2025 {
				year = 2025
			}
			d = localDoc(c.seed, kind, year, g.zipf(12, 0.8))
			if !d.spec.date.Before(a.pub) {
				continue
			}
		}
		fp := fmt.Sprintf("%s|%d|%s|%s", d.spec.typ, d.spec.num, d.spec.code, d.spec.issCode)
		if c.numbers[fp] && !c.tb.cited(d.key) {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o.key == d.key
		}
		if dup {
			continue
		}
		c.numbers[fp] = true
		out = append(out, d)
	}
	return out
}

func (c *composer) refFor() string {
	var fit []int
	for i, r := range namedRefs {
		if strings.Contains(" "+r.topics+" ", " "+c.a.topic.key+" ") {
			fit = append(fit, i)
		}
	}
	if len(fit) == 0 {
		return ""
	}
	r := namedRefs[pick(c.g, fit)]
	c.tb.ref(r.typ, r.name)
	if r.typ == "Nghị quyết" && strings.Contains(r.name, "Đại hội") {
		return r.name + " của Đảng"
	}
	return r.name
}

// speech: an official speaks, named in one of the three patterns.
func (c *composer) speech(h holder) {
	g := c.g
	q := pick(g, c.a.topic.quotes)
	var s string
	switch g.intn(3) {
	case 0:
		s = fmt.Sprintf("Phát biểu chỉ đạo tại hội nghị, %s ghi nhận, biểu dương những kết quả đạt được và đề nghị thời gian tới các đơn vị %s.", c.name(h, styleDash), q)
	case 1:
		s = fmt.Sprintf("%s nhấn mạnh, các cấp, các ngành cần %s.", upperFirst(c.name(h, styleFirst)), q)
	default:
		s = fmt.Sprintf("%s cho biết: “Chúng tôi xác định phải %s”.", upperFirst(c.name(h, styleComma)), q)
	}
	if f, ok := c.forms[h.who.name]; ok && g.chance(0.3) {
		// a later mention by title alone, the same verbatim title
		s += fmt.Sprintf(" Đồng chí %s cũng lưu ý việc %s.", f[len(f)-1], c.slot("{kw}"))
	}
	c.para(s)
}

func (c *composer) officialCaption(h holder) {
	g := c.g
	var s string
	switch g.intn(3) {
	case 0:
		s = upperFirst(c.name(h, styleDash)) + " phát biểu tại hội nghị"
	case 1:
		s = upperFirst(c.name(h, styleFirst)) + " phát biểu chỉ đạo"
	default:
		s = "Đồng chí " + h.who.name + " trao Giấy khen cho các tập thể, cá nhân"
		c.people[h.who.name] = true
		c.tb.official(h.who.name)
	}
	c.image(s)
}

// citizens names people without any title: not officials.
func (c *composer) citizens() {
	g := c.g
	p := c.citizen()
	var s string
	young, old := "Anh", "ông"
	if p.female {
		young, old = "Chị", "bà"
	}
	switch g.intn(5) {
	case 4:
		s = fmt.Sprintf("%s %s, tổ dân phố số %d, cho hay: “%s”.", young, p.name, g.between(1, 30), pick(g, citizenRemarks))
	case 0:
		s = fmt.Sprintf("%s %s ở tổ dân phố số %d chia sẻ: “Gia đình tôi rất phấn khởi khi %s được quan tâm”.", young, p.name, g.between(1, 30), c.slot("{kw}"))
	case 1:
		s = fmt.Sprintf("Cụ %s, %d tuổi, sống tại %s, là một trong những người tích cực tham gia %s.", p.name, g.between(70, 95), c.slot("{street}"), c.slot("{kw}"))
	case 2:
		s = fmt.Sprintf("Gia đình %s %s trên %s là hộ đầu tiên thực hiện %s.", pick(g, []string{strings.ToLower(young), old}), p.name, c.slot("{street}"), c.slot("{kw}"))
	default:
		s = fmt.Sprintf("Em %s, học sinh %s, đạt giải Nhất cuộc thi tìm hiểu về %s.", p.name, c.slot("{school}"), c.slot("{kw}"))
	}
	c.para(s)
}

// closing: awards, sometimes a day range, non-dates.
func (c *composer) closing(evDay time.Time) {
	g := c.g
	s := upperFirst(c.slot(pick(g, genericLines)))
	if g.chance(0.4) {
		start := evDay.AddDate(0, 0, g.between(3, 20))
		end := start.AddDate(0, 0, g.between(1, 4))
		if end.Month() == start.Month() {
			c.tb.date(start)
			c.tb.date(end)
			s += " Các hoạt động hưởng ứng sẽ diễn ra " + dayRange(g, start, end) + "."
		}
	}
	if g.chance(0.3) {
		s += " " + upperFirst(c.slot("Dự kiến, chương trình sẽ được tổ chức định kỳ vào dịp {holiday} hằng năm."))
	}
	c.para(s)
}
