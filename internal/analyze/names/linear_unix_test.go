//go:build unix

package names

import (
	"syscall"
	"testing"
	"time"

	"github.com/siftnews/sift/internal/analyze/analysis"
	"github.com/siftnews/sift/internal/analyze/text"
)

// cpuTime returns the CPU time the process has used. Wall-clock time on a
// shared machine says more about the neighbours than about the code.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// The cost of ten times the text must stay near ten times the cost. The
// bound is loose, but a comparison of all pairs of names would exceed it
// many times over: the 1 MB text holds about ten times the distinct names
// of the 100 KB one.
func TestLinearCost(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	measure := func(size int) time.Duration {
		doc := text.Parse(syntheticNews(size, 2))
		pass := &analysis.Pass{Analyzer: Analyzer, Doc: doc, ResultOf: map[*analysis.Analyzer]any{}, Report: func(analysis.Finding) {}}
		run(pass) // warm up
		start := cpuTime()
		for range 3 {
			run(pass)
		}
		return (cpuTime() - start) / 3
	}
	small, large := measure(100<<10), measure(1<<20)
	if small <= 0 {
		t.Skip("no CPU time measure")
	}
	ratio := float64(large) / float64(small)
	t.Logf("100 KB: %v, 1 MB: %v of CPU per run (%.1f×)", small, large, ratio)
	if ratio > 20 {
		t.Errorf("10× the text cost %.1f× the CPU time; want about 10×", ratio)
	}
}
