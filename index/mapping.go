package index

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
	"github.com/vnarchive/vnarchive/index/vnanalysis"
)

// Field names of the index. The text fields come in three forms: the
// accent-exact one (stored: the result list, snippets and the article view
// read it), "_fold" (accent-folded, with term vectors for phrases and match
// offsets) and "_pairs" (folded syllable pairs, index only).
const (
	fTitle      = "title"
	fTitleFold  = "title_fold"
	fTitlePairs = "title_pairs"
	fBody       = "body"
	fBodyFold   = "body_fold"
	fBodyPairs  = "body_pairs"

	fURL          = "url"
	fSite         = "site"
	fCategory     = "category"
	fPublished    = "published"
	fDateKey      = "date_key" // one sortable term: publication time, then id (see dateKey)
	fYear         = "year"
	fMonth        = "month"
	fOfficial     = "official"      // display names, facet
	fOfficialKey  = "official_key"  // vn.Key of the name
	fOfficialFold = "official_fold" // vn.FoldKey of the name
	fDocument     = "document"      // canonical numbers, facet
	fDocKey       = "doc_key"       // vnanalysis.DocKey
	fType         = "type"          // full type names, facet
	fTypeFold     = "type_fold"     // vn.FoldKey of the type name
	fMeta         = "meta"          // stored JSON of the article without its text
)

// docType is the one document type of the mapping.
const docType = "article"

// noDate stands for an unknown publication time, so that sorting by date
// always has a value; it never falls into a facet or a realistic range.
var noDate = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// hcm is the time zone of publication dates and day filters.
var hcm = func() *time.Location {
	if l, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
		return l
	}
	return time.FixedZone("ICT", 7*3600)
}()

// newMapping is the explicit mapping of the index: one document type, no
// dynamic fields, BM25 scoring, the analyzers of package vnanalysis.
func newMapping() *mapping.IndexMappingImpl {
	text := func(analyzer string, store, vectors bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = vectors
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(analyzer string, store, docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = docValues
		return f
	}
	named := func(f *mapping.FieldMapping, name string) *mapping.FieldMapping {
		f.Name = name
		return f
	}

	dm := mapping.NewDocumentStaticMapping()
	dm.Dynamic = false
	dm.AddFieldMappingsAt(fTitle,
		named(text(vnanalysis.Vi, true, false), fTitle),
		named(text(vnanalysis.ViFold, false, true), fTitleFold),
		named(text(vnanalysis.ViPairs, false, false), fTitlePairs))
	dm.AddFieldMappingsAt(fBody,
		named(text(vnanalysis.Vi, true, false), fBody),
		named(text(vnanalysis.ViFold, false, true), fBodyFold),
		named(text(vnanalysis.ViPairs, false, false), fBodyPairs))
	dm.AddFieldMappingsAt(fURL, kw(keyword.Name, false, false))
	dm.AddFieldMappingsAt(fSite, kw(keyword.Name, false, true))
	dm.AddFieldMappingsAt(fCategory, kw(keyword.Name, false, false))
	pub := mapping.NewDateTimeFieldMapping()
	pub.Store = false
	pub.IncludeInAll = false
	pub.DocValues = false // ranges only: sorting reads fDateKey
	dm.AddFieldMappingsAt(fPublished, pub)
	dm.AddFieldMappingsAt(fDateKey, kw(keyword.Name, false, true))
	dm.AddFieldMappingsAt(fYear, kw(keyword.Name, false, true))
	dm.AddFieldMappingsAt(fMonth, kw(keyword.Name, false, true))
	dm.AddFieldMappingsAt(fOfficial,
		named(kw(keyword.Name, false, true), fOfficial),
		named(kw(vnanalysis.KeyExact, false, false), fOfficialKey),
		named(kw(vnanalysis.KeyFold, false, false), fOfficialFold))
	dm.AddFieldMappingsAt(fDocument,
		named(kw(keyword.Name, false, true), fDocument))
	dm.AddFieldMappingsAt(fDocKey, kw(keyword.Name, false, false))
	dm.AddFieldMappingsAt(fType,
		named(kw(keyword.Name, false, true), fType),
		named(kw(vnanalysis.KeyFold, false, false), fTypeFold))
	meta := mapping.NewTextFieldMapping()
	meta.Index = false
	meta.Store = true
	meta.IncludeTermVectors = false
	meta.IncludeInAll = false
	meta.DocValues = false
	dm.AddFieldMappingsAt(fMeta, meta)

	im := mapping.NewIndexMapping()
	im.AddDocumentMapping(docType, dm)
	im.DefaultMapping = dm
	im.DefaultType = docType
	im.DefaultAnalyzer = vnanalysis.Vi
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.ScoringModel = "bm25"
	return im
}

// ArchiveRef locates the archived capture an article was extracted from.
type ArchiveRef struct {
	// WARC is the file name of the WARC file inside the archive directory.
	WARC string `json:"warc"`
	// Offset and Length are the byte range of the (gzipped) response record.
	Offset int64 `json:"offset"`
	Length int64 `json:"length,omitempty"`
	// Captured is the capture time, RFC 3339.
	Captured string `json:"captured"`
}

// Entry is one article to index with where it was archived. Article.ID must
// be set (data.ArticleID of the canonical URL): indexing is keyed by it, so
// putting one article twice leaves one document.
type Entry struct {
	Article *data.Article
	Archive ArchiveRef
}

// stored is what the meta field holds: the article without its text (the
// body field stores that) and its archive location.
type stored struct {
	Article data.Article `json:"a"`
	Archive ArchiveRef   `json:"w"`
}

// document turns an entry into the field map the mapping indexes.
func document(e Entry) (map[string]interface{}, error) {
	a := e.Article
	doc := map[string]interface{}{
		fTitle: a.Title,
		fURL:   a.URL,
	}
	// The text first (the article view and the match offsets read the
	// first value), the title last: the ranking pass selects by the body
	// fields alone, one posting list per word.
	body := []string{a.Text}
	if a.Summary != "" {
		body = append(body, a.Summary)
	}
	body = append(body, a.Captions...)
	if a.Title != "" {
		body = append(body, a.Title)
	}
	doc[fBody] = body
	site := a.Site
	if site == "" {
		site = data.SiteOf(a.URL)
	}
	if site != "" {
		doc[fSite] = site
	}
	if a.Category != "" {
		doc[fCategory] = a.Category
	}
	t, ok := a.PublishedTime()
	if ok {
		lt := t.In(hcm)
		doc[fYear] = strconv.Itoa(lt.Year())
		doc[fMonth] = lt.Format("2006-01")
	} else {
		t = noDate
	}
	doc[fPublished] = t
	doc[fDateKey] = dateKey(t, a.ID)
	var names, docs, keys, types []string
	seen := map[string]bool{}
	for _, o := range a.Officials {
		n := vn.NFC(o.Name)
		if n == "" || seen["o"+n] {
			continue
		}
		seen["o"+n] = true
		names = append(names, n)
	}
	for _, d := range a.Documents {
		c := d.Canonical
		if c == "" {
			c = d.Number
		}
		if c != "" && !seen["d"+c] {
			seen["d"+c] = true
			docs = append(docs, c)
		}
		for _, k := range []string{vnanalysis.DocKey(c), vnanalysis.DocKey(d.Number)} {
			if k != "" && !seen["k"+k] {
				seen["k"+k] = true
				keys = append(keys, k)
			}
		}
		if d.Type != "" && !seen["t"+d.Type] {
			seen["t"+d.Type] = true
			types = append(types, d.Type)
		}
	}
	if names != nil {
		doc[fOfficial] = names
	}
	if docs != nil {
		doc[fDocument] = docs
	}
	if keys != nil {
		doc[fDocKey] = keys
	}
	if types != nil {
		doc[fType] = types
	}
	m := stored{Article: *a, Archive: e.Archive}
	m.Article.Text = ""
	blob, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	doc[fMeta] = string(blob)
	return doc, nil
}

// dateKeyLayout is the fixed-width, sortable time of a date key.
const dateKeyLayout = "20060102150405.000000000"

// dateKey is the one term by which articles sort newest first: the
// publication time in UTC, then the id with its bytes complemented (as hex,
// ended by "z"), so that a descending sort puts equal times in ascending id
// order. A datetime field holds several terms per article and would need the
// id as a second sort key, which makes Bleve load the id of every hit: one
// unique term sorts ~4x faster.
func dateKey(t time.Time, id string) string {
	b := make([]byte, 0, len(dateKeyLayout)+2*len(id)+1)
	b = t.UTC().AppendFormat(b, dateKeyLayout)
	const digits = "0123456789abcdef"
	for i := 0; i < len(id); i++ {
		c := 255 - id[i]
		b = append(b, digits[c>>4], digits[c&15])
	}
	return string(append(b, 'z'))
}

// parseDateKey returns the time of a date key.
func parseDateKey(k string) (time.Time, error) {
	if len(k) < len(dateKeyLayout) {
		return time.Time{}, fmt.Errorf("bad date key %q", k)
	}
	return time.Parse(dateKeyLayout, k[:len(dateKeyLayout)])
}
