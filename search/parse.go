package search

import (
	"strings"
	"unicode"

	"github.com/vnarchive/vnarchive/data/vn"
	"github.com/vnarchive/vnarchive/index"
	"github.com/vnarchive/vnarchive/index/vnanalysis"
)

// Query syntax (ParseQuery):
//
//	word            a word; accents optional ("ha noi" finds "Hà Nội")
//	"two words"     a phrase
//	a b             both (AND is implied; AND and && also work)
//	a OR b          either (also ||)
//	NOT a, -a       without a; +a: a is required (as always)
//	( … )           grouping
//	official:NAME   an official (quote names with spaces: official:"bui huyen mai")
//	doc:NUMBER      a document number, any spelling (25-NQ/TW, 25/nq-tw)
//	type:TYPE       a document type, full name or abbreviation (type:NQ)
//	site:HOST       a portal
//
// A document number typed as a word ("25 - nq/tw" too) matches the number in
// any spelling. Operators must be upper case; lower-case "or" is a word.

// maxQueryLen and maxQueryTerms bound the work one query can ask for.
const (
	maxQueryLen   = 2000
	maxQueryTerms = 64
)

type tokKind int

const (
	tWord tokKind = iota
	tPhrase
	tField
	tLParen
	tRParen
	tAnd
	tOr
	tNot
	tPlus
	tMinus
)

type token struct {
	kind        tokKind
	text, field string
	quotedValue bool
}

var fieldPrefixes = map[string]string{
	"official": index.FieldOfficial,
	"doc":      index.FieldDoc,
	"type":     index.FieldType,
	"site":     index.FieldSite,
}

// ParseQuery parses the query language above into an index.Query. An empty
// query gives index.All{}. Errors are *BadRequestError.
func ParseQuery(q string) (index.Query, error) {
	if len(q) > maxQueryLen {
		return nil, &BadRequestError{Field: "q", Msg: "query too long"}
	}
	toks := lex(vnanalysis.CompactDocNumbers(vn.NFC(q)))
	if len(toks) > maxQueryTerms {
		return nil, &BadRequestError{Field: "q", Msg: "query has too many terms"}
	}
	p := &parser{toks: toks}
	out := p.or()
	for p.pos < len(p.toks) { // stray ")": read on
		p.pos++
		if more := p.or(); more != nil {
			out = joinAnd(out, more)
		}
	}
	if out == nil {
		return index.All{}, nil
	}
	return out, nil
}

func lex(s string) []token {
	var toks []token
	rs := []rune(s)
	i := 0
	for i < len(rs) {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case r == '"':
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				j++
			}
			toks = append(toks, token{kind: tPhrase, text: string(rs[i+1 : min(j, len(rs))])})
			i = j + 1
		case r == '(':
			toks = append(toks, token{kind: tLParen})
			i++
		case r == ')':
			toks = append(toks, token{kind: tRParen})
			i++
		case (r == '+' || r == '-') && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) && (i == 0 || unicode.IsSpace(rs[i-1]) || rs[i-1] == '('):
			if r == '+' {
				toks = append(toks, token{kind: tPlus})
			} else {
				toks = append(toks, token{kind: tMinus})
			}
			i++
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '(' && rs[j] != ')' && rs[j] != '"' {
				j++
			}
			w := string(rs[i:j])
			i = j
			switch w {
			case "AND", "&&":
				toks = append(toks, token{kind: tAnd})
				continue
			case "OR", "||":
				toks = append(toks, token{kind: tOr})
				continue
			case "NOT":
				toks = append(toks, token{kind: tNot})
				continue
			}
			if k := strings.IndexByte(w, ':'); k > 0 {
				if f, ok := fieldPrefixes[strings.ToLower(w[:k])]; ok {
					v := w[k+1:]
					quoted := false
					if v == "" && i < len(rs) && rs[i] == '"' {
						j := i + 1
						for j < len(rs) && rs[j] != '"' {
							j++
						}
						v = string(rs[i+1 : min(j, len(rs))])
						i = j + 1
						quoted = true
					}
					if strings.TrimSpace(v) != "" {
						toks = append(toks, token{kind: tField, field: f, text: v, quotedValue: quoted})
					}
					continue
				}
			}
			if hasWordChar(w) {
				toks = append(toks, token{kind: tWord, text: w})
			}
		}
	}
	return toks
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

type parser struct {
	toks []token
	pos  int
}

func (p *parser) peek() (token, bool) {
	if p.pos >= len(p.toks) {
		return token{}, false
	}
	return p.toks[p.pos], true
}

func (p *parser) or() index.Query {
	var parts index.Or
	if q := p.and(); q != nil {
		parts = append(parts, q)
	}
	for {
		t, ok := p.peek()
		if !ok || t.kind != tOr {
			break
		}
		p.pos++
		if q := p.and(); q != nil {
			parts = append(parts, q)
		}
	}
	switch len(parts) {
	case 0:
		return nil
	case 1:
		return parts[0]
	}
	return parts
}

func (p *parser) and() index.Query {
	var parts index.And
	for {
		t, ok := p.peek()
		if !ok || t.kind == tOr || t.kind == tRParen {
			break
		}
		if t.kind == tAnd {
			p.pos++
			continue
		}
		if q := p.unary(); q != nil {
			parts = append(parts, q)
		}
	}
	switch len(parts) {
	case 0:
		return nil
	case 1:
		return parts[0]
	}
	return parts
}

func (p *parser) unary() index.Query {
	t, _ := p.peek()
	switch t.kind {
	case tNot, tMinus:
		p.pos++
		if q := p.unaryOrPrimary(t.kind); q != nil {
			return index.Not{Q: q}
		}
		return nil
	case tPlus:
		p.pos++
		return p.primary()
	}
	return p.primary()
}

func (p *parser) unaryOrPrimary(k tokKind) index.Query {
	if k == tNot {
		return p.unary()
	}
	return p.primary()
}

func (p *parser) primary() index.Query {
	t, ok := p.peek()
	if !ok {
		return nil
	}
	p.pos++
	switch t.kind {
	case tLParen:
		q := p.or()
		if t, ok := p.peek(); ok && t.kind == tRParen {
			p.pos++
		}
		return q
	case tPhrase:
		if !hasWordChar(t.text) {
			return nil
		}
		return index.Phrase{Text: t.text}
	case tField:
		return fieldQuery(t.field, t.text)
	case tWord:
		return index.Word{Text: t.text}
	}
	return nil // stray operator
}

// fieldQuery makes a Field node, resolving document type abbreviations.
func fieldQuery(field, value string) index.Query {
	if field == index.FieldType {
		value = ResolveType(value)
	}
	return index.Field{Name: field, Value: value}
}

func joinAnd(a, b index.Query) index.Query {
	if a == nil {
		return b
	}
	return index.And{a, b}
}
