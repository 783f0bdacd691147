package archive

import (
	"log/slog"
	"time"
)

// Options configure an Archive. The zero value is ready to use.
type Options struct {
	// MaxFileSize is the size after which a new WARC file is started; 0 means DefaultMaxFileSize.
	// A group of records is never split, so a file can exceed it by one group.
	MaxFileSize int64
	// CompressionLevel is the gzip level of every record; 0 means gzip.DefaultCompression.
	CompressionLevel int
	// Info holds extra fields of each file's warcinfo record (for example "operator", "http-header-user-agent",
	// "robots"); "software", "format" and "conformsTo" are always written.
	Info map[string]string
	// Logger receives what repair and indexing did (torn tails cut, damage found); nil logs nothing.
	Logger *slog.Logger
	// NoSync skips fsync: Write is then not durable when it returns. For benchmarks and throwaway archives only.
	NoSync bool
	// Now is the clock used to name WARC files and date warcinfo records; nil means time.Now.
	Now func() time.Time
}

// Exchange is one HTTP request and its response, as the crawler sent and received them.
type Exchange struct {
	// URL is the URL fetched (WARC-Target-URI), after canonicalisation by the crawler.
	URL string
	// Method is the request method; informational (the request record holds RequestRaw).
	Method string
	// RequestRaw is the request line and headers as sent; empty means no request record is written.
	RequestRaw []byte
	// ResponseRaw is the status line, headers, blank line and body as received: Content-Encoding (gzip) kept.
	// A chunked body may be given de-chunked or still framed; framed chunks are removed on write (see Write).
	ResponseRaw []byte
	// RemoteAddr is the server's address ("ip:port" or "ip"), written as WARC-IP-Address.
	RemoteAddr string
	// Fetched is when the response was received; zero means now. Stored to the second.
	Fetched time.Time
	// Meta are the fields of the metadata record (canonical URL, via, outlinks count, …).
	Meta map[string]string
}

// Location is where one capture (a response or revisit record) is in the archive: one CDXJ line.
type Location struct {
	// File is the WARC file's name, relative to the archive directory.
	File string `json:"file"`
	// Offset and Length delimit the record's gzip member in File.
	Offset int64 `json:"offset"`
	Length int64 `json:"length"`
	// Digest is the payload digest, "sha1:" and base 32.
	Digest string `json:"digest"`
	// Status is the HTTP status code.
	Status int `json:"status"`
	// Captured is the WARC-Date of the record, to the second, UTC.
	Captured time.Time `json:"captured"`
	// URL is the WARC-Target-URI.
	URL string `json:"url"`
	// MIME is the media type of the response's Content-Type ("unk" when absent).
	MIME string `json:"mime"`
}
