"""What a dock asks gui/runner.py to run: a plan of ccsg: Processing steps, the outputs each step hands back as
layers, and what to remove when the run fails or is cancelled. Plain data, no Qt: a dock builds it
(gui/analysis_plan.py for the least-cost analysis, gui/check_run.py for the one-step check).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional


@dataclass
class Step:
    algorithm_id: str
    parameters: dict  # plain values (file paths, layer ids): also what the plan records
    label: str  # the step in words, shown in the dock
    # (output parameter, layer name): outputs the algorithm hands back as finished layers, in this order
    load: list = field(default_factory=list)
    # {"abstract": str, "record": dict}: what the algorithm writes into each output's metadata before its own
    # parameters (processing/base.py CcsgAlgorithm.run_notes); None records the parameters only
    notes: Optional[dict] = None
    # an optional step (the analyses after the corridors, the run report) that fails is reported, but the run and
    # the outputs of the other steps are kept: losing an hour's corridors because an extra failed would be worse
    optional: bool = False


@dataclass
class RunPlan:
    kind: str  # what the dock calls this run ("full", "recut", "check")
    steps: list
    run_dir: Optional[Path] = None  # the run's own folder: removed with everything in it when the run fails
    discard: list = field(default_factory=list)  # output files removed when the run fails (outside a run folder)
    # (file, layer name): existing files shown with the outputs (a re-cut run shows the full run's paths)
    extra_layers: list = field(default_factory=list)
    layer_order: list = field(default_factory=list)  # layer names in the order the group lists them
    group_name: str = ""  # the layer-tree group the dock puts the layers in
    spec: dict = field(default_factory=dict)  # the dock's run parameters
    results: dict = field(default_factory=dict)  # algorithm results, by step index
