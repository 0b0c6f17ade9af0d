"""Where the plugin's files are, both in the source tree and in the installed plugin folder.

In the repository ``resources/`` and ``i18n/`` sit beside the ``ccsg_plugin`` package; ``make package``
copies them inside the package folder. Every other module finds files only through here.
"""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(name: str) -> Path:
    inside = PACKAGE_DIR / name
    return inside if inside.exists() else PACKAGE_DIR.parent / name


def resources() -> Path:
    return _first_existing("resources")


def i18n() -> Path:
    return _first_existing("i18n")


def metadata() -> Path:
    return _first_existing("metadata.txt")


def icon(name: str = "ccsg.svg") -> Path:
    return resources() / "icons" / name


def style(name: str) -> Path:
    """A .qml style file in resources/styles (name without or with the .qml suffix)."""
    return resources() / "styles" / (name if name.endswith(".qml") else name + ".qml")


def demo_data() -> Path:
    return resources() / "demo"


def profiles() -> Path:
    return resources() / "profiles"


def help_dir() -> Path:
    return resources() / "help"


def ui(module_file: str, name: str) -> Path:
    """The Designer .ui file that sits beside a gui module (pass __file__ and the .ui file name)."""
    return Path(module_file).resolve().parent / name
