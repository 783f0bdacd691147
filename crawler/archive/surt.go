package archive

import (
	"fmt"
	"net"
	"net/url"
	"sort"
	"strings"
)

// SURT returns the Sort-friendly URI Reordering Transform of rawURL, the key the CDXJ index is sorted by.
//
// It follows pywb (the Python surt package with its defaults) closely enough to sort and look up the same way:
// the scheme, the userinfo, the fragment and a leading "www." are dropped; the host's labels are reversed and
// joined by commas ("www.hanoi.gov.vn" → "vn,gov,hanoi"), an IPv4 address too ("1,0,0,127"); a non-default port
// stays as ":port"; then ")" and the path, and the query with its parameters sorted; everything is lower-case.
// A string that does not parse as a URL is returned lower-cased, so SURT never fails.
func SURT(rawURL string) string {
	s := strings.TrimSpace(rawURL)
	if !strings.Contains(s, "://") && !strings.HasPrefix(s, "//") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return escapeControls(strings.ToLower(strings.TrimSpace(rawURL)))
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimSuffix(host, ".")
	port := u.Port()
	switch {
	case port == "80" && (u.Scheme == "http" || u.Scheme == ""),
		port == "443" && u.Scheme == "https":
		port = ""
	}
	var b strings.Builder
	if net.ParseIP(host) == nil {
		host = stripWWW(host)
	}
	labels := strings.Split(host, ".")
	for i := len(labels) - 1; i >= 0; i-- {
		b.WriteString(labels[i])
		if i > 0 {
			b.WriteByte(',')
		}
	}
	if port != "" {
		b.WriteByte(':')
		b.WriteString(port)
	}
	b.WriteByte(')')
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	b.WriteString(path)
	if q := u.RawQuery; q != "" || u.ForceQuery {
		params := strings.Split(q, "&")
		sort.Strings(params)
		b.WriteByte('?')
		b.WriteString(strings.Join(params, "&"))
	}
	return escapeControls(strings.ToLower(b.String()))
}

// escapeControls percent-escapes spaces and control bytes, which would break a CDXJ line's fields.
func escapeControls(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c == 0x7f {
			fmt.Fprintf(&b, "%%%02x", c)
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// stripWWW drops one leading "www." or "wwwN." label, as the surt package does.
func stripWWW(host string) string {
	if !strings.HasPrefix(host, "www") {
		return host
	}
	rest := host[3:]
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i < len(rest) && rest[i] == '.' && strings.Contains(rest[i+1:], ".") {
		return rest[i+1:]
	}
	return host
}
