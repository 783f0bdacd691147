package archive

import (
	"encoding/json"
	"io"
)

func jsonDecode(r io.Reader, v any) error {
	d := json.NewDecoder(r)
	return d.Decode(v)
}
