"""The list of the provider's algorithms (one line per algorithm module)."""


def algorithm_classes() -> list:
    classes = []
    from ccsg_plugin.processing.alg_checkcorridors import CheckCorridorsAlgorithm

    classes.append(CheckCorridorsAlgorithm)
    from ccsg_plugin.processing.alg_leastcostcorridors import LeastCostCorridorsAlgorithm

    classes.append(LeastCostCorridorsAlgorithm)
    from ccsg_plugin.processing.alg_truncatecorridors import TruncateCorridorsAlgorithm

    classes.append(TruncateCorridorsAlgorithm)
    from ccsg_plugin.processing.alg_costdistance import CostDistanceAlgorithm

    classes.append(CostDistanceAlgorithm)
    from ccsg_plugin.processing.alg_leastcostpath import LeastCostPathAlgorithm

    classes.append(LeastCostPathAlgorithm)
    from ccsg_plugin.processing.alg_resistancefromlandcover import ResistanceFromLandcoverAlgorithm

    classes.append(ResistanceFromLandcoverAlgorithm)
    from ccsg_plugin.processing.alg_barriers import BarriersAlgorithm

    classes.append(BarriersAlgorithm)
    from ccsg_plugin.processing.alg_crossings import CrossingsAlgorithm

    classes.append(CrossingsAlgorithm)
    from ccsg_plugin.processing.alg_networkmetrics import NetworkMetricsAlgorithm

    classes.append(NetworkMetricsAlgorithm)
    from ccsg_plugin.processing.alg_linkagepriority import LinkagePriorityAlgorithm

    classes.append(LinkagePriorityAlgorithm)
    from ccsg_plugin.processing.alg_currentflow import CurrentFlowAlgorithm

    classes.append(CurrentFlowAlgorithm)
    from ccsg_plugin.processing.alg_pinchpoints import PinchPointsAlgorithm

    classes.append(PinchPointsAlgorithm)
    from ccsg_plugin.processing.alg_riverconnectivity import RiverConnectivityAlgorithm

    classes.append(RiverConnectivityAlgorithm)
    from ccsg_plugin.processing.alg_corridorchange import CorridorChangeAlgorithm

    classes.append(CorridorChangeAlgorithm)
    from ccsg_plugin.processing.alg_runreport import RunReportAlgorithm

    classes.append(RunReportAlgorithm)
    # Each algorithm module adds itself here when it exists; imports stay lazy so that
    # loading the plugin does not import numpy-heavy code before Processing asks for it.
    return classes
