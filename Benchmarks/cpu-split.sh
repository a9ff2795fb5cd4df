#!/usr/bin/env bash
# Where the time of Kolo and Hugo goes: user (the tools' own work) and system (the kernel, almost
# all of it creating files and folders), run after run, in the order ../shared/bench/run.sh uses —
# alternating, each output deleted after its run. On ext4 without a journal the kernel scans the
# inodes deleted in the last minutes before it reuses one, so system time grows with every
# deleted output and is paid by both tools alike; compare user time for the tools' own speed.
# usage: Benchmarks/cpu-split.sh N [RUNS]   (corpus from ../shared/bench/run.sh N, built first)
set -euo pipefail
N=${1:?usage: cpu-split.sh N [RUNS]}; RUNS=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
kolo=${KOLO:-$root/.build/release/kolo}
cache=${BENCH_CACHE:-/tmp/kolo-bench}/$N
[ -d "$cache/kolo/content" ] && [ -d "$cache/hugo/content" ] || { echo "no corpus in $cache: run ../shared/bench/run.sh $N first"; exit 2; }
scratch=$(mktemp -d /tmp/kolo-split.XXXXXX); trap 'rm -rf "$scratch"' EXIT
printf '%-5s %4s %8s %8s %8s %9s\n' tool run wall user system "peak MiB"
for i in $(seq "$RUNS"); do
  for tool in kolo hugo; do
    d=$scratch/out.$tool.$i
    case $tool in
      kolo) /usr/bin/time -f '%e %U %S %M' -o "$scratch/t" "$kolo" build --source "$cache/kolo" --output "$d" >/dev/null 2>&1 ;;
      hugo) command -v hugo >/dev/null || continue
            /usr/bin/time -f '%e %U %S %M' -o "$scratch/t" hugo --quiet -s "$cache/hugo" --cacheDir "$scratch/hugo-cache" --destination "$d" >/dev/null 2>&1 ;;
    esac
    read -r wall user system rss < "$scratch/t"
    printf '%-5s %4d %8.2f %8.2f %8.2f %9.0f\n' "$tool" "$i" "$wall" "$user" "$system" "$((rss / 1024))"
    rm -rf "$d"
  done
done
