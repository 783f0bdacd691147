package vn

import "unicode/utf8"

// nfcRef0 is NFC as it was before its byte tables: the reference the tests
// compare NFC with, besides norm.NFC.
func nfcRef0(s string) string {
	if isStableRef(s) {
		return s
	}
	return nfcSlow(s)
}

// isStableRef is isStable as it was before its byte tables: it reports whether s is valid UTF-8 made of stable runes only, so
// that NFC(s) is s.
func isStableRef(s string) bool {
	buildTablesOnce()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(s, i)
		if r < tableSize {
			if !bit(stable[:], r) {
				return false
			}
		} else if r == utf8.RuneError {
			if size == 1 {
				return false // invalid UTF-8
			}
			// U+FFFD itself, frequent in pages decoded with errors, is stable
		} else if !stableBeyond(s[i : i+size]) {
			return false
		}
		i += size
	}
	return true
}
