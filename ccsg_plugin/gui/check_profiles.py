"""The criteria profile library of the Guideline check dock: choose a profile, edit its thresholds in the table,
copy, save, import and export it. The profile shown is the one the check uses (with unsaved edits, through a
temporary file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, Qt
from qgis.PyQt.QtWidgets import QFileDialog, QTableWidgetItem

from ccsg_plugin import paths, settings
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.i18n import tr, tr_data

SPECIES_KEYS = (  # labels marked for pylupdate5, translated where shown
    ("home_range_width_m", QT_TRANSLATE_NOOP("@default", "Home-range width of the focal species"), "m"),
    ("max_dispersal_m", QT_TRANSLATE_NOOP("@default", "Longest dispersal distance"), "m"),
    ("gap_max_m", QT_TRANSLATE_NOOP("@default", "Largest habitat gap crossed"), "m"),
)
ROLE_KEY = Qt.UserRole
VALUE_COLUMN = 1  # thresholds table: the editable column


class ProfileLibraryMixin:
    """Profile methods of CheckDock (needs profileCombo, thresholdsTable, profileInfoLabel, _show_status)."""

    # ----- profiles ---------------------------------------------------------------------------------------------
    def reload_profiles(self, select: Optional[tuple] = None) -> None:
        from ccsg_plugin.core.criteria import profiles as core_profiles

        self.profileCombo.blockSignals(True)
        self.profileCombo.clear()
        for pid in core_profiles.bundled_profile_ids(paths.profiles()):
            try:
                name = core_profiles.load_profile(pid, bundled_dir=paths.profiles()).name
            except CcsgError:
                continue
            self.profileCombo.addItem(tr("{0} (bundled)", tr_data(name)), f"bundled:{pid}")
        user_dir = settings.user_profiles_folder()
        for path in sorted(user_dir.glob("*.json")) if user_dir.is_dir() else []:
            try:
                name = core_profiles.load_profile(path, bundled_dir=paths.profiles()).name
            except CcsgError:
                continue  # a broken file in the folder must not hide the others
            self.profileCombo.addItem(tr("{0} (yours)", name), f"user:{path}")
        self.profileCombo.blockSignals(False)
        index = self.profileCombo.findData(f"{select[0]}:{select[1]}") if select is not None else 0
        self.profileCombo.setCurrentIndex(max(0, index))
        self._on_profile_chosen(self.profileCombo.currentIndex())

    def _on_profile_chosen(self, index: int) -> None:
        from ccsg_plugin.core.criteria.profiles import load_profile

        data = self.profileCombo.itemData(index)
        if not data:
            return
        data = data.split(":", 1)
        try:
            source = data[1] if data[0] == "bundled" else Path(data[1])
            self.profile = load_profile(source, bundled_dir=paths.profiles())
        except CcsgError as exc:
            self._show_status(tr_data(exc), error=True)
            return
        self.profile_modified = False
        self._fill_thresholds()

    def current_profile_source(self) -> tuple:
        """(kind, id or path) of the chosen profile: ("bundled", id) or ("user", path)."""
        data = self.profileCombo.currentData() or "bundled:terrestrial_multispecies"
        kind, where = data.split(":", 1)
        return kind, where

    def _fill_thresholds(self) -> None:
        from ccsg_plugin.core.criteria.catalogue import CATALOGUE

        profile = self.profile
        self._filling = True
        table = self.thresholdsTable
        table.setRowCount(0)
        rows: list[tuple] = []
        for key, label, unit in SPECIES_KEYS:
            rows.append((("species", key), f"{tr_data(label)} ({unit})", "", "", getattr(profile, key),
                         profile.species_sources.get(key, "")))
        for cid, spec in profile.enabled_criteria():
            name = tr_data(CATALOGUE[cid].name)
            if not spec.thresholds:
                rows.append(((cid, None), name, spec.level, "–", None, spec.source))
            for key, value in spec.thresholds.items():
                rows.append(((cid, key), name, spec.level, key, value, spec.source))
        table.setRowCount(len(rows))
        for r, (ident, name, level, key, value, source) in enumerate(rows):
            source = tr_data(source)  # where the threshold comes from: shown translated, citations as written
            label = name if key in ("", "–") else f"{name}: {key}"
            cells = [label, "" if value is None else _edit_text(value), level, source]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setData(ROLE_KEY, ident)
                editable = c == VALUE_COLUMN and ident[1] is not None
                flags = item.flags() | Qt.ItemIsEditable if editable else item.flags() & ~Qt.ItemIsEditable
                item.setFlags(flags)
                item.setToolTip(str(source) if c == 3 else label)
                table.setItem(r, c, item)
        self._filling = False
        self._update_profile_label()

    def _update_profile_label(self) -> None:
        if self.profile is None:
            return
        text = tr_data(self.profile.description) or ""
        if self.profile_modified:
            text = tr("Modified, not saved: the check uses your edited thresholds.") + " " + text
        self.profileInfoLabel.setText(text)

    def _on_threshold_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != VALUE_COLUMN or self.profile is None:
            return
        ident = item.data(ROLE_KEY)
        try:
            self.set_threshold(ident, item.text())
        except ValueError:
            self._show_status(tr("'{0}' is not a number; the threshold was not changed.", item.text()), error=True)
            self._fill_thresholds()

    def set_threshold(self, ident: tuple, text: str) -> None:
        """Change one threshold (ident = (criterion id, key) or ("species", key)) of the current profile."""
        owner, key = ident
        if owner == "species":
            value = float(text)
            if value <= 0:
                raise ValueError(text)
            setattr(self.profile, key, value)
        else:
            spec = self.profile.criteria[owner]
            old = spec.thresholds[key]
            if isinstance(old, list):
                spec.thresholds[key] = [_code(v.strip()) for v in text.split(",") if v.strip()]
            else:
                value = float(text)
                if value < 0:
                    raise ValueError(text)
                spec.thresholds[key] = int(value) if isinstance(old, int) and value.is_integer() else value
        self.profile_modified = True
        self._update_profile_label()

    def copy_profile(self) -> None:
        """An editable copy of the current profile, saved in the user profiles folder and selected."""
        from ccsg_plugin.core.criteria.profiles import copy_profile, save_profile

        folder = settings.user_profiles_folder()
        base = f"{self.profile.id}_copy"
        new_id, n = base, 2
        while (folder / f"{new_id}.json").exists():
            new_id, n = f"{base}{n}", n + 1
        clone = copy_profile(self.profile, new_id)
        path = save_profile(clone, folder / f"{new_id}.json")
        self.reload_profiles(select=("user", str(path)))
        self._show_status(tr("Copied to {0}; edit its thresholds in the table and save.", str(path)))

    def save_profile(self) -> Optional[Path]:
        """Save the current profile in the user folder (a bundled profile is saved as an edited copy)."""
        from ccsg_plugin.core.criteria.profiles import copy_profile, save_profile

        kind, where = self.current_profile_source()
        folder = settings.user_profiles_folder()
        profile = self.profile
        if kind == "bundled":
            new_id, n = f"{profile.id}_edited", 2
            while (folder / f"{new_id}.json").exists():
                new_id, n = f"{profile.id}_edited{n}", n + 1
            profile = copy_profile(profile, new_id, tr("{0} (edited)", profile.name))
            path = folder / f"{new_id}.json"
        else:
            path = Path(where)
        try:
            save_profile(profile, path)
        except CcsgError as exc:
            self._show_status(tr_data(exc), error=True)
            return None
        self.reload_profiles(select=("user", str(path)))
        self._show_status(tr("Profile saved to {0}", str(path)))
        return path

    def import_profile(self, source: Path) -> Optional[Path]:
        from ccsg_plugin.core.criteria.profiles import load_profile, save_profile

        try:
            profile = load_profile(Path(source), bundled_dir=paths.profiles())
        except CcsgError as exc:
            self._show_status(tr_data(exc), error=True)
            return None
        target = settings.user_profiles_folder() / f"{profile.id}.json"
        save_profile(profile, target)
        self.reload_profiles(select=("user", str(target)))
        self._show_status(tr("Imported {0}", str(source)))
        return target

    def export_profile(self, target: Path) -> Path:
        from ccsg_plugin.core.criteria.profiles import save_profile

        return save_profile(self.profile, Path(target))

    def _on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import a criteria profile"), "", tr("Profiles (*.json)"))
        if path:
            self.import_profile(Path(path))

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the criteria profile"), f"{self.profile.id}.json",
                                              tr("Profiles (*.json)"))
        if path:
            self.export_profile(Path(path))
            self._show_status(tr("Profile exported to {0}", path))

    def _profile_parameter(self) -> str:
        """What PROFILE gets: the bundled id, the user file, or a temporary file holding unsaved edits."""
        kind, where = self.current_profile_source()
        if self.profile_modified:
            from ccsg_plugin.core.criteria.profiles import save_profile

            path = Path(self._tmp_dir.path()) / f"{self.profile.id}.json"
            save_profile(self.profile, path)
            return str(path)
        return where


def _edit_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _code(text: str) -> Any:
    return int(text) if text.lstrip("-").isdigit() else text
