#!/usr/bin/env bash
# The main job: install sahelkg into .venv, ingest seeds/ into the embedded store, serve the API.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .
.venv/bin/sahelkg ingest seeds/
exec .venv/bin/sahelkg serve "$@"
