"""One least-cost run in the background: Processing steps chained with QgsProcessingAlgRunnerTask, then the
outputs loaded by a worker task. The GUI thread only starts tasks and relays progress, so QGIS stays responsive.

A cancelled or failed run removes its run folder: no layer and no file is left behind.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ccsg_plugin.gis import analysis_outputs
from ccsg_plugin.i18n import tr


class StepFeedback(QgsProcessingFeedback):
    """Relays the algorithm's own step texts (sent from the worker thread) to the dock as a queued signal."""

    textChanged = pyqtSignal(str)  # noqa: N815 - Qt signal naming

    def setProgressText(self, text: str) -> None:  # noqa: N802
        super().setProgressText(text)
        self.textChanged.emit(text)

    def pushInfo(self, info: str) -> None:  # noqa: N802
        super().pushInfo(info)
        self.textChanged.emit(info)


@dataclass
class Step:
    algorithm_id: str
    parameters: dict
    label: str  # the step in words, shown in the dock
    weight: float = 1.0


@dataclass
class RunPlan:
    kind: str  # "full" or "truncate"
    run_dir: Path
    steps: list[Step]
    load: analysis_outputs.LoadRequest
    spec: dict = field(default_factory=dict)  # the dock's run parameters
    results: dict = field(default_factory=dict)  # algorithm results, by step index


class AnalysisRunner(QObject):
    progressChanged = pyqtSignal(float)  # noqa: N815 - 0..100 over the whole run
    stepChanged = pyqtSignal(str)  # noqa: N815
    # ok, group (QgsLayerTreeGroup or None), layers, message ("" / error text / "cancelled")
    runFinished = pyqtSignal(bool, object, object, str)  # noqa: N815

    LOAD_WEIGHT = 0.05

    def __init__(self, plan: RunPlan, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.setObjectName("CcsgAnalysisRunner")
        self.plan = plan
        self.task = None  # the running task: a reference is kept until it finishes (or it is garbage-collected)
        self.context: Optional[QgsProcessingContext] = None
        self.feedback: Optional[StepFeedback] = None
        self.cancelled = False
        self.done = False
        self.started_at = 0.0
        self.elapsed = 0.0
        self._index = -1
        total = sum(s.weight for s in plan.steps) or 1.0
        self._spans = []
        start = 0.0
        for s in plan.steps:
            span = (1.0 - self.LOAD_WEIGHT) * s.weight / total
            self._spans.append((start, span))
            start += span

    # ---- control
    def start(self) -> None:
        self.started_at = time.perf_counter()
        self._next_step()

    def cancel(self) -> None:
        if self.done:
            return
        self.cancelled = True
        self.stepChanged.emit(tr("Cancelling…"))
        if self.task is not None:
            self.task.cancel()
        if self.feedback is not None:  # the step still runs
            self.feedback.cancel()

    @property
    def running(self) -> bool:
        return not self.done

    # ---- steps
    def _step_text(self, text: str) -> str:
        n = len(self.plan.steps) + 1
        return tr("Step {0} of {1}: {2}", self._index + 1, n, text)

    def _next_step(self) -> None:
        self._index += 1
        if self.cancelled:
            self._finish(False, None, [], "cancelled")
            return
        if self._index >= len(self.plan.steps):
            self._load()
            return
        step = self.plan.steps[self._index]
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(step.algorithm_id)
        if algorithm is None:
            self._finish(False, None, [], tr("The Processing algorithm {0} is not available.", step.algorithm_id))
            return
        # Bound methods only (no lambdas holding self): PyQt keeps them weakly, so no reference cycle keeps the
        # context alive until a late garbage collection (after QGIS has exited, which crashes).
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = StepFeedback()
        self.feedback.textChanged.connect(self._on_feedback_text)
        self.stepChanged.emit(self._step_text(step.label))
        task = QgsProcessingAlgRunnerTask(algorithm, step.parameters, self.context, self.feedback)
        task.progressChanged.connect(self._on_task_progress)
        task.executed.connect(self._on_executed)
        self.task = task
        QgsApplication.taskManager().addTask(task)

    def _on_feedback_text(self, text: str) -> None:
        if 0 <= self._index < len(self.plan.steps):
            self.stepChanged.emit(self._step_text(f"{self.plan.steps[self._index].label} — {text}"))

    def _on_task_progress(self, percent: float) -> None:
        if 0 <= self._index < len(self._spans):
            start, span = self._spans[self._index]
            self.progressChanged.emit(100.0 * (start + span * percent / 100.0))

    def _release_step(self) -> None:
        """Drop the finished step's context and feedback once the task has returned from its finished()."""
        spent = (self.context, self.feedback)
        self.context = self.feedback = None
        QTimer.singleShot(0, lambda: spent)

    def _on_executed(self, ok: bool, results: dict) -> None:
        self.task = None
        error = "" if ok else self._error_text()
        self._release_step()
        if self.cancelled or not ok:
            message = "cancelled" if self.cancelled else error
            self._finish(False, None, [], message)
            return
        self.plan.results[self._index] = dict(results)
        self._next_step()

    def _error_text(self) -> str:
        log = self.feedback.textLog() if self.feedback is not None else ""
        lines = [line for line in log.splitlines() if line.strip()]
        # The algorithm's error is the last lines Processing logged.
        text = "\n".join(lines[-3:]) if lines else ""
        return text or tr("The algorithm failed without a message; see the Processing log.")

    def _load(self) -> None:
        self.stepChanged.emit(self._step_text(tr("Loading and styling the results")))
        self.progressChanged.emit(100.0 * (1.0 - self.LOAD_WEIGHT))
        task = analysis_outputs.LoadOutputsTask(self.plan.load, self._on_loaded)
        self.task = task
        QgsApplication.taskManager().addTask(task)

    def _on_loaded(self, ok: bool, group, layers: list, error: str) -> None:
        self.task = None
        if self.cancelled and ok:  # cancelled while loading: take the group back out
            project = QgsProject.instance()
            for layer in layers:
                project.removeMapLayer(layer.id())
            if group is not None and group.parent() is not None:
                group.parent().removeChildNode(group)
            ok = False
        if not ok:
            self._finish(False, None, [], "cancelled" if self.cancelled else error)
            return
        self.progressChanged.emit(100.0)
        self._finish(True, group, layers, "")

    def _finish(self, ok: bool, group, layers: list, message: str) -> None:
        self.done = True
        self.elapsed = time.perf_counter() - self.started_at
        if not ok:
            analysis_outputs.remove_run_folder(self.plan.run_dir)
        self.runFinished.emit(ok, group, layers, message)

