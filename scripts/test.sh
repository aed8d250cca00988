#!/usr/bin/env bash
# The second command to run (and all CI runs): bootstrap, release build, Swift tests, conformance suite.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

# WAND_BUILD_PATH lets a shared machine keep its own build directory (swift build --scratch-path).
build_path="${WAND_BUILD_PATH:-.build}"
wand="$build_path/release/wand"
conformance_runner="tests/conformance/run.py"

summary=()
any_failed=0

# Runs one named step, records its result and duration, and returns its exit status.
run_step() {
    local name=$1
    shift
    printf '\n==> %s\n' "$name"
    local started=${EPOCHREALTIME//[.,]/} status=0
    "$@" || status=$?
    local elapsed_ms=$(( (${EPOCHREALTIME//[.,]/} - started) / 1000 ))
    local result="passed"
    if [[ $status -ne 0 ]]; then
        result="FAILED (exit $status)"
        any_failed=1
    fi
    summary+=("$(printf '%-28s %-22s %6d.%d s' "$name" "$result" $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100)))")
    return "$status"
}

skip_step() {
    summary+=("$(printf '%-28s %-22s (%s)' "$1" "skipped" "$2")")
    any_failed=1
}

run_conformance() {
    if [[ ! -f $conformance_runner ]]; then
        echo "error: $conformance_runner is missing" >&2
        return 1
    fi
    python3 "$conformance_runner" --wand "$wand"
}

if run_step "Bootstrap" ./scripts/bootstrap.sh; then
    run_step "Embedded library current" python3 scripts/embed-library.py --check || true
    built=0
    run_step "Build wand (release)" swift build -c release --product wand --scratch-path "$build_path" && built=1
    run_step "Swift tests" swift test --scratch-path "$build_path" || true
    if [[ $built -eq 1 ]]; then
        run_step "Conformance suite" run_conformance || true
    else
        skip_step "Conformance suite" "wand did not build"
    fi
else
    skip_step "Build, tests, conformance" "bootstrap failed"
fi

printf '\n==> Summary\n'
printf '%s\n' "${summary[@]}"
if [[ $any_failed -ne 0 ]]; then
    echo "Some steps failed."
    exit 1
fi
echo "All steps passed."
