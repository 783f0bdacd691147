// Package extract turns one fetched page into a data.Article: title,
// publication time, author or unit, category, main text without boilerplate,
// captions, attachments, and the officials, documents and dates read from the
// title and main text.
//
// Data flow:
//
//	raw bytes + Content-Type ──decode──▶ UTF-8 (BOM, header, <meta>, sniff; windows-1258 via x/text)
//	        │
//	        ▼
//	  HTML tree ──profile match (data/profiles/*.json, in order; generic fallback last)
//	        │
//	        ├─ title, date line / <meta> / JSON-LD, author, breadcrumb, captions, attachments
//	        └─ body ─▶ paragraphs ─▶ normalised text (entities, TCVN3/VNI, NFC, spaces)
//	                                      │
//	                                      ▼
//	          entities("title\n\ntext"): officials, documents + references, dates
//
// Text is normalised once, on the way in (Normalize): the text keeps its
// spelling; matching keys (one tone-mark placement, folded accents) are built
// by data/vn where they are needed. Every function here is pure and safe for
// concurrent use; none panics on any input.
package extract
