package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"

	"github.com/vnarchive/vnarchive/data"
)

// ErrUnusable is returned (wrapped) for input that is not a page at all:
// empty, binary, or a document type the extractor does not read.
var ErrUnusable = errors.New("unusable page")

// Result is an extracted page: the Article and what the extractor learnt
// about the page itself.
type Result struct {
	Article *data.Article
	// IsArticle is false for list, category and home pages.
	IsArticle bool
	// Profile is the name of the site profile used, "generic" for the
	// fallback.
	Profile string
	// Charset is the character set the page was read in.
	Charset string
}

// Extractor extracts articles with an ordered set of site profiles and the
// generic fallback. It is safe for concurrent use; the zero value has no
// profiles and uses the fallback alone.
type Extractor struct {
	profiles []*compiled
	// filter passes the classes and ids the selectors need (nil: index
	// every one).
	filter *tokenFilter
	// noEntities leaves the entity finders out (benchmarks measure the page
	// work alone with it).
	noEntities bool
}

// New returns an Extractor that tries profiles in the order given.
func New(profiles []Profile) (*Extractor, error) {
	x := &Extractor{}
	for _, p := range profiles {
		c, err := compile(p)
		if err != nil {
			return nil, err
		}
		x.profiles = append(x.profiles, c)
	}
	x.filter = &tokenFilter{}
	for _, c := range x.profiles {
		for _, l := range [][]selector{c.markers, c.articleMarkers, c.title, c.published, c.body, c.remove, c.summary, c.author, c.category, c.captions} {
			for _, s := range l {
				for _, n := range s.need {
					x.filter.add(n)
				}
			}
		}
	}
	for _, g := range []*fixedGroup{titleGroup, captionGroup} {
		for _, s := range g.sels {
			for _, n := range s.need {
				x.filter.add(n)
			}
		}
	}
	for _, list := range [][]string{summarySelectors, authorSelectors, breadcrumbSelectors} {
		for _, s := range list {
			for _, n := range fixedNeeds(s) {
				x.filter.add(n)
			}
		}
	}
	return x, nil
}

var defaultExtractor = sync.OnceValues(func() (*Extractor, error) {
	ps, err := LoadProfiles(data.Profiles())
	if err != nil {
		return nil, err
	}
	return New(ps)
})

// Default returns the Extractor with the profiles embedded from
// data/profiles/. It is built once and shared.
func Default() (*Extractor, error) { return defaultExtractor() }

// Page extracts one page with the embedded profiles. raw is the body as
// fetched (Content-Encoding undone, charset as served); contentType is the
// Content-Type header or "". It never panics; it fails only for unusable
// input (ErrUnusable).
func Page(raw []byte, pageURL, contentType string) (*data.Article, error) {
	r, err := Extract(raw, pageURL, contentType)
	if err != nil {
		return nil, err
	}
	return r.Article, nil
}

// Extract is Page with what the extractor learnt about the page.
func Extract(raw []byte, pageURL, contentType string) (*Result, error) {
	x, err := Default()
	if err != nil {
		return nil, fmt.Errorf("load site profiles: %w", err)
	}
	return x.Extract(raw, pageURL, contentType)
}

// IsArticle reports whether raw is one article page (not a list, category
// or home page), with the embedded profiles.
func IsArticle(raw []byte, pageURL string) bool {
	r, err := Extract(raw, pageURL, "")
	return err == nil && r.IsArticle
}

// Page extracts one page; see the package function Page.
func (x *Extractor) Page(raw []byte, pageURL, contentType string) (*data.Article, error) {
	r, err := x.Extract(raw, pageURL, contentType)
	if err != nil {
		return nil, err
	}
	return r.Article, nil
}

// Extract extracts one page and classifies it.
func (x *Extractor) Extract(raw []byte, pageURL, contentType string) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("extract %s: internal error %v: %w", pageURL, r, ErrUnusable)
		}
	}()
	if err := usable(raw, contentType); err != nil {
		return nil, fmt.Errorf("extract %s: %w", pageURL, err)
	}
	text, cs, err := decode(raw, contentType)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", pageURL, err)
	}
	root, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("extract %s: parse: %w", pageURL, err)
	}
	pg := newPage(root, pageURL, x.filter)
	pg.profile = x.match(root, pg.site, pg.tok)
	pg.noEntities = x.noEntities
	res = pg.extract()
	res.Charset = cs
	return res, nil
}

// match returns the first profile for the page, or nil for the fallback.
func (x *Extractor) match(root *html.Node, site string, tok tokens) *compiled {
	for _, p := range x.profiles {
		if hostMatches(site, p.Hosts) && tok.anyMatch(root, p.markers) {
			return p
		}
	}
	return nil
}

// page is the state of one extraction.
type page struct {
	root        *html.Node
	baseURL     *url.URL // for resolving links
	url         string   // the page's own URL (canonical when the page names one)
	parsedURL   *url.URL // url parsed, nil when it does not parse
	site        string   // data.SiteOf(url)
	profile     *compiled
	noEntities  bool
	classMemo   map[*html.Node]uint8 // classOf's verdicts
	baseState   uint8                // baseClean: 0 not known yet, 1 clean, 2 not
	bn          bodyNodes            // scanBody's lists
	originState uint8                // plainOrigin: 0 not known yet, 1 plain, 2 not
	// urls hold the URLs parsed without the parser (parseURLInto), which
	// parsedURL and baseURL point to.
	urls [2]url.URL
	// scratch is the room the extraction's passing lists take, kept from
	// page to page by pagePool.
	scratch pageScratch
	pageIndex
}

// pageScratch are lists an extraction fills and drops: the body's
// paragraphs and their bytes, mainContent's candidates.
type pageScratch struct {
	paras      []para
	text       []byte
	cands      []candidate
	candsIndex map[*html.Node]int32
	drop       map[*html.Node]bool // the nodes left out of the body's text
}

// reset empties the lists (their elements too: they point into the last
// page's tree), keeping their room.
func (s *pageScratch) reset() {
	clear(s.paras[:cap(s.paras)])
	clear(s.cands[:cap(s.cands)])
	clear(s.candsIndex)
	clear(s.drop)
	s.paras, s.text, s.cands = s.paras[:0], s.text[:0], s.cands[:0]
}

// pagePool holds spent pages (a page is a kilobyte of lists and buffers,
// made for every page extracted): newPage takes one, extract gives it
// back emptied.
var pagePool = sync.Pool{New: func() any { return new(page) }}

func newPage(root *html.Node, pageURL string, filter *tokenFilter) *page {
	pg := pagePool.Get().(*page)
	pg.root, pg.url = root, pageURL
	pg.pageIndex.fill(root, filter)
	ix := &pg.pageIndex
	pu, err := parseURLInto(pageURL, &pg.urls[0])
	if err == nil {
		// Shared: neither URL is ever changed, only replaced.
		pg.parsedURL, pg.baseURL = pu, pu
	}
	if ix.base != "" {
		if u := pg.resolve(ix.base); u != "" {
			pg.baseURL, _ = parseURLInto(u, &pg.urls[1])
		}
	}
	if ix.canonical != "" {
		if u := pg.resolve(ix.canonical); u != "" && strings.HasPrefix(u, "http") {
			pg.url = u
			// into the buffer the base URL does not use
			buf := &pg.urls[1]
			if pg.baseURL == buf {
				buf = &pg.urls[0]
			}
			pg.parsedURL, err = parseURLInto(u, buf)
			if err != nil {
				pg.parsedURL = nil
			}
		}
	}
	pg.site = siteOf(pg.parsedURL)
	return pg
}

// release empties pg (it holds the page's tree) and gives it back to
// pagePool, keeping its maps' room; pg is not to be used after.
func (pg *page) release() {
	metas, memo, scratch := pg.metas, pg.classMemo, pg.scratch
	clear(metas)
	clear(memo)
	scratch.reset()
	*pg = page{}
	pg.metas, pg.classMemo, pg.scratch = metas, memo, scratch
	pagePool.Put(pg)
}

// parseURL is url.Parse(s), made without the parser for the plainest
// page URLs: "http://" or "https://", a host of letters, digits, '.' and
// '-', then nothing or a plain absolute path and query (plainAbsPath).
func parseURL(s string) (*url.URL, error) {
	return parseURLInto(s, nil)
}

// parseURLInto is parseURL writing a URL it makes without the parser to
// dst (a new one when dst is nil).
func parseURLInto(s string, dst *url.URL) (*url.URL, error) {
	rest, ok := strings.CutPrefix(s, "https://")
	scheme := "https"
	if !ok {
		if rest, ok = strings.CutPrefix(s, "http://"); !ok {
			return url.Parse(s)
		}
		scheme = "http"
	}
	h := 0
	for h < len(rest) && rest[h] != '/' && rest[h] != '?' {
		c := rest[h]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-') {
			return url.Parse(s)
		}
		h++
	}
	if h == 0 {
		return url.Parse(s)
	}
	u := dst
	if u == nil {
		u = new(url.URL)
	}
	*u = url.URL{Scheme: scheme, Host: rest[:h]}
	pq := rest[h:]
	if pq == "" {
		return u, nil
	}
	if pq[0] == '?' {
		// no path: the query alone
		if !plainQuery(pq[1:]) {
			return url.Parse(s)
		}
	} else if !plainAbsPath(pq) {
		return url.Parse(s)
	}
	path, query, hasQuery := strings.Cut(pq, "?")
	u.Path, u.RawQuery = path, query
	if hasQuery && query == "" {
		u.ForceQuery = true // "/a?": url.Parse keeps the '?'
	}
	return u, nil
}

// siteOf is data.SiteOf of a URL parsed once for all that the page needs
// of it (nil when it does not parse).
func siteOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// resolve makes href absolute against the page's base URL; "" when it
// cannot.
func (pg *page) resolve(href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "javascript:") || strings.HasPrefix(href, "#") {
		return ""
	}
	if pg.plainOrigin() && plainAbsPath(href) {
		u := pg.baseURL
		return u.Scheme + "://" + u.Host + href // what the URL parsing below comes to
	}
	return pg.resolveParsed(href)
}

// resolveParsed is resolve by parsing href and resolving it against the
// base URL.
func (pg *page) resolveParsed(href string) string {
	ref, err := url.Parse(href)
	if err != nil {
		ref, err = url.Parse(strings.ReplaceAll(href, " ", "%20"))
		if err != nil {
			return ""
		}
	}
	if pg.baseURL == nil {
		if ref.IsAbs() {
			return ref.String()
		}
		return ""
	}
	return pg.baseURL.ResolveReference(ref).String()
}

// plainOrigin reports whether a plain absolute path resolves against the
// base URL to "scheme://host" followed by the path (a scheme, no user, an
// ASCII host that needs no escaping); worked out once per page.
func (pg *page) plainOrigin() bool {
	if pg.originState == 0 {
		pg.originState = 2
		if u := pg.baseURL; u != nil && u.Scheme != "" && u.Host != "" && u.User == nil && u.Opaque == "" && plainHost(u.Host) {
			pg.originState = 1
		}
	}
	return pg.originState == 1
}

// plainHost reports whether a host is letters, digits, '.', '-' and ':'
// only (which URL.String writes as they are).
func plainHost(h string) bool {
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == ':') {
			return false
		}
	}
	return true
}

// plainAbsPath reports whether href is an absolute path ("/a/b.pdf", not
// "//host/…") of letters, digits and "-_.~/" with no "." or ".." part,
// optionally followed by a query of printable ASCII without '#' and
// spaces: URL parsing keeps such a path and query as they are, and
// resolving it against a base URL with a host keeps them too.
func plainAbsPath(href string) bool {
	if len(href) == 0 || href[0] != '/' || len(href) > 1 && href[1] == '/' {
		return false
	}
	segStart := 1
	for i := 1; i <= len(href); i++ {
		if i == len(href) || href[i] == '/' || href[i] == '?' {
			if seg := href[segStart:i]; seg == "." || seg == ".." {
				return false
			}
			if i == len(href) {
				return true
			}
			if href[i] == '?' {
				return plainQuery(href[i+1:])
			}
			segStart = i + 1
			continue
		}
		c := href[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') {
			return false
		}
	}
	return true
}

// plainQuery reports whether a query is printable ASCII without '#' and
// spaces.
func plainQuery(q string) bool {
	for i := 0; i < len(q); i++ {
		if c := q[i]; c <= ' ' || c >= 0x7F || c == '#' {
			return false
		}
	}
	return true
}

// extract runs the profile (or the fallback) over the page, then
// releases the page: pg is not to be used after.
func (pg *page) extract() *Result {
	ra := &resultArticle{r: Result{Profile: "generic"}, a: data.Article{URL: pg.url, Site: pg.site}}
	a, res := &ra.a, &ra.r
	res.Article = a
	p := pg.profile
	if p == nil {
		p = noProfile
	} else {
		res.Profile = p.Name
	}

	a.Title = pg.tok.firstText(pg.root, p.title)
	if a.Title == "" {
		a.Title = pg.genericTitle()
	}

	// Body: the profile's container, else main-content detection.
	// A profile that can tell articles from lists decides up front: a list
	// page of a known platform has no article text and no date of its own.
	articleMarked := len(p.articleMarkers) > 0 && pg.tok.anyMatch(pg.root, p.articleMarkers)
	urlMarked := p.articleURL != nil && p.articleURL.MatchString(requestURI(pg.parsedURL))
	listPage := (len(p.articleMarkers) > 0 || p.articleURL != nil) && !articleMarked && !urlMarked

	var body *html.Node
	if len(p.body) > 0 && !listPage {
		body = pg.tok.first(pg.root, p.body)
	}
	profileBody := body != nil
	// The nodes to drop, in the page's map (empty) or one made on the
	// first: what is done with it asks whether it is empty, not nil.
	drop := pg.scratch.drop
	if body != nil {
		drop = pg.tok.matchSetInto(body, p.remove, drop)
	}
	if body == nil && !listPage {
		body = pg.mainContent()
		drop = pg.dropBoilerplate(body, drop)
	}

	summaryNode := pg.tok.first(pg.root, p.summary)
	if summaryNode != nil {
		a.Summary = lineText(summaryNode)
	}
	if a.Summary == "" && p.Name == "" {
		a.Summary = pg.genericSummary(body)
	}
	if summaryNode != nil && body != nil && hasAncestor(summaryNode, body) {
		if drop == nil {
			drop = map[*html.Node]bool{}
		}
		drop[summaryNode] = true // the lead is put first below
	}

	var paras []para
	if body != nil {
		paras = pg.bodyParagraphs(body, drop)
	}
	paras = cleanParas(paras, a.Title)

	// Author: a selector, else the last short paragraph of the body.
	if n := pg.tok.first(pg.root, p.author); n != nil {
		a.Author = cleanAuthor(lineText(n))
		if body != nil && hasAncestor(n, body) {
			paras = removeBlock(paras, n)
		}
	}
	if a.Author == "" && p.Name == "" {
		// An element the page names as the author beats a guess.
		a.Author = pg.metaAuthor(body)
	}
	if a.Author == "" && len(paras) > 1 {
		last := paras[len(paras)-1]
		if au, ok := authorLine(last, p.AuthorLastParagraph && profileBody); ok {
			a.Author = au
			paras = paras[:len(paras)-1]
		}
	}

	a.Category = pg.tok.firstText(pg.root, p.category)
	if a.Category == "" {
		a.Category = pg.genericCategory(a.Title)
	}

	bn := pg.scanBody(body)
	a.Captions = pg.captions(body, p.captions, drop, bn)
	a.Attachments = pg.attachments(body, bn.links)

	var textsBuf [16]string // most pages: no allocation for texts
	texts := textsBuf[:0]
	if a.Summary != "" && (len(paras) == 0 || !strings.Contains(paras[0].text, a.Summary)) {
		texts = append(texts, a.Summary)
	}
	for _, pa := range paras {
		texts = append(texts, pa.text)
	}
	a.Text = strings.Join(texts, "\n\n")

	pub := published{}
	if listPage {
		// The dates on a list page are its items'; the page has none.
	} else if n := pg.tok.first(pg.root, p.published); n != nil {
		pub = parseDateLine(lineText(n))
	}
	if !pub.ok() && !listPage {
		pub = pg.genericPublished(body)
	}
	if !pub.ok() && !listPage {
		pub = textDate(texts)
	}
	a.Published, a.PublishedPrecision = pub.rfc3339(), pub.precision

	a.Lang = langOf(a.Text, pg.declaredLang())
	if pg.noEntities {
		emptyEntities(a)
	} else {
		fillEntities(a)
	}

	res.IsArticle = pg.isArticle(p, a, paras, articleMarked || urlMarked)
	pg.scratch.drop = drop // emptied, for the next page
	pg.release()
	return res
}

// resultArticle holds a Result and its Article in one allocation.
type resultArticle struct {
	r Result
	a data.Article
}

// noProfile is the profile of pages no profile matches: every list empty.
// It is only read.
var noProfile = &compiled{}

// cleanParas drops boilerplate paragraphs and a repeated title or date line
// at the start, and cuts the body at trailing "other news" lists.
func cleanParas(paras []para, title string) []para {
	out := paras[:0]
	for i, pa := range paras {
		boiler, tail := boilerOrTail(pa.text)
		if tail && i > 0 {
			break
		}
		if boiler {
			continue
		}
		if len(out) == 0 && (pa.text == title || isDateLine(pa.text)) {
			continue
		}
		out = append(out, pa)
	}
	return out
}

// isDateLine reports whether a short paragraph is only a publication date
// line ("Ngày đăng 28/02/2024 | 16:38 | Lượt xem: 649").
func isDateLine(s string) bool {
	if runesOver(s, 80) || !parseDateLine(s).ok() {
		return false
	}
	words := 0
	for _, w := range strings.Fields(s) {
		if strings.ContainsAny(w, "0123456789|") {
			continue
		}
		words++
	}
	return words <= 5
}

func removeBlock(paras []para, n *html.Node) []para {
	out := paras[:0]
	for _, pa := range paras {
		if pa.block != nil && hasAncestor(pa.block, n) {
			continue
		}
		out = append(out, pa)
	}
	return out
}

// textDate is the last resort for the publication time: the first full date
// in the first paragraphs of the text, to the day.
func textDate(texts []string) published {
	for i, t := range texts {
		if i >= 3 {
			break
		}
		if p := parseDateLine(t); p.ok() {
			y, m, d := p.t.In(vnZone).Date()
			return published{t: time.Date(y, m, d, 0, 0, 0, 0, vnZone), precision: data.PrecisionDay}
		}
	}
	return published{}
}

// isArticle classifies the page: by the profile when it can tell, else
// by what was found (a title, a date, and a body of some length).
func (pg *page) isArticle(p *compiled, a *data.Article, paras []para, marked bool) bool {
	if len(p.articleMarkers) > 0 || p.articleURL != nil {
		return marked
	}
	if u := pg.parsedURL; u != nil && isHomePath(u.Path) { // a.URL is pg.url
		return false
	}
	return a.Title != "" && a.Published != "" && runesOver(a.Text, 199) && len(paras) >= 2
}

// requestURI is the path and query of a parsed URL, or "" for nil.
func requestURI(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.RequestURI()
}

// isHomePath reports whether a URL path is a portal's home page.
func isHomePath(p string) bool {
	p = strings.ToLower(strings.TrimSuffix(p, "/"))
	switch p {
	case "", "/index.html", "/index.htm", "/index.php", "/index.aspx", "/default.aspx", "/home", "/trang-chu", "/web/guest", "/vi", "/en":
		return true
	}
	return false
}
