//go:build tools

// Package tools pins the modules the project builds on, so that `go mod tidy`
// keeps them while packages that use them are being written.
package tools

import (
	_ "github.com/PuerkitoBio/goquery"
	_ "github.com/blevesearch/bleve/v2"
	_ "github.com/chromedp/chromedp"
	_ "github.com/gocolly/colly/v2"
	_ "github.com/nlnwa/gowarc/v3"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/spf13/cobra"
	_ "github.com/temoto/robotstxt"
	_ "go.etcd.io/bbolt"
	_ "golang.org/x/text/encoding/charmap"
	_ "golang.org/x/text/unicode/norm"
)
