package docs

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/data"
	"github.com/vnarchive/vnarchive/data/vn"
)

// devSet is the hand-annotated set of real passages kept beside the
// repository (shared/eval/dev.jsonl); the measurement skips when it is absent.
const devSet = "../../../../shared/eval/dev.jsonl"

type devPassage struct {
	ID        string          `json:"id"`
	Text      string          `json:"text"`
	Documents []data.Document `json:"documents"`
}

var devDashes = regexp.MustCompile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]")

// devKey is shared/eval/score.py's number key: NFC, dashes as "-", upper
// case, no spaces, Đ as D.
func devKey(n string) string {
	s := strings.ToUpper(devDashes.ReplaceAllString(vn.NFC(n), "-"))
	return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "Đ", "D")
}

// TestDevSetScore measures documents on the real passages of the dev set,
// matched the way shared/eval/score.py matches them. It logs the figures
// and every miss; it asserts nothing: the score is a measurement.
func TestDevSetScore(t *testing.T) {
	f, err := os.Open(filepath.FromSlash(devSet))
	if err != nil {
		t.Skipf("dev set not available (%v): nothing to measure", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var tp, fp, fn, typeOK, typeN, dateOK, dateN int
	for sc.Scan() {
		var p devPassage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("dev set line: %v", err)
		}
		gold := map[string]data.Document{}
		for _, d := range p.Documents {
			gold[devKey(d.Number)] = d
		}
		got, _ := Find(p.Text)
		pred := map[string]data.Document{}
		for _, d := range got {
			pred[devKey(d.Number)] = d
		}
		for k, d := range pred {
			g, ok := gold[k]
			if !ok {
				fp++
				t.Logf("%s extra %s %q", p.ID, d.Type, d.Number)
				continue
			}
			tp++
			typeN++
			if vn.Key(g.Type) == vn.Key(d.Type) {
				typeOK++
			} else {
				t.Logf("%s type %q: got %q want %q", p.ID, k, d.Type, g.Type)
			}
			if g.Date != "" {
				dateN++
				if g.Date == d.Date {
					dateOK++
				} else {
					t.Logf("%s date %q: got %q want %q", p.ID, k, d.Date, g.Date)
				}
			}
		}
		for k, g := range gold {
			if _, ok := pred[k]; !ok {
				fn++
				t.Logf("%s missed %s %q", p.ID, g.Type, g.Number)
			}
		}
	}
	prec, rec := ratio(tp, tp+fp), ratio(tp, tp+fn)
	f1 := 0.0
	if prec+rec > 0 {
		f1 = 2 * prec * rec / (prec + rec)
	}
	t.Logf("dev documents: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d); type accuracy %.3f (%d/%d); date accuracy %.3f (%d/%d)",
		prec, rec, f1, tp, fp, fn, ratio(typeOK, typeN), typeOK, typeN, ratio(dateOK, dateN), dateOK, dateN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
