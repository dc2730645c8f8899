# pednet-build: the commands the README names. Each target says what it does as it runs.
SHELL := /bin/bash
PREFIX ?= /usr/local
SECONDS ?= 600
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/pednet-build

.PHONY: setup build site test test-hostile install clean bench bench-compare bench-incremental fuzz-frontmatter fuzz test-asan theme lint math-check print-check publish-check import-corpus search-eval ics-check

setup:
	@if pkg-config --exists libcmark 2>/dev/null && [ -f /usr/include/cmark.h ]; then \
	  echo "setup: libcmark-dev and pkg-config are installed"; \
	else \
	  echo "setup: installing libcmark-dev and pkg-config with apt"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config; \
	fi

theme:
	@python3 Scripts/embed-theme.py --quiet 2>/dev/null || echo "theme: python3 not found, using the committed embedded theme"

build: setup theme
	@echo "build: compiling pednet-build (release)"
	swift build -c release --product pednet-build
	@echo "build: $(BIN)"

site: build
	@echo "site: rendering the demo site (content/, themes/default, site.example) into public/"
	$(BIN) build --source . --config site.example --output public
	@echo "site: open $(CURDIR)/public/index.html in a browser (or run: python3 -m http.server -d public 8000)"

test: setup theme
	@echo "test: running every test target (swift test)"
	swift test --disable-swift-testing

test-hostile: build
	@echo "test-hostile: the catalogue of hostile inputs (Tests/Hostile/) on the release binary"
	bash Tests/Hostile/run.sh $(BIN)

install: build
	@echo "install: copying pednet-build into $(PREFIX)/bin"
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/pednet-build

clean:
	@echo "clean: removing build products and the demo output"
	rm -rf .build .build-* public Benchmarks/corpus Benchmarks/out

bench: build
	@echo "bench: timing pednet-build on generated corpora"
	PEDNET=$(BIN) bash Benchmarks/bench.sh

bench-compare: build
	@echo "bench-compare: pednet-build beside hugo on the same corpus"
	PEDNET=$(BIN) bash Benchmarks/compare.sh

bench-incremental: build
	@echo "bench-incremental: rebuild, no-op, one-word and theme edits on disk, beside hugo"
	PEDNET=$(BIN) nice -n 10 bash Benchmarks/incremental.sh

fuzz-frontmatter: setup
	@echo "fuzz-frontmatter: fuzzing the front matter parser for $(SECONDS) s"
	bash Tests/Fuzz/run.sh frontmatter $(SECONDS)

test-asan: setup theme
	@echo "test-asan: the whole test suite under AddressSanitizer (build in .build-asan)"
	@# Leak reports are off: Foundation's Process and XCTest keep objects alive at exit.
	ASAN_OPTIONS=detect_leaks=0 swift test --sanitize=address --build-path .build-asan
	@echo "test-asan: the parallel steps' tests under ThreadSanitizer (build in .build-tsan)"
	swift test --sanitize=thread --build-path .build-tsan --filter '$(TSAN_TESTS)'

TSAN_TESTS = DocumentConcurrencyTests|BodyStoreTests|SearchIndexBuilderTests|TemplateSetTests|EndToEndTests|ParallelTests

FUZZ_TARGETS = frontmatter markdown mustache search utf8 slug

fuzz: setup
	@echo "fuzz: libFuzzer + AddressSanitizer on $(FUZZ_TARGETS), $(SECONDS) s each"
	@for target in $(FUZZ_TARGETS); do bash Tests/Fuzz/run.sh $$target $(SECONDS) | tail -n 1 || exit 1; done

lint:
	@echo "lint: swift format lint --strict"
	swift format lint --strict --recursive Sources Tests Package.swift

math-check: build
	@echo "math-check: the formulas of Tests/Math/formulas.tex by pednet-build and by latex2mathml, compared"
	@python3 -c "import latex2mathml" 2>/dev/null || python3 -m pip install -q latex2mathml
	python3 Tests/Math/compare.py $(BIN) --report .build/math-check.txt
	@echo "math-check: the differences are listed in .build/math-check.txt"

print-check: build
	bash Tests/print-check.sh

ics-check: site
	@echo "ics-check: every seminar's event.ics and calendar.ics read by Python's icalendar"
	@python3 -c "import icalendar" 2>/dev/null || python3 -m pip install -q icalendar 2>/dev/null || python3 -m pip install -q --break-system-packages icalendar
	python3 Tests/SiteChecks/ics_check.py public
import-corpus:
	@echo "import-corpus: the GIMP manual in Russian (Debian gimp-help-ru) as a site in Benchmarks/corpus-real"
	@if [ ! -d /usr/share/gimp/2.0/help/ru ] || ! command -v pandoc >/dev/null; then \
	  echo "import-corpus: installing gimp-help-ru and pandoc with apt"; \
	  $(SUDO) apt-get install -y -qq gimp-help-ru pandoc; fi
	python3 Benchmarks/import-corpus.py

search-eval:
	@echo "search-eval: known-item queries on the real corpus through the theme's search.js"
	swift build --product pednet-build
	bash Benchmarks/search-eval.sh .build/debug/pednet-build

publish-check: build
	@echo "publish-check: starter sites made by init, published by their recipes here, then checked (sitemap, absolute URLs, 404 in Chromium)"
	bash Tests/publish-checks.sh $(BIN)
