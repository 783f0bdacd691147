package simportal

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

var (
	reLiferayArticle = regexp.MustCompile(`^/([a-z0-9-]+)/-/view_content/(\d+)-([a-z0-9-]*)\.html((?:/(?:vi|en))*)$`)
	reWardArticle    = regexp.MustCompile(`^/([a-z0-9-]+)/([a-z0-9-]+)-(2783\d{15})\.htm$`)
	reWardPage       = regexp.MustCompile(`^/([a-z0-9-]+)/trang-(\d+)\.htm$`)
	reSessionID      = regexp.MustCompile(`;jsessionid=[A-Za-z0-9.]*`)
)

// stripSession removes a ";jsessionid=…" path parameter.
func stripSession(path string) string { return reSessionID.ReplaceAllString(path, "") }

// articleOfURL finds the article a URL shows: index and family, or -1.
func (p *Portal) articleOfURL(raw string) (int, int) {
	u, err := url.Parse(raw)
	if err != nil {
		return -1, 0
	}
	path := stripSession(u.Path)
	path = strings.TrimPrefix(path, "/en")
	if path == "" {
		path = "/"
	}
	if m := reLiferayArticle.FindStringSubmatch(path); m != nil {
		id, _ := strconv.ParseInt(m[2], 10, 64)
		return p.liferayIndex(id), famLiferay
	}
	if id := u.Query().Get("_101_assetEntryId"); id != "" {
		n, _ := strconv.ParseInt(id, 10, 64)
		return p.liferayIndex(n), famLiferay
	}
	if m := reWardArticle.FindStringSubmatch(u.Path); m != nil {
		if i, ok := p.wardByID[m[3]]; ok {
			return int(i), famWard
		}
	}
	return -1, 0
}

// liferayListQuery is the Liferay page-iterator query for page n.
func liferayListQuery(n int) string {
	return "p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=1&p_p_col_count=2&_101_delta=10&_101_keywords=&_101_advancedSearch=false&_101_andOperator=true&p_r_p_564233524_resetCur=false&_101_cur=" + strconv.Itoa(n)
}

// liferayAssetQuery is the unfriendly _101_assetEntryId form of an article URL.
func liferayAssetQuery(asset int64, slug string) string {
	return "p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_assetEntryId=" +
		strconv.FormatInt(asset, 10) + "&_101_type=content&_101_urlTitle=" + slug
}
