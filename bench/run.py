"""Start-up benchmark: each command as a whole process, against the floors it cannot beat.

Usage: ``python bench/run.py [--runs N] [--quick]``, with minefacts installed in the same
environment as this Python. Commands and reference commands run in alternation, round after
round, so machine noise falls on all of them alike. The report gives medians and, for each
command, its ratio to the bare interpreter and to the import floor of the libraries it needs.

``python bench/run.py --importtime`` lists what `minefacts timeline` spends import time on,
from ``python -X importtime``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

PYTHON = sys.executable
SCRIPT = shutil.which("minefacts", path=str(Path(PYTHON).parent)) or "minefacts"

FLOORS: dict[str, list[str]] = {
    "python -c pass": [PYTHON, "-c", "pass"],
    "import typer": [PYTHON, "-c", "import typer"],
    "import json, typer, pydantic": [
        PYTHON,
        "-c",
        "import json, typer; from pydantic import BaseModel",
    ],
    "... + rich tables": [
        PYTHON,
        "-c",
        "import json, typer, rich.console, rich.table; from pydantic import BaseModel",
    ],
}

# Each command with the floor of the libraries it has to load.
COMMANDS: dict[str, tuple[list[str], str]] = {
    "--help": (["--help"], "import typer"),
    "--version": (["--version"], "import typer"),
    "complete --kind": (["__complete__"], "import typer"),
    "timeline": (["timeline"], "... + rich tables"),
    "timeline --year 2001": (["timeline", "--year", "2001"], "... + rich tables"),
    "timeline --format json": (["timeline", "--format", "json"], "import json, typer, pydantic"),
    "role": (["role"], "... + rich tables"),
    "aid-progress": (["aid-progress"], "... + rich tables"),
    "export": (["export"], "import json, typer, pydantic"),
}

COMPLETION_ENV = {
    "_MINEFACTS_COMPLETE": "complete_bash",
    "COMP_WORDS": "minefacts timeline --kind me",
    "COMP_CWORD": "3",
}


def time_once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def measure(runs: int) -> dict[str, list[float]]:
    base = {**os.environ, "COLUMNS": "100"}
    jobs: dict[str, tuple[list[str], dict[str, str]]] = {
        name: (argv, base) for name, argv in FLOORS.items()
    }
    for name, (args, _) in COMMANDS.items():
        if args == ["__complete__"]:
            jobs[name] = ([SCRIPT], {**base, **COMPLETION_ENV})
        else:
            jobs[name] = ([SCRIPT, *args], base)
    for argv, env in jobs.values():  # warm the file cache and .pyc files
        time_once(argv, env)
    samples: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(runs):
        for name, (argv, env) in jobs.items():
            samples[name].append(time_once(argv, env))
    return samples


def report(samples: dict[str, list[float]], runs: int) -> str:
    median = {name: statistics.median(times) * 1000 for name, times in samples.items()}
    floor = median["python -c pass"]
    lines = [
        f"minefacts start-up, median of {runs} runs, {platform.python_implementation()} "
        f"{platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}",
        "",
        f"{'command':<34} {'median ms':>10} {'x python':>9} {'x floor':>8}  floor",
    ]
    for name in FLOORS:
        lines.append(f"{name:<34} {median[name]:>10.1f} {median[name] / floor:>9.2f}")
    lines.append("")
    for name, (_, floor_name) in COMMANDS.items():
        ratio = median[name] / median[floor_name]
        lines.append(
            f"{'minefacts ' + name:<34} {median[name]:>10.1f} {median[name] / floor:>9.2f} "
            f"{ratio:>8.2f}  {floor_name}"
        )
    return "\n".join(lines)


def importtime() -> str:
    """The ten slowest imports of `minefacts timeline`, by cumulative microseconds."""
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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="rounds of runs (default 21)")
    parser.add_argument("--quick", action="store_true", help="3 rounds: a smoke test for CI")
    parser.add_argument("--importtime", action="store_true", help="show slowest imports")
    options = parser.parse_args()
    if options.importtime:
        print(importtime())
        return 0
    runs = 3 if options.quick else options.runs
    print(report(measure(runs), runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
