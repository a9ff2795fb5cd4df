#!/usr/bin/env bash
# make bench: times `kolo build` with hyperfine on a generated corpus of N content files, and, when
# Hugo and the shared Hugo comparison (../shared/bench) are present, runs that side by side too.
# usage: Benchmarks/run.sh [N] [RUNS]
set -euo pipefail
N=${1:-1000}; RUNS=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
kolo=$root/.build/release/kolo
corpus=${BENCH_CACHE:-/tmp/kolo-own-bench}/$N
command -v hyperfine >/dev/null || { echo "installing hyperfine"; apt-get install -y -qq hyperfine >/dev/null || sudo apt-get install -y -qq hyperfine; }
[ -f "$corpus/site.yaml" ] || { rm -rf "$corpus"; python3 "$root/Benchmarks/generate.py" --files "$N" --out "$corpus"; }
out=$(mktemp -d /tmp/kolo-bench-out.XXXXXX); trap 'rm -rf "$out"' EXIT
# Each run writes a new folder: the previous one is moved aside, not deleted, because on ext4 without a
# journal a folder deleted just before makes creating files slower (Benchmarks/cpu-split.sh). All go at the end.
hyperfine --warmup 1 --runs "$RUNS" --prepare "if [ -d $out/site ]; then mv $out/site \$(mktemp -d -p $out); fi" \
  "$kolo build --source $corpus --output $out/site" --export-markdown "$out/report.md"
echo "pages written: $(find "$out/site" -name '*.html' | wc -l)"
/usr/bin/time -f "peak RSS: %M KiB, CPU %U s user + %S s system" "$kolo" build --source "$corpus" --output "$out/rss" >/dev/null
if command -v hugo >/dev/null && [ -x "$root/../shared/bench/run.sh" ]; then
  echo; echo "Kolo against Hugo on the shared corpus:"
  (cd "$root" && ../shared/bench/run.sh "$N" 3)
  echo; echo "User and system time of each run (system time is mostly the kernel creating files):"
  "$root/Benchmarks/cpu-split.sh" "$N" 2
  echo; echo "The same comparison with a stand-in that only copies Kolo's output (the disk's share):"
  "$root/Benchmarks/write-floor.sh" "$N" 3
  if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
    echo; echo "The same comparison on tmpfs:"
    "$root/Benchmarks/tmpfs-run.sh" "$N" 3
  fi
fi
