#!/usr/bin/env bash
# Installs whatever the build and the tests need and is still missing; safe to run any number of times.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# libelf/libunwind/lzma are linked by the CElf and CUnwind shims; docker.io is used by the tests,
# and so are strip (binutils: a stripped target) and setpriv (util-linux: a client of another uid).
apt_packages=(libelf-dev libunwind-dev liblzma-dev libmimalloc-dev docker.io binutils util-linux)

step() { printf '==> %s\n' "$*"; }

# Runs a command as root: directly when we are root, otherwise through sudo
# (non-interactively when there is no terminal to ask for a password, as in CI).
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif [[ -t 0 ]]; then
        sudo "$@"
    else
        sudo -n "$@"
    fi
}

check_toolchain() {
    step "Checking the toolchain"
    if ! command -v swift >/dev/null; then
        echo "error: swift is not on PATH; install Swift 6 (e.g. /opt/swift/usr/bin) first" >&2
        return 1
    fi
    if ! command -v python3 >/dev/null; then
        echo "error: python3 is not on PATH; the tests compare wand against CPython 3.11" >&2
        return 1
    fi
    echo "    $(swift --version 2>&1 | head -n 1)"
    echo "    $(python3 --version)"
    if ! python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
        echo "    warning: python3 is not CPython 3.11; conformance results may differ" >&2
    fi
}

install_apt_packages() {
    step "Checking apt packages: ${apt_packages[*]}"
    local missing=() package
    for package in "${apt_packages[@]}"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        echo "    all installed"
        return 0
    fi
    step "Installing missing apt packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

install_pip_packages() {
    local requirements="$repo_root/requirements-dev.txt"
    step "Checking Python packages from requirements-dev.txt"
    local missing=() requirement module
    while read -r requirement; do
        requirement="${requirement%%#*}"
        requirement="${requirement//[[:space:]]/}"
        [[ -z $requirement ]] && continue
        # The import name is the distribution name without its version specifier, with - as _.
        module="${requirement%%[<>=!~;[]*}"
        module="${module//-/_}"
        python3 -c "import $module" 2>/dev/null || missing+=("$requirement")
    done <"$requirements"
    if [[ ${#missing[@]} -eq 0 ]]; then
        echo "    all importable"
        return 0
    fi
    step "Installing missing Python packages: ${missing[*]}"
    python3 -m pip install --quiet --disable-pip-version-check "${missing[@]}"
}

bootstrap() {
    check_toolchain
    install_apt_packages
    install_pip_packages
    step "Bootstrap done"
}

# Run when executed; when sourced, only define the functions.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    bootstrap
fi
