package docs

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// attachTail reads the issuing date, the issuer and the term written right
// after a mention's number, and returns where the citation ends.
func (s *scanner) attachTail(m *mention) int {
	t := s.text
	end := m.num.end
	if k := skipSpace(t, end); k < len(t) && t[k] == '(' {
		// "05-NQ/TU (khóa XV) ngày 12/4/2021": the term in parentheses
		// between the number and its date
		if tm := termNear(t[k+1:]); tm != nil {
			if c := strings.IndexByte(t[k:], ')'); c > 0 && c < 24 {
				if _, _, ok := s.dateAt(k + c + 1); ok {
					m.term = romanTerm(t[k+1+tm[2] : k+1+tm[3]])
					end = k + c + 1
				}
			}
		}
	}
	if d, e, ok := s.dateAt(end); ok {
		m.date, m.dateSrc, end = d, 'a', e
		if e < len(t) && t[e] == ')' {
			end = e + 1
		}
	} else if k := skipBlanks(t, end); k > end && strings.HasPrefix(t[k:], "gày") {
		// "210/QĐ-UBND gày 7/8/2019": "ngày" typed without its n, only
		// right after the number
		// (or glued to the day: "gày3/4/2020")
		if i, ok := s.dateStarting(skipBlanks(t, k+len("gày"))); ok && k+len("gày") < len(t) && (t[k+len("gày")] == ' ' || isDigit(t[k+len("gày")])) {
			m.date, m.dateSrc, end = s.dates[i].Date, 'a', s.dates[i].End
		}
	}
	if m.date == "" {
		// "… 2136-QĐ/TW ngày 20/5 của Bộ Chính trị": a day and month with no
		// year is no date, but the issuer after it is still the citation's
		if loc := partialDateEnd(t[end:]); loc >= 0 && cuaEnd(t[end+loc:]) >= 0 {
			end += loc
		}
	}
	if m.date == "" {
		// "Chỉ thị 12/CT-UBND năm 2019 của UBND tỉnh": the year of the
		// citation between the number and its issuer
		if loc := reYearOf.FindStringIndex(t[end:]); loc != nil && cuaEnd(t[end+loc[1]:]) >= 0 {
			end += loc[1]
		}
	}
	if loc := cuaEnd(t[end:]); loc >= 0 {
		iss, e := s.issuerPhrase(end + loc)
		if iss != "" {
			m.issuer = iss
			end = e
			if tm := termIn(iss); tm != nil {
				m.term = romanTerm(tm[1])
			}
			if m.date == "" {
				if d, e2, ok := s.dateAt(end); ok {
					m.date, m.dateSrc, end = d, 'a', e2
				}
			}
		}
	}
	if m.date == "" {
		// "… 25-NQ/TW do Ban Chấp hành Trung ương ban hành ngày 3/6/2013"
		if loc := doIssued(t[end:]); loc != nil {
			if d, e, ok := s.dateAt(end + loc[1]); ok {
				m.date, m.dateSrc, end = d, 'a', e
			}
		}
	}
	if m.term == "" {
		// "(khóa XI)" right after the number or the date
		k := skipSpace(t, end)
		if k < len(t) && t[k] == '(' {
			if tm := termNear(t[k+1:]); tm != nil {
				m.term = romanTerm(t[k+1+tm[2] : k+1+tm[3]])
			}
		}
	}
	return end
}

// reTermAt is reTerm anchored at the start.
var reTermAt = regexp.MustCompile(`^(?:` + reTerm.String() + `)`)

// termNear returns reTerm.FindStringSubmatchIndex(s) when that match starts
// at byte 0 or 1 of s, else nil, trying the regexp at those two places
// only (not over the rest of the text).
func termNear(s string) []int {
	if m := reTermAt.FindStringSubmatchIndex(s); m != nil {
		return m
	}
	if len(s) > 1 {
		if m := reTermAt.FindStringSubmatchIndex(s[1:]); m != nil {
			for i := range m {
				if m[i] >= 0 {
					m[i]++
				}
			}
			return m
		}
	}
	return nil
}

// A day and month without a year after a number (" ngày 20/5", ", ngày
// 3-12") is read by partialDateEnd.

// reYearOf reads the year of a citation after its number: " năm 2019".
var reYearOf = regexp.MustCompile(`^[ \t]*,?[ \t]*(?i:năm)[ \t]+(?:19|20)\d\d\b`)

// reDoIssued reads "do <body> ban hành|ký" between a number and its date.
var reDoIssued = regexp.MustCompile(`^\s*,?\s*(?i:do)\s+[^,.;:\n“"()]{1,80}?\s(?i:ban\s+hành|ký)`)

// doIssued is reDoIssued.FindStringIndex(s), the regexp run only where
// its start may match (doIssuedMay).
func doIssued(s string) []int {
	if !doIssuedMay(s) {
		return nil
	}
	return reDoIssued.FindStringIndex(s)
}

// termIn is reTerm.FindStringSubmatch(s), the regexp run only where a
// match may be (termMay).
func termIn(s string) []string {
	if !termMay(s) {
		return nil
	}
	return reTerm.FindStringSubmatch(s)
}

// dateAt returns the date that starts a citation tail at k: ", ngày 03/6/2013",
// " (22/10/2018)", "ban hành ngày 3 tháng 6 năm 2013".
func (s *scanner) dateAt(k int) (string, int, bool) {
	t := s.text
	j := k + beforeDateEnd(t[k:])
	if i, ok := s.dateStarting(j); ok {
		d := s.dates[i]
		return d.Date, d.End, true
	}
	return "", k, false
}

// issuerPhrase reads the body named after "của": up to punctuation, a
// quote, "về", a verb or another citation; "(khóa XI)" is kept.
func (s *scanner) issuerPhrase(k int) (string, int) {
	t := s.text
	words := 0
	budget := 14 // words of one body
	j := k
	lastGood := k
	for j < len(t) && words < budget {
		r, size := utf8.DecodeRuneInString(t[j:])
		switch {
		case r == '(':
			// keep a term in parentheses: "(khóa XI)"
			if loc := termNear(t[j+1:]); loc != nil {
				if c := strings.IndexByte(t[j:], ')'); c > 0 && c < 24 {
					j += c + 1
					lastGood = j
					continue
				}
			}
			return oneLine(t[k:lastGood]), lastGood
		case r == '\n' && strings.HasPrefix(strings.TrimLeft(t[j+1:min(len(t), j+64)], " \t"), "\n"):
			// a blank line ends the phrase
			return oneLine(t[k:lastGood]), lastGood
		case r == ' ' || r == '\t' || r == '\n':
			j += size
			continue
		case isLetter(r) || isDigitRune(r):
			w := nextWord(t, j)
			lw := lowerWord(w)
			if stopWord[lw] && j > k && !(lw == "triển" && strings.EqualFold(prevWord(t, j), "phát")) {
				// "Bộ Kế hoạch và Phát triển …": "triển" ends a phrase only as "triển khai"
				return oneLine(t[k:lastGood]), lastGood
			}
			if j > k && w == lw && gluedWords(w) {
				// "của Chính phủ hướngdẫn …": lower-case words run together
				// are text after the body
				return oneLine(t[k:lastGood]), lastGood
			}
			if lw == "của" && j > k {
				// "Tổ công tác … của Thủ tướng Chính phủ": a body of a body
				budget = min(words+14, 40)
			}
			if j > k && w == lw && issuerVerb(t, j, lw) {
				// "của UBND tỉnh ban hành …", "của Bộ Tài chính sửa đổi …"
				return oneLine(t[k:lastGood]), lastGood
			}
			if lw == "và" {
				// "Ban Tuyên giáo và Dân vận": go on only before a capital
				nk := skipSpace(t, j+len(w))
				nw := nextWord(t, nk)
				if nr, _ := utf8.DecodeRuneInString(nw); !unicode.IsUpper(nr) || s.startsTypeWord(nk) {
					return oneLine(t[k:lastGood]), lastGood
				}
			}
			if w == "" {
				j += size
				continue
			}
			j += len(w)
			lastGood = j
			words++
		case r == '-' && j > k && (t[j-1] == ' ' || t[j-1] == '\t') && j+1 < len(t) && (t[j+1] == ' ' || t[j+1] == '\t'):
			// "Bộ Công an - Bộ Lao động - Thương binh và Xã hội - Bộ Tài
			// chính": joint issuers, each a body of its own; a dash before
			// a small word ends the phrase ("UBND tỉnh - nơi …")
			nr, _ := utf8.DecodeRuneInString(nextWord(t, skipBlanks(t, j+1)))
			if !unicode.IsUpper(nr) {
				return oneLine(t[k:lastGood]), lastGood
			}
			budget = min(words+14, 40)
			j += size
		case r == '-' || r == '.' && j+1 < len(t) && t[j+1] != ' ' && t[j+1] != '\n' || r == '/' || r == '&':
			j += size
		default:
			return oneLine(t[k:lastGood]), lastGood
		}
	}
	return oneLine(t[k:lastGood]), lastGood
}

// oneLine returns an issuer phrase with the line breaks and runs of blanks
// of its text as single spaces ("Ủy ban nhân\ndân tỉnh" → "Ủy ban nhân dân
// tỉnh").
func oneLine(p string) string {
	if singleSpaced(p) {
		return p // as Fields and Join would give it, without their copies
	}
	return strings.Join(strings.Fields(p), " ")
}

// singleSpaced reports whether strings.Join(strings.Fields(p), " ") is p:
// p has no white space (unicode.IsSpace) but single ASCII spaces between
// other runes.
func singleSpaced(p string) bool {
	if p == "" || p[0] == ' ' || p[len(p)-1] == ' ' {
		return p == ""
	}
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			if c == ' ' && p[i+1] == ' ' || c != ' ' && asciiSpace(c) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// issuerVerb reports whether the lower-case word w at t[j] starts a verb
// that follows an issuer: "ban hành", "sửa đổi", "bổ sung", "yêu cầu",
// "chỉ đạo", "đề nghị" (written in capitals they name bodies: "Ban Chỉ đạo").
func issuerVerb(t string, j int, w string) bool {
	switch w {
	case "sửa", "bổ":
		return true
	case "ban", "yêu", "chỉ", "giao", "đề", "điều", "phân", "công", "quyết":
		next := nextWord(t, skipSpace(t, j+len(w)))
		switch w + " " + next {
		case "ban hành", "yêu cầu", "chỉ đạo", "giao nhiệm", "giao cho", "đề nghị", "đề ra",
			"điều động", "phân công", "công bố", "quyết định":
			return true
		}
	}
	return false
}

// startsTypeWord reports whether a document type word starts at text[k].
func (s *scanner) startsTypeWord(k int) bool {
	i := sort.Search(len(s.hits), func(i int) bool { return s.hits[i].start >= k })
	return i < len(s.hits) && s.hits[i].start == k
}

// stopWord ends an issuer phrase.
var stopWord = map[string]bool{
	"về": true, "v/v": true, "đã": true, "để": true, "nhằm": true, "trong": true, "tại": true, "thì": true,
	"với": true, "cho": true, "đến": true, "đối": true, "theo": true, "là": true, "được": true, "sẽ": true,
	"ngày": true, "quy": true, "ban": false, "hướng": true, "phê": true, "thành": false, "trên": true,
	"này": true, "nay": true, "đó": true, "thực": true, "triển": true, "tiếp": true, "gồm": true,
	"năm": true, "số": true, "có": true, "như": true, "khi": true, "sau": true, "trước": true, "từ": true,
	"vào": true, "ra": true, "mà": true, "thông": false, "kèm": true, "ký": true, "cũng": true,
	"cùng": true,
}

// gluedWords reports whether the word w holds more than one run of vowels:
// a Vietnamese syllable has one ("người", "quyền"), so w is two words
// written together ("thựchiện").
func gluedWords(w string) bool {
	runs, in := 0, false
	for _, r := range w {
		v := lowerVowel(r)
		if v && !in {
			runs++
		}
		in = v
	}
	return runs > 1
}

// vowels are the Vietnamese vowel letters with their tone marks.
const vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"

// lowerVowelBits marks the runes below runeTableSize whose lower case is
// one of vowels, for lowerVowel.
var lowerVowelBits = func() (b [runeTableSize / 64]uint64) {
	for r := rune(0); r < runeTableSize; r++ {
		if strings.ContainsRune(vowels, unicode.ToLower(r)) {
			b[r/64] |= 1 << (r % 64)
		}
	}
	return b
}()

// lowerVowel reports whether the lower case of r is one of vowels: a table
// look for the runes of Vietnamese text instead of a search of vowels.
func lowerVowel(r rune) bool {
	if u := uint32(r); u < runeTableSize {
		return lowerVowelBits[u/64]&(1<<(u%64)) != 0
	}
	return strings.ContainsRune(vowels, unicode.ToLower(r))
}

// frameDate finds the issuing date given in the sentence frame before a
// citation: "Ngày 18-2-1998, Bộ Chính trị đã ra Chỉ thị số 30-CT/TW",
// "Ngày 28 tháng 6 năm 2024, … Quốc hội đã thông qua Luật Thủ đô (Luật số …)".
func (s *scanner) frameDate(pos int) string {
	t := s.text
	lo := pos - 300
	if lo < 0 {
		lo = 0
	}
	// the sentence: back to ". ", ";" or a blank line
	for i := pos - 1; i > lo; i-- {
		if t[i] == ';' || (t[i] == '.' && i+1 < len(t) && (t[i+1] == ' ' || t[i+1] == '\n') && i > 0 && !unicode.IsUpper(prevRune(t, i))) ||
			(t[i] == '\n' && i > 0 && t[i-1] == '\n') {
			lo = i + 1
			break
		}
	}
	// a date after "ngày" in the sentence, else nothing to look for
	i := sort.Search(len(s.dates), func(i int) bool { return s.dates[i].Start >= lo })
	if i == len(s.dates) || s.dates[i].Start >= pos {
		return ""
	}
	before := t[lo:pos]
	vs, ve, ok := lastIssueVerb(before)
	if !ok {
		return ""
	}
	lastVerb := [2]int{vs, ve}
	gap := len(before) - lastVerb[1]
	if gap > 60 {
		return ""
	}
	// "ra" and "có" issue only what follows them: "đã ra Chỉ thị", not "ra
	// quân thực hiện Chỉ thị"; "đã có thông báo số …", not "đã có ý kiến về
	// Chỉ thị …"
	if verb := strings.ToLower(strings.TrimSpace(before[lastVerb[0]:lastVerb[1]])); (strings.HasSuffix(verb, "ra") || strings.HasSuffix(verb, "có")) && gap > 1 {
		return ""
	}
	date := ""
	for _, d := range s.dates[i:] {
		if d.End > lo+lastVerb[0] {
			break
		}
		if strings.EqualFold(prevWord(t, d.Start), "ngày") {
			date = d.Date
		}
	}
	return date
}

// An issuing verb of a sentence frame, (?i)(?:ban\s+hành|đã\s+ra|đã\s+có|\bra\s+|\bký\s|thông\s+qua),
// is read by lastIssueVerb (match.go).
