#!/usr/bin/env bash
# Install policykg and everything it needs into ./.venv (run from anywhere; safe to re-run).
# System packages: Chromium (browser tests), a CJK font (Chinese in the page, screenshots and PDFs),
# HarfBuzz subsetting (fast WeasyPrint PDFs) and poppler-utils (the tests read the PDFs back).
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(chromium fonts-noto-cjk libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 poppler-utils)
missing=()
for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "setup: installing system packages: ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "setup: install ${missing[*]} (apt-get install ${missing[*]}) for the browser tests and Chinese fonts" >&2
    fi
fi

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "setup: policykg needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv"
    "$PYTHON" -m venv .venv
fi
echo "setup: installing Python packages into .venv (a few minutes the first time)"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
# torch first, pinned to the CPU build on this disk: otherwise sentence-transformers pulls a CUDA build of several GB
echo "setup: torch (CPU build)"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt torch
echo "setup: policykg and its dependencies"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,st]'
echo "setup: policykg installed in .venv ($(.venv/bin/python --version))"
