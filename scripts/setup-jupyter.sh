#!/usr/bin/env bash
# Installs Jupyter (Debian packages) and the tslab TypeScript kernel (npm), so the notebooks in notebooks/ open in
# Jupyter and their test runs them headless (notebooks/execute.py: nbclient, the executor nbconvert uses). Does nothing when both are there.
set -euo pipefail
TSLAB_VERSION=1.0.22
have_kernel() { command -v jupyter >/dev/null && jupyter kernelspec list 2>/dev/null | grep -q '^ *tslab ' && jupyter nbconvert --version >/dev/null 2>&1; }
if have_kernel; then exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "setup-jupyter: not root, skipping (needs apt-get and npm install -g)"; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends jupyter-notebook jupyter-client jupyter-nbconvert python3-nbconvert python3-ipykernel >/dev/null
# tslab's zeromq ships prebuilt binaries: its install script is not needed (npm 11 lists it as not approved).
npm install -g --no-fund --no-audit "tslab@${TSLAB_VERSION}" >/dev/null
# Debian's python3, not a python3 earlier on PATH (pyenv) that has no Jupyter.
tslab install --python=/usr/bin/python3 >/dev/null
have_kernel
