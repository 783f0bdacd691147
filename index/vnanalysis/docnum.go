package vnanalysis

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/vnarchive/vnarchive/data/vn"
)

// DocKey is the matching key of a document number: its runs of letters and
// digits, folded (đ → d) and lower-cased, joined by "/". Every spelling of
// one number gives one key: "25-NQ/TW", "25/NQ-TW", "25 - nq/tw" → "25/nq/tw";
// "15/2023/NĐ-CP", "15/2023/ND-CP" → "15/2023/nd/cp". It is a search key,
// not an identity (see data.Document.Key). "TƯ" reads as "TW" (Trung ương);
// dots inside parts are dropped.
func DocKey(s string) string {
	s = strings.ReplaceAll(vn.NFC(s), ".", "")
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
	for i, p := range parts {
		if p == "TƯ" || p == "tư" || p == "Tư" {
			parts[i] = "tw" // Trung ương, not TU (tỉnh ủy)
			continue
		}
		parts[i] = Fold(p)
	}
	return strings.Join(parts, "/")
}

// docNumberQuery matches a document number typed in a query, in any case,
// with or without spaces around its separators.
var docNumberQuery = regexp.MustCompile(`(?i)^\d+(?:[/\-‐–—]\d{4})?[/\-‐–—]\pL[\pL\pMn\d]*(?:[/\-‐–—]\pL[\pL\pMn\d.]*)*$`)

// IsDocNumber reports whether a query word (no spaces) is a document number
// such as "25-nq/tw" or "30/2020/ND-CP".
func IsDocNumber(word string) bool {
	return docNumberQuery.MatchString(word)
}

// spacedDocNumber finds document numbers typed with spaces around their
// separators; at least one "/" must occur, so "12 -khéo" (a NOT) is left.
var spacedDocNumber = regexp.MustCompile(`(?i)\d+(?:\s*[/\-‐–—]\s*\d{4})?\s*[/\-‐–—]\s*\pL[\pL\pMn\d]*(?:\s*[/\-‐–—]\s*\pL[\pL\pMn\d.]*)*`)

// CompactDocNumbers removes the spaces inside document numbers of a query
// ("25 - nq/tw" → "25-nq/tw") so that they read as one word.
func CompactDocNumbers(q string) string {
	return spacedDocNumber.ReplaceAllStringFunc(q, func(m string) string {
		if !strings.Contains(m, "/") || !strings.ContainsAny(m, " \t\n") {
			return m
		}
		return strings.Join(strings.Fields(m), "")
	})
}
