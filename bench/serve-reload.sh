#!/usr/bin/env bash
# Benchmark: the time from saving one guide to the reload message on serve's Server-Sent Events endpoint, on the
# generated corpus (bench/make-corpus). Each run appends a paragraph to one guide (a different one each run)
# and waits for "data: reload N". Prints each run and the median; the guides are restored at the end.
# Usage: bench/serve-reload.sh [CORPUS=/tmp/corpus1000] [RUNS=7] [GUIDES=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/tmp/corpus1000}
runs=${2:-7}
guides=${3:-1000}
make_corpus=${MAKE_CORPUS:-bench/make-corpus}

if [ ! -f "$corpus/corpus-manifest.json" ]; then
  rm -rf "$corpus"
  python3 "$make_corpus" "$corpus" --guides "$guides" >/dev/null
fi
dotnet build -c Release -v quiet -nologo >/dev/null
log=$(mktemp)
dotnet bin/Release/net10.0/StatiqGuides.Tool.dll serve --input "$corpus/input" --theme theme --port 0 >"$log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 240); do
  grep -q '^Serving ' "$log" && break
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -n 1)
[ -n "$url" ] || { cat "$log"; exit 1; }
grep '^Built ' "$log"

python3 - "$url" "$corpus/input" "$runs" <<'PY'
import glob, http.client, os, statistics, sys, time, urllib.parse
url, root, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
guides = sorted(p for p in glob.glob(os.path.join(root, "guides", "*", "*.md")) if p.count(".") == 1)
parts = urllib.parse.urlparse(url)
connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
connection.request("GET", "/__serve/events")
events = connection.getresponse()

def next_data():
    while True:
        line = events.fp.readline().decode("utf-8")
        if line == "":
            raise SystemExit("the event stream closed")
        if line.startswith("data: "):
            return line[6:].strip()

print("connected:", next_data())
originals = {}
times = []
try:
    for run in range(runs):
        guide = guides[(run * 97) % len(guides)]
        originals.setdefault(guide, open(guide, "rb").read())
        time.sleep(0.5)  # let the previous rebuild settle
        start = time.perf_counter()
        with open(guide, "ab") as f:
            f.write(("\nA paragraph added by the benchmark, run %d.\n" % run).encode())
        while not next_data().startswith("reload "):
            pass
        elapsed = (time.perf_counter() - start) * 1000
        times.append(elapsed)
        print("run %d: %.0f ms (%s)" % (run + 1, elapsed, os.path.relpath(guide, root)))
finally:
    for guide, text in originals.items():
        open(guide, "wb").write(text)
print("median: %.0f ms over %d runs" % (statistics.median(times), len(times)))
PY
sleep 1
tail -n 3 "$log"
