package frontier

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Bucket layout of the bbolt file:
//
//	items    key → Record (JSON): the seen set and every fetch record
//	queues   queue name → bucket of seq (uint64 BE) → key: FIFO per portal
//	meta     "seq" → uint64, "n:<state>" → uint64 counters, "articles"
//
// Claims live in memory only: a claimed item stays queued on disk until its
// Ack or Fail removes it, so a process that dies loses its claims and the
// items are simply handed out again after reopening — and a claim costs no
// disk write.
var (
	bItems  = []byte("items")
	bQueues = []byte("queues")
	bMeta   = []byte("meta")

	kSeq      = []byte("seq")
	kArticles = []byte("articles")
)

// Bolt is the Frontier kept in one bbolt file. It is safe for concurrent use;
// only one process may have the file open (Open waits up to a few seconds for
// the file lock, then fails).
type Bolt struct {
	db  *bolt.DB
	now func() time.Time

	mu      sync.Mutex        // guards claimed
	claimed map[string]string // key → queue of the items in flight
}

var _ Frontier = (*Bolt)(nil)

// Open opens (creating when needed) the frontier file at path and puts every
// item left in flight by an earlier process back into its queue. now is the
// clock of the records' Updated times; nil means time.Now.
func Open(ctx context.Context, path string, now func() time.Time) (*Bolt, error) {
	if now == nil {
		now = time.Now
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open frontier: %w", err)
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open frontier %s: %w", path, err)
	}
	f := &Bolt{db: db, now: now, claimed: map[string]string{}}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bItems, bQueues, bMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		// Files of an earlier layout kept claims on disk: put them back.
		return requeueStale(tx, f)
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open frontier %s: %w", path, err)
	}
	return f, ctx.Err()
}

// requeueStale turns records left in the claimed state (by an earlier
// layout that stored claims) back into queued ones.
func requeueStale(tx *bolt.Tx, f *Bolt) error {
	var stale []Record
	err := tx.Bucket(bItems).ForEach(func(k, v []byte) error {
		if !bytes.Contains(v, []byte(`"state":"claimed"`)) {
			return nil
		}
		var r Record
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("record %s: %w", k, err)
		}
		stale = append(stale, r)
		return nil
	})
	if err != nil {
		return err
	}
	for i := range stale {
		if err := f.setState(tx, &stale[i], Queued); err != nil {
			return err
		}
		if err := enqueue(tx, &stale[i]); err != nil {
			return err
		}
	}
	return nil
}

// Close closes the bbolt file.
func (f *Bolt) Close() error {
	if err := f.db.Close(); err != nil {
		return fmt.Errorf("close frontier: %w", err)
	}
	return nil
}

// Add implements Frontier.
func (f *Bolt) Add(ctx context.Context, items ...Item) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	n := 0
	err := f.db.Update(func(tx *bolt.Tx) error {
		var err error
		n, err = f.add(tx, items)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("frontier add: %w", err)
	}
	return n, nil
}

func (f *Bolt) add(tx *bolt.Tx, items []Item) (int, error) {
	n := 0
	for _, it := range items {
		if it.Key == "" || it.URL == "" || it.Queue == "" {
			return n, fmt.Errorf("item %q: key, URL and queue are required", it.URL)
		}
		if tx.Bucket(bItems).Get([]byte(it.Key)) != nil {
			continue
		}
		rec := Record{Item: it}
		if err := enqueue(tx, &rec); err != nil {
			return n, err
		}
		if err := f.setState(tx, &rec, Queued); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Claim implements Frontier. It reads only: the claim is kept in memory.
func (f *Bolt) Claim(ctx context.Context, queue string) (Item, bool, error) {
	if err := ctx.Err(); err != nil {
		return Item{}, false, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var it Item
	var ok bool
	err := f.db.View(func(tx *bolt.Tx) error {
		q := tx.Bucket(bQueues).Bucket([]byte(queue))
		if q == nil {
			return nil
		}
		c := q.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			key := string(v)
			if _, busy := f.claimed[key]; busy {
				continue
			}
			rec, found, err := getRec(tx, key)
			if err != nil {
				return err
			}
			if !found || rec.State != Queued {
				continue
			}
			it, ok = rec.Item, true
			return nil
		}
		return nil
	})
	if err != nil {
		return Item{}, false, fmt.Errorf("frontier claim %s: %w", queue, err)
	}
	if ok {
		f.claimed[it.Key] = queue
	}
	return it, ok, nil
}

// Ack implements Frontier. When res.CanonicalKey names another page, that page
// is marked done as an alias of this one (so it is never fetched), or, when it
// was fetched already, this page is recorded as its duplicate.
func (f *Bolt) Ack(ctx context.Context, key string, res Result, discovered ...Item) (AckInfo, error) {
	var info AckInfo
	if !f.isClaimed(key) {
		return AckInfo{}, fmt.Errorf("frontier ack %s: %w", key, ErrNotClaimed)
	}
	err := f.db.Update(func(tx *bolt.Tx) error {
		info = AckInfo{}
		rec, err := f.inFlight(tx, key)
		if err != nil {
			return err
		}
		if ck := res.CanonicalKey; ck != "" && ck != key {
			other, found, err := getRec(tx, ck)
			if err != nil {
				return err
			}
			switch {
			case !found:
				alias := Record{Item: Item{URL: res.Canonical, Key: ck, Queue: rec.Queue, Parent: rec.URL, Hops: rec.Hops, Article: rec.Article}}
				alias.Result = Result{AliasOf: key, Fetched: res.Fetched, Status: res.Status}
				if err := f.setState(tx, &alias, Done); err != nil {
					return err
				}
			case (other.State == Queued && !f.isClaimed(ck)) || other.State == Failed:
				if other.State == Queued {
					if err := dequeue(tx, &other); err != nil {
						return err
					}
				}
				other.Result = Result{AliasOf: key, Fetched: res.Fetched, Status: res.Status}
				if err := f.setState(tx, &other, Done); err != nil {
					return err
				}
			case other.State == Queued: // in flight in another worker: the first ack wins
				res.DuplicateOf = ck
				info.Duplicate = true
			case other.Result.AliasOf == "":
				res.DuplicateOf = ck
				info.Duplicate = true
			case other.Result.AliasOf != key:
				res.DuplicateOf = other.Result.AliasOf
				info.Duplicate = true
			}
		}
		rec.Result = res
		if err := dequeue(tx, &rec); err != nil {
			return err
		}
		if err := f.setState(tx, &rec, Done); err != nil {
			return err
		}
		info.Added, err = f.add(tx, discovered)
		return err
	})
	if err != nil {
		return AckInfo{}, fmt.Errorf("frontier ack %s: %w", key, err)
	}
	f.unclaim(key)
	return info, nil
}

// Fail implements Frontier.
func (f *Bolt) Fail(ctx context.Context, key string, res Result) error {
	if !f.isClaimed(key) {
		return fmt.Errorf("frontier fail %s: %w", key, ErrNotClaimed)
	}
	err := f.db.Update(func(tx *bolt.Tx) error {
		rec, err := f.inFlight(tx, key)
		if err != nil {
			return err
		}
		rec.Result = res
		if err := dequeue(tx, &rec); err != nil {
			return err
		}
		return f.setState(tx, &rec, Failed)
	})
	if err != nil {
		return fmt.Errorf("frontier fail %s: %w", key, err)
	}
	f.unclaim(key)
	return nil
}

// Release implements Frontier: the item keeps its place in its queue.
func (f *Bolt) Release(ctx context.Context, key string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.claimed[key]; !ok {
		return fmt.Errorf("frontier release %s: %w", key, ErrNotClaimed)
	}
	delete(f.claimed, key)
	return nil
}

// Get implements Frontier.
func (f *Bolt) Get(ctx context.Context, key string) (Record, bool, error) {
	var rec Record
	var ok bool
	err := f.db.View(func(tx *bolt.Tx) error {
		var err error
		rec, ok, err = getRec(tx, key)
		return err
	})
	if err != nil {
		return Record{}, false, fmt.Errorf("frontier get %s: %w", key, err)
	}
	return rec, ok, nil
}

// Queues implements Frontier. The names come back sorted.
func (f *Bolt) Queues(ctx context.Context) ([]string, error) {
	var qs []string
	err := f.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bQueues).ForEachBucket(func(k []byte) error {
			qs = append(qs, string(k))
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("frontier queues: %w", err)
	}
	sort.Strings(qs)
	return qs, nil
}

// Failures implements Frontier; records come back in key order.
func (f *Bolt) Failures(ctx context.Context) ([]Record, error) {
	var out []Record
	err := f.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bItems).ForEach(func(k, v []byte) error {
			var r Record
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("record %s: %w", k, err)
			}
			if r.State == Failed {
				out = append(out, r)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("frontier failures: %w", err)
	}
	return out, nil
}

// Records calls fn for every record in key order, stopping at its first error.
func (f *Bolt) Records(ctx context.Context, fn func(Record) error) error {
	return f.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bItems).ForEach(func(k, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			var r Record
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("record %s: %w", k, err)
			}
			return fn(r)
		})
	})
}

// Stats implements Frontier.
func (f *Bolt) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	f.mu.Lock()
	s.Claimed = len(f.claimed)
	f.mu.Unlock()
	err := f.db.View(func(tx *bolt.Tx) error {
		m := tx.Bucket(bMeta)
		s.Queued = int(getU64(m, stateKey(Queued))) - s.Claimed
		s.Done = int(getU64(m, stateKey(Done)))
		s.Failed = int(getU64(m, stateKey(Failed)))
		s.Articles = int(getU64(m, kArticles))
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("frontier stats: %w", err)
	}
	return s, nil
}

func (f *Bolt) isClaimed(key string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	_, ok := f.claimed[key]
	return ok
}

func (f *Bolt) unclaim(key string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.claimed, key)
}

// inFlight returns the record of a claimed key. Writers never hold f.mu
// across a transaction, so a claim (a read under f.mu) never waits for a
// commit's fsync.
func (f *Bolt) inFlight(tx *bolt.Tx, key string) (Record, error) {
	rec, ok, err := getRec(tx, key)
	if err != nil {
		return Record{}, err
	}
	if !ok {
		return Record{}, ErrUnknown
	}
	return rec, nil
}

// setState moves rec to state s, keeps the counters and stores rec.
func (f *Bolt) setState(tx *bolt.Tx, rec *Record, s State) error {
	m := tx.Bucket(bMeta)
	if rec.State != "" {
		if err := addU64(m, stateKey(rec.State), -1); err != nil {
			return err
		}
	}
	if wasArticle(rec) {
		if err := addU64(m, kArticles, -1); err != nil {
			return err
		}
	}
	rec.State = s
	rec.Updated = f.now().UTC()
	if err := addU64(m, stateKey(s), 1); err != nil {
		return err
	}
	if wasArticle(rec) {
		if err := addU64(m, kArticles, 1); err != nil {
			return err
		}
	}
	v, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	return tx.Bucket(bItems).Put([]byte(rec.Key), v)
}

// wasArticle: a done article page fetched under its own URL, not a duplicate.
func wasArticle(r *Record) bool {
	return r.State == Done && r.Result.Article && r.Result.DuplicateOf == "" && r.Result.AliasOf == ""
}

// enqueue appends rec to the end of its queue and notes its place.
func enqueue(tx *bolt.Tx, rec *Record) error {
	q, err := tx.Bucket(bQueues).CreateBucketIfNotExists([]byte(rec.Queue))
	if err != nil {
		return err
	}
	m := tx.Bucket(bMeta)
	seq := getU64(m, kSeq) + 1
	if err := putU64(m, kSeq, seq); err != nil {
		return err
	}
	rec.Seq = seq
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], seq)
	return q.Put(k[:], []byte(rec.Key))
}

// dequeue removes rec from its queue, and the queue when it is empty.
func dequeue(tx *bolt.Tx, rec *Record) error {
	qs := tx.Bucket(bQueues)
	q := qs.Bucket([]byte(rec.Queue))
	if q == nil {
		return nil
	}
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], rec.Seq)
	if err := q.Delete(k[:]); err != nil {
		return err
	}
	if first, _ := q.Cursor().First(); first == nil {
		return qs.DeleteBucket([]byte(rec.Queue))
	}
	return nil
}

func getRec(tx *bolt.Tx, key string) (Record, bool, error) {
	v := tx.Bucket(bItems).Get([]byte(key))
	if v == nil {
		return Record{}, false, nil
	}
	var r Record
	if err := json.Unmarshal(v, &r); err != nil {
		return Record{}, false, fmt.Errorf("record %s: %w", key, err)
	}
	return r, true, nil
}

func stateKey(s State) []byte { return []byte("n:" + string(s)) }

func getU64(b *bolt.Bucket, k []byte) uint64 {
	v := b.Get(k)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

func putU64(b *bolt.Bucket, k []byte, v uint64) error {
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], v)
	return b.Put(k, buf[:])
}

func addU64(b *bolt.Bucket, k []byte, d int64) error {
	return putU64(b, k, uint64(int64(getU64(b, k))+d))
}
