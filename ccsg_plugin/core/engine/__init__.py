"""Least-cost engine: cost distance, paths, pairs and corridors (numpy only)."""
