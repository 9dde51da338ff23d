#!/usr/bin/env bash
# Create or refresh .venv from uv.lock (exact versions). Prints the venv's python path last.
set -euo pipefail
cd "$(dirname "$0")/../.."

export UV_PYTHON_DOWNLOADS=never   # no network but the registries: use the machine's Python 3.11

if ! command -v uv >/dev/null 2>&1; then
    if [[ ! -x .tools/bin/uv ]]; then
        echo "uv: installing into .tools/"
        python3 -m venv .tools
        .tools/bin/pip install -q "uv>=0.13"
    fi
    export PATH="$PWD/.tools/bin:$PATH"
fi

# --compile-bytecode: site-packages get their .pyc now, so a process that may not write them
# (PYTHONDONTWRITEBYTECODE, a root-owned install) does not recompile SQLAlchemy, Alembic and
# friends on every start: importing the store and sync libraries took 7.3-8.7 s without and
# 1.7-3.6 s with (2 shared cores, load 4-10). It costs ~30 s once and <1 s on later runs.
uv sync --frozen --quiet --compile-bytecode

# The kiosk's translations: .ts sources are committed, the .qm files Qt loads are built here.
for ts in ui/translations/*.ts; do
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
