"""The `make demo` job and its steps (run from the packaged plugin), not Processing algorithms."""
