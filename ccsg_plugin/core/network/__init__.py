"""The core-area network: connectivity indices (PC, IIC, dPC, ProtConn), current-flow centrality, linkage priority.

Pure numpy; the network is small (one node per core), so dense matrices are used throughout.
"""
