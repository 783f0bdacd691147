package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// chromium finds the browser for the end-to-end tests. Without one the test
// is skipped on a developer's machine and fails in CI (CI is set).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set and no Chromium is installed: the browser test must run in CI (.ci/run installs chromium)")
	}
	t.Skip("no Chromium installed (apt-get install chromium); the browser test runs in CI")
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile and no
// background networking; it lives until the test ends.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // start the browser now, without a deadline
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// beacon is the server an archived page's script tries to call. Requests to
// /beacon must never come; /control is a page outside the archive whose
// script calls /beacon-control, proving that scripts do run in this browser.
type beacon struct {
	srv              *httptest.Server
	hits, controlHit atomic.Int64
	mu               sync.Mutex
	seen             []string
}

func newBeacon(t *testing.T) *beacon {
	b := &beacon{}
	b.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/control":
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte(`<!doctype html><title>control</title><script>fetch("/beacon-control")</script>`))
		case "/beacon-control":
			b.controlHit.Add(1)
		case "/favicon.ico": // asked for by the browser for the control page
			http.NotFound(w, r)
		default:
			b.hits.Add(1)
			b.mu.Lock()
			b.seen = append(b.seen, r.URL.String())
			b.mu.Unlock()
		}
	}))
	t.Cleanup(b.srv.Close)
	return b
}

// URL is the beacon address an archived page calls.
func (b *beacon) URL() string { return b.srv.URL + "/beacon" }

// pollUntil polls cond until it holds or the deadline passes.
func pollUntil(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond) // polling interval, not a wait for an event
	}
}

// screenshotDir is where the browser test saves its screenshots (ignored by git).
func screenshotDir(t *testing.T) string {
	dir := filepath.Join("testdata", "out")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// e2eCase is what the browser walk needs to know of the archive behind the page.
type e2eCase struct {
	handler  http.Handler
	query    string // typed without diacritics
	wantText string // a title fragment with diacritics that the query must find
	// archivedText is text of the archived page the walk opens.
	archivedText string
}

// archivedText reads the text of the archived copy's frame through the
// DevTools protocol (the frame runs no script of its own).
func archivedText(t *testing.T, ctx context.Context) string {
	t.Helper()
	targets, err := chromedp.Targets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range targets {
		if ti.Type == "iframe" && strings.HasSuffix(ti.URL, "/raw") {
			fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(ti.TargetID), chromedp.WithDetachOnCancel())
			defer cancel()
			sctx, cancel2 := context.WithTimeout(fctx, 10*time.Second)
			defer cancel2()
			s, err := chromedp.Run(sctx, chromedp.Text(chromedp.CSS("body")))
			if err != nil {
				t.Fatalf("read the archived frame: %v", err)
			}
			return s
		}
	}
	t.Logf("no frame target among %d targets", len(targets))
	for _, ti := range targets {
		t.Logf("target %s %s", ti.Type, ti.URL)
	}
	return ""
}

// walkInBrowser runs the researcher's path through the page in Chromium:
// search without diacritics, click a facet, open an article, follow an
// official, open the archived copy. No dialog may open and the beacon of the
// archived pages must receive nothing.
func walkInBrowser(t *testing.T, c e2eCase, b *beacon) {
	ctx := newBrowser(t)
	var dialogs atomic.Int64
	if err := chromedp.Listen(ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			dialogs.Add(1)
			go func() { // a dialog blocks the page; dismiss it so the run can report
				_ = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
					_, err := cdp.Call(ctx, t, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
					return err
				}))
			}()
		}
	}); err != nil {
		t.Fatal(err)
	}
	var rawServed atomic.Int64
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/raw") {
			rawServed.Add(1)
		}
		c.handler.ServeHTTP(w, r)
	}))
	defer ts.Close()
	run := func(step string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	load := func(step string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		t0 := time.Now()
		resp, err := chromedp.RunResponse(sctx, actions...)
		if testing.Verbose() {
			t.Logf("%s: %s", step, time.Since(t0).Round(time.Millisecond))
		}
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if resp.Status != http.StatusOK {
			t.Fatalf("%s: status %d for %s", step, resp.Status, resp.URL)
		}
	}
	text := func(sel string) string {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		s, err := chromedp.Run(sctx, chromedp.Text(chromedp.CSS(sel), chromedp.NodeVisible))
		if err != nil {
			t.Fatalf("read %s: %v", sel, err)
		}
		return s
	}
	location := func() string {
		s, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		return s
	}

	// 1. Load the page and type a query without diacritics.
	load("open the search page", chromedp.Navigate(ts.URL+"/"))
	run("type the query", chromedp.SendKeys(chromedp.ID("q"), c.query, chromedp.NodeVisible))
	load("submit the query", chromedp.Click(chromedp.CSS("form.search button"), chromedp.NodeVisible))
	if u, err := url.Parse(location()); err != nil || u.Query().Get("q") != c.query || strings.Contains(u.RawQuery, "=&") {
		t.Errorf("the URL %s is not the permalink of the query %q", location(), c.query)
	}
	hits := text("ol.hits")
	if !strings.Contains(hits, c.wantText) {
		t.Fatalf("results for %q lack %q:\n%s", c.query, c.wantText, hits)
	}
	if _, err := chromedp.Run(ctx, chromedp.WaitVisible(chromedp.CSS(".hit mark"))); err != nil {
		t.Errorf("no highlighted snippet: %v", err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(screenshotDir(t), "results.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(shot)
	t.Logf("screenshot of the results page: %s", abs)
	resultsURL := location()

	// 2. Click a facet: the filter shows as a chip and in the URL.
	load("click a facet", chromedp.Click(chromedp.CSS(".facets .facet-official li a"), chromedp.NodeVisible))
	if chips := text(".chips"); chips == "" {
		t.Error("no active filter after clicking a facet")
	}

	// 3. Open an article.
	load("open an article", chromedp.Click(chromedp.CSS(".hit h2 a"), chromedp.NodeVisible))
	articleURL := location()
	if !strings.Contains(articleURL, "/article/") {
		t.Fatalf("opened %s, not an article", articleURL)
	}
	if cite := text(".cite"); !strings.Contains(cite, "http") {
		t.Errorf("citation line %q lacks the URLs", cite)
	}
	shoot(t, ctx, "article.png")

	// 4. Follow an official's link to their search.
	official := text("article.article section.officials li a")
	load("follow an official", chromedp.Click(chromedp.CSS("article.article section.officials li a"), chromedp.NodeVisible))
	if !strings.Contains(location(), "official=") || !strings.Contains(text(".chips"), official) {
		t.Errorf("following %q did not filter by the official (at %s)", official, location())
	}
	if n := text("h1.count"); strings.HasPrefix(n, "0 ") {
		t.Errorf("the official's search finds nothing: %s", n)
	}

	// 5. Open the archived copy of the article.
	load("back to the article", chromedp.Navigate(articleURL))
	load("open the archived copy", chromedp.Click(chromedp.CSS(`a[href^="/archive/"]`), chromedp.NodeVisible))
	pollUntil(t, "the archived copy to be served", 10*time.Second, func() bool { return rawServed.Load() > 0 })
	tree, err := chromedp.Run(ctx, chromedp.Action[*page.FrameTree](func(ctx context.Context, t *chromedp.Target) (*page.FrameTree, error) {
		res, err := cdp.Call(ctx, t, page.GetFrameTree, cdp.Empty{})
		return res.FrameTree, err
	}))
	if err != nil {
		t.Fatal(err)
	}
	framed := len(tree.ChildFrames) == 1 && strings.HasSuffix(tree.ChildFrames[0].Frame.URL, "/raw")
	if !framed { // a sandboxed frame may run out of process, as a target of its own
		targets, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, ti := range targets {
			framed = framed || (ti.Type == "iframe" && strings.HasSuffix(ti.URL, "/raw"))
		}
	}
	if !framed {
		t.Errorf("the archive page shows no frame of the archived copy")
	}
	if got := archivedText(t, ctx); !strings.Contains(got, c.archivedText) || len([]rune(got)) < 100 {
		t.Errorf("the archived copy's frame shows %q, want a page containing %q", got, c.archivedText)
	}
	shoot(t, ctx, "archived.png")

	// Control: in a second tab (the archived copy stays open), a page outside
	// the archive runs its script and reaches its beacon. Scripts do run in
	// this browser, so the silence of the archived page's beacon means
	// something.
	tab, cancelTab := chromedp.NewContext(ctx)
	defer cancelTab()
	if err := chromedp.Do(tab, chromedp.Navigate(b.srv.URL+"/control")); err != nil {
		t.Fatal(err)
	}
	pollUntil(t, "the control page's script to call its beacon", 10*time.Second, func() bool { return b.controlHit.Load() > 0 })

	if n := b.hits.Load(); n != 0 {
		b.mu.Lock()
		t.Errorf("the archived page reached its beacon %d times: %v", n, b.seen)
		b.mu.Unlock()
	}

	// 6. The official's timeline and the documents page.
	load("open the official's timeline", chromedp.Navigate(ts.URL+"/officials?name="+url.QueryEscape(official)))
	if got := text("ol.rows"); !strings.Contains(got, official) {
		t.Errorf("the officials page filtered by %q shows %q", official, got)
	}
	shoot(t, ctx, "officials.png")
	load("open the documents page", chromedp.Navigate(ts.URL+"/documents"))
	shoot(t, ctx, "documents.png")

	// 7. The results page on a phone: one column, facets above the hits.
	run("emulate a phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	load("open the results on a phone", chromedp.Navigate(resultsURL))
	shoot(t, ctx, "phone.png")

	if n := dialogs.Load(); n != 0 {
		t.Errorf("%d dialogs opened during the run", n)
	}
}

// shoot saves a full-page screenshot of the current tab (best effort).
func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	_ = os.WriteFile(filepath.Join(screenshotDir(t), name), png, 0o644)
}
