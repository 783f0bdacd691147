package data

import (
	"embed"
	"io/fs"
)

//go:embed profiles/*.json
var profileFiles embed.FS

// Profiles returns the embedded site profiles of the extractor, one JSON
// file each at the top of the returned file system (see
// crawler/extract.Profile for the format). They are tried in file-name
// order.
func Profiles() fs.FS {
	sub, err := fs.Sub(profileFiles, "profiles")
	if err != nil {
		// fs.Sub fails only for an invalid path, and "profiles" is valid.
		panic(err)
	}
	return sub
}
