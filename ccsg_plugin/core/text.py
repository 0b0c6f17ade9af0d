"""Translatable messages made in core, which may not import Qt: ``tr("Width {0:.0f} m < {1:.0f} m", w, need)``.

``tr`` here returns a :class:`Msg`: an ordinary str holding the English text (so logs, tests and CSV output read
as before) that also remembers its template and arguments. pylupdate5 extracts these literal ``tr("...")`` calls
under the "@default" context like any other, and the display layer shows the message in the user's language with
``ccsg_plugin.i18n.tr_data(msg)``, which translates the template and formats it with the same arguments.
Rules as for the Qt-side tr(): the template is a string literal (no f-string), placeholders {0}, {1:.0f}, ...
"""

from __future__ import annotations


class Msg(str):
    template: str
    args: tuple

    def __new__(cls, template: str, *args: object) -> Msg:
        obj = super().__new__(cls, template.format(*args) if args else template)
        obj.template = template
        obj.args = args
        return obj

    def __reduce__(self):  # survive pickling / deep copies with the template intact
        return (Msg, (self.template, *self.args))


def tr(template: str, *args: object) -> Msg:
    return Msg(template, *args)
