# Sift: `make serve` builds everything and serves the app on :8080;
# `make test` runs every test, the browser tests included.

GO      ?= go
# Go 1.27 builds a wasm about 40 kB (gzip) smaller than 1.26 at the same
# speed (make size; issue 6's budget). The go command fetches this
# toolchain through the module proxy the first time it is needed, as it
# does the modules.
export GOTOOLCHAIN := go1.27.4
GOROOT  := $(shell GOTOOLCHAIN=$(GOTOOLCHAIN) $(GO) env GOROOT)
CORPUS  ?= ../shared/corpus
ADDR    ?= localhost:8080
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
# The wasm test runner (go_js_wasm_exec) ships with Go but is not on PATH.
WASMPATH := $(GOROOT)/lib/wasm:$(GOROOT)/misc/wasm:$(PATH)

GO_SOURCES := $(shell find . -name '*.go' -not -path './dist/*') go.mod $(wildcard go.sum)
ENGINE_DATA := $(shell find internal -name '*.txt' -not -path '*/testdata/*')

.PHONY: go-version all build serve dist size test test-go test-wasm test-browser vet eval bench bench-web fuzz clean

all: build

go-version:
	$(GO) version

build: bin/sift web/sift.wasm web/wasm_exec.js

bin/sift: $(GO_SOURCES) $(ENGINE_DATA)
	$(GO) build -trimpath -o $@ ./cmd/sift

# Inlining is off for the engine's own packages in the wasm build: it saves
# about 20 kB gzipped with no measurable cost in the browser (make size).
# It is off too in fmt and reflect, which safejs links in for its error
# messages and which run only when something has failed: 10 kB more.
WASM_GCFLAGS := github.com/siftnews/sift/...=-l
WASM_GCFLAGS_COLD := -gcflags=fmt=-l -gcflags=reflect=-l
# The runtime's size-specialized malloc and Green Tea GC (the defaults since
# Go 1.26) add 23 kB gzipped to the wasm and make no measurable difference
# to the engine's speed there (single-threaded; make size, and the wasm
# package's benchmark under Node), so the wasm is built with the runtime's
# earlier, equally supported implementations.
WASM_EXPERIMENT := GOEXPERIMENT=nosizespecializedmalloc,nogreenteagc
WASM_ENV := GOOS=js GOARCH=wasm $(WASM_EXPERIMENT)
WASM_FLAGS := -trimpath -gcflags='$(WASM_GCFLAGS)' $(WASM_GCFLAGS_COLD) -ldflags="-s -w -X main.version=$(VERSION)"

web/sift.wasm: $(GO_SOURCES) $(ENGINE_DATA)
	$(WASM_ENV) $(GO) build $(WASM_FLAGS) -o $@ ./wasm

web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js
	cp $< $@

## serve: build the page and serve it on http://$(ADDR)
serve: web/sift.wasm web/wasm_exec.js
	$(GO) run ./tools/serve -addr $(ADDR) -dir web

## dist: the static bundle, minified and precompressed, in dist/
dist: web/sift.wasm web/wasm_exec.js
	$(GO) run ./tools/serve -build dist -dir web

## size: raw and gzipped size of the wasm, and what each package adds
size: web/sift.wasm
	$(WASM_EXPERIMENT) $(GO) run ./tools/serve -size web/sift.wasm -buildflags "-gcflags=$(WASM_GCFLAGS) $(WASM_GCFLAGS_COLD)"

test: vet test-go test-wasm test-browser

vet:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...
	$(GO) vet -tags browser ./e2e/...

# The figure and hedge corpus checks (score floors) run when the shared
# corpora are beside the checkout, as they are in CI.
CORPUS_ENV := $(if $(wildcard $(CORPUS)/figures/dev.jsonl),SIFT_FIGURE_CORPUS=$(abspath $(CORPUS)/figures/dev.jsonl)) \
	$(if $(wildcard $(CORPUS)/hedges/dev.jsonl),SIFT_HEDGE_CORPUS=$(abspath $(CORPUS)/hedges/dev.jsonl))

test-go:
	$(CORPUS_ENV) $(GO) test ./...

test-wasm:
	$(WASM_ENV) PATH="$(WASMPATH)" $(GO) test ./wasm/...

## test-browser: end-to-end tests in headless Chromium (Debian's chromium)
test-browser: web/sift.wasm web/wasm_exec.js
	$(GO) test -count=1 -tags browser ./e2e/...

## eval: precision, recall and F1 per kind on every corpus in $(CORPUS)
eval:
	$(GO) run ./tools/eval -corpus $(CORPUS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/...

## bench-web: timings measured in headless Chromium
bench-web: web/sift.wasm web/wasm_exec.js
	$(GO) test -count=1 -tags browser -run '^$$' -bench . -benchtime 5x ./e2e/...

fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzAnalyze$$' -fuzztime 60s ./internal/analyze/
	$(GO) test -run '^$$' -fuzz '^FuzzHTML$$' -fuzztime 60s ./internal/analyze/

clean:
	rm -rf bin dist web/sift.wasm web/wasm_exec.js
