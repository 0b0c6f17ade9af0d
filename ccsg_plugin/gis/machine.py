"""Facts about the computer the analysis runs on (free memory), for the input doctor's estimate."""

from __future__ import annotations

from pathlib import Path
from typing import Optional


def available_memory_bytes(meminfo: Path = Path("/proc/meminfo")) -> Optional[int]:
    """Memory the kernel can give to a new job without swapping (MemAvailable), or None when unknown (not Linux)."""
    try:
        text = Path(meminfo).read_text()
    except OSError:
        return None
    values = {}
    for line in text.splitlines():
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            values[name.strip()] = int(parts[0]) * (1024 if len(parts) > 1 and parts[1].lower() == "kb" else 1)
    if "MemAvailable" in values:
        return values["MemAvailable"]
    if "MemFree" in values:  # kernels before 3.14
        return values["MemFree"] + values.get("Cached", 0)
    return None
