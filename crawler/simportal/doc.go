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
// About 70% of the articles (the older ones, 2019 – June 2025) go to the
// Liferay portal, the rest (July 2025 – November 2026) to the ward portal.
//
// # URL shapes
//
// Liferay portal (also answers as http://localhost:PORT/, its second host name):
//
//	/                                            home: three newest per category
//	/<cat>                                       list page 1 (10 items)
//	/<cat>?p_p_id=101&…&p_r_p_564233524_resetCur=false&_101_cur=N   list page N
//	/<cat>/-/view_content/<asset>-<slug>.html    article (canonical form)
//	/<cat>?p_p_id=101&…&_101_assetEntryId=<asset>&_101_urlTitle=<slug>   article, unfriendly form
//	/en/<any of the above>                       the same page with English labels
//	…/<asset>-<slug>.html/vi, …/en, …/vi/en      the article again (language suffixes)
//	/lich?thang=M&nam=Y                          the endless work calendar (allowed by robots)
//	/documents/20182/<asset>/<name>.pdf          attachments; /image/journal/article?img_id= images
//
// Ward portal:
//
//	/   /<cat>   /<cat>/trang-N.htm             home, list pages (15 items)
//	/<cat>/<slug>-2783<yyMMddHHmmss><nnn>.htm   article (canonical form)
//	/lich-cong-tac?thang=M&nam=Y                 the endless calendar
//	/Uploads/files/yyyy/mm/<name>.pdf            attachments
//
// # Canonical URLs
//
// Truth.CanonicalURL is what the page's rel=canonical says: scheme http, host
// 127.0.0.1:PORT (never localhost), the canonical path above, no query, no
// ";jsessionid", no /vi or /en suffix, no /en/ prefix. A crawler that maps
// every URL form to it gets one record per article; Truth.ID is
// data.ArticleID(CanonicalURL) (on Liferay the host family and asset id).
//
// # Traps
//
// Always on: duplicate URLs (;jsessionid=…, ?p_auth=…, utm_* and fbclid,
// /vi and /en suffixes up to four deep, the /en/ sub-site, the article under
// another category path, the _101_assetEntryId form, the localhost host name);
// robots.txt disallowing /c/portal/, /search, /lich/ and /html/ (ward:
// /tim-kiem, /admin/, /lich-cong-tac/in), with "Crawl-delay: N" only when
// Config.CrawlDelay > 0; an endless calendar linked from every page; a list
// page past the last one (Liferay shows the last page, as its SearchContainer
// clamps _101_cur; the ward portal shows an empty list with status 200); a
// _101_cur without p_r_p_564233524_resetCur=false shows page 1; dead links to
// removed assets (404); NFD pages, named and numeric entities, an NFD portlet
// title; one ward category (van-hoa-xa-hoi: its lists and articles) in
// windows-1258, said in the Content-Type header and the meta tag; gzip on the
// Liferay portal when the client accepts it (with Content-Length); every ward
// response chunked; English labels leaking into some Liferay date lines;
// 12-hour clocks ("03:30 PM", "3:06 PM") on some categories; ETag and
// Last-Modified with 304 answers to conditional requests.
//
// Off by default, in Config.Faults: 429 with Retry-After on the first request
// of each list page, 503 once per article, slow pages, a redirect loop, a
// huge body.
//
// # Ground truth
//
// Truth comes from the template slots, following shared/eval/ANNOTATION.md:
// Text is the lead and every body block (paragraphs, captions, legal header
// and signature lines, the attachment line) joined by blank lines, NFC, no
// title, date line or byline; Officials carry names without honorifics,
// ranks or degrees and titles as verbatim spans (a signature block's title
// is upper case as written: "PHÓ CHỦ TỊCH"); Documents carry the number as
// written with dashes as "-" and no spaces (a U+00D0 "Ð" stays as written),
// Canonical = data.CanonicalNumber(Number); Dates are ISO, in order of first
// mention, document dates included.
package simportal
