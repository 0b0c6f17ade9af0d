"""Docks, map tools and dialogs (the only package besides plugin.py that touches iface)."""
