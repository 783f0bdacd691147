// Package textscan holds the byte-level scanners the documents and dates
// readers share in place of regexps: the next digit, the regexp class \s,
// and a literal compared under simple case folding as (?i:…) compares it.
package textscan

import (
	"unicode"
	"unicode/utf8"
)

// NextDigit returns the index of the first ASCII digit of s at or after i,
// or len(s): eight bytes at a time while none of them is a digit.
func NextDigit(s string, i int) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		// a byte b below 0x80 with '0'-1 < b < '9'+1 sets its high bit
		// (Bit Twiddling Hacks, "hasbetween"); no borrow or carry crosses
		// bytes
		t := w & (ones * 127)
		if (ones*(127+'9'+1)-t)&^w&(t+ones*(127-('0'-1)))&high != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return i
		}
	}
	return len(s)
}

// IsSpace is the regexp class \s: [\t\n\f\r ].
func IsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// SkipSpace skips \s* at s[k].
func SkipSpace(s string, k int) int {
	for k < len(s) && IsSpace(s[k]) {
		k++
	}
	return k
}

// FoldEq reports whether r is p under simple case folding ((?i:p) matches
// r): "s" matches "S" and "ſ", "ố" matches "Ố".
func FoldEq(r, p rune) bool {
	if r == p {
		return true
	}
	if r < utf8.RuneSelf && p < utf8.RuneSelf {
		return r|0x20 == p|0x20 && 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	for f := unicode.SimpleFold(p); f != p; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// FoldAt returns the length of (?i:lit) matched at s[i], or -1: each rune
// equal to lit's under simple case folding, as package regexp compares them.
func FoldAt(s string, i int, lit string) int {
	j := i
	for _, p := range lit {
		if j >= len(s) {
			return -1
		}
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		if !FoldEq(r, p) {
			return -1
		}
		j += size
	}
	return j - i
}
