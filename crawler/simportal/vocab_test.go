package simportal

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// lexiconLines reads a lexicon of data/ (first column), or skips.
func lexiconLines(t *testing.T, name string) map[string]bool {
	t.Helper()
	f, err := os.Open("../../data/lexicon/" + name)
	if err != nil {
		t.Skipf("no lexicon %s to compare with: %v", name, err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			out[strings.Split(l, "\t")[0]] = true
		}
	}
	return out
}

// TestVocabularyIsWiderThanTheLexicons: the generator names people and
// positions that the extractor's lexicons do not list, so tests on the
// simulator measure generalisation, not agreement with itself.
func TestVocabularyIsWiderThanTheLexicons(t *testing.T) {
	lex := lexiconLines(t, "surnames.txt")
	var surnamesOut []string
	for _, s := range surnames {
		if !lex[s.s] {
			surnamesOut = append(surnamesOut, s.s)
		}
	}
	for _, s := range append(append(append([]string{}, hmongSurnames...), thaiSurnames...), daoSurnames...) {
		if !lex[s] {
			surnamesOut = append(surnamesOut, s)
		}
	}
	heads := lexiconLines(t, "titles.txt")
	var headsOut []string
	for _, title := range oneOffTitles {
		known := false
		for h := range heads {
			if strings.HasPrefix(title, h+" ") {
				known = true
			}
		}
		if !known {
			headsOut = append(headsOut, title)
		}
	}
	t.Logf("surnames the lexicon lacks: %v", surnamesOut)
	t.Logf("titles whose head the lexicon lacks: %v", headsOut)
	if len(surnamesOut) == 0 || len(headsOut) == 0 {
		t.Fatal("the generator's vocabulary is no wider than the lexicons: add rarer surnames and title heads")
	}
}
