package urlcanon

import (
	"net/url"
	"regexp"
	"strings"
)

var (
	// Liferay asset publisher: the asset id identifies the article whatever
	// category path or portlet parameters lead to it.
	liferayContent = regexp.MustCompile(`/-/view_content/(\d+)(?:[-.]|$)`)
	liferayAsset   = regexp.MustCompile(`(?:^|&)_101(?:_INSTANCE_[A-Za-z0-9]+)?_assetEntryId=(\d+)`)
	liferayStruts  = regexp.MustCompile(`(?:^|&)_101(?:_INSTANCE_[A-Za-z0-9]+)?_struts_action=[^&]*view_content`)
	// "/<cat>/<slug>-<id>.htm": ward-portal and many news CMSs; the numeric id
	// (six digits or more) identifies the article whatever slug or category.
	slugID = regexp.MustCompile(`(?i)/[^/]*-(\d{6,})\.html?$`)
)

// Key returns the deduplication key of a canonical URL (the output of
// Canonical): two URLs with one key are one page. The key ignores the scheme
// (http and https of one host are one page); on Liferay portals it is the host
// and the asset id, on "slug-<id>.htm" portals the host and the id; otherwise
// it is the canonical URL without its scheme.
func Key(canonical string) string {
	u, err := url.Parse(canonical)
	if err != nil || u.Host == "" {
		return canonical
	}
	if id := AssetID(u); id != "" {
		return u.Host + "|asset|" + id
	}
	if m := slugID.FindStringSubmatch(u.EscapedPath()); m != nil && u.RawQuery == "" {
		return u.Host + "|id|" + m[1]
	}
	s := u.Host + u.EscapedPath()
	if u.RawQuery != "" {
		s += "?" + u.RawQuery
	}
	return s
}

// AssetID returns the Liferay asset id of an article URL, or "" when u is not
// a Liferay article URL.
func AssetID(u *url.URL) string {
	if m := liferayContent.FindStringSubmatch(u.EscapedPath()); m != nil {
		return m[1]
	}
	if m := liferayAsset.FindStringSubmatch(u.RawQuery); m != nil && (liferayStruts.MatchString(u.RawQuery) || !strings.Contains(u.RawQuery, "struts_action")) {
		return m[1]
	}
	return ""
}

// HostPort returns the host (with a non-default port) of a canonical URL.
func HostPort(canonical string) string {
	u, err := url.Parse(canonical)
	if err != nil {
		return ""
	}
	return u.Host
}
