#!/usr/bin/env bash
# The fastest any generator could be in ../shared/bench/run.sh on this machine: run.sh is given,
# in Kolo's place, a "tool" that renders nothing and only copies Kolo's finished output (read from
# the page cache, two copies at once for the two cores) into the output folder. Its wall time is
# what creating these files and folders costs under run.sh's conditions — each output deleted just
# before the next run, which on ext4 without a journal makes every new inode scan the recently
# deleted ones. Hugo's wall time divided by this floor is the largest speed-up that run.sh can show.
# usage: Benchmarks/write-floor.sh N [RUNS]   (after swift build -c release)
set -euo pipefail
N=${1:?usage: write-floor.sh N [RUNS]}; RUNS=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
kolo=${KOLO:-$root/.build/release/kolo}
shared=${SHARED_BENCH:-$root/../shared/bench}
cache=${BENCH_CACHE:-/tmp/kolo-bench}/$N
[ -d "$cache/kolo/content" ] || { echo "no corpus in $cache: run $shared/run.sh $N first"; exit 2; }
floor=$cache/floor
if [ ! -d "$floor/site" ] || [ "$kolo" -nt "$floor/site" ]; then   # Kolo's output as this binary writes it
  rm -rf "$floor"; mkdir -p "$floor"
  "$kolo" build --source "$cache/kolo" --output "$floor/site" >/dev/null
fi
cat > "$floor/copy-only" <<SCRIPT
#!/usr/bin/env bash
# Stands in for "kolo build --source S --output D": copies the finished site, two entries at a time.
set -euo pipefail
out=""; while [ \$# -gt 0 ]; do [ "\$1" = --output ] && out=\$2; shift; done
mkdir -p "\$out"
cd "$floor/site" && find . -mindepth 1 -maxdepth 1 -print0 | xargs -0 -P 2 -I{} cp -r {} "\$out/"
SCRIPT
chmod +x "$floor/copy-only"
echo "'kolo' below is the copy-only floor, not Kolo:"
KOLO=$floor/copy-only "$shared/run.sh" "$N" "$RUNS"
