#!/usr/bin/env bash
# Builds and runs eng/consumer: a tiny app that references the four packages from artifacts/packages only
# (no project references), with a fresh package cache, so a missing dependency or asset in a package fails CI.
set -euo pipefail
cd "$(dirname "$0")/../eng/consumer"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" bin obj' EXIT
dotnet restore Consumer.csproj --packages "$tmp/packages" --configfile nuget.config
dotnet build Consumer.csproj -c Release --no-restore -o "$tmp/out"
dotnet "$tmp/out/Consumer.dll"
