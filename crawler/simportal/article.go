package simportal

import (
	"fmt"
	"strings"
	"time"

	"github.com/vnarchive/vnarchive/data"
)

// Portal families.
const (
	famLiferay = iota
	famWard
)

// Family names accepted by Handler.
const (
	FamilyLiferay = "liferay"
	FamilyWard    = "ward"
)

// article is one generated article; heads are cheap, bodies are built on demand.
type article struct {
	portal  *Portal
	idx     int
	family  int
	topic   *topic
	kind    int
	cat     int // index in liferayCats or wardCats
	pub     time.Time
	event   string
	title   string
	slug    string // with its collision suffix
	assetID int64  // Liferay
	wardID  string // ward: 4-digit site id + yyMMddHHmmss + nnn
	views   int

	// body (filled by build)
	lead    string
	blocks  []block
	author  string
	attach  []block
	truth   *truthBuilder
	nfd     bool // the page writes its text decomposed (NFD)
	entity  bool // the page writes some letters as HTML entities
	enLabel bool // the Liferay page leaks English labels ("Publish date")
}

func (a *article) category() category {
	if a.family == famWard {
		return wardCats[a.cat]
	}
	return liferayCats[a.cat]
}

// path is the article's canonical path on its portal.
func (a *article) path() string {
	if a.family == famWard {
		return "/" + wardCats[a.cat].slug + "/" + a.slug + "-" + a.wardID + ".htm"
	}
	return fmt.Sprintf("/%s/-/view_content/%d-%s.html", liferayCats[a.cat].slug, a.assetID, a.slug)
}

func (a *article) imagePath(n int) string {
	if a.family == famWard {
		return fmt.Sprintf("/Uploads/images/%d/%02d/anh-%s-%d.jpg", a.pub.Year(), a.pub.Month(), a.wardID, n)
	}
	return fmt.Sprintf("/image/journal/article?img_id=%d&t=%d", a.assetID+int64(n)+1, a.pub.Unix()*1000)
}

// head draws what lists need: topic, kind, category, time, title.
func (p *Portal) head(i int) *article {
	g := newRnd(p.cfg.Seed, i, streamHead)
	a := &article{portal: p, idx: i, family: famLiferay}
	if i >= p.nLiferay {
		a.family = famWard
	}
	a.topic = &topics[g.zipf(len(topics), 0.9)]
	switch v := g.intn(100); {
	case v < 9:
		a.kind = kindNotice
	case v < 24:
		a.kind = kindShort
	case v < 52:
		a.kind = kindReport
	default:
		a.kind = kindEvent
	}
	a.pub = p.pubTime(i, g)
	if a.family == famWard {
		a.cat = a.topic.wardCat
		if a.kind == kindNotice {
			a.cat = wardNotice
		}
		a.wardID = fmt.Sprintf("2783%s%03d", a.pub.Format("060102150405"), i%1000)
	} else {
		a.cat = a.topic.lifCat
		if a.kind == kindNotice {
			a.cat = lifNotice
		}
		a.assetID = 7100000 + int64(i)*41 + int64(g.intn(40))
	}
	a.views = 20 + g.zipf(4000, 0.6)
	a.event = pick(g, a.topic.events)
	c := &composer{g: g, a: a}
	if a.kind == kindNotice {
		a.title = c.slot(pick(g, []string{"Thông báo về việc tổ chức {evl}", "Thông báo kết quả {evl} năm {Y}", "Thông báo lịch tiếp công dân của lãnh đạo {U}", "Thông báo tuyển dụng viên chức năm {Y}"}))
	} else {
		a.title = c.slot(pick(g, a.topic.titles))
	}
	a.title = upperFirst(a.title)
	a.slug = slugify(a.title, a.family == famLiferay)
	return a
}

// pubTime spreads the Liferay articles over 2019 – June 2025 and the ward
// articles over July 2025 – November 2026, in index order, during office hours.
func (p *Portal) pubTime(i int, g rnd) time.Time {
	from, to, k, n := eraStarts[0], eraStarts[3].AddDate(0, 0, -2), i, p.nLiferay
	if i >= p.nLiferay {
		from, to, k, n = eraStarts[3], time.Date(2026, 11, 20, 0, 0, 0, 0, vnZone), i-p.nLiferay, p.cfg.Articles-p.nLiferay
	}
	span := to.Sub(from)
	day := from.Add(time.Duration(float64(span) * (float64(k) + 0.5) / float64(n)))
	day = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, vnZone)
	return day.Add(time.Duration(g.between(7*60, 21*60+59))*time.Minute + time.Duration(g.intn(60))*time.Second)
}

// build writes the body and its truth.
func (p *Portal) build(i int) *article {
	a := p.head(i)
	a.slug = p.slugOf(i, a.slug)
	g := newRnd(p.cfg.Seed, i, streamBody)
	c := &composer{g: g, seed: p.cfg.Seed, a: a, tb: newTruthBuilder(), era: eraOf(a.pub),
		forms: map[string][]string{}, people: map[string]bool{}, numbers: map[string]bool{}, used: map[string]bool{}}
	a.truth = c.tb
	c.prelude()
	general, specific := p.roster.cast(c.era, a.topic.key)
	for _, h := range append(general, specific...) {
		c.people[h.who.name] = true
	}
	switch a.kind {
	case kindEvent:
		c.event(general, specific)
	case kindReport:
		c.report(general, specific)
	case kindShort:
		c.short(general, specific)
	case kindNotice:
		c.notice(general, specific)
	}
	if g.chance(0.25) {
		c.attachment()
	}
	a.blocks = c.blocks
	a.author = c.author()
	return a
}

// prelude draws the page flags and the lead: the first draws of the body
// stream, so that list pages can draw them alone (see summary).
func (c *composer) prelude() {
	a, g := c.a, c.g
	a.nfd = g.chance(0.12)
	a.entity = g.chance(0.15)
	a.enLabel = a.family == famLiferay && g.chance(0.05)
	a.lead = c.lead()
}

// leadOf draws only the head and the lead of article i.
func (p *Portal) leadOf(i int) string {
	a := p.head(i)
	c := &composer{g: newRnd(p.cfg.Seed, i, streamBody), seed: p.cfg.Seed, a: a, used: map[string]bool{}}
	c.prelude()
	return a.lead
}

func (c *composer) lead() string {
	return upperFirst(c.slot(pick(c.g, []string{
		"{ev} là dịp để đánh giá kết quả đã đạt được, chỉ ra những hạn chế và đề ra giải pháp cho thời gian tới.",
		"Công tác {kw} tiếp tục được {U} quan tâm chỉ đạo với nhiều cách làm sáng tạo.",
		"Nhiều kết quả tích cực trong công tác {kw} đã tạo chuyển biến rõ nét tại {place}.",
		"Với sự vào cuộc của cả hệ thống chính trị, {kw} đã trở thành phong trào rộng khắp.",
		"",
	})))
}

func (c *composer) author() string {
	g := c.g
	switch v := g.intn(10); {
	case v < 4:
		return pick(g, []string{"Ban Dân vận Quận ủy", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao quận", "Văn phòng HĐND và UBND quận", "Ban Tuyên giáo Quận ủy"})
	case v < 8:
		return pick(g, bylinePlain)
	}
	p := c.citizen() // a full-name byline: not an official
	return p.name
}

func (c *composer) attachment() {
	name := pick(c.g, []string{"Ke-hoach-trien-khai", "Phu-luc-kem-theo", "Toan-van-thong-bao", "Bieu-mau-dang-ky", "Danh-sach-khen-thuong"})
	var src string
	if c.ward() {
		src = fmt.Sprintf("/Uploads/files/%d/%02d/%s-%s.pdf", c.a.pub.Year(), c.a.pub.Month(), name, c.a.wardID)
	} else {
		src = fmt.Sprintf("/documents/20182/%d/%s.pdf", c.a.assetID, name)
	}
	c.blocks = append(c.blocks, block{kind: bAttach, text: "Tài liệu đính kèm: " + name + ".pdf", src: src, name: name + ".pdf"})
	c.a.attach = append(c.a.attach, c.blocks[len(c.blocks)-1])
}

// text is the article's plain text: the lead and every body block, one
// paragraph each, separated by blank lines.
func (a *article) text() string {
	var parts []string
	if a.lead != "" {
		parts = append(parts, a.lead)
	}
	for _, b := range a.blocks {
		parts = append(parts, b.text)
	}
	return strings.Join(parts, "\n\n")
}

// toTruth converts the article's slots into data.Truth; base is the root
// URL of its portal on the primary host ("http://127.0.0.1:PORT").
func (a *article) toTruth(base string) Truth {
	t := data.Truth{
		CanonicalURL: base + a.path(),
		Title:        a.title,
		Published:    a.pub.Format(time.RFC3339),
		Author:       a.author,
		Category:     a.category().name,
		Officials:    a.truth.officials,
		Documents:    a.truth.docs,
		References:   a.truth.refs,
		Dates:        a.truth.dates,
		Captions:     a.truth.captions,
		Text:         a.text(),
	}
	if t.Documents == nil {
		t.Documents = []data.Document{}
	}
	if t.Officials == nil {
		t.Officials = []data.Official{}
	}
	if t.Dates == nil {
		t.Dates = []string{}
	}
	for _, at := range a.attach {
		t.Attachments = append(t.Attachments, base+at.src)
	}
	t.ID = data.ArticleID(t.CanonicalURL)
	fam := FamilyLiferay
	if a.family == famWard {
		fam = FamilyWard
	}
	return Truth{Truth: t, Topic: a.topic.key, Family: fam, Kind: kindNames[a.kind], Index: a.idx}
}

var kindNames = []string{"event", "report", "short", "notice"}
