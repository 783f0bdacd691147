package simportal

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func BenchmarkNew20000(b *testing.B) {
	for b.Loop() {
		New(Config{Articles: 20000})
	}
}

func BenchmarkNew100000(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		New(Config{Articles: 100000})
	}
}

func BenchmarkBuildArticle(b *testing.B) {
	p := New(Config{Articles: 1000})
	i := 0
	for b.Loop() {
		p.build(i % 1000)
		i++
	}
}

func BenchmarkServeArticlePage(b *testing.B) {
	p := New(Config{Articles: 1000})
	h := p.Handler(FamilyLiferay)
	paths := make([]string, 0, 100)
	for i := 0; i < 100; i++ {
		if p.familyOf(i) == famLiferay {
			paths = append(paths, p.build(i).path())
		}
	}
	i := 0
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8080"+paths[i%len(paths)], nil)
		h.ServeHTTP(httptest.NewRecorder(), req)
		i++
	}
}

func BenchmarkServeListPage(b *testing.B) {
	p := New(Config{Articles: 20000})
	h := p.Handler(FamilyLiferay)
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8080/cong-tac-dan-van?"+liferayListQuery(7), nil)
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
}
