package simportal

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/vnarchive/vnarchive/data"
)

// citeable is a document with a stable identity key inside one world.
type citeable struct {
	key  string
	spec docSpec
}

// writtenNumber renders the number and symbol with one of the spelling
// variants of vietnamese-reference §1.5.
func writtenNumber(g rnd, s docSpec) string {
	code, iss := s.code, s.issCode
	dash := "-"
	if g.chance(0.08) {
		dash = "–" // en dash
	}
	if strings.Contains(code+iss, "Đ") {
		switch {
		case g.chance(0.08):
			code, iss = strings.ReplaceAll(code, "Đ", "D"), strings.ReplaceAll(iss, "Đ", "D")
		case g.chance(0.06):
			code, iss = strings.ReplaceAll(code, "Đ", "Ð"), strings.ReplaceAll(iss, "Đ", "Ð") // U+00D0 lookalike
		}
	}
	if iss == "TW" && g.chance(0.06) {
		iss = pick(g, []string{"TƯ", "T.Ư"}) // the Party's own spellings of "Trung ương"
	}
	switch s.grammar {
	case gParty:
		switch v := g.intn(100); {
		case v < 12:
			return fmt.Sprintf("%02d/%s%s%s", s.num, code, dash, iss) // grammar mixed up: 25/NQ-TW
		case v < 20:
			return fmt.Sprintf("%02d %s %s/%s", s.num, dash, code, iss) // 25 - NQ/TW
		case v < 25:
			return strings.ToLower(fmt.Sprintf("%02d%s%s/%s", s.num, dash, code, iss)) // 25-nq/tw
		}
		return fmt.Sprintf("%02d%s%s/%s", s.num, dash, code, iss)
	case gState:
		if g.chance(0.08) {
			return fmt.Sprintf("%02d /%s%s%s", s.num, code, dash, iss) // 45 /QĐ-UBND
		}
		return fmt.Sprintf("%02d/%s%s%s", s.num, code, dash, iss)
	case gNormative:
		if g.chance(0.06) {
			return fmt.Sprintf("%02d/%d/%s %s %s", s.num, s.year, code, dash, iss)
		}
		return fmt.Sprintf("%02d/%d/%s%s%s", s.num, s.year, code, dash, iss)
	case gQH:
		return fmt.Sprintf("%02d/%d/%s", s.num, s.year, iss)
	case gCV:
		return fmt.Sprintf("%d/%s", s.num, iss)
	}
	return fmt.Sprintf("%02d", s.num)
}

func typeWord(g rnd, typ string) string {
	if ws, ok := typeWords[typ]; ok {
		return pick(g, ws)
	}
	return typ
}

// cite writes one citation ("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của …
// về …") and records its truth: the document, then its date, in text order.
func (c *composer) cite(d citeable, withSubject bool) string {
	g, s := c.g, d.spec
	if c.tb.cited(d.key) && g.chance(0.5) {
		return c.shortCite(d)
	}
	var b strings.Builder
	b.WriteString(typeWord(g, s.typ))
	if s.grammar == gCV && g.chance(0.5) {
		b.WriteString(" số")
	} else {
		b.WriteString(pick(g, []string{" số ", " số ", " ", " số: "}))
	}
	if s.grammar == gCV && !strings.HasSuffix(b.String(), " ") {
		b.WriteString(" ")
	}
	written := writtenNumber(g, s)
	b.WriteString(written)
	doc := data.Document{Type: s.typ, Number: normNumber(written)}
	doc.Canonical = canonicalNumber(doc.Number)
	var dateAt time.Time
	if !s.date.IsZero() && g.chance(0.7) {
		switch typo := s.date.Month() >= 10 && g.chance(0.03); {
		case typo:
			// seen on real pages: no separator before the year ("01/102021");
			// the intent is certain, so the truth keeps the date
			fmt.Fprintf(&b, " ngày %02d/%d%d", s.date.Day(), int(s.date.Month()), s.date.Year())
		case g.chance(0.25):
			b.WriteString(" (" + numericDate(s.date, dfSlash) + ")")
		case g.chance(0.33):
			b.WriteString(", " + dateWithNgay(g, s.date))
		default:
			b.WriteString(" " + dateWithNgay(g, s.date))
		}
		dateAt = s.date
		doc.Date = s.date.Format("2006-01-02")
	}
	if s.issuer != "" && g.chance(0.65) {
		b.WriteString(" của " + s.issuer)
		doc.Issuer, doc.Term = s.issuer, s.term
	}
	if withSubject && s.subject != "" && g.chance(0.6) {
		if g.chance(0.5) {
			b.WriteString(" về “" + upperFirst(s.subject) + "”")
		} else {
			b.WriteString(" về " + s.subject)
		}
	}
	c.tb.doc(d.key, doc)
	if !dateAt.IsZero() {
		c.tb.date(dateAt)
	}
	return b.String()
}

// shortCite is a later short mention of a document cited in full before
// ("Chỉ thị 35", "Nghị quyết số 25"): the same entry, nothing new.
func (c *composer) shortCite(d citeable) string {
	s := d.spec
	if s.grammar == gCV || s.grammar == gBare {
		return typeWord(c.g, s.typ) + " số " + fmt.Sprintf("%d/%s", s.num, s.issCode)
	}
	return pick(c.g, []string{s.typ + " ", s.typ + " số "}) + fmt.Sprintf("%02d", s.num)
}

// citeList writes "các Quyết định số: 12/QĐ-UBND, 13/QĐ-UBND" or "Kế hoạch
// số 12/KH-UBND và 15/KH-UBND": one entry per document, no date or issuer.
func (c *composer) citeList(ds []citeable) string {
	g := c.g
	var b strings.Builder
	typ := ds[0].spec.typ
	if g.chance(0.5) {
		b.WriteString("các " + typ + " số: ")
	} else {
		b.WriteString(typ + " số ")
	}
	for i, d := range ds {
		if i > 0 {
			if i == len(ds)-1 {
				b.WriteString(pick(g, []string{" và ", " và số "}))
			} else {
				b.WriteString(", ")
			}
		}
		w := writtenNumber(g, d.spec)
		b.WriteString(w)
		doc := data.Document{Type: typ, Number: normNumber(w)}
		doc.Canonical = canonicalNumber(doc.Number)
		c.tb.doc(d.key, doc)
	}
	return b.String()
}

// canonicalCache memoises data.CanonicalNumber, which is costly and is
// called with a small set of numbers (a pure function, not configuration).
var canonicalCache sync.Map

func canonicalNumber(n string) string {
	if v, ok := canonicalCache.Load(n); ok {
		return v.(string)
	}
	c := data.CanonicalNumber(n)
	canonicalCache.Store(n, c)
	return c
}

// localDoc derives a local document from (seed, kind, year, k): stable
// across articles, so that many articles cite the same local documents.
func localDoc(seed int64, kind, year, k int) citeable {
	lk := localKinds[kind]
	g := newRnd(seed, kind*100000+year*100+k, streamDocs)
	s := docSpec{typ: lk.typ, code: lk.code, grammar: lk.grammar, issCode: lk.issCode,
		num: 1 + g.intn(lk.maxNum), year: year}
	s.date = time.Date(year, 1, 1, 0, 0, 0, 0, vnZone).AddDate(0, 0, g.intn(330))
	if lk.ward && s.date.Before(eraStarts[3]) {
		s.date = eraStarts[3].AddDate(0, 0, g.intn(150)) // ward bodies exist from 1 July 2025
	}
	s.issuer = pick(g, lk.issuers)
	s.subject = pick(g, localSubjects)
	if lk.grammar == gNormative && g.chance(0.3) {
		s.subject = "ban hành quy định quản lý " + pick(g, []string{"trật tự đô thị", "vỉa hè", "chợ dân sinh", "cây xanh", "nghĩa trang"})
	}
	return citeable{key: fmt.Sprintf("L%d/%d/%d", kind, year, k), spec: s}
}

var localSubjects = []string{
	"triển khai nhiệm vụ trọng tâm năm", "tổ chức các hoạt động kỷ niệm các ngày lễ lớn",
	"tăng cường công tác phòng, chống dịch bệnh", "đẩy mạnh cải cách hành chính",
	"thực hiện phong trào thi đua yêu nước", "bảo đảm trật tự an toàn giao thông",
	"nâng cao chất lượng sinh hoạt chi bộ", "triển khai công tác chuyển đổi số",
	"chăm lo Tết cho các gia đình chính sách", "kiện toàn Ban Chỉ đạo",
	"tổ chức đại hội chi bộ trực thuộc", "thực hiện quy chế dân chủ ở cơ sở",
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
