"""Input doctor: the findings it reports and the plain facts it checks (filled by gis/doctor_inputs.py).

Pure (numpy only): the checks live in doctor_crs_grid_checks, doctor_value_checks, doctor_core_checks and
doctor_run_estimate; input_doctor.diagnose runs them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

import numpy as np

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Finding:
    severity: str  # ERROR, WARNING or INFO
    code: str  # stable id, e.g. "geographic_crs" (tests and help refer to it)
    message: str  # what is wrong, naming the layer or value
    fix: str  # what to do about it, in plain words

    @property
    def blocks_run(self) -> bool:
        return self.severity == ERROR


@dataclass(frozen=True)
class CrsFacts:
    layer_name: str
    description: str  # e.g. "EPSG:5070 - NAD83 / Conus Albers"
    is_geographic: bool
    valid: bool = True
    same_as_resistance: bool = True


@dataclass(frozen=True)
class GridFacts:
    """A north-up raster grid: top-left corner, cell size (positive), size in cells."""

    layer_name: str
    x_min: float
    y_max: float
    cell_x: float
    cell_y: float
    width: int
    height: int

    @property
    def cells(self) -> int:
        return int(self.width) * int(self.height)

    @property
    def x_max(self) -> float:
        return self.x_min + self.width * self.cell_x

    @property
    def y_min(self) -> float:
        return self.y_max - self.height * self.cell_y

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        return (self.x_min, self.y_min, self.x_max, self.y_max)


@dataclass(eq=False)
class ValueSample:
    """Resistance values (float, NaN = NoData) on ``grid``; ``grid`` may be coarser than the raster when the raster
    was too big to read whole (then every sample cell stands for ``cells_per_sample`` raster cells)."""

    values: np.ndarray
    grid: GridFacts
    cells_per_sample: float = 1.0

    @property
    def exact(self) -> bool:
        return self.cells_per_sample <= 1.0


@dataclass(eq=False)  # compared by identity: geometries make equality slow and meaningless here
class CoreFacts:
    feature_id: int
    core_id: Any  # None or "" when empty
    geometry: Any  # shapely polygon/multipolygon in the resistance raster's CRS, or None


@dataclass
class Options:
    neighbours: int = 8
    max_distance: float = 0.0  # 0 = all pairs
    width_cutoff: float = 0.0
    cutoff_in_percent: bool = False  # True: width_cutoff is a percentage above each pair's least-cost distance


@dataclass
class DoctorInputs:
    resistance_crs: Optional[CrsFacts] = None
    other_crs: list[CrsFacts] = field(default_factory=list)  # cores, land cover ...
    resistance_grid: Optional[GridFacts] = None
    other_grids: list[GridFacts] = field(default_factory=list)  # rasters that should share the resistance grid
    resistance_values: Optional[ValueSample] = None
    resistance_name: str = ""
    # Land cover mode: classes present in the land cover raster, the class -> resistance table, the default
    landcover_name: str = ""
    landcover_classes: Optional[Sequence[float]] = None
    table: Optional[dict] = None
    default_resistance: Optional[float] = None  # None = unlisted classes are NoData (impassable)
    cores_name: str = ""
    id_field: str = ""
    cores: Optional[list[CoreFacts]] = None
    options: Options = field(default_factory=Options)
    free_memory_bytes: Optional[int] = None
    unreadable: list[str] = field(default_factory=list)  # layers whose values could not be read


# Counts in messages: "1 234 567" (a space groups thousands whatever the locale; shared by the checks' messages).
def fmt_int(n: float) -> str:
    return f"{int(round(n)):,}".replace(",", " ")
