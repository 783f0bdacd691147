package officials

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data/vn"
)

// Signature blocks close many official documents:
//
//	TM. ỦY BAN NHÂN DÂN
//	KT. CHỦ TỊCH
//	PHÓ CHỦ TỊCH
//	(đã ký)
//	Nguyễn Văn A
//
// The name line stands alone; the nearest upper-case line above it that
// starts with a title head is the signer's title. A field label ("Người ký:
// Nguyễn Văn A") is metadata, not a signature.
func (g *grammar) signatures() {
	p := g.p
	text := p.text
	for start := 0; start <= len(text); {
		// the line text[lineStart:end]
		lineStart, end := start, strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		start = end + 1
		name := strings.Trim(strings.TrimSpace(text[lineStart:end]), "|")
		name = strings.TrimSpace(name)
		if name == "" || notNameLine(name) {
			continue
		}
		toks := g.tokenizeLine(name)
		if len(toks) < 2 || len(toks) > 5 {
			continue
		}
		ok := true
		for _, t := range toks {
			if t.kind != kWord || !t.nameShape {
				ok = false
				break
			}
		}
		if !ok || !p.lex.isSurname(&toks[0]) {
			continue
		}
		title := ""
		// the lines above, nearest first: text[ps:pe]
		for pe, seen := lineStart-1, 0; pe >= 0 && seen < 4; {
			ps := strings.LastIndexByte(text[:pe], '\n') + 1
			l := strings.TrimSpace(strings.Trim(strings.TrimSpace(text[ps:pe]), "|"))
			pe = ps - 1
			if l == "" {
				continue
			}
			seen++
			low := strings.ToLower(l)
			if strings.Contains(low, "đã ký") || strings.Contains(low, "ký tên") || strings.Contains(low, "chữ ký") || strings.Contains(low, "daky") {
				continue
			}
			if !isAllUpper(l) {
				break
			}
			l = stripSignPrefix(l)
			lt := g.tokenizeLine(l)
			sub := &parser{text: l, toks: lt, lex: p.lex}
			if n, _ := sub.headAt(0); n > 0 && len(lt) <= 8 {
				title = l
			}
			break
		}
		if title == "" {
			continue
		}
		tk := g.tokenizeLine(name)
		nm := make([]string, 0, len(tk))
		for _, t := range tk {
			nm = append(nm, t.text)
		}
		full := strings.Join(nm, " ")
		pp := g.personByName(full, lineStart)
		pp.titles = append(pp.titles, titleRef{pos: lineStart, text: title})
	}
}

// tokenizeLine is tokenizeWith(s, g.p.lex), the shape reader's table of
// words kept in g.
func (g *grammar) tokenizeLine(s string) []token {
	if g.lineRecent == nil {
		g.lineRecent = make([]int32, maxRecent)
	}
	toks, _ := tokenizeFlagged(make([]token, 0, len(s)/5+1), s, g.p.lex, g.lineRecent)
	return toks
}

// notNameLine is strings.ContainsAny(s, ":,;.-()0123456789") ||
// lowerWordStart(s) in one pass, reading ASCII a byte at a time: a line
// with such marks or a word in small letters is no name line.
// (FuzzNotNameLine checks it against that.)
func notNameLine(s string) bool {
	afterSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch bc := byteClass[c]; {
			case nameLineMarks[c]:
				return true
			case bc&bcSpace != 0 || c == '\n':
				afterSpace = true
			default:
				if afterSpace && 'a' <= c && c <= 'z' {
					return true
				}
				afterSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			afterSpace = true
		} else {
			if afterSpace && unicode.IsLower(r) {
				return true
			}
			afterSpace = false
		}
		i += size
	}
	return false
}

// nameLineMarks are the ASCII marks no name line has.
var nameLineMarks = func() (t [utf8.RuneSelf]bool) {
	for _, c := range ":,;.-()0123456789" {
		t[c] = true
	}
	return t
}()

// stripSignPrefix drops the signing-authority prefix of a title line:
// TM., KT., TL., TUQ., Q., T/M, K/T, T/L.
func stripSignPrefix(l string) string {
	for _, pre := range []string{"TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T", "T/L", "TM", "KT"} {
		if strings.HasPrefix(l, pre+" ") || (strings.HasPrefix(l, pre) && strings.HasSuffix(pre, ".")) {
			return strings.TrimSpace(l[len(pre):])
		}
	}
	return l
}

func (g *grammar) personByName(name string, pos int) *person {
	key := vn.Key(name)
	pp := g.people[key]
	if pp == nil {
		pp = g.newPerson()
		pp.key, pp.name, pp.first = key, name, pos
		g.people[key] = pp
		g.order = append(g.order, pp)
	}
	return pp
}
