package search

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/index"
)

// show prints a query tree compactly for table tests.
func show(q index.Query) string {
	switch q := q.(type) {
	case index.Word:
		return q.Text
	case index.Phrase:
		return `"` + q.Text + `"`
	case index.Field:
		return q.Name + ":" + q.Value
	case index.Not:
		return "-" + show(q.Q)
	case index.And:
		var s []string
		for _, c := range q {
			s = append(s, show(c))
		}
		return "(" + strings.Join(s, " ") + ")"
	case index.Or:
		var s []string
		for _, c := range q {
			s = append(s, show(c))
		}
		return "(" + strings.Join(s, " | ") + ")"
	case index.All:
		return "*"
	}
	return fmt.Sprintf("%T", q)
}

func TestParseQuery(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty matches all", "  ", "*"},
		{"one word", "Hà", "Hà"},
		{"words are ANDed", "dân vận khéo", "(dân vận khéo)"},
		{"phrase", `"dân vận" khéo`, `("dân vận" khéo)`},
		{"unclosed phrase reads to the end", `"dân vận`, `"dân vận"`},
		{"OR", "a OR b c", "(a | (b c))"},
		{"|| and &&", "a || b && c", "(a | (b c))"},
		{"lower-case or is a word", "a or b", "(a or b)"},
		{"NOT and minus", "a NOT b -c", "(a -b -c)"},
		{"plus is required", "+a b", "(a b)"},
		{"hyphen inside a word is not NOT", "Hà-Nội", "Hà-Nội"},
		{"grouping", "(a OR b) c", "((a | b) c)"},
		{"unbalanced parens", "(a b", "(a b)"},
		{"stray close paren", "a ) b", "(a b)"},
		{"field prefixes", "official:\"bui huyen mai\" doc:25/nq-tw site:x.gov.vn", "(official:bui huyen mai doc:25/nq-tw site:x.gov.vn)"},
		{"type abbreviation resolved", "type:NQ", "type:Nghị quyết"},
		{"unknown prefix is a word", "http://a.vn", "http://a.vn"},
		{"spaced doc number is one word", "nghị quyết 25 - nq/tw", "(nghị quyết 25-nq/tw)"},
		{"punctuation alone is dropped", "a , b", "(a b)"},
		{"NFD is read as NFC", "Ho\u0300a", "Hòa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := ParseQuery(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := show(q); got != tt.want {
				t.Errorf("ParseQuery(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseQueryRejectsHugeQueries(t *testing.T) {
	for _, q := range []string{strings.Repeat("a", maxQueryLen+1), strings.Repeat("a ", maxQueryTerms+1)} {
		var bre *BadRequestError
		if _, err := ParseQuery(q); !errors.As(err, &bre) {
			t.Errorf("ParseQuery(%d bytes) error = %v, want *BadRequestError", len(q), err)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"dân vận", `"a b" OR -c`, "((a", "official:\"x", "25 - nq/tw", "+-a", ")(", "type:", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err == nil && q == nil {
			t.Fatal("nil query without error")
		}
	})
}

func TestParseRequest(t *testing.T) {
	tests := []struct {
		name, query string
		field       string // "" when valid
	}{
		{"defaults", "q=a", ""},
		{"all parameters", "q=a&official=x&doc=1/QĐ-UBND&type=NQ&site=a.vn&from=2024-01-01&to=2024-12-31&sort=date&limit=500", ""},
		{"bad sort", "sort=best", "sort"},
		{"limit not a number", "limit=x", "limit"},
		{"limit too big", "limit=501", "limit"},
		{"negative limit", "limit=-1", "limit"},
		{"bad from", "from=2024-13-01", "from"},
		{"bad to", "to=01/02/2024", "to"},
		{"from after to", "from=2024-02-01&to=2024-01-01", "from"},
		{"bad cursor", "after=xyz", "after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, _ := url.ParseQuery(tt.query)
			_, err := ParseRequest(v)
			var bre *BadRequestError
			switch {
			case tt.field == "" && err != nil:
				t.Errorf("error %v", err)
			case tt.field != "" && (!errors.As(err, &bre) || bre.Field != tt.field):
				t.Errorf("error %v, want a BadRequestError on %s", err, tt.field)
			}
		})
	}
}

func TestCursorBelongsToItsSortOrder(t *testing.T) {
	c := encodeCursor([]string{"1.5", "abc"}, false)
	if _, err := decodeCursor(c, true); err == nil {
		t.Error("a relevance cursor was accepted for a date sort")
	}
	if k, err := decodeCursor(c, false); err != nil || k[1] != "abc" {
		t.Errorf("decodeCursor = %v, %v", k, err)
	}
}

func TestResolveType(t *testing.T) {
	for in, want := range map[string]string{"NQ": "Nghị quyết", "nghi quyet": "Nghị quyết", "QĐ": "Quyết định", "qd": "Quyết định", "Chỉ thị": "Chỉ thị", "lạ": "lạ"} {
		if got := ResolveType(in); got != want {
			t.Errorf("ResolveType(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParseRequest(f *testing.F) {
	for _, s := range []string{"q=a&limit=5", "from=2024-01-01&to=2023-01-01", "after=eyJzIjoiZGF0ZSIsImsiOlsiYSIsImIiXX0", "sort=date&after=%%", "limit=-3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := url.ParseQuery(s)
		if err != nil {
			return
		}
		_, err = ParseRequest(v)
		var bre *BadRequestError
		if err != nil && !errors.As(err, &bre) {
			t.Fatalf("ParseRequest(%q) error %v is not a BadRequestError", s, err)
		}
	})
}
