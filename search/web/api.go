package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
)

func pathEscape(s string) string { return url.PathEscape(s) }

// apiErrorBody is the JSON of a failed API request.
type apiErrorBody struct {
	Error string `json:"error"`
	Field string `json:"field,omitempty"`
}

func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		s.log.Error("encode json", "path", r.URL.Path, "err", err)
		code = http.StatusInternalServerError
		b = []byte(`{"error":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		_, _ = w.Write(append(b, '\n'))
	}
}

func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := status(err)
	s.logFailure(r, code, err)
	body := apiErrorBody{Error: msg}
	if bad, ok := err.(*BadRequestError); ok {
		body.Field = bad.Field
	}
	s.writeJSON(w, r, code, body)
}

func (s *Server) handleAPISearch(w http.ResponseWriter, r *http.Request) {
	req, err := parseQuery(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	res, err := s.search.Search(r.Context(), req)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	out := *res
	if out.Hits == nil {
		out.Hits = []Hit{}
	}
	if out.Facets == nil {
		out.Facets = map[string][]FacetValue{}
	}
	s.writeJSON(w, r, http.StatusOK, out)
}

// listLimit reads the optional limit of a list API (default and maximum
// maxListRows).
func listLimit(r *http.Request) (int, error) {
	s := r.URL.Query().Get("limit")
	if s == "" {
		return maxListRows, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxListRows {
		return 0, &BadRequestError{Field: "limit", Msg: fmt.Sprintf("%q is not a number from 1 to %d", s, maxListRows)}
	}
	return n, nil
}

func (s *Server) handleAPIOfficials(w http.ResponseWriter, r *http.Request) {
	serveList(s, w, r, "name", s.officialsList)
}

func (s *Server) handleAPIDocuments(w http.ResponseWriter, r *http.Request) {
	serveList(s, w, r, "number", s.documentsList)
}

// serveList answers a list route of the API: the filter in parameter key,
// the list from aggregate, cut at the request's limit; never null.
func serveList[T any](s *Server, w http.ResponseWriter, r *http.Request, key string, aggregate func(context.Context, string) ([]T, error)) {
	filter, err := param(r, key)
	var n int
	if err == nil {
		n, err = listLimit(r)
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	list, err := aggregate(r.Context(), filter)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if list == nil {
		list = []T{}
	}
	s.writeJSON(w, r, http.StatusOK, list[:min(n, len(list))])
}

func (s *Server) handleAPIArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.search.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, a)
}
