package vnanalysis

import "github.com/vnarchive/vnarchive/data/vn"

func foldRef(s string) string { return vn.Fold(s) }

func foldRefKey(s string) string { return vn.Key(s) }
