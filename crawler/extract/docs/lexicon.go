package docs

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
)

// typeWords finds the type words of the lexicon in prose ("Nghị quyết",
// "chương trình hành động", "QUYẾT ĐỊNH"): any case, any run of white space
// between syllables, longest phrase first. canonical maps the vn.Key of a
// phrase to the canonical type name.
type typeWords struct {
	// byFirst lists the phrases (lower case, split in syllables) by their
	// first syllable, longest first.
	byFirst   map[string][][]string
	canonical map[string]string
	// firstPairs marks the first two bytes of every key of byFirst (see
	// pairOf): a word whose pair is not marked starts no phrase.
	firstPairs [1 << 16 / 64]uint64
	// rawPairs marks the first two bytes a word of the text may start
	// with, as written, when its lower case starts with a pair of
	// firstPairs (see buildRawPairs): a word whose first two bytes are not
	// marked starts no phrase, told without lowering it.
	rawPairs [1 << 16 / 64]uint64
	// rawShapes marks keyShape(pair, length, last byte) of the words as
	// written whose lower case is a key of byFirst, for words whose first,
	// second and last runes are below runeTableSize (see buildRawShapes).
	rawShapes [1 << 16 / 64]uint64
	// keyShapes marks keyShape of every key of byFirst: a word whose
	// lower case has no marked shape starts no phrase (many words share
	// a key's first two bytes, few its length and last byte too).
	keyShapes [1 << 16 / 64]uint64
	// rawSlots and rawEntries map the spellings a key of byFirst is most
	// often written in (as is, a capital first letter, all capitals) to
	// its list in byFirst, so that the scan finds a key as written without
	// lowering it (rawFirst): a hash table chained by index, slot
	// rawSlot(spelling), entries numbered from 1.
	rawSlots   [rawSlotCount]uint16
	rawEntries []rawEntry
	// written maps the spellings a phrase of byFirst is most often written
	// in (lower case, a capital first letter, capitals on every syllable,
	// all capitals; single spaced) to canonical[vn.Key(spelling)], so that
	// typeOf finds the type of a type word as written without vn.Key.
	written map[string]string
}

// rawSlotCount is the number of slots of typeWords.rawSlots.
const rawSlotCount = 1 << 10

// rawEntry is a spelling of typeWords.rawEntries.
type rawEntry struct {
	w    string
	list [][]string
	next uint16 // the entry after it in its slot, 0 for none
}

// rawSlot is the slot of a non-empty word in typeWords.rawSlots.
func rawSlot(w string) uint16 {
	return keyShape(pairOf(w), len(w), w[len(w)-1]) % rawSlotCount
}

// rawFirst returns the list of byFirst of a key written w as one of its
// common spellings (typeWords.rawSlots), and ok; not ok for any other w.
func (tw *typeWords) rawFirst(w string) (list [][]string, ok bool) {
	for e := tw.rawSlots[rawSlot(w)]; e != 0; {
		r := &tw.rawEntries[e-1]
		if r.w == w {
			return r.list, true
		}
		e = r.next
	}
	return nil, false
}

// typeOf is canonical[vn.Key(s)], looked up in written first.
func (tw *typeWords) typeOf(s string) string {
	if t, ok := tw.written[s]; ok {
		return t
	}
	return tw.canonical[vn.Key(s)]
}

// writtenForms returns the spellings of written for a phrase of byFirst.
func writtenForms(words []string) []string {
	lower := strings.Join(words, " ")
	title := func(w string) string {
		r, size := utf8.DecodeRuneInString(w)
		return string(unicode.ToUpper(r)) + w[size:]
	}
	titled := make([]string, len(words))
	for i, w := range words {
		titled[i] = title(w)
	}
	return []string{lower, title(lower), strings.Join(titled, " "), strings.ToUpper(lower)}
}

// keyShape mixes the first two bytes, the length and the last byte of a
// lower-case word into 16 bits: the top bits of their product with a
// 64-bit odd constant (Fibonacci hashing), so that few other words share
// the shape of one of the lexicon's few keys.
func keyShape(pair uint16, n int, last byte) uint16 {
	x := uint64(pair)<<24 | uint64(uint16(n))<<8 | uint64(last)
	return uint16(x * 0x9E3779B97F4A7C15 >> 48)
}

// lowerLast is the last byte of lowerSameLen(w) for valid UTF-8 w != "".
func lowerLast(w string) byte {
	c := w[len(w)-1]
	if c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	r, size := utf8.DecodeLastRuneInString(w)
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], lowerRune(runeTab, r, size))
	return enc[n-1]
}

// pairOf is the first two bytes of w (the second 0 for a one-byte word).
func pairOf(w string) uint16 {
	switch len(w) {
	case 0:
		return 0
	case 1:
		return uint16(w[0]) << 8
	}
	return uint16(w[0])<<8 | uint16(w[1])
}

// mayStart reports whether w may be a key of byFirst.
func (tw *typeWords) mayStart(w string) bool {
	p := pairOf(w)
	return tw.firstPairs[p/64]&(1<<(p%64)) != 0
}

var (
	typeWordsOnce sync.Once
	typeWordsVal  *typeWords
)

func loadTypeWords() *typeWords {
	typeWordsOnce.Do(func() {
		tw := &typeWords{canonical: map[string]string{}, byFirst: map[string][][]string{}}
		seen := map[string]bool{}
		add := func(phrase, name string) {
			k := vn.Key(phrase)
			if k == "" {
				return
			}
			if _, ok := tw.canonical[k]; !ok {
				tw.canonical[k] = name
			}
			// the spelling as listed and the key's
			for _, p := range []string{strings.Join(strings.Fields(strings.ToLower(vn.NFC(phrase))), " "), k} {
				if seen[p] {
					continue
				}
				seen[p] = true
				words := strings.Fields(p)
				tw.byFirst[words[0]] = append(tw.byFirst[words[0]], words)
			}
		}
		for _, t := range data.DocTypes() {
			add(t.Name, t.Name)
			for _, a := range t.Aliases {
				add(a, t.Name)
			}
		}
		for w := range tw.byFirst {
			p := pairOf(w)
			tw.firstPairs[p/64] |= 1 << (p % 64)
			k := keyShape(p, len(w), w[len(w)-1])
			tw.keyShapes[k/64] |= 1 << (k % 64)
		}
		tw.buildRawPairs()
		tw.buildRawShapes()
		tw.written = map[string]string{}
		for _, list := range tw.byFirst {
			for _, words := range list {
				for _, f := range writtenForms(words) {
					tw.written[f] = tw.canonical[vn.Key(f)]
				}
			}
		}
		for _, list := range tw.byFirst {
			sort.SliceStable(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
		}
		for k, list := range tw.byFirst {
			for _, f := range writtenForms([]string{k}) {
				if _, dup := tw.rawFirst(f); !dup && lowerSameLen(f) == k {
					h := rawSlot(f)
					tw.rawEntries = append(tw.rawEntries, rawEntry{w: f, list: list, next: tw.rawSlots[h]})
					tw.rawSlots[h] = uint16(len(tw.rawEntries))
				}
			}
		}
		typeWordsVal = tw
	})
	return typeWordsVal
}

// buildRawPairs marks rawPairs from firstPairs: for a word whose first
// rune r is below runeTableSize, the pair it starts with as written is
// marked when the pair of its lower case (lowerPair) may be in
// firstPairs. A first rune in ASCII leaves the second byte to the lead
// byte of the next rune, so every rune below runeTableSize with that lead
// is tried, and any next byte is marked when the letter alone may make a
// word of firstPairs. Pairs led by other bytes (runes from U+2000 on, a
// next rune from U+2000 on) are all marked: the full test decides.
func (tw *typeWords) buildRawPairs() {
	first := func(p uint16) bool { return tw.firstPairs[p/64]&(1<<(p%64)) != 0 }
	mark := func(b0, b1 byte) {
		p := uint16(b0)<<8 | uint16(b1)
		tw.rawPairs[p/64] |= 1 << (p % 64)
	}
	// loweredLeads[b] lists the lead bytes of the lower case of the runes
	// below runeTableSize led by b
	var loweredLeads [256]map[byte]bool
	var enc [utf8.UTFMax]byte
	for r := rune(0); r < runeTableSize; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		size := utf8.EncodeRune(enc[:], r)
		b0, b1 := enc[0], enc[1]
		var low [utf8.UTFMax]byte
		utf8.EncodeRune(low[:], lowerRune(runeTab, r, size))
		if loweredLeads[b0] == nil {
			loweredLeads[b0] = map[byte]bool{}
		}
		loweredLeads[b0][low[0]] = true
		if size >= 2 && first(uint16(low[0])<<8|uint16(low[1])) {
			mark(b0, b1)
		}
	}
	for b0 := 0; b0 < 256; b0++ {
		c := byte(b0)
		switch {
		case c < utf8.RuneSelf && isASCIILetter(c):
			l0 := uint16(lowerRune(runeTab, rune(c), 1))
			for b1 := 0; b1 < 256; b1++ {
				switch {
				case first(l0 << 8): // the letter alone may be a word
					mark(c, byte(b1))
				case b1 < utf8.RuneSelf:
					if first(l0<<8 | uint16(lowerRune(runeTab, rune(b1), 1))) {
						mark(c, byte(b1))
					}
				case loweredLeads[b1] == nil || b1 >= 0xE2:
					mark(c, byte(b1)) // no rune below runeTableSize leads with it
				default:
					for l := range loweredLeads[b1] {
						if first(l0<<8 | uint16(l)) {
							mark(c, byte(b1))
						}
					}
				}
			}
		case c >= 0xE2 || c >= utf8.RuneSelf && loweredLeads[c] == nil:
			for b1 := 0; b1 < 256; b1++ {
				mark(c, byte(b1))
			}
		}
	}
}

// buildRawShapes marks rawShapes: for each key of byFirst, every pair,
// length and last byte a word as written has whose lower case is the key
// (lowerSameLen keeps the length and lowers rune by rune), trying every
// rune below runeTableSize as each of the first, second and last runes.
func (tw *typeWords) buildRawShapes() {
	// upper[l] lists the runes below runeTableSize that lower to l
	upper := map[rune][]rune{}
	for r := rune(0); r < runeTableSize; r++ {
		if utf8.ValidRune(r) {
			l := lowerRune(runeTab, r, utf8.RuneLen(r))
			upper[l] = append(upper[l], r)
		}
	}
	var enc [utf8.UTFMax]byte
	for k := range tw.byFirst {
		k1, s1 := utf8.DecodeRuneInString(k)
		kl, _ := utf8.DecodeLastRuneInString(k)
		var pairs []uint16
		for _, r1 := range upper[k1] {
			n := utf8.EncodeRune(enc[:], r1)
			switch {
			case n >= 2:
				pairs = append(pairs, uint16(enc[0])<<8|uint16(enc[1]))
			case len(k) == 1:
				pairs = append(pairs, uint16(enc[0])<<8)
			default:
				k2, _ := utf8.DecodeRuneInString(k[s1:])
				for _, r2 := range upper[k2] {
					utf8.EncodeRune(enc[1:], r2)
					pairs = append(pairs, uint16(enc[0])<<8|uint16(enc[1]))
				}
			}
		}
		for _, rl := range upper[kl] {
			n := utf8.EncodeRune(enc[:], rl)
			for _, q := range pairs {
				h := keyShape(q, len(k), enc[n-1])
				tw.rawShapes[h/64] |= 1 << (h % 64)
			}
		}
	}
}

// typeHit is a type word found in the text.
type typeHit struct {
	start, end int
	typ        string
}

// findText is find(text, lowerSameLen(text)) for valid UTF-8 text, reading
// the lower case rune by rune where it is needed instead of lowering the
// whole text: lowering keeps every rune's length and whether it is a
// letter or a combining mark, so words lie at the same bytes in both.
func (tw *typeWords) findText(text string) []typeHit {
	if !utf8.ValidString(text) {
		return tw.find(text, lowerSameLen(text))
	}
	return tw.findValid(text)
}

// findValid is findText for text known to be valid UTF-8 (normalize's).
func (tw *typeWords) findValid(text string) []typeHit {
	hits, _ := tw.scan(text, false)
	return hits
}

// findPlain is findValid(text) for a text normalize keeps as it is, and
// tells whether text is one: plain is true only for valid UTF-8 of
// stableBits runes with no dash variant and no CR, so that normalize(text)
// is text. When plain is false the hits are nil: they are to be read from
// the normalised text. It reads text once where normalize's test and the
// type words would read it twice.
func (tw *typeWords) findPlain(text string) (hits []typeHit, plain bool) {
	return tw.scanWords(text, true, nil)
}

// findPlainSearches is findPlain that also fills f with what the
// whole-text searches of wordSearches find, read at the words it passes.
func (tw *typeWords) findPlainSearches(text string, f *wordSearches) (hits []typeHit, plain bool) {
	return tw.scanWords(text, true, f)
}

// plainRune reports whether a rune of a plain text (findPlain) may be r: a
// rune of stableBits that is no dash variant.
func plainRune(r rune) bool {
	u := uint32(r)
	return u < stableTableSize && stableBits[u/64]&(1<<(u%64)) != 0 && !(u >= 0x2010 && (u <= 0x2015 || u == 0x2044))
}

// scan is findValid, and with check findPlain.
func (tw *typeWords) scan(text string, check bool) ([]typeHit, bool) {
	return tw.scanWords(text, check, nil)
}

// scanWords is scan; with check and f not nil it also tests, at the start
// of each word it passes and inside each phrase it matches, the words of
// f's searches (wordSearches.at).
func (tw *typeWords) scanWords(text string, check bool, f *wordSearches) ([]typeHit, bool) {
	var out []typeHit
	// the runes a word goes on with for wordStop without more tests: with
	// check, letters only, so that a word holding a combining mark is read
	// by wordStop and marks f partial
	goOn2, goOnE1 := &runeTab.wordPair2, &runeTab.wordPairE1
	if check {
		goOn2, goOnE1 = &runeTab.plainPair2, &runeTab.plainPairE1
	}
	for i := 0; i < len(text); {
		c := text[i]
		if asciiGap[c] {
			i++
			continue
		}
		// the bytes of the word's first rune that the loop of wordStop
		// below would read as going on with the word: an ASCII letter, a
		// letter of two bytes or of three led by E1 (all in goOn); none
		// for the other runes, which it reads again
		first := 1
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) { // CR: no asciiGap
				if check {
					return nil, false
				}
				i++
				continue
			}
		} else {
			var r rune
			var size int
			first = 0
			if 0xC2 <= c && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				r, size = rune(c&0x1F)<<6|rune(text[i+1]&0x3F), 2
				first = 2
			} else if (c == 0xE1 || c == 0xE2) && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
				r, size = rune(c&0x0F)<<12|rune(text[i+1]&0x3F)<<6|rune(text[i+2]&0x3F), 3
				if c == 0xE1 {
					first = 3
				}
			} else {
				r, size = vn.DecodeRune(text, i)
			}
			if check && !plainRune(r) {
				return nil, false
			}
			if u := uint32(r); u < runeTableSize && letterBits[u/64]&(1<<(u%64)) == 0 || u >= runeTableSize && !unicode.IsLetter(r) {
				i += size
				continue
			}
		}
		// wordStop(text, i, check), its common runes read here without a
		// call: ASCII letters, two-byte runes and the three-byte runes led
		// by E1 (the Vietnamese letters) that continue the word; wordStop
		// reads the word on from any other rune
		wend := i + first
		slow := false // a rune of the word was read by wordStop
		for wend < len(text) {
			b := text[wend]
			if b < utf8.RuneSelf {
				if !isASCIILetter(b) {
					break
				}
				wend++
				continue
			}
			// a rune of goOn, told from its bytes (runeTablesT.wordPair2)
			if b == 0xE1 {
				if wend+2 < len(text) {
					if p := uint16(text[wend+1])<<8 | uint16(text[wend+2]); goOnE1[p/64]&(1<<(p%64)) != 0 {
						wend += 3
						continue
					}
				}
			} else if wend+1 < len(text) {
				if p := uint16(b)<<8 | uint16(text[wend+1]); goOn2[p/64]&(1<<(p%64)) != 0 {
					wend += 2
					continue
				}
			}
			var ok bool
			if wend, ok = wordStop(text, wend, check); !ok {
				return nil, false
			}
			if f != nil {
				f.partial = true
			}
			slow = true
			break
		}
		if f != nil && foldFirst[c] && foldMay(text, i) {
			f.at(text, i)
		}
		q := uint16(c) << 8 // the first two bytes of the word
		if i+1 < len(text) {
			// (rawPairs reads a byte after a one-byte word too)
			if p := q | uint16(text[i+1]); tw.rawPairs[p/64]&(1<<(p%64)) == 0 {
				i = wend
				continue
			}
			if wend-i > 1 {
				q |= uint16(text[i+1])
			}
		} else if tw.rawPairs[q/64]&(1<<(q%64)) == 0 {
			i = wend
			continue
		}
		// rawShapeMay(text, i, wend), read here without a call: rawShapes
		// knows the words whose first, second and last runes are below
		// runeTableSize, as every rune the loop above read without
		// wordStop is (ASCII, two bytes, or three led by E1); j is the
		// first byte of the last rune
		if !slow || shapeRunes(text, i, wend) {
			if h := keyShape(q, wend-i, text[wend-1]); tw.rawShapes[h/64]&(1<<(h%64)) == 0 {
				i = wend
				continue
			}
		}
		var ok bool
		if i, ok = tw.phraseAt(text, i, wend, check, f, &out); !ok {
			return nil, false
		}
	}
	return out, true
}

// asciiGap marks the ASCII bytes that are no letter, but CR (which a
// plain text has none of): the bytes between words that scanWords passes
// with one test.
var asciiGap = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !isASCIILetter(byte(c)) && c != '\r'
	}
	return t
}()

// shapeRunes reports whether the first, second and last runes of the word
// text[i:wend] are below runeTableSize (led by a byte below 0xE2), as
// rawShapes needs to tell the word.
func shapeRunes(text string, i, wend int) bool {
	j := wend - 1 // the first byte of the last rune
	for j > i && text[j]&0xC0 == 0x80 {
		j--
	}
	c := text[i]
	return c < 0xE2 && text[j] < 0xE2 && (wend-i == 1 || c >= utf8.RuneSelf || text[i+1] < 0xE2)
}

// phraseAt is scanWords at a word text[i:wend] that may be a key of
// byFirst (its shape passed): it appends the phrase that starts there to
// *out and returns where the scan goes on; ok is false when, with check,
// the phrase is not plain. Out of the loop of scanWords, which keeps its
// variables in registers.
func (tw *typeWords) phraseAt(text string, i, wend int, check bool, f *wordSearches, out *[]typeHit) (next int, ok bool) {
	w := text[i:wend]
	next = i + len(w)
	list, ok := tw.rawFirst(w) // the common spellings, not lowered
	if !ok {
		if isASCIILetter(w[0]) && lowerAfterFirst(w) {
			// w lowers to a key only as the key itself or with a capital
			// first letter, both spellings rawFirst holds: "lịch", "Họp"
			// (the shape of "lệnh", "hợp") are no key
			return next, true
		}
		list, ok = tw.lowerFirst(w)
	}
	if ok && (wordStart(text, i) || listIndexBefore(text, i)) {
		// the first byte of the next word, lowered, when it is ASCII:
		// matchWordsFrom matches no phrase whose second syllable starts
		// with another byte (0 when no blank stands before the word)
		var nextFirst byte
		if k := skipSpace(text, wend); k > wend && k < len(text) && text[k] < utf8.RuneSelf {
			nextFirst = text[k]
			if 'A' <= nextFirst && nextFirst <= 'Z' {
				nextFirst += 'a' - 'A'
			}
		}
		for _, words := range list {
			if len(words) > 1 && nextFirst != 0 && words[1][0] != nextFirst {
				continue
			}
			// text[i:wend] lowers to words[0]: the rest of the phrase
			// is matched from wend, as matchWords would match it in
			// the lowered text
			if end, ok := matchWordsFrom(text, wend, words[1:]); ok {
				if check && end > wend {
					// the rest of the phrase is read here, not by the loop
					if plain, dash := plainText(text[wend:end]); !plain || dash || strings.IndexByte(text[wend:end], '\r') >= 0 {
						return 0, false
					}
				}
				if *out == nil {
					*out = make([]typeHit, 0, 4) // (not 1, then 2, then 4)
				}
				*out = append(*out, typeHit{start: i, end: end, typ: tw.typeOf(text[i:end])})
				next = end // "Pháp lệnh" is not also a "Lệnh"
				if f != nil {
					// the loop does not pass the words of the phrase
					for k := wend; k < end; k++ {
						if foldFirst[text[k]] && foldMay(text, k) {
							f.at(text, k)
						}
					}
				}
				break
			}
		}
	}
	return next, true
}

// lowerFirst is byFirst[lowerSameLen(w)] for valid UTF-8 w, lowering w
// only when its first two bytes and its shape lowered may be a key's.
// (Out of phraseAt, which most words leave by rawFirst, so that they do
// not clear its buffer.)
func (tw *typeWords) lowerFirst(w string) (list [][]string, ok bool) {
	p := lowerPair(w)
	if tw.firstPairs[p/64]&(1<<(p%64)) == 0 {
		return nil, false
	}
	if k := keyShape(p, len(w), lowerLast(w)); tw.keyShapes[k/64]&(1<<(k%64)) == 0 {
		return nil, false
	}
	var buf [64]byte
	var lw []byte
	if len(w) <= len(buf) {
		lw = appendLower(buf[:0], w)
	} else {
		lw = []byte(lowerSameLen(w))
	}
	list, ok = tw.byFirst[string(lw)]
	return list, ok
}

// lowerAfterFirst reports whether lowering w (lowerSameLen), a word that
// starts with an ASCII letter, leaves every rune after that letter as it is.
func lowerAfterFirst(w string) bool {
	lt := runeTables()
	for j := 1; j < len(w); {
		if c := w[j]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			j++
			continue
		}
		r, size := vn.DecodeRune(w, j)
		if lowerRune(lt, r, size) != r {
			return false
		}
		j += size
	}
	return true
}

// listIndexBefore reports whether a list index of one to three digits is
// glued before text[i] at the start of a line, a table cell or a list item
// ("- 6Nghị quyết …", "12Quyết định …" flattened from a numbered list):
// blanks and a bullet ("-", "*", "+", "•") may stand before the digits.
func listIndexBefore(text string, i int) bool {
	j := i
	for j > 0 && isDigit(text[j-1]) {
		j--
	}
	if j == i || i-j > 3 {
		return false
	}
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	switch {
	case j > 0 && (text[j-1] == '-' || text[j-1] == '*' || text[j-1] == '+'):
		j--
	case strings.HasSuffix(text[:j], "•"):
		j -= len("•")
	}
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	return j == 0 || text[j-1] == '\n' || text[j-1] == '|'
}

// lowerRune is the rune lowerSameLen writes for r of size bytes.
func lowerRune(lt *runeTablesT, r rune, size int) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if r < runeTableSize {
		return lt.lower[r]
	}
	if l := unicode.ToLower(r); utf8.RuneLen(l) == size {
		return l
	}
	return r
}

// appendLower appends lowerSameLen(w) for valid UTF-8 w.
func appendLower(b []byte, w string) []byte {
	lt := runeTables()
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := vn.DecodeRune(w, i)
		b = utf8.AppendRune(b, lowerRune(lt, r, size))
		i += size
	}
	return b
}

// lowerPair is pairOf(lowerSameLen(w)) for valid UTF-8 w, lowering no
// more than its first two runes.
func lowerPair(w string) uint16 {
	if w == "" {
		return 0
	}
	var enc [2 * utf8.UTFMax]byte
	n := 0
	lt := runeTables()
	for i := 0; i < len(w) && n < 2; {
		if c := w[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			enc[n] = c
			n++
			i++
			continue
		}
		r, size := vn.DecodeRune(w, i)
		n += utf8.EncodeRune(enc[n:], lowerRune(lt, r, size))
		i += size
	}
	if n == 1 {
		return uint16(enc[0]) << 8
	}
	return uint16(enc[0])<<8 | uint16(enc[1])
}

// matchWordsFrom matches the syllables words of a phrase whose first
// syllable ends at text[j]: white space before each, the last one ending a
// word. For valid UTF-8 text it is matchWords(lowerSameLen(text), i,
// append([]string{first}, words...)) where text[i:j] lowers to first.
func matchWordsFrom(text string, j int, words []string) (int, bool) {
	for _, w := range words {
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r') {
			k++
		}
		if k == j || !lowerHasPrefix(text, k, w) {
			return 0, false
		}
		j = k + len(w)
	}
	if !wordEnd(text, j) {
		return 0, false
	}
	return j, true
}

// lowerHasPrefix reports whether lowerSameLen(text)[j:] starts with w, for
// valid UTF-8 text.
func lowerHasPrefix(text string, j int, w string) bool {
	lt := runeTables()
	var enc [utf8.UTFMax]byte
	for k := 0; k < len(w); {
		if j >= len(text) {
			return false
		}
		if c := text[j]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[k] {
				return false
			}
			j++
			k++
			continue
		}
		r, size := vn.DecodeRune(text, j)
		utf8.EncodeRune(enc[:], lowerRune(lt, r, size))
		m := min(size, len(w)-k)
		if string(enc[:m]) != w[k:k+m] {
			return false
		}
		j += size
		k += m
	}
	return true
}

// find returns the type words of text in order. lower is text in lower
// case with the same byte offsets (lowerSameLen).
func (tw *typeWords) find(text, lower string) []typeHit {
	var out []typeHit
	for i := 0; i < len(lower); {
		if c := lower[i]; c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(lower[i:]); !isLetter(r) {
			i += size
			continue
		}
		w := wordAtLower(lower, i)
		next := i + len(w)
		if !tw.mayStart(w) {
			i = next
			continue
		}
		if list, ok := tw.byFirst[w]; ok && (wordStart(text, i) || listIndexBefore(text, i)) {
			for _, words := range list {
				if end, ok := matchWords(lower, i, words); ok {
					out = append(out, typeHit{start: i, end: end, typ: tw.typeOf(text[i:end])})
					next = end // "Pháp lệnh" is not also a "Lệnh"
					break
				}
			}
		}
		i = next
	}
	return out
}

// matchWords matches the syllables of a phrase at lower[i], white space
// between them, the last one ending a word.
func matchWords(lower string, i int, words []string) (int, bool) {
	j := i
	for n, w := range words {
		if n > 0 {
			k := j
			for k < len(lower) && (lower[k] == ' ' || lower[k] == '\t' || lower[k] == '\n' || lower[k] == '\r') {
				k++
			}
			if k == j {
				return 0, false
			}
			j = k
		}
		if !strings.HasPrefix(lower[j:], w) {
			return 0, false
		}
		j += len(w)
	}
	if !wordEnd(lower, j) {
		return 0, false
	}
	return j, true
}

// wordStop is i + len(wordAtLower(s, i)) for valid UTF-8 s, decoding the
// runes of Vietnamese words in line. With check, ok is false when the word
// holds a rune that is not plainRune.
func wordStop(s string, i int, check bool) (end int, ok bool) {
	wr, pw := &runeTab.wordRune, &runeTab.plainWord
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			j++
			continue
		}
		var r rune
		var size int
		if 0xC2 <= c && c <= 0xDF && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			r, size = rune(c&0x1F)<<6|rune(s[j+1]&0x3F), 2
		} else if c == 0xE1 && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
			r, size = rune(c&0x0F)<<12|rune(s[j+1]&0x3F)<<6|rune(s[j+2]&0x3F), 3
		} else {
			r, size = vn.DecodeRune(s, j)
		}
		if u := uint32(r); u < runeTableSize {
			if check && pw[u/64]&(1<<(u%64)) != 0 {
				j += size
				continue
			}
			if wr[u/64]&(1<<(u%64)) == 0 {
				break
			}
		} else if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		if check && !plainRune(r) {
			return j, false
		}
		j += size
	}
	return j, true
}

// wordAtLower returns the run of letters (and combining marks) at s[i].
func wordAtLower(s string, i int) string {
	wr := &runeTables().wordRune
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			j++
			continue
		}
		r, size := vn.DecodeRune(s, j)
		if r < runeTableSize {
			if wr[r/64]&(1<<(r%64)) == 0 {
				break
			}
		} else if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		j += size
	}
	return s[i:j]
}

// lowerSameLen lower-cases s rune by rune, keeping a rune whose lower case
// has another UTF-8 length, so that byte offsets stay those of s.
func lowerSameLen(s string) string {
	lt := runeTables()
	var b []byte // copy of s made at the first change
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// invalid UTF-8: fall back to ASCII lower case
			return asciiLower(s)
		}
		var l rune
		if r < runeTableSize {
			l = lt.lower[r]
		} else if l = unicode.ToLower(r); utf8.RuneLen(l) != size {
			l = r
		}
		if l != r {
			if b == nil {
				b = []byte(s)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	if b == nil {
		return s
	}
	return string(b)
}

// runeTableSize bounds the per-rune tables: Latin, combining marks and the
// Vietnamese block.
const runeTableSize = 0x2000

// runeTablesT holds per-rune answers for the runes below runeTableSize.
type runeTablesT struct {
	// lower is unicode.ToLower, or the rune itself where its lower case
	// has another UTF-8 length.
	lower [runeTableSize]rune
	// wordRune marks letters and combining marks (wordAtLower's runes).
	wordRune [runeTableSize / 64]uint64
	// plainWord marks the runes of wordRune that are plainRune.
	plainWord [runeTableSize / 64]uint64
	// plainLetter marks the letters of plainWord.
	plainLetter [runeTableSize / 64]uint64
	// wordPair2 and plainPair2 mark the two bytes (first<<8 | second) of
	// the two-byte runes of wordRune and plainLetter; wordPairE1 and
	// plainPairE1 the second and third bytes of their three-byte runes
	// led by E1 (U+1000 to U+1FFF). scanWords tells a rune of a word from
	// its bytes with one test instead of checking and decoding them.
	wordPair2, plainPair2, wordPairE1, plainPairE1 [1 << 16 / 64]uint64
}

// runeTab is built at package initialisation (a few thousand runes): the
// per-word readers take it without a sync.Once each time.
var runeTab = buildRuneTables()

// runeTables returns the rune tables.
func runeTables() *runeTablesT { return runeTab }

func buildRuneTables() *runeTablesT {
	t := &runeTablesT{}
	for r := rune(0); r < runeTableSize; r++ {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			l = r
		}
		t.lower[r] = l
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			t.wordRune[r/64] |= 1 << (r % 64)
			if plainRune(r) {
				t.plainWord[r/64] |= 1 << (r % 64)
				if unicode.IsLetter(r) {
					t.plainLetter[r/64] |= 1 << (r % 64)
				}
			}
		}
	}
	var enc [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r < runeTableSize; r++ {
		n := utf8.EncodeRune(enc[:], r)
		var pair uint16
		var word, plain *[1 << 16 / 64]uint64
		switch {
		case n == 2:
			pair, word, plain = uint16(enc[0])<<8|uint16(enc[1]), &t.wordPair2, &t.plainPair2
		case enc[0] == 0xE1:
			pair, word, plain = uint16(enc[1])<<8|uint16(enc[2]), &t.wordPairE1, &t.plainPairE1
		default:
			continue
		}
		if t.wordRune[r/64]&(1<<(r%64)) != 0 {
			word[pair/64] |= 1 << (pair % 64)
		}
		if t.plainLetter[r/64]&(1<<(r%64)) != 0 {
			plain[pair/64] |= 1 << (pair % 64)
		}
	}
	return t
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// Types returns the canonical document type names of the lexicon
// (data/lexicon/doctypes*.txt) in lexicon order: "Nghị quyết", "Quyết
// định", "Chỉ thị", … The slice is fresh on each call.
func Types() []string {
	var out []string
	for _, t := range data.DocTypes() {
		out = append(out, t.Name)
	}
	return out
}

// TypeFromAbbrev returns the canonical type name for a symbol abbreviation
// ("NQ" → "Nghị quyết", "qd" → "Quyết định") or for a spelling of a type name
// ("nghi quyet", "Chương trình hành động" → "Chương trình"; a canonical name
// gives itself). Matching ignores case, diacritics, tone-mark placement and
// extra spaces. ok is false for anything else.
func TypeFromAbbrev(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if t, ok := data.TypeOfAbbrev(s); ok && !strings.Contains(s, " ") {
		return t, true
	}
	fk := vn.FoldKey(s)
	for _, t := range data.DocTypes() {
		if vn.FoldKey(t.Name) == fk {
			return t.Name, true
		}
	}
	for _, t := range data.DocTypes() {
		for _, a := range t.Aliases {
			if vn.FoldKey(a) == fk {
				return t.Name, true
			}
		}
	}
	return "", false
}

// typeOfPhrase returns the canonical type a phrase names exactly, or "".
func (tw *typeWords) typeOfPhrase(phrase string) string {
	return tw.canonical[vn.Key(phrase)]
}

// isASCIILetter is unicode.IsLetter for a byte below utf8.RuneSelf.
func isASCIILetter(c byte) bool { return (c|0x20)-'a' < 26 }

// letterBits marks the letters below runeTableSize, for isLetter.
var letterBits = func() (b [runeTableSize / 64]uint64) {
	for r := rune(0); r < runeTableSize; r++ {
		if unicode.IsLetter(r) {
			b[r/64] |= 1 << (r % 64)
		}
	}
	return b
}()

// isLetter is unicode.IsLetter, from a table for the runes of Vietnamese
// text (unicode.IsLetter searches its ranges for any rune above Latin-1:
// ơ, ư, đ and every letter with a tone mark).
func isLetter(r rune) bool {
	if uint32(r) < runeTableSize {
		return letterBits[uint32(r)/64]&(1<<(uint32(r)%64)) != 0
	}
	return unicode.IsLetter(r)
}
