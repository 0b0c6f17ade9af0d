"""A corridor's geometry measures and its attribute schema."""
