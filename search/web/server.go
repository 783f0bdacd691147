package web

import (
	"context"
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Content-Security-Policy of every page of the site: no script at all, styles
// and images from this server only, frames from this server only.
const pageCSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'self'"

// archiveCSP is the policy of an archived copy: a sandbox without scripts,
// forms, popups or navigation of the page around it, and no load from
// anywhere but this server (images) and inline styles.
const archiveCSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"

// Defaults of Options.
const (
	DefaultTimeout       = 10 * time.Second
	DefaultExportTimeout = 5 * time.Minute
	DefaultExportMax     = 100000
	DefaultListTTL       = 10 * time.Second
	listTimeout          = time.Minute // one aggregation of the lists
	maxParamBytes        = 1000        // longest accepted value of one parameter
	maxListRows          = 10000
)

// Options tune a Server. The zero value is usable.
type Options struct {
	// Logger receives one line per failed request; nil discards.
	Logger *slog.Logger
	// Timeout bounds one page or API request; zero means DefaultTimeout.
	Timeout time.Duration
	// ExportTimeout bounds one export; zero means DefaultExportTimeout.
	ExportTimeout time.Duration
	// ExportMax caps the rows of one export; zero means DefaultExportMax.
	ExportMax int
	// ListTTL is how long the officials and documents lists are kept before
	// they are aggregated again; zero means DefaultListTTL, negative never
	// keeps them. Search results are never kept.
	ListTTL time.Duration
}

// Server is the web page and JSON API as an http.Handler. It is safe for
// concurrent use; it keeps no state between requests, so articles that a
// crawl adds to the index show up on the next request.
type Server struct {
	search  Searcher
	archive Archive
	opt     Options
	log     *slog.Logger
	pages   map[string]*template.Template
	mux     *http.ServeMux

	officials *listCache[[]OfficialSummary]
	documents *listCache[[]DocumentSummary]
}

// New returns the web server over s (searches) and a (archived copies; nil
// answers 404 for every archived copy).
func New(s Searcher, a Archive, opt Options) *Server {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.ExportTimeout <= 0 {
		opt.ExportTimeout = DefaultExportTimeout
	}
	if opt.ExportMax <= 0 {
		opt.ExportMax = DefaultExportMax
	}
	if opt.ListTTL == 0 {
		opt.ListTTL = DefaultListTTL
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	srv := &Server{search: s, archive: a, opt: opt, log: log.With("component", "web"), pages: parsePages(),
		officials: newListCache[[]OfficialSummary](opt.ListTTL, listTimeout),
		documents: newListCache[[]DocumentSummary](opt.ListTTL, listTimeout)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", srv.handleSearchPage)
	mux.HandleFunc("GET /article/{id}", srv.handleArticlePage)
	mux.HandleFunc("GET /archive/{id}", srv.handleArchiveFrame)
	mux.HandleFunc("GET /archive/{id}/raw", srv.handleArchiveRaw)
	mux.HandleFunc("GET /officials", srv.handleOfficialsPage)
	mux.HandleFunc("GET /documents", srv.handleDocumentsPage)
	mux.HandleFunc("GET /export", srv.handleExport)
	mux.HandleFunc("GET /api/search", srv.handleAPISearch)
	mux.HandleFunc("GET /api/officials", srv.handleAPIOfficials)
	mux.HandleFunc("GET /api/documents", srv.handleAPIDocuments)
	mux.HandleFunc("GET /api/articles/{id}", srv.handleAPIArticle)
	mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		srv.apiError(w, r, errNoRoute)
	})
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			srv.pageError(w, r, errMethod)
			return
		}
		srv.pageError(w, r, errNoRoute)
	})
	srv.mux = mux
	return srv
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "SAMEORIGIN")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if len(r.URL.RawQuery) > 8*maxParamBytes {
		http.Error(w, "query string too long", http.StatusRequestURITooLong)
		return
	}
	timeout := s.opt.Timeout
	switch r.URL.Path {
	case "/export":
		timeout = s.opt.ExportTimeout
	case "/officials", "/documents", "/api/officials", "/api/documents":
		timeout = max(timeout, listTimeout) // the first aggregation of a list takes seconds
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

var (
	errNoRoute = errors.New("no such page")
	errMethod  = errors.New("method not allowed")
)

// status maps an error to its HTTP status and the message the user sees. It
// is the one place where errors become statuses.
func status(err error) (int, string) {
	var bad *BadRequestError
	switch {
	case errors.As(err, &bad):
		return http.StatusBadRequest, bad.Error()
	case errors.Is(err, ErrNotFound), errors.Is(err, errNoRoute), errors.Is(err, fs.ErrNotExist):
		return http.StatusNotFound, "không tìm thấy (not found)"
	case errors.Is(err, errMethod):
		return http.StatusMethodNotAllowed, "method not allowed"
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "quá thời gian chờ (timeout)"
	case errors.Is(err, context.Canceled):
		return 499, "request canceled"
	default:
		return http.StatusInternalServerError, "lỗi máy chủ (internal error)"
	}
}

func (s *Server) logFailure(r *http.Request, code int, err error) {
	if code >= 500 {
		s.log.Error("request failed", "path", r.URL.Path, "status", code, "err", err)
	}
}
