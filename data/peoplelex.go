package data

import (
	"embed"
	"strings"
)

// The word lists the officials extractor (crawler/extract/officials) builds
// its grammar on: surnames, title heads, address terms, ranks and degrees,
// organisation words and places. One entry a line, NFC; "#" starts a comment
// line; a few lists carry a second field after "|".
//
//go:embed lexicon/surnames*.txt lexicon/titles*.txt lexicon/orgs*.txt lexicon/places*.txt lexicon/honorifics*.txt
var peopleLexFS embed.FS

// Honorific is an address term written before a name ("đồng chí", "ông").
// Strong ones present the person as an official even with no position.
type Honorific struct {
	Term   string
	Strong bool
}

// PlaceWord is a word that takes a proper name after it. Unit words
// ("phường", "Quận ủy") may be followed by a place and then a person's name;
// Namer words ("đường", "Trường", "học bổng") are followed by a name that is
// never a person.
type PlaceWord struct {
	Word  string
	Namer bool
}

// peopleLines returns the fields of the data lines of one embedded list, in
// file order. A missing file gives nil: the lists are part of the binary, so
// that only happens when a file is renamed, which the tests catch.
func peopleLines(file string) [][]string {
	b, err := peopleLexFS.ReadFile("lexicon/" + file)
	if err != nil {
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		out = append(out, parts)
	}
	return out
}

func firstFields(file string) []string {
	rows := peopleLines(file)
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, r[0])
	}
	return out
}

// Surnames returns the Vietnamese family names of the embedded lexicon.
func Surnames() []string { return firstFields("surnames.txt") }

// TitleHeads returns the words a position starts with ("Bí thư", "Phó Chủ
// tịch", "UVTV"); each may stand alone before a name.
func TitleHeads() []string { return firstFields("titles.txt") }

// BoundTitleHeads returns title heads that are a position only with the body
// they belong to ("Trưởng" + "Công an phường").
func BoundTitleHeads() []string { return firstFields("titles-bound.txt") }

// Honorifics returns the address terms written before names.
func Honorifics() []Honorific {
	var out []Honorific
	for _, r := range peopleLines("honorifics.txt") {
		out = append(out, Honorific{Term: r[0], Strong: len(r) > 1 && r[1] == "strong"})
	}
	return out
}

// Ranks returns the military and police ranks written before names.
func Ranks() []string { return firstFields("honorifics-ranks.txt") }

// Degrees returns academic degrees, state honours and religious ranks
// written before names ("TS", "PGS", "NSƯT", "Hòa thượng").
func Degrees() []string { return firstFields("honorifics-degrees.txt") }

// OrgWords returns the words that continue a title after its head (the
// organisation and unit it belongs to), lower-case or not.
func OrgWords() []string { return firstFields("orgs.txt") }

// InnerOrgWords returns organisation words that are also common words of
// running text ("tổ chức", "kiểm tra"): they continue a title only when more
// of the organisation follows.
func InnerOrgWords() []string { return firstFields("orgs-inner.txt") }

// Places returns place names (provinces, districts, cities, regions,
// countries) that may stand between a title and a name.
func Places() []string { return firstFields("places.txt") }

// PlaceWords returns the unit and naming words that take a proper name.
func PlaceWords() []PlaceWord {
	var out []PlaceWord
	for _, r := range peopleLines("places-units.txt") {
		out = append(out, PlaceWord{Word: r[0], Namer: len(r) > 1 && r[1] == "namer"})
	}
	return out
}
