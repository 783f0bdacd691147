package crawler

import (
	"context"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Resolver returns the IP addresses of a host name. The default is the
// system resolver.
type Resolver func(ctx context.Context, host string) ([]string, error)

func systemResolver(ctx context.Context, host string) ([]string, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	return net.DefaultResolver.LookupHost(ctx, host)
}

// portal is one server being crawled: its seed host (the name its URLs are
// canonicalised to, its queue and its politeness key) and the host names
// found to be the same server.
type portal struct {
	host string // host[:port] as in a canonical URL of the seed
}

// portals maps host names to the portal they belong to. Two host names are
// one portal when they resolve to a common IP address on the same port and
// look like names of one site: loopback names (127.0.0.1 and localhost), or
// names whose distinctive label agrees (longbien.hanoi.gov.vn and
// portal.longbien.gov.vn). Many portals share one server address
// (thanhxuan.hanoi.gov.vn and longbien.hanoi.gov.vn may), so an address alone
// never makes two names one portal. One portal shares a queue, a politeness
// budget and canonical URLs. It is safe for concurrent use.
type portals struct {
	resolve Resolver

	mu     sync.Mutex
	byHost map[string]*portal   // host[:port] → portal; nil means "not ours" (cached)
	byAddr map[string][]*portal // ip|portclass → portals served there
	list   []*portal
}

func newPortals(r Resolver) *portals {
	if r == nil {
		r = systemResolver
	}
	return &portals{resolve: r, byHost: map[string]*portal{}, byAddr: map[string][]*portal{}}
}

// portClass is the port of a URL host, or "web" for the default ports (http
// and https of one host are one server).
func portClass(hostport string) (host, class string) {
	h, p, err := net.SplitHostPort(hostport)
	if err != nil {
		return strings.Trim(hostport, "[]"), "web"
	}
	return h, p
}

func (ps *portals) addrs(ctx context.Context, hostport string) []string {
	h, class := portClass(hostport)
	var ips []string
	if ip := net.ParseIP(h); ip != nil {
		ips = []string{ip.String()}
	} else if got, err := ps.resolve(ctx, h); err == nil {
		ips = got
	}
	out := make([]string, len(ips))
	for i, ip := range ips {
		out[i] = ip + "|" + class
	}
	return out
}

// seed registers the host of a seed URL, returning its portal (an existing
// one when the host is an alias of it).
func (ps *portals) seed(ctx context.Context, hostport string) *portal {
	addrs := ps.addrs(ctx, hostport)
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if p := ps.byHost[hostport]; p != nil {
		return p
	}
	if p := ps.aliasOf(hostport, addrs); p != nil {
		ps.byHost[hostport] = p
		return p
	}
	p := &portal{host: hostport}
	ps.list = append(ps.list, p)
	ps.byHost[hostport] = p
	for _, a := range addrs {
		ps.byAddr[a] = append(ps.byAddr[a], p)
	}
	return p
}

// of returns the portal of a host, or nil when the host is not part of any
// portal being crawled. Unknown hosts are resolved only when they could
// plausibly be an alias (an IP address, "localhost", or a name under .vn);
// the answer is cached.
func (ps *portals) of(ctx context.Context, hostport string) *portal {
	ps.mu.Lock()
	p, known := ps.byHost[hostport]
	ps.mu.Unlock()
	if known {
		return p
	}
	h, _ := portClass(hostport)
	if !plausibleAlias(h) {
		ps.remember(hostport, nil)
		return nil
	}
	addrs := ps.addrs(ctx, hostport)
	ps.mu.Lock()
	defer ps.mu.Unlock()
	p = ps.aliasOf(hostport, addrs)
	ps.byHost[hostport] = p
	return p
}

// aliasOf finds the portal a host is another name of (ps.mu held).
func (ps *portals) aliasOf(hostport string, addrs []string) *portal {
	for _, a := range addrs {
		for _, p := range ps.byAddr[a] {
			if sameSite(p.host, hostport) {
				return p
			}
		}
	}
	return nil
}

// genericLabels are host labels that say nothing about which site it is.
var genericLabels = map[string]bool{
	"www": true, "www1": true, "www2": true, "portal": true, "web": true, "cms": true, "m": true, "mobile": true,
	"en": true, "vi": true, "cong": true, "congthongtin": true, "ttdt": true, "egov": true,
}

// sameSite reports whether two host names (with ports) that share an
// address may be taken as names of one site.
func sameSite(a, b string) bool {
	ha, _ := portClass(a)
	hb, _ := portClass(b)
	if isLoopbackName(ha) || isLoopbackName(hb) {
		return isLoopbackName(ha) && isLoopbackName(hb)
	}
	da, db := distinctive(ha), distinctive(hb)
	return da != "" && da == db
}

func isLoopbackName(h string) bool {
	if h == "localhost" {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// distinctive is the leftmost label of a host name that is not generic.
func distinctive(h string) string {
	for _, l := range strings.Split(strings.ToLower(h), ".") {
		if !genericLabels[l] {
			return l
		}
	}
	return ""
}

func (ps *portals) remember(hostport string, p *portal) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	ps.byHost[hostport] = p
}

func plausibleAlias(h string) bool {
	h = strings.ToLower(h)
	return net.ParseIP(h) != nil || h == "localhost" || strings.HasSuffix(h, ".vn")
}

// canonicalHost rewrites u's host to its portal's seed host. It returns the
// portal, or nil when u is off every portal.
func (ps *portals) canonicalHost(ctx context.Context, u *url.URL) *portal {
	p := ps.of(ctx, u.Host)
	if p != nil {
		u.Host = p.host
	}
	return p
}
