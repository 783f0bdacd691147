// Package urlcanon owns the crawler's notion of "the same page": it turns the
// many URLs that lead to one page — fragments, session ids, tracking
// parameters, shuffled query parameters, default ports, language suffixes
// (/vi, /en), and the Liferay category path in front of an asset id — into one
// canonical URL, and derives from it the key the frontier deduplicates on.
//
// Everything here is a pure function of its input and safe for concurrent use.
package urlcanon

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
)

// ErrNotHTTP is returned for URLs whose scheme is neither http nor https.
var ErrNotHTTP = errors.New("not an http or https URL")

// MaxLength is the longest canonical URL accepted; longer ones are traps or
// garbage.
const MaxLength = 2048

// sessionParams are query parameters that carry a session and never change
// what a page shows. Keys are compared lower-case.
var sessionParams = map[string]bool{
	"jsessionid": true, "phpsessid": true, "sid": true, "sessionid": true, "session_id": true,
	"session": true, "asp.net_sessionid": true, "cfid": true, "cftoken": true, "zenid": true,
	"oscsid": true, "s_id": true, "p_p_auth": true, "p_auth": true,
}

// trackingParams are query parameters added by analytics and share buttons.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "zarsrc": true, "gidzl": true,
	"ref": true, "ref_src": true, "src": true, "from": true, "share": true, "fb_source": true,
	"_hsenc": true, "_hsmi": true, "mkt_tok": true, "spm": true,
}

// dropParam reports whether a query parameter is noise.
func dropParam(key string) bool {
	k := strings.ToLower(key)
	if sessionParams[k] || trackingParams[k] {
		return true
	}
	if strings.HasPrefix(k, "utm_") || strings.HasPrefix(k, "aspsessionid") {
		return true
	}
	return false
}

// langSegment matches a language path segment ("vi", "en", "vi.html", "vi_VN").
var langSegment = regexp.MustCompile(`^(?i:vi|en|vi_vn|en_us|vi-vn|en-us)(?:\.html?)?$`)

// docSegment matches a last path segment that names a document (a page of its
// own), after which language segments are noise.
var docSegment = regexp.MustCompile(`(?i)\.(?:html?|aspx?|jsp|php)$`)

// Canonical returns the canonical form of rawURL, resolved against base when
// base is not nil. It lower-cases scheme and host, drops userinfo, default
// ports, the fragment, path parameters (";jsessionid=…"), session and tracking
// query parameters and language suffixes after a document segment
// ("…/123-slug.html/en/vi"), resolves dot segments, normalises percent
// escapes, and sorts the query parameters (keeping the order of repeated keys).
func Canonical(base *url.URL, rawURL string) (string, error) {
	u, err := parse(base, rawURL)
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

// CanonicalURL is Canonical returning the parsed URL.
func CanonicalURL(base *url.URL, rawURL string) (*url.URL, error) {
	return parse(base, rawURL)
}

func parse(base *url.URL, rawURL string) (*url.URL, error) {
	raw := strings.TrimSpace(rawURL)
	if raw == "" {
		return nil, fmt.Errorf("canonicalise %q: empty URL", rawURL)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("canonicalise %q: %w", rawURL, err)
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("canonicalise %q: %w", rawURL, ErrNotHTTP)
	}
	if u.Opaque != "" || u.Host == "" {
		return nil, fmt.Errorf("canonicalise %q: no host", rawURL)
	}
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	host := strings.TrimRight(strings.ToLower(u.Hostname()), ".") // "example.gov.vn." and "example.gov.vn.." are the same host
	if host == "" {
		return nil, fmt.Errorf("canonicalise %q: no host", rawURL)
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host

	path := cleanPath(u.EscapedPath())
	if err := setPath(u, path); err != nil {
		return nil, fmt.Errorf("canonicalise %q: %w", rawURL, err)
	}
	u.RawQuery = cleanQuery(u.RawQuery)
	u.ForceQuery = false
	s := u.String()
	if len(s) > MaxLength {
		return nil, fmt.Errorf("canonicalise %q: longer than %d bytes", short(rawURL), MaxLength)
	}
	// What does not parse back is no URL a server can be asked for.
	if _, err := url.Parse(s); err != nil {
		return nil, fmt.Errorf("canonicalise %q: %w", rawURL, err)
	}
	return u, nil
}

// cleanPath works on the escaped path: drops ";…" path parameters, resolves
// dot segments, normalises escapes and strips language suffixes.
func cleanPath(p string) string {
	if p == "" {
		return "/"
	}
	segs := strings.Split(p, "/")
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		if j := strings.IndexByte(s, ';'); j >= 0 {
			s = s[:j]
		}
		s = normEscapes(s)
		switch s {
		case ".":
			if i == len(segs)-1 {
				out = append(out, "")
			}
			continue
		case "..":
			if len(out) > 1 {
				out = out[:len(out)-1]
			}
			if i == len(segs)-1 {
				out = append(out, "")
			}
			continue
		}
		out = append(out, s)
	}
	// Language suffixes after a document segment: ".../123-x.html/en/vi".
	for len(out) > 2 {
		last := out[len(out)-1]
		if last == "" && len(out) > 3 && langSegment.MatchString(out[len(out)-2]) {
			out = out[:len(out)-1]
			continue
		}
		if !langSegment.MatchString(last) {
			break
		}
		prev := out[len(out)-2]
		if docSegment.MatchString(prev) || langSegment.MatchString(prev) && hasDocBefore(out[:len(out)-1]) {
			out = out[:len(out)-1]
			continue
		}
		break
	}
	// Language prefixes before a document: "/en/…/123-x.html".
	for len(out) > 2 && out[0] == "" && langSegment.MatchString(out[1]) && !strings.Contains(out[1], ".") && docSegment.MatchString(out[len(out)-1]) {
		out = append(out[:1], out[2:]...)
	}
	res := strings.Join(out, "/")
	if res == "" || res[0] != '/' {
		res = "/" + res
	}
	return res
}

func hasDocBefore(segs []string) bool {
	for i := len(segs) - 1; i >= 1; i-- {
		if docSegment.MatchString(segs[i]) && !langSegment.MatchString(segs[i]) {
			return true
		}
		if !langSegment.MatchString(segs[i]) {
			return false
		}
	}
	return false
}

// setPath sets an escaped path on u.
func setPath(u *url.URL, escaped string) error {
	p, err := url.PathUnescape(escaped)
	if err != nil {
		return err
	}
	u.Path = p
	u.RawPath = ""
	if u.EscapedPath() != escaped {
		u.RawPath = escaped
	}
	return nil
}

const upperHex = "0123456789ABCDEF"

// normEscapes decodes escapes of unreserved characters and upper-cases the
// hex digits of the others; a stray "%" becomes "%25".
func normEscapes(s string) string {
	if !strings.ContainsRune(s, '%') {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			v := unhex(s[i+1])<<4 | unhex(s[i+2])
			if isUnreserved(v) {
				b.WriteByte(v)
			} else {
				b.WriteByte('%')
				b.WriteByte(upperHex[v>>4])
				b.WriteByte(upperHex[v&15])
			}
			i += 2
			continue
		}
		b.WriteString("%25")
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
}

// cleanQuery drops noise parameters and sorts the rest by key, keeping the
// relative order of repeated keys and each parameter's escaping.
func cleanQuery(q string) string {
	if q == "" {
		return ""
	}
	type kv struct{ key, raw string }
	var kept []kv
	for _, part := range strings.Split(q, "&") {
		if part == "" {
			continue
		}
		k := part
		if i := strings.IndexByte(part, '='); i >= 0 {
			k = part[:i]
		}
		key, err := url.QueryUnescape(k)
		if err != nil {
			key = k
		}
		if dropParam(key) {
			continue
		}
		kept = append(kept, kv{key, escapeQueryBytes(normEscapes(part))})
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].key < kept[j].key })
	parts := make([]string, len(kept))
	for i, p := range kept {
		parts[i] = p.raw
	}
	return strings.Join(parts, "&")
}

// escapeQueryBytes percent-encodes bytes that may not appear raw in a query
// (controls, space, quotes, non-ASCII), so that the result re-parses unchanged.
func escapeQueryBytes(s string) string {
	need := false
	for i := 0; i < len(s); i++ {
		if badQueryByte(s[i]) {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if badQueryByte(c) {
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func badQueryByte(c byte) bool {
	return c <= ' ' || c >= 0x7f || strings.IndexByte("\"<>\\^`{|}#", c) >= 0
}

func short(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}
