#!/usr/bin/env bash
# The main job: install what is missing, build, and serve the playground on 127.0.0.1.
# PORT=0 picks a free port.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs "${PORT:-8080}"
