#!/usr/bin/env bash
# The first command to run: installs what is missing, builds wand, runs examples/hello.py on it,
# then starts examples/orders.py, attaches the debug adapter with `wand debug` and prints how to
# connect an editor.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# WAND_BUILD_PATH lets a shared machine keep its own build directory (swift build --scratch-path).
build_path="${WAND_BUILD_PATH:-.build}"
wand="$build_path/release/wand"
program="examples/hello.py"

step() { printf '\n==> %s\n' "$*"; }

step "Bootstrapping"
./scripts/bootstrap.sh

step "Building wand (swift build -c release)"
swift build -c release --scratch-path "$build_path"

step "Running: $wand run $program"
wand_output="$(mktemp)"
trap 'rm -f "$wand_output"' EXIT
wand_status=0
"$wand" run "$program" | tee "$wand_output" || wand_status=${PIPESTATUS[0]}

step "Comparing with CPython"
if python3 "$program" | cmp -s - "$wand_output"; then
    comparison="identical to python3 ($(python3 --version))"
else
    comparison="DIFFERENT from python3 (diff <(python3 $program) <($wand run $program))"
fi

step "Starting examples/orders.py and attaching: $wand debug --pid PID"
"$wand" run examples/orders.py >/dev/null 2>&1 &
service_pid=$!
sleep 0.3
"$wand" ps
debug_status=0
"$wand" debug --pid "$service_pid" || debug_status=$?

step "Done"
echo "Built $wand and ran $program on it:"
echo "  exit status $wand_status, $(wc -l <"$wand_output") lines of output, $comparison"
if [[ $debug_status -eq 0 ]]; then
    echo "examples/orders.py runs as pid $service_pid for ten minutes with the debug adapter above;"
    echo "attach an editor (docs/editors.md), or stop it with: kill $service_pid"
else
    kill "$service_pid" 2>/dev/null || true
fi
[[ $wand_status -eq 0 && $comparison == identical* && $debug_status -eq 0 ]]
