package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Item is one labeled text of a corpus file (see ../shared/corpus/README.md).
type Item struct {
	ID      string   `json:"id"`
	Source  string   `json:"source,omitempty"`
	Variant string   `json:"variant,omitempty"`
	Text    string   `json:"text"`
	Kinds   []string `json:"kinds,omitempty"`
	Gold    []Gold   `json:"gold"`
}

// Gold is one labeled span.
type Gold struct {
	Kind      string   `json:"kind"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Text      string   `json:"text"`
	Value     *float64 `json:"value,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Approx    string   `json:"approx,omitempty"`
	CueType   string   `json:"cue_type,omitempty"`
	Label     string   `json:"label,omitempty"`
	Canonical string   `json:"canonical,omitempty"`
	Cue       string   `json:"cue,omitempty"`
}

// Corpus is one .jsonl file.
type Corpus struct {
	Name  string // folder/file without extension: "hedges/dev"
	Items []Item
}

// loadCorpora reads every *.jsonl file one level below dir, in name order.
func loadCorpora(dir string) ([]Corpus, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no corpus files (*/*.jsonl) under %s", dir)
	}
	sort.Strings(files)
	var out []Corpus
	for _, f := range files {
		items, err := readItems(f)
		if err != nil {
			return nil, err
		}
		rel, _ := filepath.Rel(dir, f)
		out = append(out, Corpus{Name: strings.TrimSuffix(filepath.ToSlash(rel), ".jsonl"), Items: items})
	}
	return out, nil
}

func readItems(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var items []Item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var it Item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		items = append(items, it)
	}
	return items, sc.Err()
}

// group names the document an item belongs to, so that held-out halves
// keep the sentences of one article (or both variants of one page) together:
// the id without its last path element.
func group(id string) string {
	if i := strings.LastIndexByte(id, '/'); i > 0 {
		return id[:i]
	}
	return id
}

// half returns 0 or 1, a stable split of documents for held-out checks.
func half(id string) int {
	h := fnv.New32a()
	h.Write([]byte(group(id)))
	return int(h.Sum32() & 1)
}
