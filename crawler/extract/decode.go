package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decode returns the page as UTF-8 text and the name of the charset it was
// read in. The order is the HTML standard's: byte-order mark, the charset of
// the Content-Type header, a <meta> charset in the first 1024 bytes, then a
// sniff. One correction on top: bytes that are valid UTF-8 and hold non-ASCII
// sequences are read as UTF-8 whatever the declaration says, because a real
// windows-1258 or Latin-1 page of Vietnamese text is practically never valid
// UTF-8, while UTF-8 pages declared as something else are common. The text
// may share memory with raw.
func decode(raw []byte, contentType string) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")):
		return raw[3:], "utf-8", nil
	case bytes.HasPrefix(raw, []byte("\xFE\xFF")), bytes.HasPrefix(raw, []byte("\xFF\xFE")):
		// UTF-16 with a BOM: let x/text do it.
	default:
		if utf8.Valid(raw) {
			return raw, "utf-8", nil
		}
	}
	enc, name, _ := charset.DetermineEncoding(raw, contentType)
	if name == "utf-8" || enc == nil {
		return bytes.ToValidUTF8(raw, []byte("\uFFFD")), "utf-8", nil
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, name, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, name, nil
}

// usable rejects input that is not a page.
func usable(raw []byte, contentType string) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return fmt.Errorf("empty body: %w", ErrUnusable)
	}
	ct := strings.ToLower(contentType)
	for _, bad := range []string{"application/pdf", "image/", "audio/", "video/", "application/zip", "application/msword", "application/vnd.", "application/octet-stream"} {
		if strings.HasPrefix(ct, bad) {
			return fmt.Errorf("content type %s: %w", contentType, ErrUnusable)
		}
	}
	head := raw
	if len(head) > 512 {
		head = head[:512]
	}
	for _, magic := range []string{"%PDF", "PK\x03\x04", "\xD0\xCF\x11\xE0", "\x89PNG", "\xFF\xD8\xFF", "GIF8"} {
		if bytes.HasPrefix(head, []byte(magic)) {
			return fmt.Errorf("binary file: %w", ErrUnusable)
		}
	}
	if bytes.IndexByte(head, 0) >= 0 && !bytes.HasPrefix(head, []byte("\xFF\xFE")) && !bytes.HasPrefix(head, []byte("\xFE\xFF")) {
		return fmt.Errorf("binary data: %w", ErrUnusable)
	}
	return nil
}
