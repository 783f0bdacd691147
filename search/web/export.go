package web

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// exportPage is the page size of the searches behind one export.
const exportPage = 500

// handleExport streams a whole result (up to ExportMax rows) as CSV or JSONL:
// /export?format=csv|jsonl&<search parameters>.
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
	req.Limit, req.After = exportPage, ""
	// The first page is fetched before the header is written, so a bad query
	// still answers 400.
	res, err := s.search.Search(r.Context(), req)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(s.opt.ExportTimeout))
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
	if r.Method == http.MethodHead {
		return
	}
	var cw *csv.Writer
	enc := json.NewEncoder(w)
	if format == "csv" {
		_, _ = w.Write([]byte("\uFEFF")) // a BOM so spreadsheet programs read UTF-8
		cw = csv.NewWriter(w)
		_ = cw.Write([]string{"id", "published", "site", "category", "title", "url", "officials", "documents", "score", "snippet"})
	}
	rows := 0
	for {
		for _, hit := range res.Hits {
			if rows == s.opt.ExportMax {
				break
			}
			rows++
			if cw != nil {
				_ = cw.Write([]string{cell(hit.ID), cell(hit.Published), cell(hit.Site), cell(hit.Category), cell(hit.Title),
					cell(hit.URL), cell(strings.Join(hit.Officials, "; ")), cell(strings.Join(hit.Documents, "; ")),
					strconv.FormatFloat(hit.Score, 'g', 6, 64), cell(plainSnippet(hit.Snippet))})
			} else if err := enc.Encode(hit); err != nil {
				return
			}
		}
		if cw != nil {
			cw.Flush()
			if cw.Error() != nil {
				return
			}
		}
		if rows >= s.opt.ExportMax || res.Next == nil || *res.Next == "" || len(res.Hits) == 0 {
			return
		}
		req.After = *res.Next
		if res, err = s.search.Search(r.Context(), req); err != nil {
			s.log.Warn("export cut short", "rows", rows, "err", err)
			return
		}
	}
}

// cell keeps a spreadsheet from reading a cell as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
