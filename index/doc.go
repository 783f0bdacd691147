// Package index owns the Bleve full-text index of the archive: its mapping
// and Vietnamese analysis (subpackage vnanalysis), writing articles with a
// checkpoint of how far through the archive indexing got, rebuilding it with
// an atomic swap, and running searches expressed in this package's own query
// types. No Bleve type leaves the package.
//
// Data flow:
//
//	archive record ─▶ extract ─▶ Entry{Article, ArchiveRef} ─┐  (the glue lives in cmd/vnarchive)
//	                                                         ▼
//	            Apply(entries, checkpoint) ── one Bleve batch: documents + checkpoint
//	                                                         │
//	Query (Word, Phrase, Field, DateRange, And, Or, Not) ─▶ compile ─▶ Bleve query ─▶ Search ─▶ Result
//
// # Layout and ownership
//
// The index lives in <data>/index:
//
//	lock       flock'ed by the one process that owns the index; holds "pid N role"
//	CURRENT    the name of the generation in use, replaced by rename (atomic)
//	gen-XXXX/  a Bleve (scorch) index
//
// Bleve allows one process per index, so exactly one process owns it at a
// time: the one holding the lock, taken by Open without waiting. A second
// opener gets a *LockedError at once that names the owner.
//
// # Sharing between crawl, serve, reindex and the query commands
//
// The archive (WARC files) is the source of truth; the index follows it.
// Every owner catches up from the archive when it opens the index: it reads
// the checkpoint (per WARC file, the byte offset up to which records have been
// indexed), extracts the articles of the records past it and applies them in
// batches, each batch carrying the checkpoint it reaches, stored with
// SetInternal in the same Bleve batch as the documents. A kill at any moment
// leaves documents and checkpoint consistent; documents are keyed by
// data.ArticleID, so the records of a batch lost to a kill are indexed again
// on resume without duplicates: every archived article is indexed exactly
// once.
//
//   - `serve` owns the index while it runs and follows the archive: a
//     catch-up every second, so articles a concurrent `crawl` archives appear in
//     search within seconds, without a restart.
//   - `crawl` writes only the archive; when it finishes (or is stopped) it
//     tries to take the index and catch up. If `serve` holds it, crawl leaves
//     the work to serve's follow loop.
//   - `search`, `officials`, `documents`, `show` and `export` open the index,
//     catch up, answer, close. While `serve` runs they fail at once with a
//     message that says so; use serve's page and /api/ then.
//   - `reindex` opens the index (so nobody else writes), builds a new
//     generation from the WARC files alone (Rebuild), then swaps CURRENT by
//     rename and removes the old generation. A rebuild killed before the swap
//     leaves the old index in use; the unfinished generation is removed by the
//     next Open.
//
// Each generation records its format (the internal key "vnarchive.format").
// When the mapping or the fields documents fill change, the format goes up,
// and Open starts an empty generation in place of an older one: the opener's
// catch-up indexes the whole archive again, as reindex would.
//
// # Ranking
//
// A search runs in two passes. The ranking pass selects by the folded body
// field (the title is indexed in the body fields too, so one posting list per
// word finds title and text matches) and scores with BM25: words (or, for a
// run of words, their syllable pairs) in the title, accent-exact words,
// neighbouring syllable pairs and an official's full name add to the score.
// Its cost grows with the posting lists it walks, so each word walks as few
// as possible: a query is one flat boolean query, not a tree per word, and a
// word in more than 80% of the articles keeps only its must clause (its
// bonus clauses would move no ranking: see termCounts). The match-offset
// pass runs again over the page's hits only, with positions, to give the
// spans of the title and text for snippets.
package index
