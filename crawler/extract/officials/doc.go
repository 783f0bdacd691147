// Package officials finds the officials named in Vietnamese text: every
// person presented with a position, office or rank, or as "đồng chí", with
// every title the text gives them (shared/eval/ANNOTATION.md).
//
// It is grammar over lexicons, not a model:
//
//	text ──NFC──▶ tokens (words, punctuation, line breaks; keys fold case and tone placement)
//	       │
//	       ▼
//	   scan: items ── title  = head (Bí thư, Phó Chủ tịch, UVTV…) + body (orgs, units, places)
//	       │          name   = 2–5 capitalised syllables, first a surname (or vouched for)
//	       │          honorific/rank/degree, separators, "làm"/"giữ chức", "gồm"
//	       ▼
//	   grammar: TITLE NAME · NAME - TITLE, TITLE · list headers "các đồng chí T: A - …; B - …"
//	            "T là ông A" · "A giữ chức T" · "Thủ tướng làm T" (coreference) · signature blocks
//	       │
//	       ▼
//	   []data.Official, one per person (merged on a case- and tone-folded key)
//
// The word lists live in data/lexicon (surnames, titles, orgs, places,
// honorifics) and are embedded by package data. Find is pure, safe for
// concurrent use and never panics.
package officials
