package extract

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Profile tells the extractor where the parts of an article are on one
// portal platform. Profiles are data: JSON files under data/profiles/,
// embedded in the binary, tried in file-name order; the first whose Hosts
// and Markers match a page is used, and the generic fallback (main-content
// detection) handles pages no profile matches. Selectors are CSS
// (cascadia). A list of selectors means "the first that finds non-empty
// text". The zero value matches nothing.
type Profile struct {
	// Name identifies the profile ("hanoi-liferay62").
	Name string `json:"name"`
	// About says which platform and portals the profile is for.
	About string `json:"about"`
	// Hosts, when set, limit the profile to these host families and their
	// subdomains ("hanoi.gov.vn" matches "sotttt.hanoi.gov.vn").
	Hosts []string `json:"hosts,omitempty"`
	// Markers: the profile applies when any of these selectors matches.
	Markers []string `json:"markers"`
	// ArticleMarkers: a page is one article (not a list) when any matches.
	ArticleMarkers []string `json:"article_markers,omitempty"`
	// ArticleURL: a regular expression over the URL path (and query) of
	// article pages; an alternative to ArticleMarkers.
	ArticleURL string `json:"article_url,omitempty"`

	Title     []string `json:"title,omitempty"`
	Published []string `json:"published,omitempty"`
	Body      []string `json:"body,omitempty"`
	// Remove are selectors of boilerplate inside the body.
	Remove   []string `json:"remove,omitempty"`
	Summary  []string `json:"summary,omitempty"`
	Author   []string `json:"author,omitempty"`
	Category []string `json:"category,omitempty"`
	Captions []string `json:"captions,omitempty"`
	// AuthorLastParagraph: when no Author selector finds one, the last short
	// paragraph of the body is the author or unit (Liferay portals).
	AuthorLastParagraph bool `json:"author_last_paragraph,omitempty"`

	// Tests are the profile's self-test: small pages written for it and
	// what extraction must give.
	Tests []ProfileTest `json:"tests"`
}

// ProfileTest is one self-test page of a profile.
type ProfileTest struct {
	Name string   `json:"name"`
	URL  string   `json:"url"`
	HTML string   `json:"html"`
	Want TestWant `json:"want"`
}

// TestWant is what extraction of a self-test page must give. Empty strings
// must be empty; TextHas and TextLacks are substrings of the text.
type TestWant struct {
	Profile     string   `json:"profile"`
	IsArticle   bool     `json:"is_article"`
	Title       string   `json:"title"`
	Published   string   `json:"published"`
	Precision   string   `json:"published_precision"`
	Author      string   `json:"author"`
	Category    string   `json:"category"`
	Summary     string   `json:"summary"`
	TextHas     []string `json:"text_has"`
	TextLacks   []string `json:"text_lacks"`
	Captions    []string `json:"captions,omitempty"`
	Attachments []string `json:"attachments,omitempty"`
}

// compiled is a Profile with its selectors compiled.
type compiled struct {
	Profile
	markers, articleMarkers                 []selector
	title, published, body, remove, summary []selector
	author, category, captions              []selector
	articleURL                              *regexp.Regexp
}

func compileAll(list []string, field string) ([]selector, error) {
	out := make([]selector, 0, len(list))
	for _, s := range list {
		m, err := cascadia.ParseGroup(s)
		if err != nil {
			return nil, fmt.Errorf("%s selector %q: %w", field, s, err)
		}
		sl := selector{m: m, need: needTokens(s), subject: subjectToken(s), tag: bareTag(s), elem: subjectElem(s), simple: parseSimple(s)}
		sl.needHash = needHashes(sl.need)
		sl.anchor = anchorToken(s, sl.subject, sl.need)
		out = append(out, sl)
	}
	return out, nil
}

// selector is a compiled CSS selector and the class and id tokens a page
// must hold somewhere for it to match anything: a cheap pre-check that
// spares a walk of the whole tree for most selectors of most pages.
type selector struct {
	m    cascadia.Matcher
	need []string // ".class" and "#id"
	// needHash are the filter hashes of need (tokenHash), made once.
	needHash []uint32
	// subject is a class or id the matched element itself must have
	// (one of need), "" when unknown.
	subject string
	// anchor is a class or id of the match or of an element before it in
	// document order (an ancestor, a sibling before it or theirs): the
	// subject's when it has one, else the need token nearest the subject;
	// "" when unknown. No element before the first with the anchor can
	// match.
	anchor string
	// tag is the element name when the selector is nothing else ("script"),
	// matched without cascadia; "" otherwise.
	tag string
	// elem is the element name the subject's compound starts with
	// ("h2" of "h2.title"), "" when unknown: a node of another name is no
	// match.
	elem string
	// simple is the selector matched without cascadia, nil when it is not
	// of that plain kind.
	simple *simpleSel
}

// matches is s.m.Match(n), comparing the name alone for a bare tag and
// passing over nodes without attributes when the subject needs a class or
// id.
func (s *selector) matches(n *html.Node) bool {
	if s.tag != "" {
		return n.Type == html.ElementNode && n.Data == s.tag
	}
	if s.elem != "" && n.Data != s.elem {
		return false // a text node's Data is its text: cascadia says no too
	}
	if s.subject != "" && !mayHaveToken(n, s.subject) {
		return false // the class or id the subject needs is an attribute
	}
	if s.simple != nil {
		return s.simple.match(n)
	}
	return s.m.Match(n)
}

// mayHaveToken is false when element n cannot have the class or id tok
// (".x", "#x"): no class (or id) attribute of n holds x. (x is the name as
// far as the token pattern reads it, a part of the name the selector
// holds.)
func mayHaveToken(n *html.Node, tok string) bool {
	if len(n.Attr) == 0 {
		return false
	}
	key := "class"
	if tok[0] == '#' {
		key = "id"
	}
	for _, a := range n.Attr {
		if a.Key == key && strings.Contains(a.Val, tok[1:]) {
			return true
		}
	}
	return false
}

// anchorToken picks the anchor of selector s: its subject token, else the
// last of the tokens it needs (every compound of a selector is its
// subject, an ancestor of it or an element before it, all of which come
// at or before it in document order), "" for escapes.
func anchorToken(s, subject string, need []string) string {
	if subject != "" {
		return subject
	}
	if len(need) == 0 || strings.Contains(s, "\\") {
		return ""
	}
	return need[len(need)-1]
}

// subjectElem returns the element name the subject (the last compound)
// of selector s starts with, as cascadia reads it (lower-case letters, then
// digits), when the name ends there ("div" of "a > div.x[y]"); "" for
// selector groups, negations, escapes and anything else.
func subjectElem(s string) string {
	if strings.ContainsAny(s, ",\\") || strings.Contains(s, ":not") {
		return ""
	}
	s = reSelBrackets.ReplaceAllString(s, "")
	last := s[strings.LastIndexAny(s, " \t\n\r\f>+~")+1:]
	end := 0
	for end < len(last) && ('a' <= last[end] && last[end] <= 'z' || end > 0 && '0' <= last[end] && last[end] <= '9') {
		end++
	}
	if end == 0 || end < len(last) && strings.IndexByte(".#[:", last[end]) < 0 {
		return ""
	}
	return last[:end]
}

// bareTag returns s when it is a bare element name as cascadia reads one
// (lower-case letters and digits), "" otherwise.
func bareTag(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return ""
		}
	}
	return s
}

var (
	reSelBrackets = regexp.MustCompile(`\[[^\]]*\]|\([^)]*\)`)
	reSelToken    = regexp.MustCompile(`[.#][A-Za-z_][A-Za-z0-9_-]*`)
)

// needTokens lists the classes and ids a selector requires; nil for
// selector groups and negations, which are always tried.
func needTokens(s string) []string {
	if strings.Contains(s, ",") || strings.Contains(s, ":not") {
		return nil
	}
	return reSelToken.FindAllString(reSelBrackets.ReplaceAllString(s, ""), -1)
}

// subjectToken returns a class or id the subject of selector s (its last
// compound) requires, "" for selector groups, negations, escapes and
// subjects without one.
func subjectToken(s string) string {
	if strings.ContainsAny(s, ",\\") || strings.Contains(s, ":not") {
		return ""
	}
	s = reSelBrackets.ReplaceAllString(s, "")
	last := s[strings.LastIndexAny(s, " \t\n\r\f>+~")+1:]
	if t := reSelToken.FindString(last); t != "" {
		return t
	}
	return ""
}

func compile(p Profile) (*compiled, error) {
	c := &compiled{Profile: p}
	var err error
	for _, f := range []struct {
		dst   *[]selector
		src   []string
		field string
	}{
		{&c.markers, p.Markers, "markers"}, {&c.articleMarkers, p.ArticleMarkers, "article_markers"},
		{&c.title, p.Title, "title"}, {&c.published, p.Published, "published"}, {&c.body, p.Body, "body"},
		{&c.remove, p.Remove, "remove"}, {&c.summary, p.Summary, "summary"}, {&c.author, p.Author, "author"},
		{&c.category, p.Category, "category"}, {&c.captions, p.Captions, "captions"},
	} {
		if *f.dst, err = compileAll(f.src, f.field); err != nil {
			return nil, fmt.Errorf("profile %s: %w", p.Name, err)
		}
	}
	if p.ArticleURL != "" {
		if c.articleURL, err = regexp.Compile(p.ArticleURL); err != nil {
			return nil, fmt.Errorf("profile %s: article_url: %w", p.Name, err)
		}
	}
	if p.Name == "" || len(c.markers) == 0 {
		return nil, fmt.Errorf("profile %q: a name and at least one marker are required", p.Name)
	}
	return c, nil
}

// LoadProfiles reads every *.json file at the top of fsys as a Profile, in
// file-name order. Unknown fields are an error, so a typo in a profile
// cannot pass silently.
func LoadProfiles(fsys fs.FS) ([]Profile, error) {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, fmt.Errorf("list profiles: %w", err)
	}
	sort.Strings(names)
	out := make([]Profile, 0, len(names))
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read profile %s: %w", name, err)
		}
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		var p Profile
		if err := dec.Decode(&p); err != nil {
			return nil, fmt.Errorf("profile %s: %w", path.Base(name), err)
		}
		out = append(out, p)
	}
	return out, nil
}

// hostMatches reports whether site (a host family) is one of hosts or a
// subdomain of one.
func hostMatches(site string, hosts []string) bool {
	if len(hosts) == 0 {
		return true
	}
	for _, h := range hosts {
		h = strings.ToLower(strings.TrimPrefix(h, "www."))
		if site == h || strings.HasSuffix(site, "."+h) {
			return true
		}
	}
	return false
}
