#!/usr/bin/env bash
# Set up everything the tests need in .venv (Python 3.11 and pip are all a fresh machine needs),
# then run the linter and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# pip's and the build's chatter goes to a log, shown only when the install fails
pipq() { .venv/bin/python -m pip install -q "$@" > .venv/install.log 2>&1 || { cat .venv/install.log; return 1; }; }
pipq --upgrade pip
# CPU build of torch first, so the stanza extra does not pull CUDA packages.
pipq "torch==2.13.0"
pipq -e ".[stanza,test,gazetteer]"
# Chromium for the /docs browser test (Playwright drives the system's browser; it downloads none).
# As root with apt-get, Debian's chromium is installed when missing; elsewhere that test skips.
if ! command -v chromium > /dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null 2>&1; then
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; } \
        > .venv/apt.log 2>&1 || { cat .venv/apt.log; exit 1; }
fi
# graphology-gexf (locked in tests/graph/js) for the GEXF reader test, which skips where node is absent,
# and the explorer's npm packages (locked in scripts/explorer_js), which the test of the vendored
# copies in api/static/explore/vendor compares them with
if command -v npm > /dev/null 2>&1; then
    npm ci --prefix tests/graph/js --no-audit --no-fund > .venv/npm.log 2>&1 || { cat .venv/npm.log; exit 1; }
    npm ci --prefix scripts/explorer_js --no-audit --no-fund > .venv/npm.log 2>&1 || { cat .venv/npm.log; exit 1; }
fi
.venv/bin/ruff check .
.venv/bin/python -m pytest -q "$@"
