//go:build !unix

package index

import (
	"fmt"
	"os"
	"path/filepath"
)

// lockDir on systems without flock relies on bolt's own file lock (with a
// short timeout) and only records the owner.
func lockDir(dir, owner string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock index: %w", err)
	}
	_ = f.Truncate(0)
	_, _ = f.WriteAt([]byte(fmt.Sprintf("pid %d %s\n", os.Getpid(), owner)), 0)
	return f, nil
}

func unlockFile(*os.File) error { return nil }
