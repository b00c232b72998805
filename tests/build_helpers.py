"""``mlkg build`` run in the test process, with the figures it writes with ``--timings``."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mlkg.cli import app

runner = CliRunner()


def timed_build(*args: str | Path) -> dict:
    """Run ``mlkg build ARGS`` (which must hold ``-o OUT``); return its ``--timings`` JSON
    plus what it printed, under ``output``."""
    out = Path(args[args.index("-o") + 1])
    timings = out.parent / f"{out.name}-timings.json"
    result = runner.invoke(app, ["build", *map(str, args), "--timings", str(timings)])
    assert result.exit_code == 0, result.output
    report = json.loads(timings.read_text())
    report["output"] = result.output
    return report
