//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package archive

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// ErrLocked is returned by Open when another Archive has the directory open (not enforced on this platform).
var ErrLocked = errors.New("archive directory is in use by another writer")

// lockDir creates dir/lock; on this platform no lock is taken.
func lockDir(dir string) (io.Closer, error) {
	f, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	return f, nil
}
