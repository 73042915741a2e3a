"""The benchmark suite: start-up against the floors it cannot beat, and large datasets.

Usage: ``python bench/run.py [--runs N] [--quick] [--sizes 1000,10000,100000]``, with
minefacts installed in the same environment as this Python. It uses only the standard
library and the installed package. Measure a regular install (``pip install .``): an
editable one puts the source folder on every import's search path and slows all of them.

Start-up: each command runs as a whole process, in alternation with reference commands,
round after round, so machine noise falls on all of them alike. The report gives medians
and each command's ratio to the import floor of the libraries it needs, against the
budget: 1.3x for commands, 1.15x for --help and shell completion.

Large datasets: `bench/generate.py` makes synthetic, valid datasets; the suite times
`timeline --year 2002`, `timeline --year 2002 --format json` and `export` on each, with
peak memory (the child's maximum resident set size).

``python bench/run.py --importtime`` lists what `minefacts timeline` spends import time on,
from ``python -X importtime``. Timings are reported, never asserted: ``--quick`` (CI) fails
only if a command crashes.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.generate import generate

PYTHON = sys.executable
SCRIPT = shutil.which("minefacts", path=str(Path(PYTHON).parent)) or "minefacts"

TYPER = "import typer"
JSON_FLOOR = "import json, typer, pydantic"
TABLE_FLOOR = "... + rich tables"
HTML_FLOOR = "... + markdown-it"
FLOORS: dict[str, list[str]] = {
    "python -c pass": [PYTHON, "-c", "pass"],
    TYPER: [PYTHON, "-c", "import typer"],
    JSON_FLOOR: [PYTHON, "-c", "import json, typer; from pydantic import BaseModel"],
    TABLE_FLOOR: [
        PYTHON,
        "-c",
        "import json, typer, rich.console, rich.table; from pydantic import BaseModel",
    ],
    HTML_FLOOR: [
        PYTHON,
        "-c",
        "import json, typer, markdown_it, mdit_py_plugins.footnote; from pydantic import BaseModel",
    ],
}

COMPLETE = "__complete__"
COMPLETE_ID = "__complete_id__"
COMPLETE_PLACE = "__complete_place__"
TERMINAL = "__terminal__"
"""Run as on a terminal (TTY_COMPATIBLE=1), where listings print tables."""
# Each command, the floor of the libraries it needs, and its budget as a ratio to it.
COMMANDS: dict[str, tuple[list[str], str, float]] = {
    "--help": (["--help"], TYPER, 1.15),
    "completion of --kind": ([COMPLETE], TYPER, 1.15),
    "completion of an id": ([COMPLETE_ID], TYPER, 1.3),
    "completion of a place": ([COMPLETE_PLACE], TYPER, 1.3),
    "--version": (["--version"], TYPER, 1.3),
    "timeline (terminal)": ([TERMINAL, "timeline"], TABLE_FLOOR, 1.3),
    "timeline (pipe: tsv)": (["timeline"], JSON_FLOOR, 1.3),
    "timeline --year 2001": ([TERMINAL, "timeline", "--year", "2001"], TABLE_FLOOR, 1.3),
    "timeline --format json": (["timeline", "--format", "json"], JSON_FLOOR, 1.3),
    "role (terminal)": ([TERMINAL, "role"], TABLE_FLOOR, 1.3),
    "aid-progress (terminal)": ([TERMINAL, "aid-progress"], TABLE_FLOOR, 1.3),
    "on 2003-12-01 (terminal)": ([TERMINAL, "on", "2003-12-01"], TABLE_FLOOR, 1.3),
    "disputes (terminal)": ([TERMINAL, "disputes"], TABLE_FLOOR, 1.3),
    "brief --format json": (["brief", "--format", "json"], JSON_FLOOR, 1.3),
    "brief --format html": (["brief", "--format", "html"], HTML_FLOOR, 1.3),
    "export": (["export"], JSON_FLOOR, 1.3),
}
COMPLETION_ENV = {
    "_MINEFACTS_COMPLETE": "complete_bash",
    "COMP_WORDS": "minefacts timeline --kind me",
    "COMP_CWORD": "3",
}
COMPLETION_ID_ENV = {
    "_MINEFACTS_COMPLETE": "complete_bash",
    "COMP_WORDS": "minefacts show tokyo",
    "COMP_CWORD": "2",
}
COMPLETION_PLACE_ENV = {
    "_MINEFACTS_COMPLETE": "complete_bash",
    "COMP_WORDS": "minefacts timeline --place gen",
    "COMP_CWORD": "3",
}
LARGE_COMMANDS: dict[str, list[str]] = {
    "timeline --year 2002 (table)": ["timeline", "--year", "2002", "--format", "table"],
    "timeline --year 2002 (tsv)": ["timeline", "--year", "2002", "--format", "tsv"],
    "timeline --year 2002 --format json": ["timeline", "--year", "2002", "--format", "json"],
    "export": ["export"],
}


def run_once(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident megabytes of one run; a failing command raises."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        message = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"{' '.join(argv)} exited {process.returncode}: {message}")
    if process.stderr:
        process.stderr.close()
    return elapsed, usage.ru_maxrss / 1024


def startup(runs: int) -> list[str]:
    base = {**os.environ, "COLUMNS": "100"}
    jobs: dict[str, tuple[list[str], dict[str, str]]] = {
        name: (argv, base) for name, argv in FLOORS.items()
    }
    for name, (args, _, _) in COMMANDS.items():
        if args == [COMPLETE]:
            jobs[name] = ([SCRIPT], {**base, **COMPLETION_ENV})
        elif args == [COMPLETE_ID]:
            jobs[name] = ([SCRIPT], {**base, **COMPLETION_ID_ENV})
        elif args == [COMPLETE_PLACE]:
            jobs[name] = ([SCRIPT], {**base, **COMPLETION_PLACE_ENV})
        elif args[:1] == [TERMINAL]:
            jobs[name] = ([SCRIPT, *args[1:]], {**base, "TTY_COMPATIBLE": "1"})
        else:
            jobs[name] = ([SCRIPT, *args], base)
    for argv, env in jobs.values():  # warm the file cache and the .pyc files
        run_once(argv, env)
    samples: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(runs):
        for name, (argv, env) in jobs.items():
            samples[name].append(run_once(argv, env)[0])
    median = {name: statistics.median(times) * 1000 for name, times in samples.items()}
    python = median["python -c pass"]
    lines = [
        f"Start-up: median of {runs} runs, in milliseconds",
        "",
        f"{'command':<34} {'median':>8} {'x python':>9} {'x floor':>8} {'budget':>7}  floor",
    ]
    for name in FLOORS:
        lines.append(f"{name:<34} {median[name]:>8.1f} {median[name] / python:>9.2f}")
    for name, (_, floor, budget) in COMMANDS.items():
        ratio = median[name] / median[floor]
        verdict = "ok" if ratio <= budget else "OVER"
        lines.append(
            f"{'minefacts ' + name:<34} {median[name]:>8.1f} {median[name] / python:>9.2f} "
            f"{ratio:>8.2f} {budget:>5.2f} {verdict:<4} {floor}"
        )
    return lines


def large(sizes: Sequence[int], runs: int) -> list[str]:
    import json

    env = {**os.environ, "COLUMNS": "100"}
    lines = [
        f"Large datasets: median of {runs} runs (seconds) and peak memory (MB)",
        "",
        f"{'events':>8}  {'command':<36} {'median s':>9} {'peak MB':>8}",
    ]
    medians: dict[tuple[int, str], float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"events-{size}.json"
            path.write_text(json.dumps(generate(size)), encoding="utf-8")
            for name, args in LARGE_COMMANDS.items():
                argv = [SCRIPT, "--data", str(path), *args]
                results = [run_once(argv, env) for _ in range(runs)]
                medians[size, name] = statistics.median(seconds for seconds, _ in results)
                peak = max(megabytes for _, megabytes in results)
                lines.append(f"{size:>8}  {name:<36} {medians[size, name]:>9.2f} {peak:>8.0f}")
    key = "timeline --year 2002 --format json"
    if (10_000, key) in medians and (100_000, key) in medians:
        growth = medians[100_000, key] / medians[10_000, key]
        lines += [
            "",
            f"{key}: 100,000 events in {medians[100_000, key]:.2f} s (budget 2 s); "
            f"10,000 to 100,000 events: {growth:.1f}x the time (budget 12x)",
        ]
    return lines


def importtime() -> str:
    """The ten slowest imports of `minefacts timeline`, by cumulative milliseconds."""
    result = subprocess.run(
        [PYTHON, "-X", "importtime", "-m", "minefacts", "timeline"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "COLUMNS": "100"},
    )
    rows = []
    for line in result.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].strip()))
    rows.sort(reverse=True)
    return "\n".join(f"{us / 1000:>8.1f} ms  {name}" for us, name in rows[:10])


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="start-up rounds (default 21)")
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="dataset sizes (default 1000,10000,100000)"
    )
    parser.add_argument("--large-runs", type=int, default=5, help="runs per large dataset")
    parser.add_argument("--quick", action="store_true", help="few runs, small data: for CI")
    parser.add_argument("--importtime", action="store_true", help="show the slowest imports")
    options = parser.parse_args()
    if options.importtime:
        print(importtime())
        return 0
    runs, large_runs = options.runs, options.large_runs
    sizes = [int(size) for size in options.sizes.split(",") if size]
    if options.quick:
        runs, large_runs, sizes = 3, 1, [1000]
    print(
        f"minefacts benchmark: {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {platform.machine()}, {platform.system()}"
    )
    print()
    print("\n".join(startup(runs)))
    print()
    print("\n".join(large(sizes, large_runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
