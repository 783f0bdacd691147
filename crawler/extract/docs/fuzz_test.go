package docs

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnarchive/vnarchive/crawler/extract/internal/cputime"
	"github.com/vnarchive/vnarchive/data"
)

// FuzzFind checks that Find never panics and that what it returns keeps the
// documented shape: a type from the lexicon, a number without spaces whose
// Canonical is data.CanonicalNumber(Number), one entry per canonical number
// unless dates or terms tell them apart, valid UTF-8 throughout.
func FuzzFind(f *testing.F) {
	for _, tc := range docCases {
		f.Add(tc.text)
	}
	for _, tc := range docNegatives {
		f.Add(tc.text)
	}
	for _, s := range []string{"", "Số:", "Số: 1/", "Nghị quyết số", "Quyết định số 1-", "Luật ", "của", "Nghị quyết 1 và 2 và 3 và",
		"Số 1-A/B\nngày 1 tháng 1 năm 2000", "Chỉ thị số 1-CT/TW của Bộ\n   ", "Chỉ thị số 1-CT/TW của Bộ\n\nX", "\xffNghị quyết số 1-NQ/TW\xfe", "Ngày 1/1/2020, X đã ban hành Nghị quyết số 1 của Y (khóa IIII)"} {
		f.Add(s)
	}
	types := map[string]bool{}
	for _, t := range Types() {
		types[t] = true
	}
	f.Fuzz(func(t *testing.T, text string) {
		docs, refs := Find(text)
		for _, d := range docs {
			if !types[d.Type] {
				t.Fatalf("type %q not in the lexicon (text %q)", d.Type, text)
			}
			if d.Number == "" || strings.ContainsAny(d.Number, " \t\n") {
				t.Fatalf("number %q is empty or has spaces (text %q)", d.Number, text)
			}
			if d.Canonical != data.CanonicalNumber(d.Number) {
				t.Fatalf("canonical %q of %q is not CanonicalNumber (text %q)", d.Canonical, d.Number, text)
			}
			if !utf8.ValidString(d.Issuer) || !utf8.ValidString(d.Number) {
				t.Fatalf("invalid UTF-8 in %+v", d)
			}
		}
		for _, r := range refs {
			if r.Name == "" || r.Type == "" {
				t.Fatalf("empty reference %+v (text %q)", r, text)
			}
		}
	})
}

// benchLead is a few hundred bytes of text the project wrote, shaped like
// an article's title and lead: the short text most calls see, where the
// fixed cost of a call weighs most.
const benchLead = "Huyện Đông Anh triển khai kế hoạch cải cách hành chính năm 2025\n\n" +
	"Sáng ngày 12/3/2025, Ủy ban nhân dân huyện tổ chức hội nghị triển khai Kế hoạch số 45/KH-UBND " +
	"ngày 5/3/2025 về cải cách hành chính. Theo Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương, " +
	"các xã hoàn thành việc sắp xếp bộ máy trước ngày 30 tháng 6 năm 2025."

// benchPlain is a short text with no date and no document: a caption or
// a notice.
const benchPlain = "Đoàn công tác của Sở Văn hóa và Thể thao thăm hỏi, tặng quà các gia đình chính sách " +
	"tại phường Hàng Bông nhân dịp đầu xuân; các đồng chí lãnh đạo phường cùng tham dự."

// benchTexts are the texts of BenchmarkFind: every test sentence as one
// text, benchLead, benchPlain; with VNARCHIVE_BENCH_TEXT naming a file, that
// file as one text; with VNARCHIVE_BENCH_TEXTS naming a JSON array of
// strings, those texts (one op reads them all).
func benchTexts(b *testing.B) map[string][]string {
	var sb strings.Builder
	for _, tc := range docCases {
		sb.WriteString(tc.text + "\n")
	}
	sets := map[string][]string{"sentences": {sb.String()}, "lead": {benchLead}, "plain": {benchPlain}}
	if p := os.Getenv("VNARCHIVE_BENCH_TEXT"); p != "" {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatalf("read bench text: %v", err)
		}
		sets["file"] = []string{string(raw)}
	}
	if p := os.Getenv("VNARCHIVE_BENCH_TEXTS"); p != "" {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatalf("read bench texts: %v", err)
		}
		var texts []string
		if err := json.Unmarshal(raw, &texts); err != nil {
			b.Fatalf("read bench texts %s: %v", p, err)
		}
		sets["texts"] = texts
	}
	return sets
}

// BenchmarkFind runs Find and FindWithDates over the texts of benchTexts.
func BenchmarkFind(b *testing.B) {
	sets := benchTexts(b)
	names := make([]string, 0, len(sets))
	for name := range sets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		texts := sets[name]
		n := 0
		for _, t := range texts {
			n += len(t)
		}
		for _, fn := range []struct {
			name string
			find func(string)
		}{
			{"Find", func(t string) { Find(t) }},
			{"FindWithDates", func(t string) { FindWithDates(t) }},
		} {
			b.Run(name+"/"+fn.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(n))
				defer cputime.Start(b)()
				for b.Loop() {
					for _, t := range texts {
						fn.find(t)
					}
				}
			})
		}
	}
}
