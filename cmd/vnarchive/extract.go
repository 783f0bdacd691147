package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vnarchive/vnarchive/crawler/extract"
	"github.com/vnarchive/vnarchive/data"
)

// userAgent is the honest User-Agent of every request vnarchive makes.
const userAgent = "vnarchive/0.1 (+https://github.com/vnarchive/vnarchive)"

// Limits of `extract`: a page fetched from a URL, and one --jsonl line.
const (
	maxPageBytes = 32 << 20
	maxLineBytes = 64 << 20
)

type extractOptions struct {
	URL     string
	Text    bool
	JSONL   bool
	Timeout time.Duration
}

func newExtractCmd(e *env, g *globalOptions) *cobra.Command {
	o := &extractOptions{}
	c := &cobra.Command{
		Use:   "extract [FILE|URL|-]",
		Short: "Extract one page (or --jsonl lines) to JSON",
		Long: `Extract one page to a JSON object: url, title, published, author, category, text,
officials, documents, references, dates (the interface contract of shared/docs/product.md).

The input is a file, a URL (fetched once, politely), or standard input ("-" or nothing).
--text reads plain text instead of HTML and extracts its entities.

--jsonl reads lines {"id", "html"|"text", "url"?, "content_type"?} from standard input and
writes one line {"id", …the same fields} per input line, in order. A line whose extraction
fails (an empty or binary page) gives {"id", "error"} and the run goes on; a line that is not
a JSON object with an "id" and an "html" or "text" stops the run with exit status 2 and its
line number.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("extract takes one FILE, URL or -; got %d arguments", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), e, o, args)
		},
	}
	c.Flags().StringVar(&o.URL, "url", "", "the page's URL, for links and the site (default: the URL or file given)")
	c.Flags().BoolVar(&o.Text, "text", false, "the input is plain text, not HTML")
	c.Flags().BoolVar(&o.JSONL, "jsonl", false, `batch mode: JSON lines {"id", "html"|"text", "url"?} on stdin`)
	c.Flags().DurationVar(&o.Timeout, "timeout", 60*time.Second, "time limit for fetching a URL")
	return c
}

func runExtract(ctx context.Context, e *env, o *extractOptions, args []string) error {
	if o.JSONL {
		if len(args) > 0 && args[0] != "-" {
			return usagef("extract --jsonl reads standard input; got argument %q", args[0])
		}
		return extractJSONL(e.stdin, e.stdout)
	}
	src := "-"
	if len(args) == 1 {
		src = args[0]
	}
	pageURL, contentType := o.URL, ""
	var raw []byte
	var err error
	switch {
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		client := &http.Client{Timeout: o.Timeout}
		raw, contentType, err = fetch(ctx, client, src)
		if err != nil {
			return err
		}
		if pageURL == "" {
			pageURL = src
		}
	case src == "-":
		raw, err = io.ReadAll(io.LimitReader(e.stdin, maxLineBytes))
		if err != nil {
			return fmt.Errorf("read standard input: %w", err)
		}
	default:
		raw, err = os.ReadFile(src)
		if err != nil {
			return usagef("read %s: %v", src, err)
		}
	}
	var a *data.Article
	if o.Text {
		a = extract.Text(string(raw))
		a.URL = pageURL
		a.Site = data.SiteOf(pageURL)
	} else {
		a, err = extract.Page(raw, pageURL, contentType)
		if err != nil {
			if errors.Is(err, extract.ErrUnusable) {
				return usageError{err}
			}
			return err
		}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a); err != nil {
		return fmt.Errorf("write article: %w", err)
	}
	return nil
}

// marshal is json.Marshal without HTML escaping: URLs keep their "&".
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// fetch GETs one page with vnarchive's User-Agent, a size cap and the
// client's timeout. It returns the body and its Content-Type.
func fetch(ctx context.Context, client *http.Client, u string) ([]byte, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", usagef("bad URL %s: %v", u, err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return nil, "", fmt.Errorf("fetch %s: %s", u, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxPageBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("fetch %s: read body: %w", u, err)
	}
	if len(body) > maxPageBytes {
		return nil, "", fmt.Errorf("fetch %s: body larger than %d bytes", u, maxPageBytes)
	}
	return body, resp.Header.Get("Content-Type"), nil
}

// jsonlIn is one input line of extract --jsonl.
type jsonlIn struct {
	ID          json.RawMessage `json:"id"`
	HTML        *string         `json:"html"`
	Text        *string         `json:"text"`
	URL         string          `json:"url"`
	ContentType string          `json:"content_type"`
}

// extractJSONL runs the batch mode: one output line per input line, in
// order; see the command's help for the error rules.
func extractJSONL(in io.Reader, out io.Writer) error {
	r := bufio.NewReaderSize(in, 1<<20)
	w := bufio.NewWriterSize(out, 1<<16)
	defer w.Flush()
	for n := 1; ; n++ {
		line, err := readLine(r)
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, errLineTooLong) {
				return usagef("extract --jsonl: line %d: %v", n, err)
			}
			return fmt.Errorf("extract --jsonl: read line %d: %w", n, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			if perr := extractLine(line, n, w); perr != nil {
				return perr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

var errLineTooLong = fmt.Errorf("line longer than %d bytes", maxLineBytes)

// readLine reads one line without its end; io.EOF comes with the last one.
func readLine(r *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > maxLineBytes {
			return nil, errLineTooLong
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func extractLine(line []byte, n int, w io.Writer) error {
	var in jsonlIn
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&in); err != nil {
		return usagef("extract --jsonl: line %d: not a JSON object: %v", n, err)
	}
	if len(in.ID) == 0 || string(in.ID) == "null" {
		return usagef(`extract --jsonl: line %d: no "id"`, n)
	}
	if in.HTML == nil && in.Text == nil {
		return usagef(`extract --jsonl: line %d: neither "html" nor "text"`, n)
	}
	var a *data.Article
	if in.HTML != nil {
		var err error
		a, err = extract.Page([]byte(*in.HTML), in.URL, in.ContentType)
		if err != nil {
			return writeJSONLine(w, in.ID, map[string]string{"error": err.Error()})
		}
	} else {
		a = extract.Text(*in.Text)
		a.URL = in.URL
		a.Site = data.SiteOf(in.URL)
	}
	return writeJSONLine(w, in.ID, a)
}

// writeJSONLine writes {"id": id, …v's fields} as one line.
func writeJSONLine(w io.Writer, id json.RawMessage, v any) error {
	body, err := marshal(v)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	var b bytes.Buffer
	b.WriteString(`{"id":`)
	b.Write(id)
	if len(body) > 2 {
		b.WriteByte(',')
		b.Write(body[1:])
	} else {
		b.WriteByte('}')
	}
	b.WriteByte('\n')
	_, err = w.Write(b.Bytes())
	return err
}
