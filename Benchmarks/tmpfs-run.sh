#!/usr/bin/env bash
# ../shared/bench/run.sh on a disk that does not remember deletions: /tmp (the outputs) and the
# corpus are put on tmpfs, in a mount namespace of this script's own, so nothing else on the
# machine sees them. Compare with run.sh on the machine's disk to see how much of either tool's
# time went to the kernel reusing the inodes of the output deleted just before (Benchmarks/write-floor.sh).
# usage: Benchmarks/tmpfs-run.sh N [RUNS]   (as root: needs unshare -m and mount; corpus from run.sh N first)
set -euo pipefail
N=${1:?usage: tmpfs-run.sh N [RUNS]}; RUNS=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED_BENCH:-$root/../shared/bench}
cache=${BENCH_CACHE:-/tmp/kolo-bench}
[ -d "$cache/$N/kolo/content" ] && [ -d "$cache/$N/hugo/content" ] || { echo "no corpus in $cache/$N: run $shared/run.sh $N first"; exit 2; }
export KOLO=${KOLO:-$root/.build/release/kolo}
held=$(mktemp -d /var/tmp/kolo-tmpfs.XXXXXX); trap 'rmdir "$held"' EXIT
unshare -m bash -euc '
  mount --make-rprivate /
  held=$5
  mount -t tmpfs -o size=16g tmpfs "$held"
  mkdir -p "$held/cache" && cp -r "$2/$3" "$held/cache/"
  mount -t tmpfs -o size=16g tmpfs /tmp
  echo "outputs and corpus on tmpfs:"
  BENCH_CACHE=$held/cache "$1/run.sh" "$3" "$4"
' tmpfs-run "$shared" "$cache" "$N" "$RUNS" "$held"
