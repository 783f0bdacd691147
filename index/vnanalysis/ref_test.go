package vnanalysis

import "github.com/vnarchive/vnarchive/data/vn"

func foldRef(s string) string { return vn.Fold(s) }
