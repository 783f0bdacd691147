// Package textscan holds the byte-level scanners the documents and dates
// readers share in place of regexps: the next digit, the regexp class \s,
// and a literal compared under simple case folding as (?i:…) compares it.
package textscan

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// NextDigit returns the index of the first ASCII digit of s at or after i,
// or len(s): eight bytes at a time, the first digit of eight found from
// the bits that mark them.
func NextDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := digitBits(s[i : i+8]); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return i
		}
	}
	return len(s)
}

// digitBits sets the high bit of each byte of b[:8] (read little-endian)
// that is an ASCII digit, and no other bit: a byte below 0x80 with '0'-1
// < b < '9'+1 sets its high bit (Bit Twiddling Hacks, "hasbetween"), and
// no borrow or carry crosses bytes.
func digitBits(b string) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	t := w & (ones * 127)
	return (ones*(127+'9'+1) - t) &^ w & (t + ones*(127-('0'-1))) & high
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
