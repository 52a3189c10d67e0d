#!/usr/bin/env bash
# Whole-process comparison of `isms simulate` with the tools users would otherwise run: Netflix riskquant and pyfair.
# Opt-in, never part of CI: it needs the network (it clones the peers at pinned commits into a scratch folder; nothing
# of theirs enters this repository), Debian's hyperfine and python3-numpy/-scipy/-pandas/-matplotlib (installed with
# apt-get when missing and run as root), and clang with zlib1g-dev for the Native AOT host.
#
# Usage: eng/peers.sh [RUNS]      RUNS per command (default 5). ISMS_PEERS_DIR keeps the scratch folder between runs;
#        with ISMS_PEERS_REUSE=1 the hosts already built there are measured again (the AOT publish takes minutes).
# Prints hyperfine's tables (markdown) for the two comparisons of docs/benchmarks.md, "Whole process against peers".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
work=${ISMS_PEERS_DIR:-$(mktemp -d -t isms-peers.XXXXXX)}
mkdir -p "$work"
python=/usr/bin/python3   # Debian's interpreter: the numpy/scipy/pandas packages below are installed for it

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
"$python" -c 'import numpy, scipy, pandas, matplotlib' 2>/dev/null || need+=(python3-numpy python3-scipy python3-pandas python3-matplotlib)
command -v clang >/dev/null || command -v clang-14 >/dev/null || need+=(clang zlib1g-dev)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "peers.sh: install ${need[*]} (Debian packages) first" >&2; exit 2; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The isms host, compiled ahead of time (samples/Isms.Cli: -p:IsmsNativeAot=true) and as the usual JIT build.
if [ "${ISMS_PEERS_REUSE:-0}" != 1 ] || [ ! -x "$work/aot/isms" ] || [ ! -f "$work/jit/isms.dll" ]; then
  linker=()
  command -v clang >/dev/null || linker=(-p:CppCompilerAndLinker=clang-14)   # Debian 12 ships clang-14 without "clang"
  dotnet publish "$root/samples/Isms.Cli" -c Release -r linux-x64 -p:IsmsNativeAot=true "${linker[@]}" -o "$work/aot" >"$work/publish-aot.log" \
    || { tail -20 "$work/publish-aot.log" >&2; exit 1; }
  dotnet build "$root/samples/Isms.Cli" -c Release -o "$work/jit" >"$work/build-jit.log" || { tail -20 "$work/build-jit.log" >&2; exit 1; }
fi

clone() { # clone URL DIR COMMIT
  [ -d "$work/$2" ] || git clone -q "$1" "$work/$2"
  git -C "$work/$2" checkout -q "$3"
}
clone https://github.com/Netflix-Skunkworks/riskquant riskquant 4b4bfb9
clone https://github.com/Hive-Systems/pyfair pyfair 46e27d3

cd "$work"
# riskquant's headerless CSV: Identifier,Name,Probability,Low_loss,High_loss; rates 0.05 to 0.5, lows 10,000 to
# 100,000, highs 10 to 100 times the low. `isms simulate` reads the same file.
"$python" - <<'EOF'
rows = []
for i in range(20):
    rate = 0.05 + 0.45 * i / 19
    low = round(10000 + 90000 * i / 19)
    rows.append(f"S{i + 1:02d},Scenario {i + 1},{rate:.4f},{low},{round(low * (10 + 90 * i / 19))}")
open("rq20.csv", "w").write("\n".join(rows) + "\n")
EOF
# pyfair builds and calculates one model; its own to_json() output is what `isms simulate` reads.
cat > pyfair_run.py <<'EOF'
import sys
sys.path.insert(0, "pyfair")
from pyfair import FairModel
model = FairModel(name="Sample", n_simulations=1_000_000)
model.input_data("Threat Event Frequency", low=0.5, mode=1, high=4)
model.input_data("Vulnerability", low=0.1, mode=0.25, high=0.5)
model.input_data("Loss Magnitude", low=150000, mode=500000, high=2500000)
model.calculate_all()
if len(sys.argv) > 1:
    open(sys.argv[1], "w").write(model.to_json())
print(round(model.export_results()["Risk"].mean()))
EOF
echo "pyfair mean: $("$python" pyfair_run.py pyfair_model.json)"
echo "isms mean:   $(./aot/isms simulate pyfair_model.json --iterations 1000000 --mode expected --seed 1 --format json | "$python" -c 'import json,sys; print(round(json.load(sys.stdin)["portfolio"]["mean"]))')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo; echo "## riskquant, 20 scenarios x 100,000 years"
hyperfine -N --warmup 1 --runs "$runs" --style basic --export-markdown riskquant.md \
  "env PYTHONPATH=riskquant $python riskquant/bin/riskquant --file rq20.csv --years 100000" \
  "./aot/isms simulate rq20.csv --iterations 100000 --seed 1" \
  "dotnet jit/isms.dll simulate rq20.csv --iterations 100000 --seed 1"
cat riskquant.md

echo; echo "## pyfair, one model, 1,000,000 iterations"
hyperfine -N --warmup 1 --runs "$runs" --style basic --export-markdown pyfair.md \
  "$python pyfair_run.py" \
  "./aot/isms simulate pyfair_model.json --iterations 1000000 --mode expected --seed 1" \
  "dotnet jit/isms.dll simulate pyfair_model.json --iterations 1000000 --mode expected --seed 1" \
  "./aot/isms --version"
cat pyfair.md
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
