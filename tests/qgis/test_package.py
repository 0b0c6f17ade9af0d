"""`make package` output follows the QGIS plugin repository's validator rules."""

import configparser
import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _package_module():
    spec = importlib.util.spec_from_file_location("ccsg_package", ROOT / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_zip_has_one_valid_top_folder(tmp_path):
    package = _package_module()
    staged = package.stage(tmp_path / "build")
    archive = package.make_zip(staged, tmp_path / "dist" / "ccsg_plugin.zip")
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        tops = {n.split("/")[0] for n in names}
        assert tops == {"ccsg_plugin"} and "ccsg_plugin".isidentifier()
        for required in ("__init__.py", "metadata.txt", "LICENSE", "plugin.py"):
            assert f"ccsg_plugin/{required}" in names
        assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo")) or "/." in n]
        assert not [n for n in names if n.startswith("ccsg_plugin/tests") or "/tests/" in n or ".." in n]
        assert "ccsg_plugin/resources/demo/lm_resistances.tif" in names
        assert "ccsg_plugin/resources/demo/LICENSE-GPL-3.0.txt" in names
        ts_sources = sorted((ROOT / "i18n").glob("ccsg_*.ts"))
        for ts in ts_sources:
            assert f"ccsg_plugin/i18n/{ts.stem}.qm" in names
        meta = configparser.ConfigParser()
        meta.read_string(zf.read("ccsg_plugin/metadata.txt").decode("utf-8"))
        assert meta["general"]["name"]
    assert archive.stat().st_size < 25 * 1024 * 1024


def test_staged_plugin_imports_and_finds_its_files(tmp_path):
    """The staged folder works on its own: paths resolve inside it, not in the source tree."""
    package = _package_module()
    staged = package.stage(tmp_path / "build")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from ccsg_plugin import paths;"
        "assert str(paths.resources()).startswith(sys.argv[1]), paths.resources();"
        "assert paths.icon().exists() and paths.style('resistance').exists() and paths.metadata().exists();"
        "print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code, str(staged.parent)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
