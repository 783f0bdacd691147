package archive

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkWrite measures Write of a 30 KB page (request, response, metadata), with and without fsync,
// one writer and eight; MB/s counts the response bytes archived.
func BenchmarkWrite(b *testing.B) {
	body := strings.Repeat("<p>Ủy ban nhân dân phường Khương Đình tổ chức hội nghị tiếp xúc cử tri.</p>\n", 400)
	for _, bc := range []struct {
		name     string
		noSync   bool
		parallel bool
	}{{"fsync/1 writer", false, false}, {"fsync/8 writers", false, true}, {"nosync/1 writer", true, false}, {"nosync/8 writers", true, true}} {
		b.Run(bc.name, func(b *testing.B) {
			a := openT(b, b.TempDir(), Options{NoSync: bc.noSync})
			defer a.Close()
			ex := htmlExchange("http://example.vn/tin", body, t0)
			b.SetBytes(int64(len(ex.ResponseRaw)))
			b.ResetTimer()
			if !bc.parallel {
				for i := 0; i < b.N; i++ {
					ex.URL = fmt.Sprintf("http://example.vn/tin/%d", i)
					if _, err := a.Write(context.Background(), ex); err != nil {
						b.Fatal(err)
					}
				}
			} else {
				b.SetParallelism(8)
				b.RunParallel(func(pb *testing.PB) {
					ex := ex
					for i := 0; pb.Next(); i++ {
						ex.URL = fmt.Sprintf("http://example.vn/tin/%p/%d", &ex, i)
						if _, err := a.Write(context.Background(), ex); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
		})
	}
}
