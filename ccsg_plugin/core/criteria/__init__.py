"""Corridor criteria: profiles (JSON), the criteria catalogue and the evaluation engine (pure core)."""
