"""Stage the installable plugin folder and zip it (what `make package` and the package test run).

build/ccsg_plugin/ = the ccsg_plugin package + metadata.txt + LICENSE + resources/ + compiled translations (.qm);
dist/ccsg_plugin.zip holds that one folder, with no tests, caches or compiled Python.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "ccsg_plugin"
EXCLUDED_DIRS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".pro"}


def compile_translations(i18n_dir: Path = ROOT / "i18n") -> list[Path]:
    """lrelease every i18n/ccsg_<lang>.ts into a .qm beside it (the .qm files are build products, not in git)."""
    compiled = []
    for ts in sorted(i18n_dir.glob("ccsg_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def _copy_tree(src: Path, dst: Path) -> None:
    def ignore(directory, names):
        return [n for n in names if n in EXCLUDED_DIRS or Path(n).suffix in EXCLUDED_SUFFIXES]

    shutil.copytree(src, dst, ignore=ignore)


def stage(build_dir: Path = ROOT / "build") -> Path:
    target = build_dir / NAME
    if target.exists():
        shutil.rmtree(target)
    _copy_tree(ROOT / NAME, target)
    _copy_tree(ROOT / "resources", target / "resources")
    shutil.copy2(ROOT / "metadata.txt", target / "metadata.txt")
    shutil.copy2(ROOT / "LICENSE", target / "LICENSE")
    (target / "i18n").mkdir(exist_ok=True)
    for qm in compile_translations():
        shutil.copy2(qm, target / "i18n" / qm.name)
    return target


def make_zip(staged: Path, zip_path: Path = ROOT / "dist" / f"{NAME}.zip") -> Path:
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    if zip_path.exists():
        zip_path.unlink()
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(staged.rglob("*")):
            if path.is_file():
                archive.write(path, Path(NAME) / path.relative_to(staged))
    return zip_path


if __name__ == "__main__":
    build = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build"
    staged = stage(build)
    print(f"Staged {staged}")
    print(f"Wrote {make_zip(staged)}")
