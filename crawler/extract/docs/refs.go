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
	// The body of a congress or plenum resolution after its type word:
	// "Đại hội XIII", "Trung ương 4 khóa XII", "Hội nghị lần thứ 8 …".
	reMeetingBody = regexp.MustCompile(`^(?:Đại hội|Hội nghị|Trung ương|TW|TƯ)[^.;:\n“"(),]{0,90}`)
	rePlenumNo    = regexp.MustCompile(`^(?:Hội nghị\s+)?(?:Trung ương|TW|TƯ)\s+\d{1,2}`)
	reCongressNo  = regexp.MustCompile(`^Đại hội\s+(?:đại biểu\s+)?(?:[IVXL]+|\d{1,2})\b(?:\s+(?:của\s+)?Đảng(?:\s+bộ(?:\s+\p{Lu}[\p{L}.]*)*)?)?`)
	reRefEnd      = regexp.MustCompile(`(?i:khóa|khoá|lần thứ|nhiệm kỳ)\s+(?:\d{4}\s*-\s*\d{4}|[IVXL]+|\d{1,2}|thứ\s+\p{L}+)`)
)

// references reads the citations without a number: laws by name and
// congress or plenum resolutions. Name is the citation as written, single
// spaced ("Luật Tổ chức chính quyền địa phương", "Nghị quyết Đại hội XIII");
// one entry per name.
func (s *scanner) references() []data.Reference {
	t := s.text
	var out []data.Reference
	var seen map[string]bool // made at the first reference: most texts cite none
	add := func(typ, name string) {
		name = strings.Join(strings.Fields(name), " ")
		k := vn.Key(name)
		if name == "" || seen[k] {
			return
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[k] = true
		out = append(out, data.Reference{Type: typ, Name: name})
	}
	for _, h := range s.hits {
		switch h.typ {
		case "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp":
			// a law by name: "Luật Tổ chức Chính phủ"; the type word as written
			first, _ := utf8.DecodeRuneInString(t[h.start:])
			p := skipBlanks(t, h.end)
			r, _ := utf8.DecodeRuneInString(t[p:])
			if !unicode.IsUpper(first) || !unicode.IsUpper(r) || p == h.end {
				continue
			}
			name, ok := s.lawName(p)
			if !ok {
				continue
			}
			head := strings.Join(strings.Fields(t[h.start:h.end]), " ")
			add(h.typ, head+" "+name)
		case "Nghị quyết", "Kết luận":
			p := skipSpace(t, h.end)
			loc := reMeetingBody.FindStringIndex(t[p:])
			if loc == nil || p == h.end {
				continue
			}
			body := t[p : p+loc[1]]
			e := reRefEnd.FindStringIndex(body)
			if e == nil {
				e = reCongressNo.FindStringIndex(body)
			}
			if e == nil {
				// "Nghị quyết Trung ương 4": the plenum number ends it
				if e = rePlenumNo.FindStringIndex(body); e == nil {
					continue
				}
			}
			add(h.typ, t[h.start:h.end]+" "+body[:e[1]])
		}
	}
	return out
}

// lawName reads the name of a law after its type word: capitalised first
// word, then words up to punctuation, a date, a number or a verb; "năm
// 2015" is kept. ok is false for a name that is a single generic word.
func (s *scanner) lawName(p int) (string, bool) {
	t := s.text
	j := p
	last := p
	words := 0
	for j < len(t) && words < 12 {
		k := skipBlanks(t, j)
		if k+1 < len(t) && t[k] == ',' && words > 0 {
			// "Luật Phòng, chống tham nhũng": a comma before a small word
			k2 := skipBlanks(t, k+1)
			if r, _ := utf8.DecodeRuneInString(t[k2:]); unicode.IsLower(r) && !lawStop[lowerWord(nextWord(t, k2))] {
				k = k2
			}
		}
		if k < len(t) && t[k] == '\n' && words > 0 {
			k = skipBlanks(t, k+1) // a hard line wrap inside the name
		}
		w := nextWord(t, k)
		if w == "" {
			break
		}
		lw := lowerWord(w)
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
			if s.startsTypeWord(k) {
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
	"trong": true, "tại": true, "này": true, "mới": true, "kịp": true,
	"hướng": true, "nhằm": true, "từ": true, "đến": true, "khi": true, "sau": true, "trước": true,
}
