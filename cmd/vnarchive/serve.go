package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/vnarchive/vnarchive/search/web"
)

// defaultAddr is where serve listens unless told: loopback only.
const defaultAddr = "127.0.0.1:8080"

type serveOptions struct {
	Addr string
}

func newServeCmd(e *env, g *globalOptions) *cobra.Command {
	o := &serveOptions{}
	c := &cobra.Command{
		Use:   "serve",
		Short: "Serve the search web page and JSON API",
		Long: `Serve the search web page and its JSON API (/api/search, /api/officials, /api/documents,
/api/articles/ID) over the archive in --dir. Serve owns the search index while it runs and
indexes what a concurrent crawl archives within seconds, without a restart.
It listens on 127.0.0.1 unless --addr says otherwise.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("serve takes no arguments (got %q); use --addr and --dir", args)
			}
			return nil
		},
		RunE: func(c *cobra.Command, _ []string) error {
			return runServe(c.Context(), e, g, o)
		},
	}
	c.Flags().StringVar(&o.Addr, "addr", defaultAddr, "listen address host:port (a non-loopback host exposes the archive to the network)")
	return c
}

func runServe(ctx context.Context, e *env, g *globalOptions, o *serveOptions) error {
	if _, err := os.Stat(g.Dir); err != nil {
		return fmt.Errorf("no archive in %s (set --dir or $VNARCHIVE_DIR, or crawl first): %w", g.Dir, err)
	}
	if _, _, err := net.SplitHostPort(o.Addr); err != nil {
		return usagef("--addr %q: want host:port, e.g. %s", o.Addr, defaultAddr)
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", o.Addr, err)
	}
	return serveWeb(ctx, e, g.Dir, ln)
}

// serveWeb serves the web page over the data directory dir on ln until ctx
// ends, then shuts down gracefully. It owns the search index meanwhile (see
// startFollowing). The demo command calls it too.
func serveWeb(ctx context.Context, e *env, dir string, ln net.Listener) error {
	log := cmdLogger(e)
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		log.Warn("serving beyond this machine: anyone who can reach the address can read the archive", "addr", ln.Addr().String())
	}
	svc, stop, err := startFollowing(ctx, dir, log)
	if err != nil {
		ln.Close()
		return err
	}
	defer func() {
		if err := stop(); err != nil {
			log.Warn("close the index", "err", err)
		}
	}()
	h := web.New(svc, web.ArchiveDir(filepath.Join(dir, archiveSubdir)), web.Options{Logger: log})
	fmt.Fprintf(e.stdout, "vnarchive: serving %s on http://%s/ (Ctrl-C to stop)\n", dir, ln.Addr())
	return serveHTTP(ctx, ln, h, log)
}

// serveHTTP runs an HTTP server with timeouts on ln until ctx ends.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      web.DefaultTimeout + 20*time.Second, // an export extends its own deadline
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}
