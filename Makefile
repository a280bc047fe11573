# Tsunagu's two entry points: `make run` serves the app, `make test` runs every test.
# Both install what is missing, at pinned versions, from the package registries only
# (crates.io, npm, Debian), and are fast the second time.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# Splits the app's wasm into a first load and parts fetched by page (tools/split.mjs).
WASM_SPLIT_VERSION := 0.2.4
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, or trunk would try to download one.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
WASM_TARGET := wasm32-unknown-unknown

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export DEBIAN_FRONTEND := noninteractive
# Root installs directly; anyone else through sudo without a prompt (CI has no stdin).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo -n)
NODE_MAJOR_MIN := 20

.PHONY: help run test setup test-setup rust-tools node-tools browser \
        lint test-native test-wasm build test-e2e bench size screenshots icons clean

help:
	@echo "make run    build the app and serve it on http://127.0.0.1:8080"
	@echo "make test   run every test (native, browser, end-to-end) and print the release size"

## The app ------------------------------------------------------------------------------------

run: setup
	trunk serve --release --offline

build: setup
	trunk build --release --offline

## Tests --------------------------------------------------------------------------------------

test: setup test-setup lint test-native test-wasm build test-e2e bench size

lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target $(WASM_TARGET) --all-targets -- -D warnings

test-native:
	cargo test --locked --test native

test-wasm: test-setup
	cargo test --locked --target $(WASM_TARGET) --features unsplit --test wasm

test-e2e: build browser
	node --test --test-concurrency=1 tests/e2e/*.spec.mjs

# Speed figures, printed (not asserted).
bench: build browser
	cargo bench --locked --bench core
	@# One benchmark runs for longer than the runner's default 20 s on a slow machine.
	WASM_BINDGEN_TEST_TIMEOUT=300 cargo test --locked --release --target $(WASM_TARGET) --features unsplit --test wasm_bench -- --nocapture
	node tests/bench/import-export.bench.mjs
	node tests/bench/visit-import.bench.mjs
	node tests/bench/scale.bench.mjs

size: node-tools
	node tools/size.mjs dist

screenshots: build browser
	node tests/e2e/support/screenshots.mjs

# Renders the committed PNG app icons from public/*.svg (only when the artwork changes).
icons: node-tools browser
	node tools/icons.mjs

## Tools --------------------------------------------------------------------------------------

setup: rust-tools node-tools
	cargo fetch --locked

test-setup: setup browser

rust-tools:
	@command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs)"; exit 1; }
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@trunk --version 2>/dev/null | grep -qF ' $(TRUNK_VERSION)' || \
	  cargo install trunk --version $(TRUNK_VERSION) --locked
	@cargo install --list | grep -qxF 'wasm_split_cli_support v$(WASM_SPLIT_VERSION):' || \
	  cargo install wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --locked --features build-binary
	@# Without --locked: the registry no longer has the webpki-roots its lock file names.
	@wasm-bindgen --version 2>/dev/null | grep -qF ' $(WASM_BINDGEN_VERSION)' || \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

node-tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }
	@major=$$(node -p 'process.versions.node.split(".")[0]'); [ "$$major" -ge $(NODE_MAJOR_MIN) ] || \
	  { echo "Node.js $(NODE_MAJOR_MIN) or newer is needed (found $$(node --version))"; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

# The browser tests draw Japanese as a phone would, with a Japanese font (not missing-glyph boxes
# of other widths): the IPA Gothic fonts that style/base.css names.
browser:
	@{ command -v chromium && command -v chromedriver; } >/dev/null || \
	  { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }
	@fc-list :lang=ja family | grep -q . || \
	  { $(SUDO) apt-get update && $(SUDO) apt-get install -y fonts-ipafont-gothic; }

clean:
	cargo clean
	rm -rf dist node_modules tests/e2e/artifacts
