package dates

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// devSet is the hand-annotated set of real passages kept beside the
// repository (shared/eval/dev.jsonl); tests that measure on it skip when it
// is absent.
const devSet = "../../../../shared/eval/dev.jsonl"

type devPassage struct {
	ID    string   `json:"id"`
	Text  string   `json:"text"`
	Dates []string `json:"dates"`
}

func loadDev(t *testing.T) []devPassage {
	t.Helper()
	f, err := os.Open(filepath.FromSlash(devSet))
	if err != nil {
		t.Skipf("dev set not available (%v): nothing to measure", err)
	}
	defer f.Close()
	var out []devPassage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var p devPassage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("dev set line: %v", err)
		}
		out = append(out, p)
	}
	return out
}

// TestDevSetScore measures dates on the real passages of the dev set, the
// way shared/eval/score.py matches them (ISO strings, micro-averaged). It
// logs the figures and the misses; it asserts nothing: the score is a
// measurement.
func TestDevSetScore(t *testing.T) {
	var tp, fp, fn int
	for _, p := range loadDev(t) {
		gold := map[string]bool{}
		for _, d := range p.Dates {
			gold[d] = true
		}
		pred := map[string]bool{}
		for _, d := range All(p.Text) {
			pred[d] = true
		}
		for d := range pred {
			if gold[d] {
				tp++
			} else {
				fp++
				t.Logf("%s extra %s", p.ID, d)
			}
		}
		for d := range gold {
			if !pred[d] {
				fn++
				t.Logf("%s missed %s", p.ID, d)
			}
		}
	}
	prec, rec := ratio(tp, tp+fp), ratio(tp, tp+fn)
	f1 := 0.0
	if prec+rec > 0 {
		f1 = 2 * prec * rec / (prec + rec)
	}
	t.Logf("dev dates: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)", prec, rec, f1, tp, fp, fn)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
