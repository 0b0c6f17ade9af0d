"""The ccsg Processing provider and its algorithms."""
