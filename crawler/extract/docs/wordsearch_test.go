package docs

import (
	"reflect"
	"strings"
	"testing"
)

// wordSearchSeeds are texts with the words of wordSearches where the scan
// passes them and where it does not: after a combining mark inside a word,
// inside a phrase, glued to digits or to a symbol.
var wordSearchSeeds = []string{
	"", "NQ", "Theo NQ số 15 và QĐ 20, NĐ 3, KL 5, CV số 9229/UBND-VHXH.", "25-NQ/TW", "QĐ-UBND", "5NQ số 1",
	"x\u034FNQ số 15", "NQ\u034F số 15", "Số: 12/QĐ-UBND\nHà Nội, ngày 2/3/2024", "|Số 3-CT/TU", "* SỐ:\n45/KH-UBND",
	"xem Số 4", "Sở Tư pháp", "bản", "văn bản số 12/UBND-VP", "VĂN BẢN SỐ 5 ngày 1/2/2024", "Văn\nbản số 7328",
	"các văn  bản số 1/UBND-VP và 2/UBND-VP", "Nghị quyết Số 3", "Công văn bản số 2", "Kế hoạch\nSố 4",
	"bảng số 3", "NQx", "QĐ\u0301 số 1", "\u0301NQ số 2",
}

func checkWordSearches(t *testing.T, s string) {
	t.Helper()
	tw := loadTypeWords()
	var f wordSearches
	hits, plain := tw.findPlainSearches(s, &f)
	wantHits, wantPlain := tw.findPlain(s)
	if !reflect.DeepEqual(hits, wantHits) || plain != wantPlain {
		t.Fatalf("findPlainSearches(%q) = %v %v, findPlain says %v %v", s, hits, plain, wantHits, wantPlain)
	}
	if !plain || f.partial {
		return
	}
	if got, want := f.abbrevs, abbrevTypeWords(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("scan of %q finds the type letters %v, abbrevTypeWords %v", s, got, want)
	}
	if got, want := f.letters, letterWords(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("scan of %q finds the letter words %v, letterWords %v", s, got, want)
	}
	if got, want := f.sos, headerSo(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("scan of %q finds the header words %v, headerSo %v", s, got, want)
	}
}

func TestWordSearchesAreTheWholeTextSearches(t *testing.T) {
	for _, s := range wordSearchSeeds {
		checkWordSearches(t, s)
	}
	for _, tc := range docCases {
		checkWordSearches(t, tc.text)
	}
	for _, s := range benchShort {
		checkWordSearches(t, s)
	}
}

// FuzzWordSearches checks what the type-word scan reads for the searches
// of wordSearches against abbrevTypeWords, letterWords and headerSo.
func FuzzWordSearches(f *testing.F) {
	for _, s := range wordSearchSeeds {
		f.Add(s)
	}
	for _, tc := range docCases {
		f.Add(tc.text)
	}
	f.Fuzz(checkWordSearches)
}

// TestRawFirstMissIsNoKey checks phraseAt's shortcut: a word that starts
// with an ASCII letter, whose other runes are lower case and that rawFirst
// does not know, lowers to no key of byFirst.
func TestRawFirstMissIsNoKey(t *testing.T) {
	tw := loadTypeWords()
	words := []string{"lịch", "Lịch", "họp", "Họp", "tháng", "cùng", "hội", "LỆNH", "Lệnh", "lệnh", "Quyết", "quyết", "QUYẾT"}
	for k := range tw.byFirst {
		for _, f := range writtenForms([]string{k}) {
			words = append(words, f, f+"x", strings.ToUpper(f[:1])+f[1:])
		}
	}
	for _, w := range strings.Fields(strings.Join(benchShort, " ")) {
		words = append(words, strings.Trim(w, ".,:;"))
	}
	for _, w := range words {
		if w == "" || !isASCIILetter(w[0]) || !lowerAfterFirst(w) {
			continue
		}
		if _, ok := tw.rawFirst(w); ok {
			continue
		}
		if _, key := tw.byFirst[lowerSameLen(w)]; key {
			t.Errorf("%q lowers to a key rawFirst does not know", w)
		}
	}
}
