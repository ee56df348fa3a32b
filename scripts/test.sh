#!/usr/bin/env bash
# The project's test command (README, .ci/run): the unit, golden and end-to-end tests, then `check` on input/.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's Chromium through Playwright (which never downloads a browser here); the offline
# edition tests validate every EPUB with epubcheck (and a JDK) and open every ZIM with zimdump (zim-tools, which also has the
# zimwriterfs that `bundle --format zim` runs). Whatever is missing is installed from Debian.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v epubcheck >/dev/null 2>&1 || missing+=(epubcheck)
# The EPUB test checks every EPUB in one JVM through epubcheck's Java API, run by java's source launcher: that needs
# the compiler module of a JDK, which epubcheck's JRE lacks.
{ command -v java >/dev/null 2>&1 && java --list-modules 2>/dev/null | grep -q '^jdk.compiler@'; } || missing+=(default-jdk-headless)
{ command -v zimwriterfs >/dev/null 2>&1 && command -v zimdump >/dev/null 2>&1; } || missing+=(zim-tools)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} for the tests ..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

# The accessibility tests inject axe-core, from the npm registry, into Chromium; it lives in tests/.tools/ (ignored by git).
if [ ! -f tests/.tools/node_modules/axe-core/axe.min.js ]; then
  echo "Installing axe-core for the accessibility tests ..."
  if ! command -v npm >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
    else
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
    fi
  fi
  mkdir -p tests/.tools
  (cd tests/.tools && npm install --no-audit --no-fund --silent axe-core@4)
fi

log=$(mktemp)
# The tests write and delete thousands of small sites. In memory (tmpfs) that costs far less system time than on a
# disk, where each new file is slower after many deletions (ext4 without a journal: bench/PROFILE.md). Used only
# when /dev/shm has room to spare, since a container's is often 64 MB; TMPDIR set by the caller wins.
scratch=""
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ "$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')" -gt 4194304 ] 2>/dev/null; then
  scratch=$(mktemp -d /dev/shm/statiqguides-tests.XXXXXX)
  export TMPDIR=$scratch
fi
trap 'rm -f "$log"; [ -z "$scratch" ] || rm -rf "$scratch"' EXIT

status=0
dotnet test tests/StatiqGuides.Tests -c Release 2>&1 | tee "$log" || status=$?

# Restate dotnet test's summary as the plain closing line CI reads: "N passed, N failed".
summary=$(grep -E '(Passed|Failed)!.*Total:' "$log" | tail -n 1 || true)
if [ -n "$summary" ]; then
  passed=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
  failed=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$summary")
  skipped=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$summary")
  echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
fi
[ "$status" -eq 0 ] || exit "$status"

echo "Checking input/ ..."
dotnet run -c Release -- check
