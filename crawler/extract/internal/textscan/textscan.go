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
// or len(s). It skips 32 bytes at a time while they hold no digit (four
// words tested together, so that the loop's bookkeeping is shared), then
// finds the digit eight bytes at a time from the bits that mark them.
func NextDigit(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for ; i <= len(s)-32; i += 32 {
		b := s[i : i+32]
		if firstDigitBits(load64(b[0:8]))|firstDigitBits(load64(b[8:16]))|
			firstDigitBits(load64(b[16:24]))|firstDigitBits(load64(b[24:32])) != 0 {
			break
		}
	}
	for ; i <= len(s)-8; i += 8 {
		if m := firstDigitBits(load64(s[i : i+8])); m != 0 {
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

// load64 reads b[:8] as a little-endian word (one load on amd64 and arm64).
func load64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// firstDigitBits sets the high bit of the byte of w (bytes read
// little-endian) that is the first ASCII digit, and of no byte before it;
// bytes after it may be set too. It is zero when no byte is a digit. With
// x = w ^ '0' in every byte, digits are the bytes x < 10: x-10 borrows
// there and sets the high bit, which &^ x keeps only for bytes below 0x80
// (Bit Twiddling Hacks, "hasless"). A borrow crosses into the next byte
// only out of a digit, so nothing before the first digit is marked.
func firstDigitBits(w uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	x := w ^ (ones * '0')
	return (x - ones*10) &^ x & high
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
