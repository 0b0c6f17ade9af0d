"""Monitoring designated corridors over time (ccsg:corridorchange): what changed inside each corridor between two
dates (indicators.py, width.py, compare.py) and the trend against the profile's thresholds (trend.py). Pure numpy
and shapely."""
