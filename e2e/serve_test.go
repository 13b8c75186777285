//go:build browser

package e2e

import (
	"net/http"

	"github.com/siftnews/sift/tools/serve/site"
)

// handler is the dev server's handler, so the tests see the same headers
// (CSP included), MIME types and service worker version as a reader.
func handler(dir string) http.Handler { return site.Handler(dir) }
