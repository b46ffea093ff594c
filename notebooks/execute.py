"""Executes notebooks headless, in turn, in one tslab kernel, writing the executed copies into a folder.

    python3 notebooks/execute.py OUT_DIR notebooks/*.ipynb    (run with the Python that runs `jupyter`)

It is what `jupyter nbconvert --to notebook --execute` does (nbclient, the same executor), except that the notebooks
share one kernel instead of starting one each: a tslab start builds a TypeScript program over Node's type
declarations, which costs more than running a notebook's cells. tslab lets a later cell redeclare a name, so each
notebook runs as it would alone; that each one needs nothing declared by another is checked apart from Jupyter, where
every notebook is type-checked and run on its own (test/notebooks/notebooks.test.ts).
Exits 1 at the first cell that fails, naming the notebook; exits 3, saying why, when Jupyter's client or the
tslab kernel is not installed (bash scripts/setup-jupyter.sh installs both).
"""

from __future__ import annotations

import os
import sys

TIMEOUT_S = 180
MISSING = 3


def main(out_dir: str, notebooks: list[str]) -> int:
    try:
        import nbformat
        from jupyter_client.kernelspec import KernelSpecManager
        from jupyter_client.manager import KernelManager
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError
    except ImportError as e:
        print(f"Jupyter's notebook client is not installed ({e})", file=sys.stderr)
        return MISSING
    if "tslab" not in KernelSpecManager().find_kernel_specs():
        print("the tslab kernel is not installed", file=sys.stderr)
        return MISSING
    os.makedirs(out_dir, exist_ok=True)
    km = KernelManager(kernel_name="tslab")
    km.start_kernel(cwd=os.getcwd())
    kc = km.client()
    try:
        kc.start_channels()
        kc.wait_for_ready(timeout=TIMEOUT_S)
        for path in notebooks:
            nb = nbformat.read(path, as_version=4)
            client = NotebookClient(nb, km=km, kernel_name="tslab", timeout=TIMEOUT_S)
            client.kc = kc  # the kernel's one client: nbclient keeps a kernel it did not start running
            try:
                client.execute()
            except CellExecutionError as e:
                print(f"{path}: {e}", file=sys.stderr)
                return 1
            finally:
                nbformat.write(nb, os.path.join(out_dir, os.path.basename(path)))
        return 0
    finally:
        kc.stop_channels()
        km.shutdown_kernel()


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print("usage: python3 notebooks/execute.py OUT_DIR NOTEBOOK.ipynb...", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
