package officials

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// devGold is one line of the shared gold file (only what this package reads).
type devGold struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Officials []struct {
		Name   string   `json:"name"`
		Titles []string `json:"titles"`
	} `json:"officials"`
}

// devFile finds ../shared/eval/dev.jsonl next to the module root.
func devFile(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "eval", "dev.jsonl")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func nameKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFC.String(s))), " ")
}

func syllables(titles []string) []string {
	var out []string
	for _, t := range titles {
		out = append(out, strings.Fields(strings.ReplaceAll(strings.ToLower(norm.NFC.String(t)), ",", " "))...)
	}
	return out
}

// bagF1 is score.py's title overlap: F1 over the bags of syllables.
func bagF1(gold, pred []string) float64 {
	if len(gold) == 0 && len(pred) == 0 {
		return 1
	}
	g := map[string]int{}
	for _, w := range gold {
		g[w]++
	}
	p := map[string]int{}
	for _, w := range pred {
		p[w]++
	}
	common := 0
	for w, c := range g {
		common += min(c, p[w])
	}
	if common == 0 {
		return 0
	}
	pr, rc := float64(common)/float64(len(pred)), float64(common)/float64(len(gold))
	return 2 * pr * rc / (pr + rc)
}

// TestDevSet measures Find on the shared dev set the way score.py does and
// logs the figures and the misses. It measures; it does not assert.
func TestDevSet(t *testing.T) {
	path := devFile(t)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("dev set not available (%s): %v", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	tp, fp, fn := 0, 0, 0
	var overlaps []float64
	var misses []string
	for sc.Scan() {
		var g devGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("dev line: %v", err)
		}
		gold := map[string][]string{}
		for _, o := range g.Officials {
			gold[nameKey(o.Name)] = o.Titles
		}
		pred := map[string][]string{}
		for _, o := range Find(g.Text) {
			pred[nameKey(o.Name)] = o.Titles
		}
		for k, gt := range gold {
			pt, ok := pred[k]
			if !ok {
				fn++
				misses = append(misses, g.ID+" missed "+k+" "+strings.Join(gt, " | "))
				continue
			}
			tp++
			s := bagF1(syllables(gt), syllables(pt))
			overlaps = append(overlaps, s)
			if s < 0.999 {
				misses = append(misses, g.ID+" titles "+k+"\n\t\tgold: "+strings.Join(gt, " | ")+"\n\t\tgot:  "+strings.Join(pt, " | "))
			}
		}
		for k, pt := range pred {
			if _, ok := gold[k]; !ok {
				fp++
				misses = append(misses, g.ID+" extra "+k+" "+strings.Join(pt, " | "))
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	p := float64(tp) / max(1, float64(tp+fp))
	r := float64(tp) / max(1, float64(tp+fn))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	ov := 0.0
	for _, s := range overlaps {
		ov += s
	}
	ov /= max(1, float64(len(overlaps)))
	sort.Strings(misses)
	for _, m := range misses {
		t.Log(m)
	}
	t.Logf("officials: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d); title overlap %.3f", p, r, f1, tp, fp, fn, ov)
}
