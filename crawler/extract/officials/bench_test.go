package officials

import (
	"strings"
	"testing"
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
