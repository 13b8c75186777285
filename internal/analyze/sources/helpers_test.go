package sources

import (
	"os"

	"github.com/siftnews/sift/internal/analyze/analysistest"
)

// readArticle returns a test article's plain text, marks removed.
func readArticle(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	in, _, err := analysistest.Parse(string(data))
	return in, err
}
