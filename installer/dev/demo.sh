#!/usr/bin/env bash
# The one demo command: system packages, the locked venv, then the demo (headless-aware).
set -euo pipefail
cd "$(dirname "$0")/../.."

bash installer/dev/system-packages.sh
bash installer/dev/venv.sh
exec .venv/bin/fygitaal demo "$@"
