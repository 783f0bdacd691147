package extract

import (
	"strings"

	"github.com/vnarchive/vnarchive/crawler/extract/docs"
	"github.com/vnarchive/vnarchive/crawler/extract/officials"
	"github.com/vnarchive/vnarchive/data"
)

// Entity finders of the sibling packages, as variables of one signature
// each so that the wiring (what text they see, empty slices in JSON) is in
// one place.
var (
	findOfficials = officials.Find
	// findDocsAndDates finds the documents, references and dates (the
	// scanner of documents reads the dates anyway).
	findDocsAndDates = docs.FindWithDates
)

// fillEntities reads officials, documents, references and dates from the
// title and the main text only ("title\n\ntext"), never from boilerplate,
// and makes every list non-nil so that JSON shows [] rather than null.
func fillEntities(a *data.Article) {
	text := a.Text
	if a.Title != "" {
		text = a.Title + "\n\n" + a.Text
	}
	a.Officials = findOfficials(text)
	a.Documents, a.References, a.Dates = findDocsAndDates(text)
	emptyEntities(a)
}

// emptyEntities makes nil entity lists empty, so that JSON shows [].
func emptyEntities(a *data.Article) {
	if a.Officials == nil {
		a.Officials = []data.Official{}
	}
	if a.Documents == nil {
		a.Documents = []data.Document{}
	}
	if a.References == nil {
		a.References = []data.Reference{}
	}
	if a.Dates == nil {
		a.Dates = []string{}
	}
}

// Text extracts the entities of plain text (`vnarchive extract --text` and
// the evaluation): the text is normalised on the way in (entities, TCVN3/VNI,
// NFC) and kept whole, boilerplate included, as the caller gave it. A
// Liferay-style date line in it ("Ngày đăng 28/02/2024 | 16:38") sets
// Published.
func Text(text string) *data.Article {
	a := &data.Article{Text: Normalize(text)}
	for i, line := range strings.Split(a.Text, "\n") {
		if i > 40 {
			break
		}
		if isDateLine(line) {
			p := parseDateLine(line)
			a.Published, a.PublishedPrecision = p.rfc3339(), p.precision
			break
		}
	}
	a.Lang = langOf(a.Text, "")
	fillEntities(a)
	return a
}
