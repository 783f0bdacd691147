package crawler

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestSelfSignedCertificate(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><body><p>Trang chủ</p></body></html>")
	}))
	defer srv.Close()
	t.Run("is refused without --insecure, and not retried", func(t *testing.T) {
		sum := crawl(t, Options{Dir: t.TempDir(), Delay: -1}, srv.URL+"/")
		if sum.Requests != 1 || sum.Retries != 0 || sum.Pages != 1 || sum.Blocked != 1 {
			t.Fatalf("summary %+v, want one request (robots.txt), no retry, the page not fetched", sum)
		}
		found := false
		for _, f := range sum.Failures {
			found = found || strings.Contains(f.Reason, "certificate") && strings.Contains(f.Reason, "--insecure")
		}
		if !found {
			t.Errorf("no failure names the certificate and --insecure: %+v", sum.Failures)
		}
	})
	t.Run("is crawled with --insecure", func(t *testing.T) {
		sum := crawl(t, Options{Dir: t.TempDir(), Delay: -1, Insecure: true}, srv.URL+"/")
		if sum.Failed != 0 || sum.Pages != 1 {
			t.Errorf("summary %+v, want one page fetched", sum)
		}
	})
}
