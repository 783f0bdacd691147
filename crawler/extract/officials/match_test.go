package officials

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
)

// TestMatchIsTheLongestPhrase checks phrases.match, which goes through the
// index on each token and the second-key index of long lists, against the
// plain longest match over byFirst, for every phrase set at every position
// of the table-test texts and of text made of the lexicon's own phrases.
func TestMatchIsTheLongestPhrase(t *testing.T) {
	l := theLexicon()
	sets := []*phrases{l.heads, l.bound, l.strongHon, l.weakHon, l.ranks, l.degrees, l.orgs,
		l.innerOrgs, l.places, l.units, l.namers, l.linkWords, l.gom}
	var texts []string
	for _, c := range findCases {
		texts = append(texts, c.text)
	}
	var b strings.Builder
	for _, p := range sets {
		for _, list := range p.byFirst {
			for _, ph := range list {
				b.WriteString(strings.Join(ph, " "))
				b.WriteString(" Nguyễn Văn A, ")
			}
		}
	}
	texts = append(texts, b.String())
	for _, text := range texts {
		toks := tokenizeWith(vn.NFC(text), l)
		l.setStarts(toks)
		for _, p := range sets {
			for i := range toks {
				if got, want := p.match(toks, i), longest(toks, i, p.byFirst[toks[i].key], 0); got != want {
					t.Fatalf("match at %d (%q) = %d, want %d", i, toks[i].text, got, want)
				}
			}
		}
	}
}

// TestCachedShapesAreTheShapes checks that tokens shaped through the shared
// cache (first a miss, then a hit) equal tokens shaped afresh.
func TestCachedShapesAreTheShapes(t *testing.T) {
	l := theLexicon()
	var texts []string
	for _, c := range findCases {
		texts = append(texts, c.text)
	}
	texts = append(texts, "H'Yim Y'Moan ĐOÀNBÍ THƯ dânTrong QHNguyễn UV.BTV T.Ư x123 ÔNG Ông ông A Á "+strings.Repeat("dài", 10)+" \xff\xfe abc")
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			s := vn.NFC(text)
			got := tokenizeWith(s, l)
			l.setStarts(got)
			want := tokenize(s)
			l.setStarts(want)
			if len(got) != len(want) {
				t.Fatalf("%q: %d tokens through the cache, %d afresh", s, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%q: token %d through the cache %+v, afresh %+v", s, i, got[i], want[i])
				}
			}
		}
	}
}

// TestFindIsSafeForConcurrentUse runs Find on many goroutines at once (the
// shared shape table and the kept buffers) and compares with one at a time.
func TestFindIsSafeForConcurrentUse(t *testing.T) {
	var texts []string
	for _, c := range findCases {
		texts = append(texts, c.text)
	}
	want := make([][]data.Official, len(texts))
	for i, s := range texts {
		want[i] = Find(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range texts {
				i := (k + g) % len(texts)
				if got := Find(texts[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- texts[i]
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("Find(%q) on many goroutines differs from one at a time", s)
	}
}

// FuzzSkippedPasses checks the flags Find reads to skip mergeDotted and
// splitGluedCaps: where a flag is off, the pass changes nothing; that
// every token has its phrase starts and word-list bits; and that a token's
// starts has startsKnown exactly when startsSet is true (phrases.match's
// first test reads only starts).
func FuzzSkippedPasses(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text)
	}
	for _, s := range []string{"UV.BTV Tỉnh ủy", "T.Ư Đoàn", "ĐOÀNBÍ THƯ", "ĐOÀN.PHÓ BÍ THƯ", "TP.HCM", "UBND TỈNH", "a.B", "T.W…BÍ THƯ", "\xff.A"} {
		f.Add(s)
	}
	l := theLexicon()
	f.Fuzz(func(t *testing.T, s string) {
		s = vn.NFC(s)
		toks, fl := tokenizeFlagged(nil, s, l, nil)
		merged := mergeDotted(slices.Clone(toks), l, s)
		if !fl.dotted && !slices.Equal(merged, toks) {
			t.Fatalf("%q: mergeDotted changed the tokens, flag off", s)
		}
		if !fl.upperPair && len(merged) == len(toks) {
			if cut := splitGluedCaps(merged, l, s); !slices.Equal(cut, merged) {
				t.Fatalf("%q: splitGluedCaps changed the tokens, flag off", s)
			}
		}
		for _, tt := range [][]token{merged, splitGluedCaps(slices.Clone(merged), l, s)} {
			for i := range tt {
				if tt[i].startsSet != (tt[i].starts&startsKnown != 0) {
					t.Fatalf("%q: token %d (%q) has startsSet %v and starts %b", s, i, tt[i].text, tt[i].startsSet, tt[i].starts)
				}
			}
		}
		for i := range toks {
			if !toks[i].startsSet {
				t.Fatalf("%q: token %d (%q) has no starts", s, i, toks[i].text)
			}
			if toks[i].lex != l.lexBits(toks[i].key) {
				t.Fatalf("%q: token %d (%q) has word-list bits %b, want %b", s, i, toks[i].text, toks[i].lex, l.lexBits(toks[i].key))
			}
		}
	})
}

// testParser tokenizes text as Find does.
func testParser(text string) *parser {
	l := theLexicon()
	p := &parser{text: unwrap(vn.NFC(text)), lex: l}
	toks, _ := tokenizeFlagged(nil, p.text, l, nil)
	p.toks = splitGluedCaps(mergeDotted(toks, l, p.text), l, p.text)
	l.setStarts(p.toks)
	return p
}

// FuzzNameKey checks that the key nameKey builds from the token keys of a
// run of name syllables is vn.Key of the name as written, and nameText the
// tokens' text joined by single spaces.
func FuzzNameKey(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text)
	}
	for _, s := range []string{"Ông Nguyễn Văn Thuỷ Hoà", "H'Yim Bkrông Y'Moan", "HOÀNG THUỶ  LÊ\u00a0HOÀ", "Lê\u00adVăn Ba", "Quản Thị Hoà\u0301", "ĐÀO  ANH   THUÝ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := testParser(s)
		g := newGrammar(p)
		for i := range p.toks {
			end := p.runAt(i)
			for b := i + 1; b <= end; b++ {
				ns := nameSpan{i, b}
				parts := []string{}
				for j := i; j < b; j++ {
					parts = append(parts, p.toks[j].text)
				}
				text := strings.Join(parts, " ")
				if got := g.nameText(ns); got != text {
					t.Fatalf("%q: nameText %q, want %q", s, got, text)
				}
				if got, want := string(g.nameKey(ns)), vn.Key(text); got != want {
					t.Fatalf("%q: nameKey %q, want %q", s, got, want)
				}
			}
		}
	})
}

// splitGluedCapsRef is splitGluedCaps as first written: a new slice, made
// at the first cut.
func splitGluedCapsRef(toks []token, l *lexicon) []token {
	var out []token
	for i, t := range toks {
		if cut := gluedHeadCut(toks, i, l); cut > 0 {
			if out == nil {
				out = append(make([]token, 0, len(toks)+4), toks[:i]...)
			}
			a, b := wordShape(t.text[:cut]), wordShape(t.text[cut:])
			a.start, a.end, a.space = t.start, t.start+cut, t.space
			b.start, b.end = t.start+cut, t.end
			out = append(out, a, b)
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// FuzzSplitGluedCaps checks the in-place splitGluedCaps against the
// first version, with and without room at the end of the slice.
func FuzzSplitGluedCaps(f *testing.F) {
	for _, s := range []string{"ĐOÀNBÍ THƯ TỈNH", "BAN CHẤP HÀNH ĐOÀNPHÓ BÍ THƯ THƯỜNG TRỰC", "ĐOÀNBÍ THƯ ĐOÀNPHÓ BÍ THƯ, HỘICHỦ TỊCH X", "Bí thư ĐOÀN BÍ THƯ", "TỈNHGIÁM ĐỐC SỞ"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(3))
	}
	l := theLexicon()
	f.Fuzz(func(t *testing.T, s string, room uint8) {
		s = vn.NFC(s)
		toks := tokenizeWith(s, l)
		want := splitGluedCapsRef(slices.Clone(toks), l)
		in := append(make([]token, 0, len(toks)+int(room)), toks...)
		got := splitGluedCaps(in, l, s)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: in place %d tokens, first version %d", s, len(got), len(want))
		}
	})
}

// holderOfRef is holderOf as first written: a look through every title
// given.
func holderOfRef(given []given, key string) (*person, bool) {
	if key == "" || strings.Count(key, " ") >= 8 {
		return nil, false
	}
	var who *person
	best := 0
	for _, gv := range given {
		k := vn.Key(gv.text)
		if k != key && !(strings.HasPrefix(k, key) && k[len(key)] == ' ') {
			continue
		}
		if who == nil || gv.pos >= best {
			who, best = gv.who, gv.pos
		}
	}
	return who, who != nil
}

// FuzzHolderOf checks holderOf's index against a look through every title
// given, with titles given between the questions: ops picks, byte by byte,
// a title to give (to one of four people, at a position) or a question.
func FuzzHolderOf(f *testing.F) {
	f.Add([]byte{0, 1, 2, 130, 3, 131, 4, 5, 132, 6, 7, 133, 200, 201})
	f.Add([]byte{9, 9, 137, 8, 136, 1, 129, 0, 128})
	words := []string{"Thủ tướng", "Thủ tướng Chính phủ", "Chủ tịch", "Chủ tịch UBND tỉnh", "Chủ tịch  Quốc hội",
		"Bí thư Tỉnh ủy", "bí thư", "Trưởng Ban Chỉ đạo", "Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "CHỦ TỊCH UBND TỈNH"}
	f.Fuzz(func(t *testing.T, ops []byte) {
		people := []*person{{name: "A"}, {name: "B"}, {name: "C"}, {name: "D"}}
		g := &grammar{}
		for i, op := range ops {
			w := words[int(op&0x7f)%len(words)]
			if op < 128 {
				g.given = append(g.given, given{text: w, who: people[i%4], pos: int(op) % 7})
				continue
			}
			key := vn.Key(w)
			if op >= 200 {
				key = vn.Key(w)[:strings.IndexByte(vn.Key(w)+" ", ' ')]
			}
			got, gotOK := g.holderOf(key)
			want, wantOK := holderOfRef(g.given, key)
			if got != want || gotOK != wantOK {
				t.Fatalf("after %v, holderOf(%q) = %v %v, want %v %v", ops[:i], key, got, gotOK, want, wantOK)
			}
		}
	})
}
