package simportal

import (
	"fmt"
	"html"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Text modes of a rendered string: the traps of portals.md §5.1.
const (
	modeNFC    = iota // plain NFC, HTML-escaped
	modeNFD           // decomposed (NFD)
	modeEntity        // some letters as named (&agrave;) or numeric (&#7897;) references
)

// named entities for the Latin-1 letters of Vietnamese.
var latin1Entities = map[rune]string{
	'à': "&agrave;", 'á': "&aacute;", 'â': "&acirc;", 'ã': "&atilde;", 'è': "&egrave;", 'é': "&eacute;",
	'ê': "&ecirc;", 'ì': "&igrave;", 'í': "&iacute;", 'ò': "&ograve;", 'ó': "&oacute;", 'ô': "&ocirc;",
	'õ': "&otilde;", 'ù': "&ugrave;", 'ú': "&uacute;", 'ý': "&yacute;", 'Â': "&Acirc;", 'Ô': "&Ocirc;",
	'Ê': "&Ecirc;", 'À': "&Agrave;", 'Á': "&Aacute;",
}

// esc writes s (NFC) as HTML text in the given mode.
func esc(s string, mode int) string {
	e := html.EscapeString(s)
	switch mode {
	case modeNFD:
		return norm.NFD.String(e)
	case modeEntity:
		var b strings.Builder
		for _, r := range e {
			switch {
			case latin1Entities[r] != "":
				b.WriteString(latin1Entities[r])
			case r >= 0x1EA0 && r <= 0x1EF9 && r%3 == 0:
				fmt.Fprintf(&b, "&#%d;", r)
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	return e
}

// Vietnamese tone marks, which windows-1258 writes as combining bytes.
func isTone(r rune) bool {
	return r == 0x300 || r == 0x301 || r == 0x303 || r == 0x309 || r == 0x323
}

// encode1258 writes an NFC string in windows-1258: letters that the code
// page lacks precomposed are written as base letter + combining tone, and
// anything it cannot write at all as a numeric character reference.
func encode1258(s string) []byte {
	cm := charmap.Windows1258
	out := make([]byte, 0, len(s))
	for _, r := range norm.NFC.String(s) {
		if b, ok := cm.EncodeRune(r); ok {
			out = append(out, b)
			continue
		}
		var base, tones []rune
		for _, d := range norm.NFD.String(string(r)) {
			if isTone(d) {
				tones = append(tones, d)
			} else {
				base = append(base, d)
			}
		}
		parts := append([]rune(norm.NFC.String(string(base))), tones...)
		var enc []byte
		good := true
		for _, p := range parts {
			b, ok := cm.EncodeRune(p)
			if !ok {
				good = false
				break
			}
			enc = append(enc, b)
		}
		if good {
			out = append(out, enc...)
		} else {
			out = append(out, fmt.Sprintf("&#%d;", r)...)
		}
	}
	return out
}
