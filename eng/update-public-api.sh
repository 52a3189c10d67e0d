#!/usr/bin/env bash
# Brings a package's PublicAPI.Unshipped.txt in line with its code: adds the symbols RS0016 reports (new public
# API) and removes those RS0017 reports (public API that no longer exists). Read the diff afterwards: it is the
# review of the public surface.   Usage: eng/update-public-api.sh src/Isms.Core [more package folders]
set -uo pipefail
for dir in "$@"; do
  file="$dir/PublicAPI.Unshipped.txt"
  for round in 1 2 3 4 5; do
    out=$(dotnet build "$dir" -c Release --no-incremental -p:TreatWarningsAsErrors=false 2>&1)
    add=$(printf '%s\n' "$out" | grep "warning RS0016\|error RS0016" | sed -n "s/.*Symbol '\(.*\)' is not part of the declared public API.*/\1/p" | sort -u)
    del=$(printf '%s\n' "$out" | grep "warning RS0017\|error RS0017" | sed -n "s/.*Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/\1/p" | sort -u)
    [ -z "$add$del" ] && break
    # Keep existing lines in their order and append new ones (no re-sorting: parallel branches merge cleanly by union).
    { cat "$file"; [ -n "$add" ] && printf '%s\n' "$add"; } | grep -v -x -F -f <(printf '%s\n' "${del:-__none__}") | awk '!seen[$0]++' > "$file.tmp" && mv "$file.tmp" "$file"
  done
  echo "$file: $(($(wc -l < "$file") - 1)) symbols"
done
