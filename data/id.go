package data

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"regexp"
	"strings"
)

var (
	liferayContent = regexp.MustCompile(`/-/view_content/(\d+)(?:[-.]|$)`)
	liferayAsset   = regexp.MustCompile(`(?:^|[?&])_101_assetEntryId=(\d+)`)
)

// SiteOf returns the host family of a URL: the lower-case host without port
// and without a leading "www.". It returns "" for a URL without a host.
func SiteOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	return strings.TrimPrefix(h, "www.")
}

// ArticleID derives the stable id of an article from its canonical URL: on
// Liferay portals from the host family and the asset id (so every URL form of
// one asset gives one id), elsewhere from the whole canonical URL. The id is
// 16 lower-case hex digits; it never depends on crawl order.
func ArticleID(canonicalURL string) string {
	key := canonicalURL
	if m := liferayContent.FindStringSubmatch(canonicalURL); m != nil {
		key = SiteOf(canonicalURL) + "|asset|" + m[1]
	} else if u, err := url.Parse(canonicalURL); err == nil {
		if m := liferayAsset.FindStringSubmatch(u.RawQuery); m != nil {
			key = SiteOf(canonicalURL) + "|asset|" + m[1]
		}
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}
