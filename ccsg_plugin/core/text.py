"""Translatable messages made in core, which may not import Qt: ``tr("Width {0} m < {1} m", f"{w:.0f}", need)``.

``tr`` here returns a :class:`Msg`: an ordinary str holding the English text (so logs, tests, JSON and CSV output
read as before) that also keeps its template and arguments. pylupdate5 extracts these literal ``tr("...")`` calls
under the "@default" context like any other, and the display layer shows the message in the user's language with
``ccsg_plugin.i18n.tr_data(msg)``: it translates the template and formats it with the arguments, each argument
that is itself a Msg shown translated in turn.

A message with a count takes Qt's plural forms: ``tr("{0} core(s) have no id", None, n, n)`` -- the ``None``
(pylupdate's disambiguation slot) then the count choose the translation's numerus form; the remaining arguments
fill the placeholders as usual. Rules as for the Qt-side tr(): the template is a string literal (no f-string),
placeholders {0}, {1}, ... without format specs (format the value before: ``f"{share:.1%}"``).
"""

from __future__ import annotations

import re
from typing import Optional

_PLACEHOLDER = re.compile(r"\{(\d+)[^{}]*\}")


class Msg(str):
    template: str
    args: tuple
    n: Optional[int]

    def __new__(cls, template: str, *args: object, n: Optional[int] = None) -> Msg:
        obj = super().__new__(cls, template.format(*args) if args else template)
        obj.template = template
        obj.args = args
        obj.n = n
        return obj

    def __reduce__(self):  # survive pickling / deep copies with the template intact
        return (_rebuild, (self.template, self.args, self.n))


def _rebuild(template: str, args: tuple, n: Optional[int]) -> Msg:
    return Msg(template, *args, n=n)


def split_count(template: str, args: tuple) -> tuple[Optional[int], tuple]:
    """(count, placeholder values) of ``tr(template, *args)``: a plural call passes None and the count before the
    values, so it has two arguments more than the template has placeholders (a first value that happens to be
    None is not mistaken for the plural marker)."""
    if len(args) >= 2 and args[0] is None and len(args) == _placeholders(template) + 2:
        return int(args[1]), args[2:]  # type: ignore[call-overload, unused-ignore]
    return None, args


def _placeholders(template: str) -> int:
    found = _PLACEHOLDER.findall(template.replace("{{", "").replace("}}", ""))
    return max((int(i) for i in found), default=-1) + 1


def tr(template: str, *args: object) -> Msg:
    n, values = split_count(template, args)  # tr(template, None, count, *values): a plural message
    return Msg(template, *values, n=n)


def message_of(exc: BaseException) -> str:
    """The message an error was raised with, keeping its template when it is a Msg (``str(exc)`` loses it)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Msg) else str(exc)


def join(separator: str, items) -> Msg:
    """``separator.join(items)`` that keeps each item's template (a list of messages shown translated)."""
    items = list(items)
    sep = separator.replace("{", "{{").replace("}", "}}")
    return Msg(sep.join("{" + str(i) + "}" for i in range(len(items))), *items)
