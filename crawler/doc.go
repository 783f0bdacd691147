// Package crawler owns the crawl: it fetches portal pages politely, keeps
// every response in the WARC archive, finds the links to follow, recognises
// article pages, and hands each archived page to a Sink — resumably, so a
// crawl killed at any instant (kill -9 included) completes on the next run.
// Colly stays inside this package: its callbacks only record links into our
// own job type.
//
// Data flow of one page:
//
//	frontier.Claim ──▶ robots.txt check (fetched once per portal through the same path, archived)
//	      │
//	      ▼
//	colly.Request ──▶ collyTransport ──▶ fetcher.get ──▶ Scheduler.Acquire (delay, parallel, Retry-After per portal)
//	      │                                   │              wire transport: raw request/response bytes recorded
//	      │                                   ├─▶ archive.Write (every response, error answers included; durable)
//	      │                                   └─▶ retries with backoff and jitter on timeouts, resets, 429, 5xx
//	      ▼
//	OnHTML: links, rel=canonical ──▶ urlcanon (canonical URL, dedup key) ──▶ portal alias hosts ──▶ trap guard
//	      │
//	      ▼
//	Sink(Page) ──▶ frontier.Ack(result, discovered links) in one bbolt transaction
//
// Order of commit: the archive write is durable before the frontier hears of
// it. A crash between the two leaves a capture the frontier does not know; on
// resume the item is claimed again, its capture is found in the archive index
// and replayed from there instead of fetched, so the archive keeps one capture
// per page and the links of that page are not lost. Claims are held in memory
// only, so a killed process's items in flight (at most Parallel per portal)
// are simply handed out again.
//
// A portal is one server: its seed host, plus every host name found to
// resolve to the same address and port (127.0.0.1 and localhost; the two
// names of a district portal). Its URLs are canonicalised to the seed host,
// it has one queue, one politeness budget and one robots.txt.
//
// Data directory layout: Dir/crawl/state.db (the frontier: queue, seen set,
// fetch records with status, time, digest, WARC file and offset, failure
// reason) and Dir/archive (WARC files and their CDXJ index, package archive).
package crawler
