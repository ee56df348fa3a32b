#!/usr/bin/env bash
# Side by side with Hugo (Debian's `hugo`) on the generated corpus (bench/make-corpus): clean builds run
# alternately (ours, hugo, ours, ...) under /usr/bin/time -v, then the reload latency of both dev servers
# (bench/reload-latency.py) and of a title edit (bench/title-latency.py), then the bytes of English search index a first and a second query load in Chromium.
# Usage: bench/compare.sh [GUIDES=1000] [RUNS=5]
# Environment: SEED (default 1), TOOL (published, the default, or dll), OUT_ROOT (default the work folder), RELOAD_RUNS (default 15; 0 skips), SEARCH_WORDS (default "metadata snapshot"),
# SKIP_SEARCH=1. Everything it makes lives under bench/out/compare-GUIDES/ and the servers are stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
guides=${1:-1000}
runs=${2:-5}
seed=${SEED:-1}
reload_runs=${RELOAD_RUNS:-15}
read -r -a words <<<"${SEARCH_WORDS:-metadata snapshot}"
work=bench/out/compare-$guides
corpus=$work/corpus
# Where the clean builds write: OUT_ROOT=/dev/shm/sg-compare puts both outputs on tmpfs, which takes the disk's cost of
# creating files out of the comparison (bench/PROFILE.md: on this machine's ext4 it grows with every run).
sites=${OUT_ROOT:-$work}
peer=$work/hugo-work
mkdir -p "$work" "$sites"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
updated=0
need() { # need COMMAND DEBIAN_PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$updated" -eq 1 ] || { as_root apt-get update -qq; updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need hugo hugo
[ -x /usr/bin/time ] || { [ "$updated" -eq 1 ] || { as_root apt-get update -qq; updated=1; }; as_root apt-get install -y -qq time >/dev/null; }

printf 'machine: %s cores, load average at start: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'outputs: %s (%s)\n' "$sites" "$(df --output=fstype "$sites" | tail -n 1)"
printf 'commit: %s, %s, hugo: %s\n' "$(git rev-parse --short HEAD)" "$(date -u +%Y-%m-%dT%H:%MZ)" "$(hugo version | cut -d' ' -f1-2)"

if [ ! -f "$corpus/corpus-manifest.json" ] || [ "$(cat "$work/seed" 2>/dev/null)" != "$seed" ]; then
  rm -rf "$corpus"
  python3 bench/make-corpus "$corpus" --guides "$guides" --seed "$seed" >/dev/null
  echo "$seed" >"$work/seed"
fi
digest=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("sha256","?"))' "$corpus/corpus-manifest.json")
printf 'corpus: %s guides, seed %s, sha256 %s, %s input files\n' "$guides" "$seed" "$digest" \
  "$(find "$corpus/input" -name '*.md' | wc -l)"
bench/peers/hugo/prepare "$corpus" "$peer"
# The tool as installed for speed (docs/commands.md): published for this machine, self-contained and compiled ahead of
# time, as Hugo is a native binary. TOOL=dll measures the portable build that `dotnet run` uses instead.
if [ "${TOOL:-published}" = dll ]; then
  dotnet build -c Release -v quiet -nologo >/dev/null
  tool=(dotnet bin/Release/net10.0/StatiqGuides.Tool.dll)
else
  dotnet publish StatiqGuides.csproj -c Release --use-current-runtime -o bench/out/tool -v quiet -nologo >/dev/null
  tool=(bench/out/tool/StatiqGuides.Tool)
fi
printf 'tool: %s\n' "${tool[*]}"

# The outputs a timed build replaces are moved aside, not removed, and removed together on exit: on a disk like this
# machine's (ext4 without a journal) each file a build creates scans past every inode of its group freed in the last
# minutes, so removing the last run's output just before a timed build bills the harness's cleanup to that build, in
# proportion to the files it creates (README.md).
trash=$sites/.compare-trash
rm -rf "$trash"
mkdir -p "$trash"
# timed NAME OUT COMMAND...: one clean build under /usr/bin/time -v; prints "wall_s rss_kb user_s sys_s".
timed() {
  local out=$1; shift
  if [ -e "$out" ]; then mv "$out" "$trash/${out##*/}.$(date +%s%N)"; fi
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/run.log" 2>&1 || { cat "$work/run.log" "$work/time.txt" >&2; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /Maximum resident set size/ { r = $2 } /User time/ { u = $2 } /System time/ { s = $2 }
    END { printf "%.2f %d %.2f %.2f\n", w, r, u, s }' "$work/time.txt"
}
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

ours_t=() ours_m=() ours_u=() ours_s=() hugo_t=() hugo_m=() hugo_u=() hugo_s=()
for i in $(seq "$runs"); do
  read -r t m u s < <(timed "$sites/site-ours" "${tool[@]}" build --input "$corpus/input" --theme theme --output "$sites/site-ours")
  ours_t+=("$t"); ours_m+=("$m"); ours_u+=("$u"); ours_s+=("$s")
  printf 'run %d ours: %6.2f s  peak RSS %5d MB  user %6.2f s  sys %6.2f s\n' "$i" "$t" $((m / 1024)) "$u" "$s"
  read -r t m u s < <(timed "$sites/site-hugo" bench/peers/hugo/run "$peer" "$sites/site-hugo")
  hugo_t+=("$t"); hugo_m+=("$m"); hugo_u+=("$u"); hugo_s+=("$s")
  printf 'run %d hugo: %6.2f s  peak RSS %5d MB  user %6.2f s  sys %6.2f s\n' "$i" "$t" $((m / 1024)) "$u" "$s"
done
ot=$(printf '%s\n' "${ours_t[@]}" | median); ht=$(printf '%s\n' "${hugo_t[@]}" | median)
om=$(printf '%s\n' "${ours_m[@]}" | median); hm=$(printf '%s\n' "${hugo_m[@]}" | median)
printf 'median clean build: ours %.2f s, hugo %.2f s, ours/hugo %.2f\n' "$ot" "$ht" "$(echo "$ot / $ht" | bc -l)"
printf 'median user CPU: ours %.2f s, hugo %.2f s; median system time: ours %.2f s, hugo %.2f s\n' \
  "$(printf '%s\n' "${ours_u[@]}" | median)" "$(printf '%s\n' "${hugo_u[@]}" | median)" \
  "$(printf '%s\n' "${ours_s[@]}" | median)" "$(printf '%s\n' "${hugo_s[@]}" | median)"
printf 'median peak RSS: ours %d MB, hugo %d MB, ours/hugo %.2f\n' $((${om%.*} / 1024)) $((${hm%.*} / 1024)) "$(echo "$om / $hm" | bc -l)"
printf 'pages: ours %s HTML files, hugo %s HTML files\n' "$(find "$sites/site-ours" -name '*.html' | wc -l)" \
  "$(find "$sites/site-hugo" -name '*.html' | wc -l)"

servers=()
cleanup() {
  for p in "${servers[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${servers[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$trash"
}
trap cleanup EXIT
# wait_for URL PID SECONDS: until the server answers, or fail.
wait_for() {
  local deadline=$((SECONDS + $3))
  until curl -fs -o /dev/null --max-time 5 "$1"; do
    kill -0 "$2" 2>/dev/null || { echo "the server stopped" >&2; return 1; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "no answer from $1 in $3 s" >&2; return 1; }
    sleep 0.5
  done
}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# reload NAME URL_FORMAT PID BASE [SCRIPT]: the median line of bench/SCRIPT (default reload-latency.py).
reload() {
  local result script=${5:-reload-latency.py}
  result=$(timeout 900 python3 "bench/$script" "$4" "$corpus/input" "$reload_runs" "$2" | tee "$work/$script-$1.log" | tail -n 1)
  grep -c timeout "$work/$script-$1.log" | xargs printf "${script%%.py} $1: %s timeouts, " >&2 || true
  echo "${result#median: }" | tr -d ' ms'
}
if [ "$reload_runs" -gt 0 ]; then
  port=$(free_port)
  timeout 1800 "${tool[@]}" serve --input "$corpus/input" --theme theme --port "$port" >"$work/serve-ours.log" 2>&1 &
  servers+=($!)
  wait_for "http://127.0.0.1:$port/en/" "${servers[-1]}" 600
  ro=$(reload ours "/en/guides/{sec}/{slug}/" "${servers[-1]}" "http://127.0.0.1:$port")
  # A title edit: the guide's section page, a listing, must show the new title.
  to=$(reload ours "/en/guides/{sec}/" "${servers[-1]}" "http://127.0.0.1:$port" title-latency.py)
  kill -TERM "${servers[-1]}"; wait "${servers[-1]}" 2>/dev/null || true
  port=$(free_port)
  timeout 1800 hugo server --source "$peer" --port "$port" --bind 127.0.0.1 --disableFastRender \
    --noBuildLock >"$work/serve-hugo.log" 2>&1 &
  servers+=($!)
  wait_for "http://127.0.0.1:$port/" "${servers[-1]}" 600
  rh=$(reload hugo "/guides/{sec}/{slug}/" "${servers[-1]}" "http://127.0.0.1:$port")
  # The corpus's section folders have no _index.md, so they are not Hugo sections: the listing that carries a guide's
  # title in the peer is /guides/ (every guide; /guides/{sec}/ is a 404 there).
  th=$(reload hugo "/guides/" "${servers[-1]}" "http://127.0.0.1:$port" title-latency.py)
  printf '\nmedian reload over %s runs: ours %s ms, hugo %s ms, ours/hugo %.2f\n' "$reload_runs" "$ro" "$rh" \
    "$(echo "$ro / $rh" | bc -l)"
  # A run that times out counts as 30 s; a server whose first three runs all did has no figure, and the probe stops.
  if grep -q '^median: none' "$work/title-latency.py-hugo.log"; then
    printf 'median title edit over %s runs (a listing shows the new title): ours %s ms, hugo none (its first runs all timed out at 30 s)\n' "$reload_runs" "$to"
  else
    printf 'median title edit over %s runs (a listing shows the new title): ours %s ms, hugo %s ms, ours/hugo %.2f\n' \
      "$reload_runs" "$to" "$th" "$(echo "$to / $th" | bc -l)"
  fi
fi

if [ "${SKIP_SEARCH:-0}" != 1 ]; then
  need chromium chromium
  [ -d bench/.tools/node_modules/playwright-core ] || {
    mkdir -p bench/.tools
    [ -f bench/.tools/package.json ] || printf '{"private":true}\n' >bench/.tools/package.json
    (cd bench/.tools && npm install --no-audit --no-fund --silent playwright-core >/dev/null)
  }
  timeout 300 node bench/search-bytes.js "$sites/site-ours" "${words[0]}" "${words[1]}"
fi
