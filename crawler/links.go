package crawler

import (
	"net/url"
	"path"
	"regexp"
	"strings"
)

// Article URL patterns of the site profiles the crawler knows, tried in
// order; a page whose URL matches none can still be recognised as an article
// by its content (see Page.IsArticle).
var articleURL = []*regexp.Regexp{
	// Liferay asset publisher (Hanoi district and Sở portals, shared/docs/portals.md §2.2).
	regexp.MustCompile(`/-/view_content/\d+`),
	regexp.MustCompile(`[?&]_101(?:_INSTANCE_[A-Za-z0-9]+)?_assetEntryId=\d+`),
	regexp.MustCompile(`/-/asset_publisher/[^/]+/content/`),
	// 2025 ward portals and mediacdn news CMSs: /<cat>/<slug>-<16..20 digits>.htm.
	regexp.MustCompile(`^/[a-z0-9-]+/[a-z0-9-]+-\d{16,20}\.htm$`),
	regexp.MustCompile(`^/[a-z0-9-]+-\d{15,20}\.htm$`),
	// Generic: a slug ending in a long numeric id, or an item id parameter.
	regexp.MustCompile(`-\d{6,}\.html?$`),
	regexp.MustCompile(`(?i)[?&](?:ItemID|nid|newsid|articleId|id_tb)=\d+`),
}

// looksArticle reports whether a canonical URL matches an article pattern.
func looksArticle(u *url.URL) bool {
	s := u.EscapedPath()
	if u.RawQuery != "" {
		s += "?" + u.RawQuery
	}
	for _, re := range articleURL {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// skipExt are file types the crawler does not fetch: media, styles,
// scripts, and office documents (attachments are listed by the extractor).
var skipExt = map[string]bool{
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".bmp": true, ".webp": true, ".svg": true, ".ico": true,
	".css": true, ".js": true, ".json": true, ".xml": true, ".rss": true, ".woff": true, ".woff2": true, ".ttf": true, ".eot": true,
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true, ".odt": true,
	".zip": true, ".rar": true, ".7z": true, ".gz": true, ".tar": true,
	".mp3": true, ".mp4": true, ".avi": true, ".wmv": true, ".flv": true, ".mov": true, ".swf": true,
}

// followable reports whether a canonical URL is worth queueing: no media or
// documents, no Liferay file servlets, no absurdly deep or self-repeating
// paths (a common trap).
func followable(u *url.URL) bool {
	p := strings.ToLower(u.Path)
	if skipExt[path.Ext(p)] {
		return false
	}
	if strings.HasPrefix(p, "/documents/") || strings.HasPrefix(p, "/image/") || strings.HasPrefix(p, "/c/document_library/") {
		return false
	}
	segs := strings.Split(strings.Trim(p, "/"), "/")
	if len(segs) > 16 {
		return false
	}
	count := map[string]int{}
	for _, s := range segs {
		if s == "" {
			continue
		}
		count[s]++
		if count[s] >= 3 {
			return false
		}
	}
	q := strings.ToLower(u.RawQuery)
	// Liferay actions that change state or only print.
	if strings.Contains(q, "p_p_lifecycle=1") || strings.Contains(q, "viewmode=print") || strings.Contains(q, "p_p_state=pop_up") {
		return false
	}
	return true
}
