#!/usr/bin/env bash
# The action's first step: feedtool in a venv of its own (runner images refuse system-wide pip
# installs, PEP 668), put on PATH for the steps after it through $GITHUB_PATH.
set -euo pipefail
venv="${RUNNER_TEMP:?RUNNER_TEMP is not set: run this as a step of the action}/feedtool-action-venv"
python="$(command -v python3 || command -v python)"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "::error title=feedtool::feedtool needs Python 3.11 or newer; add actions/setup-python with python-version: '3.12' before this step"
  exit 2
}
"$python" -m venv "$venv"
requirement="${INPUT_VERSION:-}"
if [ -z "$requirement" ]; then
  requirement="$GITHUB_ACTION_PATH"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$requirement"
echo "$venv/bin" >> "$GITHUB_PATH"
"$venv/bin/feedtool" --version
