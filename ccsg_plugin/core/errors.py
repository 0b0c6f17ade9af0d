"""Exceptions shared by the core modules; the GIS and GUI layers turn them into user messages."""


class CcsgError(Exception):
    """An input problem the user can fix; the message says what is wrong and what to do."""


class Cancelled(Exception):
    """The user cancelled a long computation."""
