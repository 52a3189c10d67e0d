#!/usr/bin/env bash
# Mutation testing of one package with Stryker.NET (the local tool in .config/dotnet-tools.json).
#
#   eng/mutation.sh Isms.Certification                       the package, tested by tests/Isms.Certification.Tests
#   eng/mutation.sh Isms.Core Isms.Risk.Tests Isms.Serialization.Tests
#                                                            more test projects that exercise the package
#   STRYKER_CONCURRENCY=2 eng/mutation.sh ...                parallel test sessions (default 1: the machines have 2 cores)
#   STRYKER_ARGS='--mutate **/RiskMatrix.cs' eng/mutation.sh ...
#                                                            extra Stryker options (here: mutate one file only)
#   STRYKER_REPORT=Isms.Core-matrix eng/mutation.sh ...      reports to StrykerOutput/Isms.Core-matrix/ instead of StrykerOutput/PACKAGE/
#   STRYKER_ONLY='Quantitative/Sampling/*.cs' eng/mutation.sh Isms.Risk
#                                                            mutate only these files (paths under src/PACKAGE, shell globs,
#                                                            space-separated) and leave every other file uninstrumented
#
# Why a script: Stryker analyses projects with Buildalyzer, which cannot see a TargetFramework set in
# Directory.Build.props ("Could not find build environment"). The script runs Stryker in a throwaway copy of the
# committed tree (git worktree) where the projects it analyses name their target framework, so the repository keeps
# one TargetFramework and the working tree is never touched. The HTML and JSON reports are copied to
# StrykerOutput/PACKAGE/ (ignored by git); the score is printed at the end. Takes tens of minutes per package.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
package=${1:?usage: eng/mutation.sh PACKAGE [EXTRA_TEST_PROJECT...]}
shift
[ -d "$root/src/$package" ] || { echo "eng/mutation.sh: no package src/$package" >&2; exit 2; }
tests=("$package.Tests" "$@")
tfm=$(sed -n 's:.*<TargetFramework>\(.*\)</TargetFramework>.*:\1:p' "$root/Directory.Build.props" | head -1)

copy=$(mktemp -d /tmp/isms-mutation-XXXXXX)
cleanup() { git -C "$root" worktree remove --force "$copy" >/dev/null 2>&1 || rm -rf "$copy"; }
trap cleanup EXIT
git -C "$root" worktree add --detach "$copy" HEAD >/dev/null

# Name the target framework in every project file Buildalyzer opens (the package, its test projects and what they reference).
for project in "$copy"/src/*/*.csproj "$copy"/tests/*/*.csproj; do
  grep -q '<TargetFramework>' "$project" || sed -i "0,/<Project Sdk=\"[^\"]*\">/s//&<PropertyGroup><TargetFramework>$tfm<\/TargetFramework><\/PropertyGroup>/" "$project"
done

# Stryker places a mutant switch in every file, even those --mutate leaves out, and in the MTP runner each switch
# reads the active mutant from a memory-mapped file: hot loops run 20 to 400 times slower. STRYKER_ONLY marks every
# other file "Stryker disable all" in the throwaway copy, so only the files measured carry switches.
if [ -n "${STRYKER_ONLY:-}" ]; then
  read -r -a only <<< "$STRYKER_ONLY"
  (cd "$copy/src/$package" && shopt -s globstar nullglob && {
    keep=()
    for pattern in "${only[@]}"; do for file in $pattern; do keep+=("$file"); done; done
    [ ${#keep[@]} -gt 0 ] || { echo "eng/mutation.sh: STRYKER_ONLY matches no file" >&2; exit 2; }
    for file in **/*.cs; do
      case "$file" in obj/*|bin/*) continue ;; esac
      printf '%s\n' "${keep[@]}" | grep -qxF "$file" || sed -i '1i // Stryker disable all' "$file"
    done
    echo "eng/mutation.sh: mutating ${#keep[@]} file(s): ${keep[*]}"
  })
fi

args=()
for test in "${tests[@]}"; do
  [ -f "$copy/tests/$test/$test.csproj" ] || { echo "eng/mutation.sh: no test project tests/$test" >&2; exit 2; }
  dotnet restore "$copy/tests/$test" >/dev/null
  args+=(--test-project "../../tests/$test/$test.csproj")
done

# Extra Stryker options, split on white space and never glob-expanded (a --mutate pattern reaches Stryker as written).
read -r -a extra <<< "${STRYKER_ARGS:-}"

cd "$root" && dotnet tool restore >/dev/null
cd "$copy/src/$package"
dotnet stryker --test-runner mtp "${args[@]}" --concurrency "${STRYKER_CONCURRENCY:-1}" \
  "${extra[@]}" \
  --reporter html --reporter json --reporter progress --reporter cleartext | tee "$copy/stryker.log"

out="$root/StrykerOutput/${STRYKER_REPORT:-$package}"
mkdir -p "$out"
cp "$copy/src/$package"/StrykerOutput/*/reports/mutation-report.* "$out/"
cp "$copy/stryker.log" "$out/"
grep -E "final mutation score" "$copy/stryker.log" | tail -1 || true
echo "reports: $out"
