#!/usr/bin/env bash
# Netlify's build command (netlify.toml). Netlify's image has no .NET 10 SDK: install it with Microsoft's
# dotnet-install script when `dotnet` (or its SDK 10) is missing, then build the site into output/.
# Arguments are passed on to `build`, e.g. scripts/netlify-build.sh --base-url "$DEPLOY_PRIME_URL".
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
dotnet run -c Release -- build "$@"
