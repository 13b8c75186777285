package sources

import (
	"testing"

	"github.com/siftnews/sift/internal/analyze/analysistest"
)

func TestArticles(t *testing.T) {
	analysistest.Run(t, "testdata", Analyzer)
}
