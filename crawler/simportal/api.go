package simportal

import (
	"net/url"
	"strings"
)

// TopicInfo describes one topic of the generator, for relevance tests:
// articles of a topic share its keywords, the first ones most often.
type TopicInfo struct {
	Key      string   // the value of Truth.Topic
	Keywords []string // the topic's words, most frequent first (Zipf-like)
}

// Topics lists the generator's topics, the most frequent first.
func Topics() []TopicInfo {
	out := make([]TopicInfo, len(topics))
	for i, t := range topics {
		out[i] = TopicInfo{Key: t.key, Keywords: append([]string(nil), t.keywords...)}
	}
	return out
}

// Page renders article i (0 ≤ i < Len) exactly as its portal serves it at
// the root URL base (e.g. "http://127.0.0.1:8080"), without any
// Content-Encoding: the body and its Content-Type (UTF-8, or windows-1258
// for the ward category that uses it). With the same base, TruthAt(i, base,
// base) is its truth. For extractor tests that need no server.
func (p *Portal) Page(i int, base string) (body []byte, contentType string) {
	host := "127.0.0.1:80"
	if u, err := url.Parse(base); err == nil && u.Host != "" {
		host = u.Host
		if !strings.Contains(host, ":") {
			host += ":80"
		}
	}
	_, port, _ := strings.Cut(host, ":")
	a := p.head(i)
	if a.family == famWard {
		v := &wview{p: p, primary: "127.0.0.1:" + port, cp1258: a.cat == ward1258}
		page := v.articlePage(i)
		if v.cp1258 {
			return encode1258(page), "text/html; charset=windows-1258"
		}
		return []byte(page), "text/html; charset=utf-8"
	}
	a.slug = p.slugOf(i, a.slug)
	v := &lview{p: p, primary: "127.0.0.1:" + port, alt: "localhost:" + port, path: a.path()}
	return []byte(v.articlePage(i, 0)), "text/html; charset=utf-8"
}
