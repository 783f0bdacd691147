package data

import (
	"strconv"
	"strings"
)

// IsLocalNumber reports whether a canonical document number is one that many
// bodies issue independently (an administrative number whose issuer part is a
// local body such as UBND, HĐND, QU, TU), so that it needs the citing portal
// as scope to identify a document.
func IsLocalNumber(canonical string) bool {
	u := strings.ToUpper(canonical)
	for _, local := range []string{"UBND", "HĐND", "HDND", "/QU", "-QU", "/TU", "-TU", "/HU", "-HU", "ĐU", "DU", "BDV", "BTG", "VPQU", "VPTU"} {
		if strings.Contains(u, local) {
			return true
		}
	}
	return false
}

// yearInNumber returns a four-digit year (1945–2100) standing as its own part
// of a number such as "30/2020/NĐ-CP", or 0.
func yearInNumber(n string) int {
	for _, part := range strings.FieldsFunc(n, func(r rune) bool { return r == '/' || r == '-' }) {
		if len(part) == 4 {
			if y, err := strconv.Atoi(part); err == nil && y >= 1945 && y <= 2100 {
				return y
			}
		}
	}
	return 0
}

func itoa(i int) string { return strconv.Itoa(i) }
