package analysis

import (
	"strings"
	"testing"

	"github.com/siftnews/sift/internal/analyze/text"
)

func TestRunOrderAndResults(t *testing.T) {
	var order []string
	base := &Analyzer{Name: "base", Run: func(p *Pass) any {
		order = append(order, "base")
		p.Reportf(KindFigure, text.Span{Start: 0, End: 3}, "first word")
		return 42
	}}
	top := &Analyzer{Name: "top", Requires: []*Analyzer{base}, Run: func(p *Pass) any {
		order = append(order, "top")
		if p.ResultOf[base] != 42 {
			t.Errorf("ResultOf[base] = %v", p.ResultOf[base])
		}
		return nil
	}}
	res, err := Run(text.Parse("one two"), []*Analyzer{top, base})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(order, ",") != "base,top" {
		t.Errorf("order = %v", order)
	}
	if got := res[base]; len(got) != 1 || got[0].Text != "one" {
		t.Errorf("findings = %+v", got)
	}
}

func TestRunContainsMisbehaviour(t *testing.T) {
	bad := &Analyzer{Name: "bad", Run: func(p *Pass) any {
		p.Reportf(KindHedge, text.Span{Start: 2, End: 1}, "reversed")
		p.Reportf(KindHedge, text.Span{Start: 0, End: 99}, "past the end")
		p.Reportf(KindHedge, text.Span{Start: 0, End: 1}, "splits é")
		p.Reportf(KindHedge, text.Span{Start: 0, End: 2}, "fine")
		panic("boom")
	}}
	res, err := Run(text.Parse("é!"), []*Analyzer{bad})
	if err == nil {
		t.Fatal("no error for a misbehaving analyzer")
	}
	for _, want := range []string{"out of bounds", "splits a UTF-8", "panic: boom"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if len(res[bad]) != 0 {
		// Findings reported before the panic are discarded with the pass.
		t.Errorf("kept %d findings of a panicking analyzer", len(res[bad]))
	}
}
