package archive

import "testing"

func TestSURT(t *testing.T) {
	tests := []struct{ name, url, want string }{
		{"host reversed and www dropped", "https://www.thanhxuan.hanoi.gov.vn/tin-tuc", "vn,gov,hanoi,thanhxuan)/tin-tuc"},
		{"scheme does not matter", "http://thanhxuan.hanoi.gov.vn/tin-tuc", "vn,gov,hanoi,thanhxuan)/tin-tuc"},
		{"empty path is slash", "http://example.vn", "vn,example)/"},
		{"query parameters sorted", "http://example.vn/a?z=1&b=2&a=3", "vn,example)/a?a=3&b=2&z=1"},
		{"fragment dropped", "http://example.vn/a#phan-2", "vn,example)/a"},
		{"lower case", "HTTP://Example.VN/Tin/Bai-Viet.HTML?ID=5", "vn,example)/tin/bai-viet.html?id=5"},
		{"default port dropped", "https://example.vn:443/x", "vn,example)/x"},
		{"other port kept", "http://example.vn:8080/x", "vn,example:8080)/x"},
		{"IP address reversed too, as pywb and warcio do", "http://127.0.0.1:35111/tin/1", "1,0,0,127:35111)/tin/1"},
		{"IPv6 address kept", "http://[::1]:8080/", "::1:8080)/"},
		{"userinfo dropped", "http://user:pw@example.vn/", "vn,example)/"},
		{"www2 dropped", "http://www2.example.vn/", "vn,example)/"},
		{"www alone kept", "http://www.vn/", "vn,www)/"},
		{"percent escapes kept", "http://example.vn/t%C3%ACm?q=%C4%91", "vn,example)/t%c3%acm?q=%c4%91"},
		{"no scheme", "example.vn/a", "vn,example)/a"},
		{"not a URL", "::", "::"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SURT(tc.url); got != tc.want {
				t.Errorf("SURT(%q) = %q, want %q", tc.url, got, tc.want)
			}
		})
	}
}
