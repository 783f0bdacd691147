package docs

import (
	"github.com/vnarchive/vnarchive/crawler/extract/internal/textscan"
)

// The readers below match, at the start of a string, what the regexps of
// their doc comments match there (the regexps are in match_test.go, which
// fuzzes each reader against its regexp): \s is [\t\n\f\r ], (?i:…)
// compares runes under simple case folding as package regexp does, and
// where an optional part fails the match goes on without it.

// wordThenSpace returns where \s+ ends after (?i:lit) at s[i], or -1.
func wordThenSpace(s string, i int, lit string) int {
	n := textscan.FoldAt(s, i, lit)
	if n < 0 {
		return -1
	}
	k := textscan.SkipSpace(s, i+n)
	if k == i+n {
		return -1
	}
	return k
}

// soEnd reads ^(?i:số)(?:\s+(?i:hiệu))?\s*:?\s* and returns where it ends,
// or -1.
func soEnd(s string) int {
	if s == "" || s[0] != 's' && s[0] != 'S' && s[0] != 0xC5 {
		return -1 // (?i:s) is s, S or ſ (C5 BF)
	}
	e := textscan.FoldAt(s, 0, "số")
	if e < 0 {
		return -1
	}
	if k := textscan.SkipSpace(s, e); k > e {
		if n := textscan.FoldAt(s, k, "hiệu"); n >= 0 {
			e = k + n
		}
	}
	e = textscan.SkipSpace(s, e)
	if e < len(s) && s[e] == ':' {
		e++
	}
	return textscan.SkipSpace(s, e)
}

// cuaEnd reads ^[ \t]*,?\s*(?i:của)\s+ and returns where it ends, or -1.
func cuaEnd(s string) int {
	e := skipBlanks(s, 0)
	if e < len(s) && s[e] == ',' {
		e++
	}
	return wordThenSpace(s, textscan.SkipSpace(s, e), "của")
}

// listJointEnd reads
// ^\s*(?:,|;|(?i:và|hoặc))\s*(?:(?i:và)\s+)?(?:(?i:số)\s*:?\s*)? and
// returns where it ends, or -1.
func listJointEnd(s string) int {
	e := textscan.SkipSpace(s, 0)
	switch {
	case e < len(s) && (s[e] == ',' || s[e] == ';'):
		e++
	default:
		n := textscan.FoldAt(s, e, "và")
		if n < 0 {
			n = textscan.FoldAt(s, e, "hoặc")
		}
		if n < 0 {
			return -1
		}
		e += n
	}
	e = textscan.SkipSpace(s, e)
	if k := wordThenSpace(s, e, "và"); k >= 0 {
		e = k
	}
	if n := textscan.FoldAt(s, e, "số"); n >= 0 {
		e = textscan.SkipSpace(s, e+n)
		if e < len(s) && s[e] == ':' {
			e++
		}
		e = textscan.SkipSpace(s, e)
	}
	return e
}

// beforeDateEnd reads what may stand between a number and its issuing
// date,
// ^[ \t]*(?:,[ \t]*)?\n?[ \t]*(?:\([ \t]*)?(?:(?i:được\s+)?(?i:ban\s+hành|ký|thông\s+qua)\s+)?(?:(?i:ngày|mùng|mồng)(?:\s+|(?=\d)))?,
// and returns where it ends (it always matches).
func beforeDateEnd(s string) int {
	e := skipBlanks(s, 0)
	if e < len(s) && s[e] == ',' {
		e = skipBlanks(s, e+1)
	}
	if e < len(s) && s[e] == '\n' {
		e++
	}
	e = skipBlanks(s, e)
	if e < len(s) && s[e] == '(' {
		e = skipBlanks(s, e+1)
	}
	if k := wordThenSpace(s, e, "được"); k >= 0 {
		if v := issueVerbEnd(s, k); v >= 0 {
			e = v
		} else if v := issueVerbEnd(s, e); v >= 0 {
			e = v
		}
	} else if v := issueVerbEnd(s, e); v >= 0 {
		e = v
	}
	for _, w := range [...]string{"ngày", "mùng", "mồng"} {
		if k := wordThenSpace(s, e, w); k >= 0 {
			return k
		}
		if k := wordThenDigit(s, e, w); k >= 0 {
			// "ngày26/02/2013": the day glued to its word
			return k
		}
	}
	return e
}

// wordThenDigit reads lit (any case) at s[i] when an ASCII digit follows it
// directly ("ngày26/02/2013") and returns where lit ends, or -1.
func wordThenDigit(s string, i int, lit string) int {
	n := textscan.FoldAt(s, i, lit)
	if n < 0 || i+n >= len(s) || s[i+n] < '0' || s[i+n] > '9' {
		return -1
	}
	return i + n
}

// issueVerbEnd reads (?i:ban\s+hành|ký|thông\s+qua)\s+ at s[i] and returns
// where it ends, or -1.
func issueVerbEnd(s string, i int) int {
	if k := wordThenSpace(s, i, "ban"); k >= 0 {
		if e := wordThenSpace(s, k, "hành"); e >= 0 {
			return e
		}
	}
	if e := wordThenSpace(s, i, "ký"); e >= 0 {
		return e
	}
	if k := wordThenSpace(s, i, "thông"); k >= 0 {
		if e := wordThenSpace(s, k, "qua"); e >= 0 {
			return e
		}
	}
	return -1
}

// partialDateEnd reads a day and month with no year,
// ^[ \t]*,?[ \t]*(?i:ngày)[ \t]*\d{1,2}[ \t]*[/.\-][ \t]*\d{1,2}\b, and
// returns where it ends, or -1.
func partialDateEnd(s string) int {
	e := skipBlanks(s, 0)
	if e < len(s) && s[e] == ',' {
		e++
	}
	e = skipBlanks(s, e)
	n := textscan.FoldAt(s, e, "ngày")
	if n < 0 {
		return -1
	}
	e += n
	k := skipBlanks(s, e) // none when the day is glued: "ngày12/5"
	d := digitRun(s, k)
	if d < 1 || d > 2 {
		return -1
	}
	e = skipBlanks(s, k+d)
	if e >= len(s) || (s[e] != '/' && s[e] != '.' && s[e] != '-') {
		return -1
	}
	e = skipBlanks(s, e+1)
	d = digitRun(s, e)
	if d < 1 || d > 2 {
		return -1
	}
	e += d
	if e < len(s) && isASCIIWord(s[e]) {
		return -1 // \b after the digits
	}
	return e
}

// doIssuedMay reports whether reDoIssued can match s: its start
// ^\s*,?\s*(?i:do)\s must.
func doIssuedMay(s string) bool {
	e := textscan.SkipSpace(s, 0)
	if e < len(s) && s[e] == ',' {
		e++
	}
	e = textscan.SkipSpace(s, e)
	n := textscan.FoldAt(s, e, "do")
	return n >= 0 && e+n < len(s) && textscan.IsSpace(s[e+n])
}

// termMay reports whether reTerm can match in s: a match holds "h" or
// "H" followed by "o", "O", "ó" or "Ó" ((?i:khóa|khoá)).
func termMay(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != 'h' && s[i] != 'H' {
			continue
		}
		switch c := s[i+1]; {
		case c == 'o' || c == 'O':
			return true
		case c == 0xC3 && i+2 < len(s) && (s[i+2] == 0xB3 || s[i+2] == 0x93): // ó, Ó
			return true
		}
	}
	return false
}

// digitRun is the number of ASCII digits at s[k:].
func digitRun(s string, k int) int {
	n := 0
	for k+n < len(s) && isDigit(s[k+n]) {
		n++
	}
	return n
}

// isASCIIWord reports whether c is in \w: [0-9A-Za-z_].
func isASCIIWord(c byte) bool {
	return isDigit(c) || isASCIILetter(c) || c == '_'
}

// verbLead marks the bytes an issuing verb of lastIssueVerb may start
// with: the first bytes of b, đ, r, k, t in either case and of the Kelvin
// sign K (which (?i:k) matches).
var verbLead = func() (t [256]bool) {
	for _, c := range []byte("bBrRkKtT\xc4\xe2") {
		t[c] = true
	}
	return t
}()

// lastIssueVerb returns the last of the matches of
// (?i)(?:ban\s+hành|đã\s+ra|đã\s+có|\bra\s+|\bký\s|thông\s+qua) that a search
// from the start of s finds one after another (each from the end of the
// one before), as regexp's FindAllStringIndex does, read by hand.
func lastIssueVerb(s string) (start, end int, ok bool) {
	for p := 0; p < len(s); p++ {
		if !verbLead[s[p]] {
			continue
		}
		if e := issueVerbAt(s, p); e >= 0 {
			start, end, ok = p, e, true
			p = e - 1 // the next search starts at e
		}
	}
	return start, end, ok
}

// issueVerbAt returns where an issuing verb of lastIssueVerb that starts
// at s[p] ends, or -1. Its alternatives start with different letters, so
// at most one matches.
func issueVerbAt(s string, p int) int {
	if k := wordThenSpace(s, p, "ban"); k >= 0 {
		if n := textscan.FoldAt(s, k, "hành"); n >= 0 {
			return k + n
		}
	}
	if k := wordThenSpace(s, p, "đã"); k >= 0 {
		if n := textscan.FoldAt(s, k, "ra"); n >= 0 {
			return k + n
		}
		if n := textscan.FoldAt(s, k, "có"); n >= 0 {
			return k + n // "UBND tỉnh đã có thông báo số …"
		}
	}
	// \b: an ASCII word character on one side only
	boundary := p < len(s) && (p > 0 && isASCIIWord(s[p-1])) != isASCIIWord(s[p])
	if boundary {
		if k := wordThenSpace(s, p, "ra"); k >= 0 {
			return k
		}
		if n := textscan.FoldAt(s, p, "ký"); n >= 0 && p+n < len(s) && textscan.IsSpace(s[p+n]) {
			return p + n + 1
		}
	}
	if k := wordThenSpace(s, p, "thông"); k >= 0 {
		if n := textscan.FoldAt(s, k, "qua"); n >= 0 {
			return k + n
		}
	}
	return -1
}
