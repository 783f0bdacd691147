package archive_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/vnarchive/vnarchive/crawler/archive"
)

// The crawler writes each exchange once it is complete; the reindexer reads the response records back.
func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "archive-example")
	defer os.RemoveAll(dir)
	fetched := time.Date(2024, 2, 28, 9, 38, 0, 0, time.UTC)

	a, err := archive.Open(ctx, dir, archive.Options{Now: func() time.Time { return fetched }})
	if err != nil {
		log.Fatal(err)
	}
	body := "<p>Hội nghị tiếp xúc cử tri</p>"
	loc, err := a.Write(ctx, archive.Exchange{
		URL:         "https://thanhxuan.hanoi.gov.vn/tin-tuc/hoi-nghi.html",
		Method:      "GET",
		RequestRaw:  []byte("GET /tin-tuc/hoi-nghi.html HTTP/1.1\r\nHost: thanhxuan.hanoi.gov.vn\r\n\r\n"),
		ResponseRaw: []byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(body), body)),
		RemoteAddr:  "203.0.113.7:443",
		Fetched:     fetched,
		Meta:        map[string]string{"canonical": "https://thanhxuan.hanoi.gov.vn/tin-tuc/hoi-nghi.html"},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(loc.File, loc.Status, loc.MIME, loc.Digest)
	if err := a.Close(); err != nil {
		log.Fatal(err)
	}

	for rec, err := range archive.Records(ctx, dir) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(rec.URL, rec.Header.Get("Content-Type"), string(rec.Body))
	}
	caps, _ := archive.Captures(dir)
	fmt.Println(len(caps), archive.SURT(caps[0].URL))
	// Output:
	// vnarchive-20240228093800-00001.warc.gz 200 text/html sha1:SBGQZN75TLYCQQW23QASL6FKVGJUZYKL
	// https://thanhxuan.hanoi.gov.vn/tin-tuc/hoi-nghi.html text/html; charset=utf-8 <p>Hội nghị tiếp xúc cử tri</p>
	// 1 vn,gov,hanoi,thanhxuan)/tin-tuc/hoi-nghi.html
}
