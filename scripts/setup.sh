#!/usr/bin/env bash
# Install policykg and everything it needs into ./.venv (run from anywhere; safe to re-run).
# System packages: none are needed yet; the browser tests and PDF export will add theirs here.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "setup: policykg needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
# torch first, pinned to the CPU build on this disk: otherwise sentence-transformers pulls a CUDA build of several GB
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt torch
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,st]'
echo "setup: policykg installed in .venv ($(.venv/bin/python --version))"
