"""The one translation helper. pylupdate5 records bare ``tr("...")`` calls under the ``@default`` context."""

from __future__ import annotations

import re

from qgis.PyQt.QtCore import QCoreApplication

_SENTINEL = "CCSG Corridors"  # translated by every ccsg_<lang>.qm: tells whether a plugin translation is loaded
_patterns: list | None = None


def tr(text: str, *args: object) -> str:
    translated = QCoreApplication.translate("@default", text)
    return translated.format(*args) if args else translated


def tr_data(text: str, _depth: int = 0) -> str:
    """Show a text that was not written as a literal tr() call where it is displayed, in the user's language.

    - a ``core.text.Msg`` (made in core with ``core.text.tr("... {0} ...", value)``): its template is translated
      and formatted with its arguments;
    - a data text (a profile name or description, a criterion name or unit, a corridor field label, an
      algorithm's name or help): listed as literal tr() calls in ``i18n_catalog.py`` (``make translations``);
    - a message that core made with an f-string ("Minimum width 300 m < 2000 m"): recognised by one of
      ``i18n_catalog.MESSAGE_PATTERNS``; its template is translated and the same values put back.
    Texts with no translation come back unchanged.
    """
    if not text:
        return text
    template = getattr(text, "template", None)
    if template is not None:
        # Msg arguments (a "Line 3 of t.csv: " prefix) are shown translated too.
        values = [tr_data(v, _depth + 1) if getattr(v, "template", None) is not None else v for v in text.args]
        return _fill(QCoreApplication.translate("@default", template), values, str(text))
    translated = QCoreApplication.translate("@default", str(text))
    if translated != text or _depth > 1 or QCoreApplication.translate("@default", _SENTINEL) == _SENTINEL:
        return translated
    for pattern, message_template in _message_patterns():
        match = pattern.fullmatch(text)
        if match:
            translated_template = QCoreApplication.translate("@default", message_template)
            values = [tr_data(v, _depth + 1) for v in match.groups()]
            return _fill(translated_template, values, str(text))
    return translated


def _fill(template: str, values: list, fallback: str) -> str:
    try:
        return template.format(*values) if values else template
    except (IndexError, KeyError, ValueError):
        return fallback  # a broken translation must never hide the message


def _message_patterns() -> list:
    global _patterns
    if _patterns is None:
        try:
            from ccsg_plugin.i18n_catalog import MESSAGE_PATTERNS
        except ImportError:
            MESSAGE_PATTERNS = []  # noqa: N806
        _patterns = [(re.compile(p, re.DOTALL), t) for p, t in MESSAGE_PATTERNS]
    return _patterns
