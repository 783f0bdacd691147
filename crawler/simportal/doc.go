// Package simportal serves simulated Vietnamese government portals on
// 127.0.0.1: the embedded default of `vnarchive demo` and the backbone of the
// crawler's, extractor's and index's tests. It owns the article generator (its
// own templates and vocabulary, never copied text), the page renderers of two
// portal families, the traps real portals set, and the ground truth of every
// article it serves.
//
// Data flow:
//
//	Config ─▶ New ─▶ Portal (small index: family, category, slug suffix per article)
//	                   │
//	                   ├─ article(i) ── generated on demand from (Seed, i) ──▶ paragraphs + truth slots
//	                   │                                                         │
//	                   ├─ Handler("liferay"|"ward") ─▶ HTML pages ◀──────────────┘
//	                   │        │ (boilerplate, NFD/entities, windows-1258, gzip, chunked, faults)
//	                   │        ▼
//	                   └─ Start ─▶ Server (two listeners, request log with body digests)
//
// The two families are the Hanoi Liferay 6.2 district portal (category lists
// paged with _101_cur, articles at /<cat>/-/view_content/<id>-<slug>.html) and
// the 2025 ward portal (/<cat>/<slug>-<id>.htm, "21:08 20/07/2025" dates).
// Articles are generated from (seed, index) alone, so 100,000 articles cost
// only a few bytes of index each; the same seed always gives the same bytes.
package simportal
