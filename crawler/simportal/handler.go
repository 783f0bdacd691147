package simportal

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// response is what a route produces before it crosses the wire.
type response struct {
	status  int
	ctype   string
	body    []byte
	header  http.Header
	gzipOK  bool          // may be gzip-encoded when the client accepts it
	chunked bool          // written in two flushes, without Content-Length
	stream  func(w *wire) // writes a large body itself
	modTime time.Time
}

func htmlResp(s string) *response {
	return &response{status: http.StatusOK, ctype: "text/html; charset=utf-8", body: []byte(s)}
}

func notFound(page string) *response {
	r := htmlResp(page)
	r.status = http.StatusNotFound
	return r
}

// site serves one portal family. It is safe for concurrent use.
type site struct {
	p      *Portal
	family int
	log    *requestLog

	mu   sync.Mutex
	once map[string]bool // fault injections already served
}

// Handler returns an http.Handler serving one portal family ("liferay" or
// "ward"), for tests that run their own httptest server. It answers to any
// Host: canonical links always name 127.0.0.1 and the request's port. Its
// request log is not exposed; use Start for that. It panics on an unknown
// family.
func (p *Portal) Handler(family string) http.Handler {
	switch family {
	case FamilyLiferay:
		return &site{p: p, family: famLiferay, log: &requestLog{}, once: map[string]bool{}}
	case FamilyWard:
		return &site{p: p, family: famWard, log: &requestLog{}, once: map[string]bool{}}
	}
	panic("simportal: unknown family " + strconv.Quote(family))
}

func (s *site) firstTime(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.once[key] {
		return false
	}
	s.once[key] = true
	return true
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	wr := newWire(w)
	resp := s.route(r)
	s.write(wr, r, resp)
	s.log.add(r, wr, familyName(s.family))
}

func familyName(f int) string {
	if f == famWard {
		return FamilyWard
	}
	return FamilyLiferay
}

// route answers the shared paths, then the family's own.
func (s *site) route(r *http.Request) *response {
	p, f := s.p, s.p.cfg.Faults
	path := r.URL.Path
	switch {
	case path == "/robots.txt":
		return &response{status: http.StatusOK, ctype: "text/plain; charset=utf-8", body: []byte(robots(s.family, p.cfg.CrawlDelay))}
	case strings.HasPrefix(path, "/cham/") && f.SlowDelay > 0:
		select {
		case <-time.After(f.SlowDelay):
		case <-r.Context().Done():
		}
		n := atoiOr(strings.TrimPrefix(path, "/cham/"), 1)
		return htmlResp(fmt.Sprintf("<!DOCTYPE html><html lang=\"vi\"><head><title>Trang chậm %d</title></head><body><p>Máy chủ trả lời chậm.</p></body></html>", n))
	case f.RedirectLoop && (path == "/vong-lap/a" || path == "/vong-lap/b"):
		to := "/vong-lap/b"
		if path == "/vong-lap/b" {
			to = "/vong-lap/a"
		}
		return &response{status: http.StatusFound, ctype: "text/html; charset=utf-8", header: http.Header{"Location": {to}}, body: []byte("<a href=\"" + to + "\">Chuyển hướng</a>")}
	case f.HugeBody && path == "/tai-lieu-lon":
		n := f.HugeBodyBytes
		return &response{status: http.StatusOK, ctype: "text/html; charset=utf-8", stream: func(w *wire) {
			head := "<!DOCTYPE html><html lang=\"vi\"><head><title>Tài liệu lớn</title></head><body><pre>"
			w.Write([]byte(head))
			line := []byte(strings.Repeat("Dữ liệu thử nghiệm kích thước lớn. ", 30) + "\n")
			for left := n - len(head); left > 0; left -= len(line) {
				if left < len(line) {
					line = line[:left]
				}
				if _, err := w.Write(line); err != nil {
					return
				}
			}
		}}
	case strings.HasSuffix(path, ".pdf"):
		if i, ok := s.attachmentOwner(path); ok {
			return &response{status: http.StatusOK, ctype: "application/pdf", body: minimalPDF(fmt.Sprint(i))}
		}
		return notFound("<!DOCTYPE html><html><body><h1>404</h1></body></html>")
	case strings.HasPrefix(path, "/image/") || strings.HasPrefix(path, "/Uploads/images/") || strings.HasSuffix(path, ".png"):
		return &response{status: http.StatusOK, ctype: "image/gif", body: tinyGIF}
	}
	if s.family == famWard {
		return s.wardRoute(r)
	}
	return s.liferayRoute(r)
}

// attachmentOwner finds the article that links an attachment path.
func (s *site) attachmentOwner(path string) (int, bool) {
	var i int = -1
	if s.family == famLiferay {
		parts := strings.Split(path, "/") // /documents/20182/<asset>/<name>.pdf
		if len(parts) == 5 && parts[1] == "documents" {
			if id, err := strconv.ParseInt(parts[3], 10, 64); err == nil {
				i = s.p.liferayIndex(id)
			}
		}
	} else if k := strings.LastIndexByte(path, '-'); k >= 0 {
		// /Uploads/files/yyyy/mm/<name>-<ward id>.pdf
		if j, ok := s.p.wardByID[strings.TrimSuffix(path[k+1:], ".pdf")]; ok {
			i = int(j)
		}
	}
	if i < 0 {
		return 0, false
	}
	for _, at := range s.p.build(i).attach {
		if at.src == path {
			return i, true
		}
	}
	return 0, false
}

func (s *site) liferayRoute(r *http.Request) *response {
	p := s.p
	v := newLview(p, r)
	path := stripSession(r.URL.Path)
	if strings.HasPrefix(path, "/en/") || path == "/en" {
		v.en = true
		path = strings.TrimPrefix(path, "/en")
		if path == "" {
			path = "/"
		}
	}
	v.path = stripSession(r.URL.Path)
	q := r.URL.Query()
	switch {
	case path == "/":
		return htmlResp(v.home())
	case path == "/lich":
		return htmlResp(v.page("Lịch công tác", "", "Lịch công tác", calendarMain("/lich", atoiOr(q.Get("thang"), 1), atoiOr(q.Get("nam"), 2024), "/lich/in")))
	case strings.HasPrefix(path, "/lich/"):
		return htmlResp(v.page("Bản in lịch công tác", "", "Lịch công tác", calendarMain("/lich", atoiOr(q.Get("thang"), 1), atoiOr(q.Get("nam"), 2024), "/lich/in")))
	case strings.HasPrefix(path, "/c/portal/"):
		return htmlResp(v.page("Đăng nhập", "", "Đăng nhập", `<form method="post" action="/c/portal/login"><input name="login"><input type="password" name="password"><input type="submit" value="Đăng nhập"></form>`))
	case path == "/search":
		return htmlResp(v.page("Tìm kiếm", "", "Tìm kiếm", `<p>Nhập từ khóa để tìm kiếm.</p>`))
	case path == "/gioi-thieu" || path == "/lien-he" || path == "/hoi-dap" || path == "/ban-do-so":
		return htmlResp(v.page(staticTitle[path], path, staticTitle[path], "<div class=\"static\"><p>"+esc(staticBody[path], modeNFC)+"</p></div>"))
	case path == "/so-do-cong":
		var b strings.Builder
		b.WriteString("<ul class=\"so-do\">")
		for _, c := range liferayCats {
			fmt.Fprintf(&b, "<li><a href=\"/%s\">%s</a></li>", c.slug, esc(c.name, modeNFC))
		}
		b.WriteString("</ul>")
		return htmlResp(v.page("Sơ đồ cổng", path, "Sơ đồ cổng", b.String()))
	}
	if m := reLiferayArticle.FindStringSubmatch(path); m != nil {
		id, _ := strconv.ParseInt(m[2], 10, 64)
		i := p.liferayIndex(id)
		if i < 0 {
			return notFound(v.page("Không tìm thấy trang", "", "Lỗi", "<p>Nội dung không tồn tại hoặc đã bị gỡ.</p>"))
		}
		return s.articleResp(r, htmlResp(v.articlePage(i, strings.Count(m[4], "/"))), i)
	}
	for cat, c := range liferayCats {
		if path != "/"+c.slug {
			continue
		}
		if id := q.Get("_101_assetEntryId"); id != "" {
			n, _ := strconv.ParseInt(id, 10, 64)
			if i := p.liferayIndex(n); i >= 0 {
				return s.articleResp(r, htmlResp(v.articlePage(i, 4)), i)
			}
			return notFound(v.page("Không tìm thấy trang", "", "Lỗi", "<p>Nội dung không tồn tại hoặc đã bị gỡ.</p>"))
		}
		if p.cfg.Faults.TooManyRequests && s.firstTime("429 "+r.URL.RequestURI()) {
			return s.retryLater(http.StatusTooManyRequests)
		}
		return htmlResp(v.listPage(cat, r))
	}
	return notFound(v.page("Không tìm thấy trang", "", "Lỗi", "<p>Trang bạn tìm không tồn tại.</p>"))
}

var staticTitle = map[string]string{"/gioi-thieu": "Giới thiệu chung", "/lien-he": "Liên hệ", "/hoi-dap": "Hỏi đáp", "/ban-do-so": "Bản đồ số"}
var staticBody = map[string]string{
	"/gioi-thieu": "Quận Đông Thành là đơn vị hành chính mô phỏng, dùng để thử nghiệm hệ thống lưu trữ.",
	"/lien-he":    "Mọi ý kiến xin gửi về Văn phòng HĐND và UBND quận.",
	"/hoi-dap":    "Chuyên mục hỏi đáp đang được cập nhật.",
	"/ban-do-so":  "Bản đồ số của quận đang được xây dựng.",
}

func (s *site) retryLater(status int) *response {
	h := http.Header{"Retry-After": {strconv.Itoa(s.p.cfg.Faults.RetryAfterSeconds)}}
	return &response{status: status, ctype: "text/html; charset=utf-8", header: h, body: []byte("<!DOCTYPE html><html><body><p>Máy chủ đang bận, vui lòng thử lại sau.</p></body></html>")}
}

// articleResp adds the article's Last-Modified and the 503-once fault.
func (s *site) articleResp(r *http.Request, resp *response, i int) *response {
	if s.p.cfg.Faults.Unavailable && s.firstTime("503 "+r.URL.Path) {
		return s.retryLater(http.StatusServiceUnavailable)
	}
	resp.modTime = s.p.Published(i)
	return resp
}

func (s *site) wardRoute(r *http.Request) *response {
	p := s.p
	v := newWview(p, r)
	path := r.URL.Path
	q := r.URL.Query()
	switch {
	case path == "/":
		return s.wardHTML(v, v.home(), false)
	case path == "/lich-cong-tac":
		return s.wardHTML(v, v.page("Lịch công tác", "", calendarMain("/lich-cong-tac", atoiOr(q.Get("thang"), 1), atoiOr(q.Get("nam"), 2025), "/lich-cong-tac/in")), false)
	case strings.HasPrefix(path, "/lich-cong-tac/"):
		return s.wardHTML(v, v.page("Bản in lịch công tác", "", calendarMain("/lich-cong-tac", atoiOr(q.Get("thang"), 1), atoiOr(q.Get("nam"), 2025), "/lich-cong-tac/in")), false)
	case path == "/tim-kiem" || strings.HasPrefix(path, "/admin/"):
		return s.wardHTML(v, v.page("Tìm kiếm", "", "<p>Không có kết quả.</p>"), false)
	}
	if m := reWardArticle.FindStringSubmatch(path); m != nil {
		i, ok := p.wardByID[m[3]]
		if ok {
			a := p.head(int(i))
			cp := a.cat == ward1258
			v.cp1258 = cp
			return s.articleResp(r, s.wardHTML(v, v.articlePage(int(i)), cp), int(i))
		}
	}
	for cat, c := range wardCats {
		cur := 0
		if path == "/"+c.slug {
			cur = 1
		} else if m := reWardPage.FindStringSubmatch(path); m != nil && m[1] == c.slug {
			cur = atoiOr(m[2], 1)
		}
		if cur == 0 {
			continue
		}
		if p.cfg.Faults.TooManyRequests && s.firstTime("429 "+r.URL.RequestURI()) {
			return s.retryLater(http.StatusTooManyRequests)
		}
		v.cp1258 = cat == ward1258
		return s.wardHTML(v, v.listPage(cat, cur), v.cp1258)
	}
	return s.wardHTML(v, v.page("Không tìm thấy", "", "<p>Trang không tồn tại.</p>"), false).as404()
}

func (r *response) as404() *response { r.status = http.StatusNotFound; return r }

// wardHTML: every ward page goes out chunked; one category in windows-1258.
func (s *site) wardHTML(v *wview, page string, cp1258 bool) *response {
	resp := htmlResp(page)
	resp.chunked = true
	if cp1258 {
		resp.ctype = "text/html; charset=windows-1258"
		resp.body = encode1258(page)
	}
	return resp
}
