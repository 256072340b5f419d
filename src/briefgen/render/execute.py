"""Run a document's python cells in one Jupyter kernel (nbclient) and keep their outputs.

The outputs of a whole document are cached by a hash of its cells' code, its
parameters and the inputs of the tables it reads (``data_key``): editing prose
re-runs no Python. Cells share kernel state, so a changed cell re-runs them all.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from briefgen import atomic
from briefgen.problems import BriefgenError
from briefgen.render.qmd import Cell

EXECUTOR_VERSION = "1"

# Run first, hidden: plotly figures come out as JSON, which the engine draws itself
# (interactive in the HTML, SVG in the PDF).
SETUP = """\
import plotly.io as _briefgen_pio
_briefgen_pio.renderers.default = "plotly_mimetype"
del _briefgen_pio
"""

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class CellError(BriefgenError):
    """A cell raised, hung or killed its kernel: names the .qmd file, line and traceback."""


@dataclass(frozen=True)
class Executed:
    outputs: list[list[dict]]  # per cell of the document, in order ([] when not run)
    cached: bool


def is_evaluated(cell: Cell, defaults: dict) -> bool:
    return cell.lang == "python" and bool(cell.options.get("eval", defaults.get("eval", True)))


def _param_code(params: dict) -> str:
    return "\n".join(f"{k} = {v!r}" for k, v in params.items())


def cache_key(cells: list[Cell], params: dict, data_key: str, defaults: dict) -> str:
    h = hashlib.sha256(f"{EXECUTOR_VERSION}\0{SETUP}\0{data_key}\0".encode())
    h.update(json.dumps(params, sort_keys=True, default=str).encode())
    for cell in cells:
        h.update(b"\0cell\0")
        h.update(json.dumps([cell.code, is_evaluated(cell, defaults),
                             sorted(cell.options.get("tags") or [])]).encode())
    return h.hexdigest()


def cached_outputs(cells: list[Cell], params: dict, data_key: str, defaults: dict,
                   cache_dir: Path | None) -> Path | None:
    """Where the outputs of these cells are (or will be) cached; None without a cache."""
    if cache_dir is None:
        return None
    return cache_dir / f"{cache_key(cells, params, data_key, defaults)}.json"


def traceback_text(output: dict) -> str:
    """An error output's traceback as plain text (the kernel colours it with ANSI codes)."""
    return _ANSI.sub("", "\n".join(output.get("traceback") or []))


def run_cells(
    cells: list[Cell],
    *,
    cwd: Path,
    params: dict,
    defaults: dict,
    timeout: float = 300,
    data_key: str = "",
    cache_dir: Path | None = None,
) -> Executed:
    """Execute every evaluated python cell; ``params`` go in after the parameters cell."""
    cache_file = cached_outputs(cells, params, data_key, defaults, cache_dir)
    if cache_file and cache_file.is_file():
        return Executed(json.loads(cache_file.read_text(encoding="utf-8")), cached=True)

    outputs = _run(cells, cwd=cwd, params=params, defaults=defaults, timeout=timeout)
    if cache_file:
        atomic.write_text(cache_file, json.dumps(outputs, sort_keys=True), durable=False)
    return Executed(outputs, cached=False)


def _run(cells: list[Cell], *, cwd: Path, params: dict, defaults: dict, timeout: float):
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell(SETUP))
    index: dict[int, int] = {}  # document cell -> notebook cell
    tagged = any("parameters" in (c.options.get("tags") or []) for c in cells)
    if params and not tagged:
        nb.cells.append(nbformat.v4.new_code_cell(_param_code(params)))
    for i, cell in enumerate(cells):
        if not is_evaluated(cell, defaults):
            continue
        index[i] = len(nb.cells)
        nb.cells.append(nbformat.v4.new_code_cell(cell.code))
        if params and "parameters" in (cell.options.get("tags") or []):
            nb.cells.append(nbformat.v4.new_code_cell(_param_code(params)))

    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(cwd)}},
        extra_arguments=["--log-level=ERROR"],  # not the kernel's TCP notice on every run
        allow_errors=True,  # errors are read from the outputs, to name the .qmd cell
    )
    by_nb = {v: k for k, v in index.items()}
    current = 0
    try:
        with client.setup_kernel():
            for n, nb_cell in enumerate(nb.cells):
                current = n
                client.execute_cell(nb_cell, n)
                errors = [o for o in nb_cell.outputs if o.get("output_type") == "error"]
                if not errors:
                    continue
                if n not in by_nb:  # the set-up or the injected parameters
                    raise BriefgenError(
                        f"the document's parameters could not be set:\n{traceback_text(errors[0])}",
                        hint="check the -P values given on the command line")
                if not cells[by_nb[n]].options.get("error", defaults.get("error", False)):
                    raise _cell_error(cells[by_nb[n]], traceback_text(errors[0]))
    except BriefgenError:
        raise
    except CellTimeoutError:
        raise _stopped(cells, by_nb.get(current), f"the cell ran past the {timeout:g} s "
                       "timeout and was stopped",
                       "make the cell faster or raise 'execute: timeout' in the front matter"
                       ) from None
    except DeadKernelError:
        raise _stopped(cells, by_nb.get(current), "the Python kernel died while running this "
                       "cell (out of memory, or the process was killed)",
                       "run the cell's code in a Python shell to see why") from None
    except Exception as exc:  # noqa: BLE001 - nbclient raises CellExecutionError and friends
        if current not in by_nb:
            raise BriefgenError(f"the Jupyter kernel could not run: {exc}") from None
        raise _cell_error(cells[by_nb[current]], _ANSI.sub("", str(exc))) from None

    result: list[list[dict]] = [[] for _ in cells]
    for i, n in index.items():
        result[i] = [dict(o) for o in nb.cells[n].outputs]
    return result


def _stopped(cells: list[Cell], index: int | None, what: str, hint: str) -> CellError:
    """The kernel was stopped or lost in document cell ``index`` (None: in the set-up)."""
    cell = cells[index] if index is not None else None
    return CellError(f"line {cell.where.line if cell else '?'}: {what}",
                     file=cell.where.file if cell else None, hint=hint)


def _cell_error(cell: Cell, traceback: str) -> CellError:
    return CellError(
        f"line {cell.where.line}: the python cell failed\n{traceback.rstrip()}",
        file=cell.where.file,
        hint="fix the cell, or give it '#| error: true' to show the error in the document",
    )
