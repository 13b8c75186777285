//go:build browser

package e2e

import (
	"os"
	"testing"

	"github.com/siftnews/sift/tools/serve/site"
)

// TestWasmWithinBudget keeps a change from quietly pushing the wasm over
// its budget; make size says where the bytes go.
func TestWasmWithinBudget(t *testing.T) {
	data, err := os.ReadFile("../web/sift.wasm")
	if err != nil {
		t.Fatalf("%v (make web/sift.wasm builds it)", err)
	}
	gz, err := site.Gzip(data)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("web/sift.wasm: %d bytes, %d gzipped", len(data), len(gz))
	if len(gz) > site.WasmBudget {
		t.Errorf("web/sift.wasm is %d bytes gzipped, over the budget of %d by %d; see make size", len(gz), site.WasmBudget, len(gz)-site.WasmBudget)
	}
}
