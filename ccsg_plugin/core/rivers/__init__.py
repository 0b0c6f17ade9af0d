"""River network connectivity: the Dendritic Connectivity Index (Cote et al. 2009) and barrier-removal gains."""
