"""The benchmarks' targets: each figure is compared with its target and the verdict says, in words,
what was compared and what a miss means, so that a run never ends in a bare "OVER"."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Targets:
    results: list[tuple[str, bool]] = field(default_factory=list)

    def check(self, what: str, value: float, limit: float, unit: str = "x", *, below: bool = False) -> str:
        """Record `what` (e.g. "build time / bare read time") against its target; return the verdict text."""
        met = value < limit if below else value <= limit
        bound = f"{'<' if below else '<='} {limit:g}{unit}"
        self.results.append((f"{what}: {value:.2f}{unit}, target {bound}", met))
        return f"target {bound}: met" if met else f"target {bound}: MISSED ({what} is {value:.2f}{unit})"

    def summary(self) -> str:
        missed = [text for text, met in self.results if not met]
        if not missed:
            return f"all {len(self.results)} targets met"
        return (f"{len(missed)} of {len(self.results)} targets missed: " + "; ".join(missed) + ". "
                "The targets are set for the default sizes (--entries), and times depend on the machine and "
                "its load: rerun with the defaults and --repeat 5 on an idle machine before concluding that "
                "feedtool got slower or bigger.")
