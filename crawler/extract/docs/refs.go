package docs

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
)

var (
	// The page's own number at the start of a line or table cell.
	reHeaderSo = regexp.MustCompile(`(?m)(?:^|\|)[ \t]*(Số|SỐ)[ \t]*:?[ \t]*`)
	// A law cited by name: "Luật Tổ chức chính quyền địa phương (năm 2015)".
	reNamedLaw = regexp.MustCompile(`(Bộ luật|Luật|Pháp lệnh|Hiến pháp)\s+`)
	// A congress or plenum resolution: "Nghị quyết Đại hội XIII", "Nghị quyết
	// Trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ 8 …".
	reMeetingRes = regexp.MustCompile(`(?i:nghị quyết|kết luận)\s+((?:Đại hội|Hội nghị|Trung ương|TW|TƯ)[^.;:\n“"(),]{0,90})`)
	rePlenumNo   = regexp.MustCompile(`^(?:Hội nghị\s+)?(?:Trung ương|TW|TƯ)\s+\d{1,2}`)
	reRefEnd     = regexp.MustCompile(`(?i:khóa|khoá|lần thứ|nhiệm kỳ)\s+(?:[IVXL]+|\d{1,2}|\d{4}\s*-\s*\d{4}|thứ\s+\p{L}+)`)
)

// references reads the citations without a number: laws by name and
// congress or plenum resolutions. Name is the citation as written, single
// spaced ("Luật Tổ chức chính quyền địa phương", "Nghị quyết Đại hội XIII");
// one entry per name.
func (s *scanner) references() []data.Reference {
	t := s.text
	var out []data.Reference
	seen := map[string]bool{}
	add := func(typ, name string) {
		name = strings.Join(strings.Fields(name), " ")
		k := vn.Key(name)
		if name == "" || seen[k] {
			return
		}
		seen[k] = true
		out = append(out, data.Reference{Type: typ, Name: name})
	}
	for _, loc := range reNamedLaw.FindAllStringSubmatchIndex(t, -1) {
		if !wordStart(t, loc[0]) {
			continue
		}
		p := loc[1]
		r, _ := utf8.DecodeRuneInString(t[p:])
		if !unicode.IsUpper(r) || strings.HasPrefix(t[p:], "số") {
			continue
		}
		name, ok := lawName(t, p)
		if !ok {
			continue
		}
		typ := t[loc[2]:loc[3]]
		add(typ, typ+" "+name)
	}
	for _, loc := range reMeetingRes.FindAllStringSubmatchIndex(t, -1) {
		if !wordStart(t, loc[0]) {
			continue
		}
		body := t[loc[2]:loc[3]]
		e := reRefEnd.FindStringIndex(body)
		if e == nil {
			// "Nghị quyết Trung ương 4": the plenum number ends it
			if m := rePlenumNo.FindStringIndex(body); m != nil {
				e = m
			} else {
				continue
			}
		}
		head := strings.TrimSpace(t[loc[0]:loc[2]])
		typ := "Nghị quyết"
		if strings.EqualFold(vn.Fold(head), "ket luan") {
			typ = "Kết luận"
		}
		add(typ, head+" "+body[:e[1]])
	}
	return out
}

// lawName reads the name of a law after its type word: capitalised first
// word, then words up to punctuation, a date, a number or a verb; "năm
// 2015" is kept. ok is false for a name that is a single generic word.
func lawName(t string, p int) (string, bool) {
	j := p
	last := p
	words := 0
	for j < len(t) && words < 12 {
		k := skipBlanks(t, j)
		w := nextWord(t, k)
		if w == "" {
			break
		}
		lw := strings.ToLower(w)
		if lw == "năm" {
			if y := nextWord(t, skipBlanks(t, k+len(w))); len(y) == 4 && allDigits(y) {
				last = skipBlanks(t, k+len(w)) + 4
			}
			break
		}
		if lawStop[lw] || allDigits(w) || strings.Contains(w, "/") {
			break
		}
		if words > 0 {
			if tw := loadTypeWords(); tw.re.MatchString(w) && tw.typeOfPhrase(w) != "" {
				break
			}
		}
		j = k + len(w)
		last = j
		words++
	}
	name := strings.TrimSpace(t[p:last])
	if words == 0 || name == "" {
		return "", false
	}
	return name, true
}

var lawStop = map[string]bool{
	"ngày": true, "số": true, "và": true, "của": true, "được": true, "đã": true, "có": true, "sẽ": true,
	"về": true, "để": true, "thì": true, "là": true, "với": true, "cho": true, "theo": true, "quy": true,
	"trong": true, "tại": true, "này": true, "mới": true, "hiện": true, "kịp": true, "bảo": true,
	"hướng": true, "nhằm": true, "từ": true, "đến": true, "khi": true, "sau": true, "trước": true,
}
