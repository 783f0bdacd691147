package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// exportPage is the page size of the searches behind one export.
const exportPage = 500

// eacher is an optional Searcher method (*search.Service has it): every hit
// of a search in order, without facets, for export.
type eacher interface {
	Each(ctx context.Context, r Request, fn func(Hit, *ArticleView) error) error
}

// errCapped ends an export at Options.ExportMax rows.
var errCapped = errors.New("export capped")

// eachHit calls fn for every hit of r, through Each when the Searcher has it,
// else page by page.
func (s *Server) eachHit(ctx context.Context, r Request, fn func(Hit) error) error {
	if e, ok := s.search.(eacher); ok {
		return e.Each(ctx, r, func(h Hit, _ *ArticleView) error { return fn(h) })
	}
	r.Limit, r.After = exportPage, ""
	for {
		res, err := s.search.Search(ctx, r)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if err := fn(h); err != nil {
				return err
			}
		}
		if res.Next == nil || *res.Next == "" || len(res.Hits) == 0 {
			return nil
		}
		r.After = *res.Next
	}
}

// handleExport streams a whole result (up to ExportMax rows) as CSV or JSONL:
// /export?format=csv|jsonl&<search parameters>. A bad query answers 400
// before anything is written; a failure later cuts the stream short.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	req, err := parseQuery(r)
	if err == nil && format != "csv" && format != "jsonl" {
		err = &BadRequestError{Field: "format", Msg: fmt.Sprintf("%q is not csv or jsonl", format)}
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	req.Limit, req.After = 0, ""
	if r.Method == http.MethodHead {
		req.Limit = 1
		if _, err := s.search.Search(r.Context(), req); err != nil {
			s.apiError(w, r, err)
			return
		}
		exportHeader(w, format)
		return
	}
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(s.opt.ExportTimeout))
	var out rowWriter
	rows := 0
	err = s.eachHit(r.Context(), req, func(h Hit) error {
		if out == nil {
			out = startExport(w, format)
		}
		if rows == s.opt.ExportMax {
			return errCapped
		}
		rows++
		return out.row(h)
	})
	if out == nil {
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		out = startExport(w, format) // an empty result: the header only
	}
	if ferr := out.flush(); err == nil {
		err = ferr
	}
	if err != nil && !errors.Is(err, errCapped) {
		s.log.Warn("export cut short", "rows", rows, "err", err)
	}
}

func exportHeader(w http.ResponseWriter, format string) {
	name := "vnarchive-" + time.Now().In(vnZone).Format("20060102-150405")
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	if format == "csv" {
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	} else {
		h.Set("Content-Type", "application/jsonl; charset=utf-8")
		h.Set("Content-Disposition", `attachment; filename="`+name+`.jsonl"`)
	}
}

// rowWriter writes the rows of one export.
type rowWriter interface {
	row(Hit) error
	flush() error
}

// startExport writes the header (and the CSV header row) and returns the
// writer of the rows.
func startExport(w http.ResponseWriter, format string) rowWriter {
	exportHeader(w, format)
	if format == "jsonl" {
		return jsonlRows{json.NewEncoder(w)}
	}
	_, _ = io.WriteString(w, "\uFEFF") // a BOM, so that spreadsheet programs read UTF-8
	c := csvRows{csv.NewWriter(w)}
	_ = c.w.Write([]string{"id", "published", "site", "category", "title", "url", "officials", "documents", "score", "snippet"})
	return c
}

type jsonlRows struct{ enc *json.Encoder }

func (j jsonlRows) row(h Hit) error { return j.enc.Encode(h) }
func (j jsonlRows) flush() error    { return nil }

type csvRows struct{ w *csv.Writer }

func (c csvRows) row(h Hit) error {
	return c.w.Write([]string{cell(h.ID), cell(h.Published), cell(h.Site), cell(h.Category), cell(h.Title),
		cell(h.URL), cell(strings.Join(h.Officials, "; ")), cell(strings.Join(h.Documents, "; ")),
		strconv.FormatFloat(h.Score, 'g', 6, 64), cell(plainSnippet(h.Snippet))})
}

func (c csvRows) flush() error {
	c.w.Flush()
	return c.w.Error()
}

// cell keeps a spreadsheet from reading a cell as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
