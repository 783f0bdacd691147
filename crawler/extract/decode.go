package extract

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
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

// validUTF8 is utf8.Valid, quicker on HTML: it reads eight bytes at a
// time wherever they come and steps straight to the first non-ASCII byte
// among them (utf8.Valid steps over ASCII one byte at a time unless eight
// come in a row, and a page's text is Vietnamese words, a non-ASCII letter
// every few bytes), and reads the two-byte and common three-byte sequences
// in line.
func validUTF8(p []byte) bool {
	n := len(p)
	i := 0
	for i+8 <= n {
		hi := binary.LittleEndian.Uint64(p[i:i+8]) & 0x8080808080808080
		if hi == 0 {
			i += 8
			continue
		}
		i += bits.TrailingZeros64(hi) / 8 // the first non-ASCII byte
		// runeSize in line for the two- and three-byte letters
		c := p[i]
		if 0xC2 <= c && c <= 0xDF && i+1 < n && p[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		if (0xE1 <= c && c <= 0xEC || c == 0xEE || c == 0xEF) && i+2 < n && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		size := runeSize(p, i)
		if size == 0 {
			return false
		}
		i += size
	}
	for i < n {
		if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		size := runeSize(p, i)
		if size == 0 {
			return false
		}
		i += size
	}
	return true
}

// runeSize is the length of the valid UTF-8 sequence starting with the
// non-ASCII byte p[i], 0 when it is not valid.
func runeSize(p []byte, i int) int {
	c := p[i]
	switch {
	case 0xC2 <= c && c <= 0xDF:
		if i+1 >= len(p) || p[i+1]&0xC0 != 0x80 {
			return 0
		}
		return 2
	case 0xE1 <= c && c <= 0xEC || c == 0xEE || c == 0xEF:
		if i+2 >= len(p) || p[i+1]&0xC0 != 0x80 || p[i+2]&0xC0 != 0x80 {
			return 0
		}
		return 3
	}
	// E0, ED, four-byte leads, and bytes that lead nothing
	r, size := utf8.DecodeRune(p[i:])
	if r == utf8.RuneError && size == 1 {
		return 0
	}
	return size
}
