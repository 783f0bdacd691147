package data

import (
	"bufio"
	"embed"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/vnarchive/vnarchive/data/vn"
)

//go:embed lexicon/doctypes*.txt lexicon/issuers*.txt
var docLexFS embed.FS

// DocType is one document type of the embedded lexicon
// (data/lexicon/doctypes*.txt): its canonical full name ("Nghị quyết"), the
// abbreviations that stand for it in document symbols ("NQ") and other
// spellings of it in prose ("Chương trình hành động" for "Chương trình").
type DocType struct {
	Name    string
	Abbrevs []string
	Aliases []string
}

// Issuer is one issuer abbreviation of the embedded lexicon
// (data/lexicon/issuers*.txt). Family is "party", "state" or "both": which
// numbering grammar the body's documents follow.
type Issuer struct {
	Abbrev string
	Family string
	Body   string
}

// Issuer families.
const (
	FamilyParty = "party"
	FamilyState = "state"
	FamilyBoth  = "both"
)

type docLexicon struct {
	types   []DocType
	issuers []Issuer
	// keyed by SymbolKey
	typeByAbbrev map[string]string
	family       map[string]string
}

var (
	docLexOnce sync.Once
	docLex     *docLexicon
)

func loadDocLex() *docLexicon {
	docLexOnce.Do(func() {
		l := &docLexicon{typeByAbbrev: map[string]string{}, family: map[string]string{}}
		for _, line := range lexLines("lexicon/doctypes*.txt") {
			f := strings.Split(line, "|")
			t := DocType{Name: strings.TrimSpace(f[0])}
			if len(f) > 1 {
				t.Abbrevs = splitList(f[1])
			}
			if len(f) > 2 {
				t.Aliases = splitList(f[2])
			}
			if t.Name == "" {
				continue
			}
			l.types = append(l.types, t)
			for _, a := range t.Abbrevs {
				k := SymbolKey(a)
				if _, ok := l.typeByAbbrev[k]; !ok {
					l.typeByAbbrev[k] = t.Name
				}
			}
		}
		for _, line := range lexLines("lexicon/issuers*.txt") {
			f := strings.Split(line, "|")
			if len(f) < 2 {
				continue
			}
			is := Issuer{Abbrev: strings.TrimSpace(f[0]), Family: strings.TrimSpace(f[1])}
			if len(f) > 2 {
				is.Body = strings.TrimSpace(f[2])
			}
			if is.Abbrev == "" {
				continue
			}
			l.issuers = append(l.issuers, is)
			k := SymbolKey(is.Abbrev)
			if old, ok := l.family[k]; ok && old != is.Family {
				l.family[k] = FamilyBoth
			} else {
				l.family[k] = is.Family
			}
		}
		docLex = l
	})
	return docLex
}

// lexLines returns the data lines of the embedded files matching pattern, in
// file-name order, without comments and blank lines.
func lexLines(pattern string) []string {
	names, err := fs.Glob(docLexFS, pattern)
	if err != nil {
		return nil
	}
	sort.Strings(names)
	var out []string
	for _, name := range names {
		b, err := docLexFS.ReadFile(name)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			line := strings.TrimSpace(vn.NFC(sc.Text()))
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			out = append(out, line)
		}
	}
	return out
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// DocTypes returns the document types of the embedded lexicon in file order.
// The slice is shared: callers must not modify it. Safe for concurrent use.
func DocTypes() []DocType { return loadDocLex().types }

// Issuers returns the issuer abbreviations of the embedded lexicon in file
// order. The slice is shared: callers must not modify it. Safe for concurrent
// use.
func Issuers() []Issuer { return loadDocLex().issuers }

// TypeOfAbbrev returns the canonical type name a symbol abbreviation stands
// for ("NQ" → "Nghị quyết", "qd" → "Quyết định"), matching case-, dot- and
// diacritic-insensitively.
func TypeOfAbbrev(abbrev string) (string, bool) {
	t, ok := loadDocLex().typeByAbbrev[SymbolKey(abbrev)]
	return t, ok
}

// IssuerFamily returns the family ("party", "state" or "both") of an issuer
// abbreviation of a symbol, or "" when the lexicon does not know it. Issuers
// the lexicon does not list but that end like a Party committee (…TW, …TU,
// …QU, …HU) or start with ĐU are "party".
func IssuerFamily(abbrev string) string {
	k := SymbolKey(abbrev)
	if f, ok := loadDocLex().family[k]; ok {
		return f
	}
	if len(k) >= 3 {
		for _, suf := range []string{"TW", "TU", "QU", "HU"} {
			if strings.HasSuffix(k, suf) {
				return FamilyParty
			}
		}
		if strings.HasPrefix(k, "DU") {
			return FamilyParty
		}
	}
	if strings.HasPrefix(k, "QH") || strings.HasPrefix(k, "UBTVQH") {
		return FamilyState
	}
	return ""
}

// SymbolKey is the matching form of one part of a document symbol: dots and
// spaces dropped, "TƯ" written "TW", diacritics folded (Đ → D), upper case.
// "T.Ư", "TƯ" and "tw" share the key "TW"; "QĐ" and "qd" share "QD".
func SymbolKey(s string) string {
	if ascii, ok := asciiSymbolKey(s); ok {
		return ascii
	}
	s = symbolDrop.Replace(vn.NFC(s))
	s = symbolTW.Replace(s)
	return strings.ToUpper(vn.Fold(s))
}

var (
	symbolDrop = strings.NewReplacer(".", "", " ", "", "\u00A0", "")
	symbolTW   = strings.NewReplacer("TƯ", "TW", "tư", "TW", "Tư", "TW", "tƯ", "TW")
)

// asciiSymbolKey is SymbolKey for ASCII input, without allocation when s is
// already a key.
func asciiSymbolKey(s string) (string, bool) {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		if c == '.' || c == ' ' || (c >= 'a' && c <= 'z') {
			clean = false
		}
	}
	if clean {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' || c == ' ':
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		default:
			b = append(b, c)
		}
	}
	return string(b), true
}
