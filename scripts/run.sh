#!/usr/bin/env bash
# The main job: install sahelkg into .venv, ingest seeds/ into the embedded store, serve the API.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# pip's and the build's chatter goes to a log, shown only when the install fails
pipq() { .venv/bin/python -m pip install -q "$@" > .venv/install.log 2>&1 || { cat .venv/install.log; return 1; }; }
pipq --upgrade pip
pipq .
.venv/bin/sahelkg ingest seeds/
exec .venv/bin/sahelkg serve "$@"
