#!/usr/bin/env bash
# Measures `kolo serve`'s save-to-reload latency: the time from an editor's save (a news item's
# body, written atomically: temporary file renamed over the original) to the reload event on
# /_kolo/events, on generated corpora (Benchmarks/generate.py). Also times a title edit (front matter
# that only shows: the resolved site is patched in place), a date edit (it moves the item in its lists:
# the site is resolved again) and the first build.
# usage: Benchmarks/serve-latency.sh [N ...]     (default: 1000 10000; EDITS=10 edits each)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kolo=${KOLO:-$root/.build/release/kolo}
edits=${EDITS:-10}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
[ -x "$kolo" ] || { echo "build kolo first: swift build -c release (or set KOLO=path)"; exit 1; }

for n in "${sizes[@]}"; do
  corpus=${BENCH_CACHE:-/tmp/kolo-own-bench}/$n
  [ -f "$corpus/site.yaml" ] || { rm -rf "$corpus"; python3 "$root/Benchmarks/generate.py" --files "$n" --out "$corpus"; }
  work=$(mktemp -d /tmp/kolo-latency.XXXXXX)
  cp -r "$corpus" "$work/site"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$kolo" serve --source "$work/site" --port "$port" 2>"$work/serve.log" &
  server=$!
  python3 - "$work/site" "$port" "$edits" "$n" <<'PY'
import os, re, socket, statistics, sys, time
site, port, edits, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
start = time.perf_counter()
while True:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        break
    except OSError:
        if time.perf_counter() - start > 900: sys.exit("kolo serve did not start")
        time.sleep(0.05)
first = time.perf_counter() - start
events = socket.create_connection(("127.0.0.1", port))
events.sendall(b"GET /_kolo/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
buffer = b""
def next_event(name, timeout=60):
    global buffer
    deadline = time.perf_counter() + timeout
    while True:
        match = re.search(rb"event: (\w+)\r?\ndata: ([^\n]*)\n\n", buffer)
        if match:
            buffer = buffer[match.end():]
            if match.group(1).decode() == name: return match.group(2).decode()
            continue
        events.settimeout(max(0.01, deadline - time.perf_counter()))
        chunk = events.recv(65536)
        if not chunk: sys.exit("the event stream ended")
        buffer += chunk
next_event("hello")
news = os.path.join(site, "content", "en", "news")
files = sorted(os.listdir(news))
def save(path, text):
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(temporary, "w", encoding="utf-8") as f: f.write(text)
    os.replace(temporary, path)
def measure(kind, change):
    times = []
    for i in range(edits):
        path = os.path.join(news, files[(i * 7) % len(files)])
        text = open(path, encoding="utf-8").read()
        began = time.perf_counter()
        save(path, change(text, i))
        data = next_event("reload")
        times.append((time.perf_counter() - began) * 1000)
        time.sleep(0.2)
    times.sort()
    p90 = times[min(len(times) - 1, max(0, round(0.9 * len(times)) - 1))]
    print(f"{n} files, {kind}: median {statistics.median(times):.0f} ms, p90 {p90:.0f} ms, "
          f"min {times[0]:.0f}, max {times[-1]:.0f} ms over {len(times)} saves")
print(f"{n} files: first build and server start {first:.1f} s")
measure("body edit", lambda text, i: text.replace("\n---\n\n", f"\n---\n\nEdited {i}. ", 1))
measure("title edit", lambda text, i: re.sub(r'title: "([^"]*)"', lambda m: f'title: "{m.group(1)} ({i})"', text, count=1))
measure("date edit", lambda text, i: re.sub(r'\ndate: (\d{4})-', lambda m: f"\ndate: {int(m.group(1)) - 1}-", text, count=1))
PY
  kill -INT "$server"; wait "$server" || true
  grep -E "^(everything|bodies|pages|site):" "$work/serve.log" | sed -n '1p;2p;$p' | sed "s/^/  kolo: /"
  rm -rf "$work"
done
