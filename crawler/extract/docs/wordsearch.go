package docs

import "strings"

// wordSearches holds what abbrevTypeWords, letterWords and headerSo find
// in a plain text (findPlain), read by the type-word scan at the words it
// passes instead of by nine searches of the whole text. Each of them finds
// a word only where no letter stands before it (a word start), and the
// scan passes every word start of a plain text but those after a
// combining mark inside a word: a word it reads through wordStop (where
// such marks are read) sets partial, and the whole-text searches are used.
type wordSearches struct {
	abbrevs []typeHit // abbrevTypeWords
	letters []typeHit // letterWords
	sos     [][2]int  // headerSo
	partial bool
}

// foldFirst marks the first bytes of the words of wordSearches: the type
// letters of abbrevTypes, "Số"/"SỐ" and "bản"/"BẢN".
var foldFirst = func() (t [256]bool) {
	for _, at := range abbrevTypes {
		t[at.abbr[0]] = true
	}
	for _, c := range []byte("SbB") {
		t[c] = true
	}
	return t
}()

// foldMay reports whether a word of f's searches may start at t[k]: its
// first two bytes are one's.
func foldMay(t string, k int) bool {
	if k+1 >= len(t) {
		return false
	}
	switch c := t[k+1]; t[k] {
	case 'N':
		return c == 'Q' || c == 0xC4 // NQ, NĐ
	case 'Q':
		return c == 0xC4 // QĐ
	case 'K':
		return c == 'L'
	case 'C':
		return c == 'V'
	case 'S', 'b', 'B':
		return c == 0xE1 // Số, SỐ, bản, BẢN
	}
	return false
}

// at tests the words of f's searches at t[k], as the whole-text searches
// test each place they find one at.
func (f *wordSearches) at(t string, k int) {
	rest := t[k:]
	switch t[k] {
	case 'S':
		for _, w := range [...]string{"Số", "SỐ"} {
			if strings.HasPrefix(rest, w) {
				if p, ok := headerSoAt(t, k, k+len(w)); ok {
					f.sos = append(f.sos, [2]int{k, p})
				}
				return
			}
		}
	case 'b', 'B':
		for _, w := range [...]string{"bản", "BẢN"} {
			if strings.HasPrefix(rest, w) {
				if h, ok := letterWordAt(t, k, k+len(w)); ok {
					f.letters = append(f.letters, h)
				}
				return
			}
		}
	default:
		for _, at := range abbrevTypes {
			if strings.HasPrefix(rest, at.abbr) {
				if i := k + len(at.abbr); abbrevWordAt(t, k, i) {
					f.abbrevs = append(f.abbrevs, typeHit{start: k, end: i, typ: at.typ})
				}
				return
			}
		}
	}
}

// abbrevWords is abbrevTypeWords(s.text), read by the scan where it could.
func (s *scanner) abbrevWords() []typeHit {
	if s.searched {
		return s.found.abbrevs
	}
	return abbrevTypeWords(s.text)
}

// letterWords is letterWords(s.text), read by the scan where it could.
func (s *scanner) letterWords() []typeHit {
	if s.searched {
		return s.found.letters
	}
	return letterWords(s.text)
}

// headerSos is headerSo(s.text), read by the scan where it could.
func (s *scanner) headerSos() [][2]int {
	if s.searched {
		return s.found.sos
	}
	return headerSo(s.text)
}
