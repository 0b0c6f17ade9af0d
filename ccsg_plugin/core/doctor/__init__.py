"""Input checks before a run (the input doctor): pure functions on plain values."""
