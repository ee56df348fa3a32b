#!/usr/bin/env bash
# Benchmark: a clean `build` of the generated corpus (bench/make-corpus), timed over several runs.
# Usage: bench/run.sh [GUIDES=1000] [RUNS=7]
# Prints each run's wall time and the median, with the corpus digest so runs on two machines can be compared.
set -euo pipefail
cd "$(dirname "$0")/.."
guides=${1:-1000}
runs=${2:-7}
work=bench/out
corpus="$work/corpus-$guides"
make_corpus=${MAKE_CORPUS:-bench/make-corpus}

if [ ! -f "$corpus/corpus-manifest.json" ]; then
  rm -rf "$corpus"
  python3 "$make_corpus" "$corpus" --guides "$guides" >/dev/null
fi
dotnet build -c Release -v quiet -nologo >/dev/null
dll=bin/Release/net10.0/StatiqGuides.Tool.dll

# Each run's output is moved aside and all are removed on exit, as compare.sh does: removing one just before the next
# timed build bills that build for the inodes it freed on a disk like this machine's (bench/README.md).
trash="$work/.run-trash"
rm -rf "$trash"
mkdir -p "$trash"
trap 'rm -rf "$trash"' EXIT
times=()
for i in $(seq "$runs"); do
  if [ -e "$work/site" ]; then mv "$work/site" "$trash/site.$(date +%s%N)"; fi
  start=$(date +%s.%N)
  dotnet "$dll" build --input "$corpus/input" --theme theme --output "$work/site" >"$work/last-run.log" 2>&1 \
    || { cat "$work/last-run.log"; exit 1; }
  end=$(date +%s.%N)
  t=$(python3 -c "print($end - $start)")
  times+=("$t")
  printf 'run %d: %.3f s (%s)\n' "$i" "$t" "$(tail -n 1 "$work/last-run.log")"
done

median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
digest=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("sha256","?"))' "$corpus/corpus-manifest.json" 2>/dev/null || echo "?")
pages=$(find "$work/site" -name '*.html' | wc -l)
printf 'corpus: %s guides (sha256 %s), %s HTML pages\n' "$guides" "$digest" "$pages"
printf 'median of %d clean builds: %.3f s\n' "$runs" "$median"
