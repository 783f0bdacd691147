package archive

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
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

// BenchmarkOpen measures reopening an archive of 5,000 captures: with its index current, and after a crash
// that left the index covering none of the newest file (a full scan of it).
func BenchmarkOpen(b *testing.B) {
	src := b.TempDir()
	a := openT(b, src, Options{NoSync: true, MaxFileSize: 64 << 20})
	body := strings.Repeat("<p>Thông báo của Ủy ban nhân dân xã.</p>\n", 100)
	for i := range 5000 {
		writeT(b, a, htmlExchange(fmt.Sprintf("http://xa.gov.vn/tin/%d", i), body, t0))
	}
	closeT(b, a)
	b.Run("index current", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			closeT(b, openT(b, src, Options{NoSync: true}))
		}
	})
	b.Run("index missing", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			dir := copyDir(b, src)
			os.Remove(filepath.Join(dir, IndexName))
			b.StartTimer()
			closeT(b, openT(b, dir, Options{NoSync: true}))
		}
	})
}
