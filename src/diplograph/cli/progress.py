"""Build progress on stderr: a one-line bar on a terminal, periodic log lines otherwise."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

#: Seconds between two log lines when stderr is not a terminal ($DIPLOGRAPH_PROGRESS_SECONDS).
LOG_INTERVAL = 10.0
#: Seconds between two redraws of the terminal bar.
BAR_INTERVAL = 0.2


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_progress(report, elapsed: float, total: int | None = None, *, bar_width: int = 0,
                    fraction: float | None = None) -> str:
    """One status line: articles done (of ``total``), articles/s, words/s, ETA, failures.

    ``report`` is a :class:`diplograph.build.BuildReport`; with ``bar_width`` a bar is drawn
    when the total is known. Without a total, ``fraction`` (the share of the input bytes
    read, see :class:`diplograph.ingest.InputProgress`) gives the bar and the ETA.
    """
    done = report.added + report.replaced + report.skipped
    extracted = report.added + report.replaced
    elapsed = max(elapsed, 1e-6)
    parts = []
    frac = min(done / total, 1.0) if total else fraction
    if frac is not None and bar_width:
        filled = int(frac * bar_width)
        parts.append("[" + "#" * filled + "." * (bar_width - filled) + "]")
    if total:
        parts.append(f"{done:,}/{total:,} articles")
    else:
        parts.append(f"{done:,} articles")
        if frac is not None:
            parts.append(f"{100 * frac:.0f}% of the input")
    parts.append(f"({extracted:,} extracted, {report.skipped:,} unchanged, {report.failed:,} failed)")
    parts.append(f"{extracted / elapsed:,.1f} articles/s, {report.words / elapsed:,.0f} words/s")
    parts.append(f"elapsed {_duration(elapsed)}")
    if total and done and done < total:
        parts.append(f"ETA {_duration(elapsed / done * (total - done))}")
    elif not total and frac is not None and 0.005 <= frac < 1.0:
        parts.append(f"ETA {_duration(elapsed * (1 - frac) / frac)}")
    return " ".join(parts)


class ProgressPrinter:
    """A ``build(progress=...)`` callback writing to ``stream`` (default stderr).

    On a terminal the line is redrawn in place; otherwise a plain line is
    logged every ``interval`` seconds. Call :meth:`finish` at the end.
    """

    def __init__(self, total: int | None = None, stream: TextIO | None = None,
                 interval: float | None = None, tty: bool | None = None,
                 fraction: Callable[[], float | None] | None = None):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        if interval is None:
            env = os.environ.get("DIPLOGRAPH_PROGRESS_SECONDS")
            interval = float(env) if env else (BAR_INTERVAL if self.tty else LOG_INTERVAL)
        self.total, self.interval, self.fraction = total, interval, fraction
        self.start = time.perf_counter()
        self._last = self.start
        self._drawn = False
        self._report = None

    def __call__(self, report, kind: str) -> None:
        self._report = report
        now = time.perf_counter()
        if kind == "infer":  # the articles are done; inference can take a while
            self._emit(report, now)
            self.finish()
            self._drawn = False
            self.stream.write("... updating the inferred graph\n")
            self.stream.flush()
            return
        if now - self._last < self.interval:
            return
        self._last = now
        self._emit(report, now)

    def _emit(self, report, now: float) -> None:
        fraction = self.fraction() if self.fraction else None
        if self.tty:
            line = format_progress(report, now - self.start, self.total, bar_width=20, fraction=fraction)
            self.stream.write("\r" + line + "\x1b[K")
            self._drawn = True
        else:
            line = format_progress(report, now - self.start, self.total, fraction=fraction)
            self.stream.write("... " + line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """End the terminal line (so the summary starts on a new one)."""
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
