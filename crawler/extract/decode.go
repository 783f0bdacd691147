package extract

import (
	"bytes"
	"encoding/binary"
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
		if validUTF8(raw) {
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

// validUTF8 is utf8.Valid, quicker on HTML: it skips eight ASCII bytes at
// a time wherever they come (utf8.Valid does only before the first
// non-ASCII byte, and a page's markup is long runs of ASCII between
// Vietnamese words), and reads the two-byte and common three-byte
// sequences in line.
func validUTF8(p []byte) bool {
	n := len(p)
	i := 0
	for i < n {
		for i+8 <= n && binary.LittleEndian.Uint64(p[i:i+8])&0x8080808080808080 == 0 {
			i += 8
		}
		// ASCII up to and through the next non-ASCII rune
		for i < n {
			c := p[i]
			if c < utf8.RuneSelf {
				i++
				continue
			}
			switch {
			case 0xC2 <= c && c <= 0xDF:
				if i+1 >= n || p[i+1]&0xC0 != 0x80 {
					return false
				}
				i += 2
			case 0xE1 <= c && c <= 0xEC || c == 0xEE || c == 0xEF:
				if i+2 >= n || p[i+1]&0xC0 != 0x80 || p[i+2]&0xC0 != 0x80 {
					return false
				}
				i += 3
			default: // E0, ED, four-byte leads, and bytes that lead nothing
				r, size := utf8.DecodeRune(p[i:])
				if r == utf8.RuneError && size == 1 {
					return false
				}
				i += size
			}
			break
		}
	}
	return true
}
