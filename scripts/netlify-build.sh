#!/usr/bin/env bash
# Netlify's build command (netlify.toml). Netlify's image has no .NET 10 SDK: install it with Microsoft's
# dotnet-install script when `dotnet` (or its SDK 10) is missing, then make the offline editions into
# output/downloads/ and build the site into output/ (build keeps downloads/ and lists it on the download pages).
# Arguments are passed on to `bundle` and `build`, e.g. scripts/netlify-build.sh --base-url "$DEPLOY_PRIME_URL".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  export DOTNET_ROOT="${DOTNET_ROOT:-$HOME/.dotnet}"
  installer=$(mktemp)
  curl -sSfL https://dot.net/v1/dotnet-install.sh -o "$installer"
  bash "$installer" --channel 10.0 --install-dir "$DOTNET_ROOT"
  rm -f "$installer"
  export PATH="$DOTNET_ROOT:$PATH"
fi

dotnet --version

# The manifests the live site publishes now (Netlify sets URL) give the patches from the edition readers hold.
# A first deploy, or a site that cannot be reached, simply gets no patch.
since=()
previous=$(mktemp -d)
trap 'rm -rf "$previous"' EXIT
if [ -n "${URL:-}" ] && curl -sSfL --max-time 30 "$URL/downloads/editions.json" -o "$previous/editions.json"; then
  for manifest in $(grep -oE '"guides-[A-Za-z0-9_-]+\.manifest\.json"' "$previous/editions.json" | tr -d '"' | sort -u); do
    if curl -sSfL --max-time 30 "$URL/downloads/$manifest" -o "$previous/$manifest"; then
      since+=(--since "$previous/$manifest")
    fi
  done
fi

dotnet run -c Release -- bundle --output output/downloads "${since[@]}" "$@"
dotnet run -c Release -- build "$@"
