// Package web owns the search web page and the JSON API of `vnarchive serve`:
// server-rendered HTML (html/template, assets embedded with go:embed, no
// script needed), CSV/JSONL export of a whole result, and the sandboxed view of
// an archived copy.
//
// Data flow:
//
//	HTTP request ─▶ Server (CSP, timeout, size limits)
//	                 ├─ /            ─┐
//	                 ├─ /api/search   ├─ ParseRequest ─▶ Searcher.Search ─▶ HTML page | JSON | CSV/JSONL
//	                 ├─ /export      ─┘
//	                 ├─ /officials, /api/officials ─▶ Searcher.Officials
//	                 ├─ /documents, /api/documents ─▶ Searcher.Documents
//	                 ├─ /article/{id}, /api/articles/{id} ─▶ Searcher.Article
//	                 └─ /archive/{id} (frame) ─▶ /archive/{id}/raw ─▶ Archive.ReadArchived
//	                                                (CSP sandbox, no script, no external load)
//
// The package depends on the search side only through the Searcher and
// Archive interfaces, so its handlers are tested against fakes and run
// against *search.Service in the binary.
package web
