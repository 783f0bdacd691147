package simportal

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
)

var reDigits = regexp.MustCompile(`^\d+$`)

// TestCorpusCoversEveryPattern: a corpus of a few thousand articles shows
// every pattern the extractor must meet, so tests on it mean something.
func TestCorpusCoversEveryPattern(t *testing.T) {
	p := New(Config{Seed: 1, Articles: 2000})
	var texts strings.Builder
	hasDoc := map[string]bool{}
	var officials, docsN, kinds, topicsN = map[string]int{}, 0, map[string]int{}, map[string]int{}
	twelveHour := false
	for i := 0; i < p.Len(); i += 1 {
		tr := p.TruthAt(i, "http://127.0.0.1:1", "http://127.0.0.1:2")
		texts.WriteString(tr.Text + "\n\n")
		for _, o := range tr.Officials {
			officials[o.Name]++
		}
		for _, d := range tr.Documents {
			docsN++
			hasDoc[d.Type] = true
			if d.Term != "" {
				hasDoc["term"] = true
			}
			if d.Issuer != "" {
				hasDoc["issuer"] = true
			}
			if reDigits.MatchString(d.Number) {
				hasDoc["bare"] = true
			}
		}
		if len(tr.References) > 0 {
			hasDoc["reference"] = true
		}
		kinds[tr.Kind]++
		topicsN[tr.Topic]++
		if tr.Family == FamilyLiferay && liferayCats[p.cat[i]].clock12 {
			twelveHour = true
		}
	}
	all := texts.String()
	patterns := []struct{ name, re string }{
		{"đồng chí NAME - TITLE, TITLE", `đồng chí [A-ZĐÂ]\p{L}+(?: \p{L}+)+ - [^;.]+, `},
		{"TITLE NAME (title first)", `(?:Chủ tịch|Bí thư|Trưởng|Giám đốc)[^.;:]* (?:Nguyễn|Trần|Lê|Phạm|Hoàng)\p{L}* \p{Lu}`},
		{"ông/bà NAME, TITLE,", `(?:Ông|Bà) \p{Lu}\p{L}+(?: \p{L}+)+, [^,]+,`},
		{"delegate list with a colon", `các đồng chí: \p{Lu}[^;]+ - [^;]+; `},
		{"shared title list", `Cùng dự có các [^:]+: \p{Lu}[^,;]+, \p{Lu}`},
		{"photo caption", `(?m)^Đồng chí [^\n]+ phát biểu tại hội nghị$`},
		{"caption without title", `(?m)^Đồng chí [^\n-]+ trao Giấy khen`},
		{"signature block", `(?m)^(?:KT\. CHỦ TỊCH|T/M BAN THƯỜNG VỤ|T/M ĐẢNG ỦY)$`},
		{"military or police rank", `(?:Đại tá|Thượng tá|Trung tá|Thiếu tá) \p{Lu}`},
		{"academic degree", `(?:TS\.|ThS\.?|PGS\.TS|BSCKII\.) \p{Lu}`},
		{"nguyên title", ` - nguyên \p{Lu}`},
		{"numbered list of elected members", `1 - (?:Ông|Bà) \p{Lu}[^,]+, [^;]+; 2 - (?:Ông|Bà) `},
		{"TƯ or T.Ư in a Party number", `\d+-[A-ZĐ]+/(?:TƯ|T\.Ư)`},
		{"historic leader", `Chủ tịch Hồ Chí Minh`},
		{"street named after a person", `phố Nguyễn Trãi|đường Lê Văn Lương|phố Trần Duy Hưng`},
		{"school named after a person", `Trường (?:THCS|Tiểu học|THPT) (?:Nguyễn|Lê|Trần|Phan|Đoàn)`},
		{"citizen without title", `(?:Chị|Anh|Cụ|Em) \p{Lu}\p{L}+ \p{Lu}`},
		{"Party number 25-NQ/TW", `\b\d+-NQ/TW\b`},
		{"mixed grammar 25/NQ-TW", `\b\d+/(?:NQ|CT|KL|KH|QĐ|TB)-(?:TW|TU|QU|ĐU)\b`},
		{"spaced 25 - NQ/TW", `\b\d+ [-–] [A-ZĐ]+/`},
		{"lower case 25-nq/tw", `\b\d+-[a-zđ]+/[a-zđ]+\b`},
		{"en dash", `\d+–[A-ZĐ]|[A-ZĐ]–[A-Z]`},
		{"QD without the bar", `/QD-|-QD/|/ND-`},
		{"Ð lookalike (U+00D0)", `Ð`},
		{"state number 45/QĐ-UBND", `\b\d+/QĐ-UBND\b`},
		{"normative 30/2020/NĐ-CP", `\b\d+/20\d\d/NĐ-CP\b`},
		{"National Assembly 10/2022/QH15", `\b\d+/20\d\d/QH1\d\b`},
		{"joint circular", `TTLT-BNV-VPCP`},
		{"công văn 1234/UBND-VP", `\b\d+/UBND-VP\b`},
		{"list of documents", `(?:các \p{Lu}[\p{L} ]+ số: |số [^ ]+ và (?:số )?)\d`},
		{"issuer after của", ` của (?:Ban Bí thư|Bộ Chính trị|Thủ tướng Chính phủ|UBND quận)`},
		{"term (khóa XI)", `\(khóa XI\)`},
		{"later short mention", `(?:Chỉ thị|Nghị quyết|Kế hoạch|Quyết định)(?: số)? \d+[ ,.]`},
		{"legal header Số:", `(?m)^Số: \d+`},
		{"unnumbered reference", `Luật [A-ZĐ]\p{L}+|Nghị quyết Đại hội XIII`},
		{"date dd/mm/yyyy", `\b\d\d/\d\d/\d{4}\b`},
		{"date d/m/yyyy", `\b\d/\d/\d{4}\b`},
		{"date d-m-yyyy", `\b\d{1,2}-\d{1,2}-\d{4}\b`},
		{"typo date 01/102021", `ngày \d\d/1[0-2]\d{4}\b`},
		{"date dd.mm.yyyy", `\b\d{1,2}\.\d{1,2}\.\d{4}\b`},
		{"spelled date", `ngày \d{1,2} tháng \d{1,2} năm \d{4}`},
		{"spelled date without năm", `ngày \d{1,2} tháng \d{1,2} \d{4}`},
		{"day range 10-14/6/2024", `từ ngày \d{1,2}-\d{1,2}/\d{1,2}/\d{4}`},
		{"day range spelled", `từ ngày \d{1,2} đến ngày \d{1,2} tháng`},
		{"weekday date", `Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy), \d\d/\d\d/\d{4}`},
		{"non-date ratio", `\b\d{1,2}/\d{2} (?:tổ|chi bộ|đơn vị)`},
		{"non-date holiday", `Quốc khánh 2-9`},
		{"non-date year", `năm 20\d\d`},
		{"non-date month", `tháng \d{1,2}/20\d\d`},
		{"non-date year range", `20\d\d-20\d\d|20\d\d - 20\d\d|20\d\d–20\d\d`},
		{"non-date partial date", `(?:Sáng|ngày) \d{1,2}/\d{1,2}[ ,]`},
		{"non-date quarter", `quý (?:I|II|III|IV)/20\d\d`},
		{"attachment", `Tài liệu đính kèm: \S+\.pdf`},
	}
	for _, pt := range patterns {
		t.Run(pt.name, func(t *testing.T) {
			if !regexp.MustCompile(pt.re).MatchString(all) {
				t.Fatalf("no %q in the corpus", pt.re)
			}
		})
	}
	for _, typ := range []string{"Nghị quyết", "Quyết định", "Chỉ thị", "Kết luận", "Kế hoạch", "Công văn", "Thông báo", "Nghị định", "Luật", "Thông tư", "Thông tư liên tịch", "Đề án", "Chương trình", "Hướng dẫn", "Quy định", "Pháp lệnh", "issuer", "term", "bare", "reference"} {
		if !hasDoc[typ] {
			t.Errorf("no document of type %q", typ)
		}
	}
	for _, k := range kindNames {
		if kinds[k] == 0 {
			t.Errorf("no %s article", k)
		}
	}
	if len(topicsN) < len(topics) || !twelveHour {
		t.Errorf("%d topics of %d; 12-hour clocks: %v", len(topicsN), len(topics), twelveHour)
	}
	recurring := 0
	for _, n := range officials {
		if n >= 20 {
			recurring++
		}
	}
	if recurring < 10 {
		t.Errorf("only %d officials appear in 20 articles or more", recurring)
	}
	t.Logf("%d officials, %d recurring, %d document citations, kinds %v", len(officials), recurring, docsN, kinds)
}

func TestNonOfficialsAreNeverOfficials(t *testing.T) {
	p := New(Config{Seed: 12, Articles: 800})
	named := regexp.MustCompile(`(?:Chị|Anh|Cụ|Em|Gia đình (?:anh|chị|bà|ông)) (\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+)`)
	for tr := range p.Truths() {
		off := map[string]bool{}
		for _, o := range tr.Officials {
			off[o.Name] = true
		}
		for _, m := range named.FindAllStringSubmatch(tr.Text, -1) {
			if off[m[1]] {
				t.Fatalf("%d: citizen %q is in the officials", tr.Index, m[1])
			}
		}
		if off[tr.Author] {
			t.Fatalf("%d: byline %q is in the officials", tr.Index, tr.Author)
		}
		for _, place := range append(append([]string{}, streetsAfterPeople...), schoolsAfterPeople...) {
			f := strings.Fields(place)
			if off[strings.Join(f[len(f)-3:], " ")] || off[strings.Join(f[len(f)-2:], " ")] {
				t.Fatalf("%d: a place named after a person is an official", tr.Index)
			}
		}
	}
}

// TestServedPagesCarryTheTruth: what the truth says is on the served page.
func TestServedPagesCarryTheTruth(t *testing.T) {
	p, s := start(t, Config{Seed: 13, Articles: 120})
	c := rawClient()
	for _, tr := range s.Truth() {
		f := fetch(t, c, tr.CanonicalURL, map[string]string{"Accept-Encoding": "gzip"})
		if f.status != 200 {
			t.Fatalf("%s: status %d", tr.CanonicalURL, f.status)
		}
		page := f.decoded(t)
		text := visibleText(page)
		flat := strings.ReplaceAll(text, "\n", "")
		if m := reCanonical.FindStringSubmatch(page); m == nil || m[1]+m[2] != tr.CanonicalURL {
			t.Fatalf("%s: canonical link %v", tr.CanonicalURL, m)
		}
		for _, para := range strings.Split(tr.Text, "\n\n") {
			if !strings.Contains(flat, para) {
				t.Fatalf("%s: paragraph not on the page: %q", tr.CanonicalURL, para)
			}
		}
		for _, want := range []string{tr.Title, tr.Author} {
			if !strings.Contains(text, want) {
				t.Fatalf("%s: %q not on the page", tr.CanonicalURL, want)
			}
		}
		u, _ := url.Parse(tr.CanonicalURL)
		if tr.Family == FamilyLiferay {
			if !regexp.MustCompile(`(?:Ngày đăng|Publish date) \d\d/\d\d/\d{4} \| \d{1,2}:\d\d(?: [AP]M)? \| (?:Lượt xem|View count): \d+`).MatchString(text) {
				t.Fatalf("%s: no date line", u.Path)
			}
		} else if !regexp.MustCompile(`\d\d:\d\d \d\d/\d\d/\d{4}`).MatchString(text) {
			t.Fatalf("%s: no ward date", u.Path)
		}
	}
	_ = p
}
