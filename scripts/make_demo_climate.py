"""Write resources/demo/lm_climate.tif: a SYNTHETIC mean annual temperature (deg C) for the Linkage Mapper demo grid.

Not measured data: a plausible field for trying climate-gradient corridors (Climate Linkage Mapper) on the demo.
The demo grid lies in central Washington State (about 46.9-49.5 N, 121.5-117.2 W). The field is a sea-level
temperature falling 0.75 deg C per degree of latitude northwards, minus a lapse rate of 6 deg C per km of a synthetic
smooth elevation: a Cascade-like range along the west edge, highlands across the north cut by a river valley, a
range in the north-east and low hills in the south-east, over a basin rising gently to the north. Same grid, CRS and
NoData cells as lm_resistances.tif. Deterministic: running it again gives the same file.

Usage: /usr/bin/python3 scripts/make_demo_climate.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"
NODATA = -9999.0
SOUTH_LAT, NORTH_LAT = 46.89, 49.54  # latitudes of the grid's south and north edges (approximate)


def elevation(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Synthetic elevation in metres; x, y in 0..1 from the west and south edges."""
    basin = 250.0 + 300.0 * y
    cascades = 1500.0 * np.exp(-((x / 0.13) ** 2)) * (0.8 + 0.2 * y)
    valley = 1.0 - 0.5 * np.exp(-(((x - 0.36) / 0.05) ** 2))
    north = np.clip((y - 0.55) / 0.3, 0.0, 1.0)
    highlands = 950.0 * north ** 2 * (3 - 2 * north) * valley  # smooth step up across the north
    northeast = 700.0 * np.exp(-(((x - 1.0) / 0.16) ** 2 + ((y - 1.0) / 0.45) ** 2))
    southeast = 550.0 * np.exp(-(((x - 0.85) / 0.1) ** 2 + (y / 0.13) ** 2))
    hills = 60.0 * np.sin(17.0 * x + 3.0 * y) * np.sin(11.0 * y - 2.0 * x)
    # ranges do not stack where they meet: the highest one gives the elevation there
    return basin + np.maximum.reduce([cascades, highlands, northeast, southeast]) + hills


def main() -> int:
    src = gdal.Open(str(DEMO / "lm_resistances.tif"))
    band = src.GetRasterBand(1)
    raw = band.ReadAsArray()
    valid = raw != np.array(band.GetNoDataValue()).astype(raw.dtype)
    rows, cols = raw.shape
    x = (np.arange(cols) + 0.5)[None, :] / cols
    y = 1.0 - (np.arange(rows) + 0.5)[:, None] / rows
    lat = SOUTH_LAT + (NORTH_LAT - SOUTH_LAT) * y
    temperature = 12.0 - 0.75 * (lat - SOUTH_LAT) - 0.006 * elevation(x, y)
    out = np.where(valid, np.round(temperature, 2), NODATA).astype(np.float32)
    target = DEMO / "lm_climate.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(target), cols, rows, 1, gdal.GDT_Float32,
                                              ["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES"])
    ds.SetGeoTransform(src.GetGeoTransform())
    ds.SetProjection(src.GetProjection())
    b = ds.GetRasterBand(1)
    b.SetNoDataValue(NODATA)
    b.SetDescription("SYNTHETIC mean annual temperature (deg C); see README.md")
    b.WriteArray(out)
    ds.SetMetadataItem("DESCRIPTION", "Synthetic mean annual temperature (deg C) for the Linkage Mapper demo grid; "
                       "not measured data (scripts/make_demo_climate.py)")
    ds = None
    v = out[valid]
    print(f"{target}: {v.min():.2f} .. {v.max():.2f} deg C, {target.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
