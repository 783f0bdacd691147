package simportal

import (
	"fmt"
	"strings"
	"time"
)

// Kinds of article.
const (
	kindEvent  = iota // a conference or ceremony with delegates and speeches
	kindReport        // a news report on results
	kindShort         // a short item, often with no official or document
	kindNotice        // an announcement with a legal header and a signature block
)

// Block kinds of an article body.
const (
	bPara      = iota // a paragraph
	bImage            // a photo and its caption
	bAttach           // a paragraph linking a PDF
	bHeader           // a line of a legal header, centred
	bSignature        // a line of a signature block, right-aligned
)

type block struct {
	kind int
	text string // plain text (NFC)
	src  string // image or attachment path
	name string // attachment link text
}

// composer writes one article body and its truth in the same pass.
type composer struct {
	g      rnd
	seed   int64
	a      *article
	tb     *truthBuilder
	blocks []block
	era    int
	// the titles each holder is given in this article (one form per slot)
	forms   map[string][]string
	people  map[string]bool // every person name used, officials or not
	numbers map[string]bool // document fingerprints used
	used    map[string]bool // sentence templates used
	lastKW  string
}

func (c *composer) para(s string) { c.blocks = append(c.blocks, block{kind: bPara, text: s}) }
func (c *composer) line(k int, s string) {
	c.blocks = append(c.blocks, block{kind: k, text: s})
}

func (c *composer) image(caption string) {
	c.tb.captions = append(c.tb.captions, caption)
	n := len(c.blocks)
	c.blocks = append(c.blocks, block{kind: bImage, text: caption, src: c.a.imagePath(n)})
}

// slot fills the non-entity slots of a template. Nothing it writes is an
// official, a document or a full date: the distractors it writes (ratios,
// holidays, years, months, quarters, year ranges, times) are non-dates.
func (c *composer) slot(tmpl string) string {
	g, t := c.g, c.a.topic
	y := c.a.pub.Year()
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		b.WriteString(tmpl[:i])
		name := tmpl[i+1 : i+j]
		tmpl = tmpl[i+j+1:]
		switch name {
		case "kw":
			c.lastKW = zpick(g, t.keywords)
			b.WriteString(c.lastKW)
		case "kw2":
			kw := t.keywords[g.zipf(len(t.keywords), 0.7)]
			if kw == c.lastKW {
				kw = t.keywords[(indexOf(t.keywords, kw)+1)%len(t.keywords)]
			}
			b.WriteString(kw)
		case "n":
			b.WriteString(fmt.Sprint(g.between(2, 40)))
		case "nn":
			b.WriteString(fmt.Sprint(g.between(12, 180)))
		case "N":
			b.WriteString(thousands(g.between(1000, 9800)))
		case "N2":
			b.WriteString(thousands(g.between(60, 950)))
		case "pct":
			b.WriteString(fmt.Sprintf("%d,%d%%", g.between(62, 99), g.intn(10)))
		case "ratio":
			den := g.between(12, 40)
			b.WriteString(fmt.Sprintf("%d/%d", g.between(den/2, den), den))
		case "period":
			s := pick(g, []int{2016, 2020, 2021, 2025})
			b.WriteString(fmt.Sprintf(pick(g, []string{"%d-%d", "%d - %d", "%d–%d"}), s, s+5))
		case "month":
			b.WriteString(fmt.Sprintf(pick(g, []string{"tháng %d/%d", "tháng %d năm %d", "tháng %d-%d"}), g.between(1, 12), y))
		case "quarter":
			b.WriteString(fmt.Sprintf(pick(g, []string{"quý %s/%d", "quý %s năm %d"}), pick(g, []string{"I", "II", "III", "IV"}), y))
		case "halfyear":
			b.WriteString(fmt.Sprintf(pick(g, []string{"6 tháng đầu năm %d", "9 tháng năm %d", "năm %d"}), y))
		case "year":
			b.WriteString(fmt.Sprintf("năm %d", y-g.intn(2)))
		case "lvl":
			if c.ward() {
				b.WriteString("phường")
			} else {
				b.WriteString("quận")
			}
		case "disease":
			b.WriteString(pick(g, []string{"sốt xuất huyết", "tay chân miệng", "cúm mùa", "sởi"}))
		case "mm":
			b.WriteString(fmt.Sprint(int(c.a.pub.Month())))
		case "Y":
			b.WriteString(fmt.Sprint(y))
		case "holiday":
			b.WriteString(pick(g, holidays))
		case "holidayname":
			b.WriteString(pick(g, []string{"Tết Nguyên đán", "Quốc khánh 2-9", "lễ hội mùa xuân", "cao điểm cuối năm"}))
		case "time":
			b.WriteString(pick(g, []string{"22h00", "14h30", "5h30", "23 giờ 30 phút"}))
		case "schoolyear":
			b.WriteString(fmt.Sprintf("%d-%d", y-1, y))
		case "age":
			b.WriteString(fmt.Sprint(pick(g, []int{30, 40, 45, 50, 55, 60, 65, 70, 75})))
		case "dot":
			b.WriteString(pick(g, []string{"1", "2", "I", "II"}))
		case "street":
			b.WriteString(pick(g, streetsAfterPeople))
		case "school":
			b.WriteString(pick(g, schoolsAfterPeople))
		case "ward":
			if g.chance(0.3) {
				b.WriteString(pick(g, wardsAfterPeople))
			} else {
				b.WriteString("phường " + pick(g, districtWards))
			}
		case "market":
			b.WriteString(pick(g, markets))
		case "place":
			b.WriteString(c.place())
		case "U":
			b.WriteString(c.unit())
		case "U2":
			b.WriteString(c.unit2())
		case "ev":
			b.WriteString(c.slot(c.a.event))
		case "evl":
			b.WriteString(lowerFirst(c.slot(c.a.event)))
		default:
			b.WriteString(name)
		}
	}
}

var holidays = []string{"Quốc khánh 2-9", "ngày Giải phóng Thủ đô 10-10", "ngày Thương binh - Liệt sĩ 27/7",
	"ngày Quốc tế Phụ nữ 8-3", "Ngày Nhà giáo Việt Nam 20-11", "ngày thành lập Đảng 3-2", "ngày Chiến thắng 30-4"}

func indexOf(xs []string, x string) int {
	for i, s := range xs {
		if s == x {
			return i
		}
	}
	return 0
}

func thousands(n int) string {
	if n < 1000 {
		return fmt.Sprint(n)
	}
	return fmt.Sprintf("%d.%03d", n/1000, n%1000)
}

func (c *composer) ward() bool { return c.a.family == famWard }

func (c *composer) place() string {
	if c.ward() {
		return pick(c.g, []string{"phường Kim Lũng", "phường Kim Lũng", "tổ dân phố số " + fmt.Sprint(c.g.between(1, 40))})
	}
	return pick(c.g, []string{"quận Đông Thành", "phường " + pick(c.g, districtWards), "quận Đông Thành"})
}

func (c *composer) unit() string {
	if c.ward() {
		return pick(c.g, []string{"Phường Kim Lũng", "Đảng ủy phường Kim Lũng", "UBND phường Kim Lũng"})
	}
	return pick(c.g, []string{"Quận Đông Thành", "Quận ủy Đông Thành", "UBND quận Đông Thành", "Phường " + pick(c.g, districtWards)})
}

func (c *composer) unit2() string {
	if c.ward() {
		return pick(c.g, []string{"UBND phường", "Ủy ban MTTQ Việt Nam phường", "Đảng ủy phường"})
	}
	return pick(c.g, []string{"UBND quận", "Ủy ban MTTQ quận", "Ban Thường vụ Quận ủy", "Liên đoàn Lao động quận"})
}

// titlesOf fixes, once per article, which written form of each position a
// holder gets.
func (c *composer) titlesOf(h holder) []string {
	if f, ok := c.forms[h.who.name]; ok {
		return f
	}
	var f []string
	for _, slot := range h.post.slots {
		f = append(f, expand(pick(c.g, slot)))
	}
	c.forms[h.who.name] = f
	return f
}

// someTitles picks which of a holder's titles a mention shows: all of them,
// or the main (last) one.
func (c *composer) someTitles(h holder) []string {
	f := c.titlesOf(h)
	if len(f) > 1 && c.g.chance(0.35) {
		return f[len(f)-1:]
	}
	return f
}

// Styles of naming an official (vietnamese-reference §2.7).
const (
	styleDash  = iota // đồng chí NAME - TITLE, TITLE
	styleFirst        // TITLE, TITLE NAME
	styleComma        // ông NAME, TITLE, TITLE,
	stylePlain        // đồng chí NAME
)

// name writes one mention of an official and records it.
func (c *composer) name(h holder, style int) string {
	c.people[h.who.name] = true
	pre := ""
	if h.prefix != "" {
		pre = h.prefix + " "
	}
	switch style {
	case styleFirst:
		ts := c.someTitles(h)
		c.tb.official(h.who.name, ts...)
		return strings.Join(ts, ", ") + " " + h.who.name
	case styleComma:
		ts := c.someTitles(h)
		c.tb.official(h.who.name, ts...)
		hon := h.who.honorific() + " "
		if pre != "" {
			hon = ""
		}
		return hon + pre + h.who.name + ", " + strings.Join(ts, ", ") + ","
	case stylePlain:
		c.tb.official(h.who.name)
		return "đồng chí " + h.who.name
	}
	ts := c.someTitles(h)
	c.tb.official(h.who.name, ts...)
	return "đồng chí " + pre + h.who.name + " - " + strings.Join(ts, ", ")
}

// oneOff makes a holder for a person who appears once, with an unusual title.
func (c *composer) oneOff() holder {
	for {
		p := genPerson(c.g)
		if c.people[p.name] || len(strings.Fields(p.name)) < 2 {
			continue
		}
		t := pick(c.g, oneOffTitles)
		return holder{post: &post{key: "x-" + p.name, slots: [][]string{{t}}}, who: p}
	}
}

// citizen returns a person who is named without any title (not an official).
func (c *composer) citizen() person {
	for {
		p := genPerson(c.g)
		if !c.people[p.name] && len(strings.Fields(p.name)) >= 3 {
			c.people[p.name] = true
			return p
		}
	}
}

func (c *composer) fullDate(t time.Time) string {
	c.tb.date(t)
	return dateWithNgay(c.g, t)
}
