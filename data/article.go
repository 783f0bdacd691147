// Package data holds the archive's domain types — Article, Official, Document,
// Reference and the ground truth of a simulated article — and the curated
// reference data the binary embeds (lexicons, site profiles).
//
// It is the ground floor of the module: crawler produces these types, index
// stores them, search returns them. It imports nothing heavier than the
// standard library and golang.org/x/text.
//
// The JSON field names are the interface contract of `vnarchive extract`
// (shared/docs/product.md); they must stay stable.
package data

import (
	"time"
)

// Publication-time precisions for Article.PublishedPrecision.
const (
	PrecisionMinute = "minute" // date and time of day are known
	PrecisionDay    = "day"    // only the calendar day is known; the time is 00:00
	PrecisionNone   = ""       // no publication time found
)

// Article is one page of a portal after extraction. The zero value is an empty
// article with no publication time. Values are not safe for concurrent
// mutation.
type Article struct {
	// ID is stable across reindex and re-crawls: derived from the canonical
	// URL (see ArticleID). Empty in the output of `extract`.
	ID  string `json:"id,omitempty"`
	URL string `json:"url"`
	// Site is the portal's host family (lower-case host, "www." dropped).
	Site  string `json:"site,omitempty"`
	Title string `json:"title"`
	// Published is RFC 3339 in Asia/Ho_Chi_Minh, or "" when unknown.
	Published          string `json:"published"`
	PublishedPrecision string `json:"published_precision,omitempty"`
	Author             string `json:"author"`
	Category           string `json:"category"`
	// Summary is the lead paragraph (sapo) when the page marks one.
	Summary     string       `json:"summary,omitempty"`
	Text        string       `json:"text"`
	Captions    []string     `json:"captions,omitempty"`
	Attachments []Attachment `json:"attachments,omitempty"`
	Officials   []Official   `json:"officials"`
	Documents   []Document   `json:"documents"`
	References  []Reference  `json:"references"`
	// Dates are the full calendar dates mentioned, ISO yyyy-mm-dd,
	// deduplicated, in order of first mention.
	Dates []string `json:"dates"`
	// Lang is the page language ("vi", "en") when known.
	Lang string `json:"lang,omitempty"`
}

// PublishedTime parses Published. ok is false when it is empty or malformed.
func (a *Article) PublishedTime() (t time.Time, ok bool) {
	if a.Published == "" {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339, a.Published)
	return t, err == nil
}

// Official is a person named with a position, office or rank, or as
// "đồng chí" (shared/eval/ANNOTATION.md). Name carries no honorific or rank;
// Titles are verbatim spans of the text, one position each, in order of first
// mention, deduplicated.
type Official struct {
	Name   string   `json:"name"`
	Titles []string `json:"titles"`
}

// Document is a cited document that carries a number.
type Document struct {
	// Type is the canonical full type name ("Nghị quyết", "Quyết định", …).
	Type string `json:"type"`
	// Number is the number and symbol as written (NFC, dashes as "-", no
	// inner spaces); for bare forms ("Nghị quyết số 15") just the digits.
	Number string `json:"number"`
	// Canonical is a spelling-insensitive matching key: every spelling of one
	// number yields the same value. It is not an identity: see Key.
	Canonical string `json:"canonical"`
	// Date is the issuing date given with the citation (yyyy-mm-dd) or "".
	Date string `json:"date,omitempty"`
	// Issuer is the body named after "của" with the citation, or "".
	Issuer string `json:"issuer,omitempty"`
	// Term is the Party congress term in Roman numerals ("XI"), or "".
	Term string `json:"term,omitempty"`
}

// Year is the year the document was issued as far as the citation tells:
// the year of Date, else a four-digit year inside the number, else 0.
func (d Document) Year() int {
	if len(d.Date) >= 4 {
		y := 0
		for _, c := range d.Date[:4] {
			if c < '0' || c > '9' {
				return 0
			}
			y = y*10 + int(c-'0')
		}
		return y
	}
	return yearInNumber(d.Canonical)
}

// Key groups citations into one document: the canonical number plus what
// tells apart documents that share it (the issuing year or Party term). Two
// citations with equal keys are taken to be the same document; scope is the
// citing portal's site when the number alone is local (e.g. "12/KH-UBND").
func (d Document) Key(scope string) string {
	k := d.Canonical
	switch {
	case d.Term != "":
		k += "@" + d.Term
	case d.Year() != 0 && yearInNumber(d.Canonical) == 0:
		k += "@" + itoa(d.Year())
	}
	if scope != "" && IsLocalNumber(d.Canonical) {
		k += "@" + scope
	}
	return k
}

// Reference is a citation without a number: a law by name, a plenum or
// congress resolution ("Nghị quyết Đại hội XIII").
type Reference struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

// Attachment is a link from the article to a file (PDF, DOC, …).
type Attachment struct {
	URL  string `json:"url"`
	Name string `json:"name,omitempty"`
}

// Truth is the ground truth of one article of the simulated portal, taken
// from the generator's template slots, never from the extractor. Its fields
// carry the meaning of the matching Article fields.
type Truth struct {
	ID           string      `json:"id"`
	CanonicalURL string      `json:"canonical_url"`
	Title        string      `json:"title"`
	Published    string      `json:"published"`
	Author       string      `json:"author"`
	Category     string      `json:"category"`
	Officials    []Official  `json:"officials"`
	Documents    []Document  `json:"documents"`
	References   []Reference `json:"references,omitempty"`
	Dates        []string    `json:"dates"`
	Captions     []string    `json:"captions,omitempty"`
	Attachments  []string    `json:"attachments,omitempty"`
	// Words is the article body's plain text, for relevance tests.
	Text string `json:"text,omitempty"`
}
