// Package frontier owns the crawl's durable to-do list: which URLs are queued
// per portal, which are in flight, which were fetched (with where their
// capture lives) and which failed and why — and the seen set that makes every
// page's key enter the queue once.
//
// The Frontier interface is what the crawler depends on; Bolt implements it
// in one bbolt file (a later Redis implementation lets several processes
// share one crawl). Work is handed out with claim/ack: Claim moves an item to
// "in flight", Ack records the result and the links found on the page in one
// transaction, and on reopen every item still in flight goes back to its
// queue — so a process killed at any instant repeats at most the requests it
// had in flight, and loses nothing.
package frontier

import (
	"context"
	"errors"
	"time"
)

// ErrUnknown is returned when a key names no item of the frontier.
var ErrUnknown = errors.New("unknown frontier key")

// ErrNotClaimed is returned by Ack, Fail and Release for an item that is not
// in flight.
var ErrNotClaimed = errors.New("frontier item not in flight")

// State is where an item stands.
type State string

// The states of an item.
const (
	Queued  State = "queued"  // waiting in its queue (or in flight: claims are not stored)
	Claimed State = "claimed" // only in files of an earlier layout; read as Queued
	Done    State = "done"    // fetched (or known through another URL of the same page)
	Failed  State = "failed"  // given up, with a reason
)

// Item is a URL waiting to be fetched. URL is canonical (urlcanon.Canonical)
// and Key its deduplication key (urlcanon.Key); Queue names the portal queue
// it waits in.
type Item struct {
	URL   string `json:"url"`
	Key   string `json:"key"`
	Queue string `json:"queue"`
	// Parent is the URL of the page that linked it; "" for a seed.
	Parent string `json:"parent,omitempty"`
	// Hops counts links followed from a seed.
	Hops int `json:"hops,omitempty"`
	// Barren counts consecutive ancestors that led to no new article: the
	// crawler's trap protection (endless calendars and pagination).
	Barren int `json:"barren,omitempty"`
	// ParentSig fingerprints the set of articles the parent page links to.
	ParentSig string `json:"parent_sig,omitempty"`
	// Article is true when the URL itself marks an article page.
	Article bool `json:"article,omitempty"`
}

// Result is what one fetch of an item gave.
type Result struct {
	Status  int       `json:"status,omitempty"`
	Fetched time.Time `json:"fetched,omitzero"`
	// Digest is the payload digest of the capture ("sha1:…").
	Digest string `json:"digest,omitempty"`
	// WARC and Offset locate the response record in the archive.
	WARC   string `json:"warc,omitempty"`
	Offset int64  `json:"offset,omitempty"`
	Bytes  int64  `json:"bytes,omitempty"`
	// Article is true when the page was recognised as an article.
	Article bool `json:"article,omitempty"`
	// Canonical is the page's own rel=canonical URL and CanonicalKey its key,
	// when they differ from the item's.
	Canonical    string `json:"canonical,omitempty"`
	CanonicalKey string `json:"canonical_key,omitempty"`
	// DuplicateOf is the key of the page this one turned out to repeat.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// AliasOf is set on a page never fetched under its own URL because
	// another URL (the key given) served it.
	AliasOf string `json:"alias_of,omitempty"`
	// Reason says why a failed item failed.
	Reason string `json:"reason,omitempty"`
	// Redirect is the Location of a 3xx answer.
	Redirect string `json:"redirect,omitempty"`
}

// Record is everything the frontier knows about one key.
type Record struct {
	Item
	State State `json:"state"`
	// Seq is the item's place in its queue while queued.
	Seq     uint64    `json:"seq,omitempty"`
	Result  Result    `json:"result"`
	Updated time.Time `json:"updated"`
}

// Stats counts the items per state. Articles counts done article pages that
// are not duplicates.
type Stats struct {
	Queued, Claimed, Done, Failed, Articles int
}

// AckInfo tells the caller what an Ack did.
type AckInfo struct {
	// Added is how many discovered items were new.
	Added int
	// Duplicate is true when the page's rel=canonical named a page already
	// fetched: the page is recorded as a duplicate of it.
	Duplicate bool
}

// Frontier is the crawl's durable queue and seen set. Implementations are
// safe for concurrent use.
type Frontier interface {
	// Add queues the items whose keys were never seen and returns how many
	// were new.
	Add(ctx context.Context, items ...Item) (int, error)
	// Claim hands out the oldest queued item of a queue not in flight; ok
	// is false when there is none. The item stays in flight until Ack, Fail
	// or Release — or until the process ends: claims are not durable, so a
	// crashed process's items are handed out again after reopening.
	Claim(ctx context.Context, queue string) (it Item, ok bool, err error)
	// Ack records the result of an item in flight and adds the items
	// discovered on its page, in one transaction.
	Ack(ctx context.Context, key string, res Result, discovered ...Item) (AckInfo, error)
	// Fail records that an item in flight was given up.
	Fail(ctx context.Context, key string, res Result) error
	// Release puts an item in flight back at the end of its queue.
	Release(ctx context.Context, key string) error
	// Get returns the record of a key.
	Get(ctx context.Context, key string) (Record, bool, error)
	// Queues lists the queues that hold queued items.
	Queues(ctx context.Context) ([]string, error)
	// Failures lists the failed records.
	Failures(ctx context.Context) ([]Record, error)
	// Stats counts items per state.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store.
	Close() error
}
