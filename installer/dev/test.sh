#!/usr/bin/env bash
# The one test command: system packages, the locked venv, then every quality gate and pytest.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash installer/dev/system-packages.sh
bash installer/dev/venv.sh
export PATH="$PWD/.venv/bin:$PATH"
export QT_QPA_PLATFORM=offscreen

echo "== ruff";          ruff check .
echo "== ruff format";   ruff format --check .
echo "== mypy";          mypy
echo "== import-linter"; lint-imports
echo "== pytest";        pytest "$@"
