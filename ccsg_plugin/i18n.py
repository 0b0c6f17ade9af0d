"""The one translation helper. pylupdate5 records bare ``tr("...")`` calls under the ``@default`` context.

``tr("{0} corridor(s) checked", None, n, n)``: a message with a count; the ``None`` (pylupdate's disambiguation
slot) and the count make it a plural message (numerusform entries in the .ts); the rest fill the placeholders.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ccsg_plugin.core.text import split_count


def tr(text: str, *args: object) -> str:
    n, args = split_count(text, args)
    translated = QCoreApplication.translate("@default", text, None, -1 if n is None else n)
    values = [tr_data(v) if getattr(v, "template", None) is not None else v for v in args]  # core messages
    return _fill(translated, values, text.format(*args) if args else text)


def tr_data(text):
    """Show a text that was not written as a literal tr() call where it is displayed, in the user's language.

    - a ``core.text.Msg`` (made in core with ``core.text.tr("... {0} ...", value)``), or an error raised with
      one: its template is translated and formatted with its arguments (arguments that are Msg in turn too);
    - a data text (a profile name or description, a criterion name or unit, a corridor field label, an
      algorithm's name or help): listed as literal tr() calls in ``i18n_catalog.py`` (``make translations``).
    Texts with no translation come back unchanged.
    """
    if isinstance(text, BaseException):
        from ccsg_plugin.core.text import message_of

        text = message_of(text)
    if not text:
        return text
    template = getattr(text, "template", None)
    if template is not None:
        n = text.n if text.n is not None else -1
        values = [tr_data(v) if getattr(v, "template", None) is not None else v for v in text.args]
        return _fill(QCoreApplication.translate("@default", template, None, n), values, str(text))
    return QCoreApplication.translate("@default", str(text))


def _fill(template: str, values: list, fallback: str) -> str:
    try:
        return template.format(*values) if values else template
    except (IndexError, KeyError, ValueError):
        return fallback  # a broken translation must never hide the message
