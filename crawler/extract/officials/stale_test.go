package officials

import (
	"reflect"
	"strings"
	"testing"
)

// TestFindBuffersKeepOneText checks what a kept findBuf holds after Find:
// the tokens and items of the last text alone (nothing beyond staleToks
// and staleItems), and that a text read after a longer one is found as it
// is read first.
func TestFindBuffersKeepOneText(t *testing.T) {
	short := findCases[0].text
	long := strings.Repeat(short+"\n\n", 20)
	want := Find(short)
	for _, text := range []string{long, short, long, "", short} {
		Find(text)
		buf := findBufs.pop()
		if buf == nil {
			t.Fatal("Find kept no findBuf")
		}
		toks, items := buf.toks[:cap(buf.toks)], buf.items[:cap(buf.items)]
		for i := buf.staleToks; i < len(toks); i++ {
			if toks[i] != (token{}) {
				t.Fatalf("after a text of %d bytes, token %d beyond the %d kept is set: %+v", len(text), i, buf.staleToks, toks[i])
			}
		}
		for i := buf.staleItems; i < len(items); i++ {
			if items[i] != (item{}) {
				t.Fatalf("after a text of %d bytes, item %d beyond the %d kept is set: %+v", len(text), i, buf.staleItems, items[i])
			}
		}
		findBufs.push(buf)
		if got := Find(short); !reflect.DeepEqual(got, want) {
			t.Fatalf("after a text of %d bytes, Find(%q) = %v, want %v", len(text), short, got, want)
		}
	}
}
