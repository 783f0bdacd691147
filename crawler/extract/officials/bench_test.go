package officials

import (
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/crawler/simportal"
)

// BenchmarkFind measures Find on a long article made of the table-test
// sentences.
func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 200_000 {
		for _, c := range findCases {
			sb.WriteString(c.text)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text)
	}
}

// BenchmarkFindArticles measures Find on what extraction gives it: one
// generated article (title, blank line, text) at a time.
func BenchmarkFindArticles(b *testing.B) {
	var texts []string
	n := 0
	for tr := range simportal.New(simportal.Config{Seed: 3, Articles: 60}).Truths() {
		texts = append(texts, tr.Title+"\n\n"+tr.Text)
		n += len(texts[len(texts)-1])
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Find(t)
		}
	}
}

// BenchmarkFindShort measures Find on the table-test sentences one at a
// time: short texts, where the set-up of each call counts.
func BenchmarkFindShort(b *testing.B) {
	n := 0
	for _, c := range findCases {
		n += len(c.text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range findCases {
			Find(c.text)
		}
	}
}
