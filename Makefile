# Kolo: `make site` builds the example site into public/, `make test` runs every test.
# Both install the system libraries Kolo needs (Debian/Ubuntu) when they are missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
KOLO := .build/release/kolo

.PHONY: site test deps search-deps release clean bench

deps:
	@pkg-config --exists libcmark 2>/dev/null && [ -f /usr/include/unicode/upluralrules.h ] || { \
		echo "installing libcmark-dev and libicu-dev"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev libicu-dev pkg-config; }

# The example site has `search: true`: Pagefind indexes it (from PyPI's pagefind-bin).
search-deps:
	@python3 -c "import pagefind_bin" 2>/dev/null || { echo "installing pagefind-bin"; python3 -m pip install -q pagefind-bin; }

release: deps
	$(SWIFT) build -c release --product kolo

site: release search-deps
	$(KOLO) build --source .

test: deps
	$(SWIFT) test

clean:
	rm -rf .build public

# Times `kolo build` (hyperfine) on a generated corpus; Hugo alongside when installed. N=10000 for a big site.
N ?= 1000
bench: release
	Benchmarks/run.sh $(N)
