"""The one way a dock runs ccsg: algorithms: a RunPlan (gui/run_plan.py) of Processing steps run one after the
other in QgsProcessingAlgRunnerTask, with one progress (QgsProcessingMultiStepFeedback) and one cancel.

Each algorithm styles and describes its outputs itself, in its worker (processing/base.py finish_later); the
outputs a step is to load come back as those finished layers through the Processing context, so the GUI thread
only starts tasks, relays progress and hands the layers to the dock, which places them in its group.

A cancelled or failed run removes its run folder and the plan's other outputs: no layer and no file is left. A
runner whose dock goes away mid-run (plugin unload) is kept by ``detach`` until its task returns, then cleans up.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import time
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ccsg_plugin.gis import analysis_outputs, worker_inputs, writers
from ccsg_plugin.gui.run_plan import RunPlan
from ccsg_plugin.i18n import tr

CANCELLED = "cancelled"  # the message of runFinished for a cancelled run

# Runners whose dock went away while their task still ran: kept alive until the task returns.
_DETACHED: set = set()


class RunFeedback(QgsProcessingFeedback):
    """The run's feedback: relays the algorithms' step texts (sent from the worker thread) as a queued signal and
    keeps their error messages (only text crosses threads)."""

    textChanged = pyqtSignal(str)  # noqa: N815 - Qt signal naming

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def setProgressText(self, text: str) -> None:  # noqa: N802
        super().setProgressText(text)
        self.textChanged.emit(text)

    def pushInfo(self, info: str) -> None:  # noqa: N802
        super().pushInfo(info)
        self.textChanged.emit(info)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)


class PlanRunner(QObject):
    progressChanged = pyqtSignal(float)  # noqa: N815 - 0..100 over the whole run
    stepChanged = pyqtSignal(str)  # noqa: N815
    runFinished = pyqtSignal(bool, object, str)  # noqa: N815 - ok, layers (list), message ("" / error / CANCELLED)

    def __init__(self, plan: RunPlan, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.setObjectName("CcsgPlanRunner")
        self.plan = plan
        self.task = None  # the running task: a reference is kept until it returns (or it is garbage-collected)
        self.context: Optional[QgsProcessingContext] = None
        self.feedback = RunFeedback()
        self.feedback.progressChanged.connect(self._on_progress)
        self.feedback.textChanged.connect(self._on_feedback_text)
        self.steps_feedback = QgsProcessingMultiStepFeedback(max(len(plan.steps), 1), self.feedback)
        self.layers: list = []  # finished layers handed back by the steps (not in the project)
        self.warnings: list[str] = []  # optional steps that failed (the run is kept)
        self.cancelled = False
        self.done = False
        self.started_at = 0.0
        self.elapsed = 0.0
        self._index = -1
        self._inputs: Optional[Path] = None  # copies of the inputs the worker cannot open itself (temporary)

    # ---- control
    def start(self) -> None:
        self.started_at = time.perf_counter()
        self._next_step()

    def cancel(self) -> None:
        if self.done:
            return
        self.cancelled = True
        self.stepChanged.emit(tr("Cancelling…"))
        self.feedback.cancel()  # reaches the running step through the multi-step feedback
        if self.task is not None:
            self.task.cancel()

    @property
    def running(self) -> bool:
        return not self.done

    def detach(self) -> None:
        """The dock is going away mid-run: cancel, and live on (unparented) until the task returns and the run's
        files are removed; nobody is told the outcome."""
        with contextlib.suppress(TypeError, RuntimeError):
            self.runFinished.disconnect()
            self.progressChanged.disconnect()
            self.stepChanged.disconnect()
        self.setParent(None)
        _DETACHED.add(self)
        self.runFinished.connect(_forget_detached)
        self.cancel()

    # ---- steps
    def _step_text(self, text: str) -> str:
        if len(self.plan.steps) == 1:
            return text
        return tr("Step {0} of {1}: {2}", self._index + 1, len(self.plan.steps), text)

    def _next_step(self) -> None:
        self._index += 1
        if self.cancelled:
            self._finish(False, CANCELLED)
            return
        if self._index >= len(self.plan.steps):
            self._finish(True, "\n".join(self.warnings))  # ok; the message lists optional steps that failed
            return
        step = self.plan.steps[self._index]
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(step.algorithm_id)
        if algorithm is None:
            self._finish(False, tr("The Processing algorithm {0} is not available.", step.algorithm_id))
            return
        algorithm.run_notes = step.notes
        # Bound methods only (no lambdas holding self): PyQt keeps them weakly, so no reference cycle keeps the
        # context alive until a late garbage collection (after QGIS has exited, which crashes).
        self.context = QgsProcessingContext()
        # No project in the worker's context: it opens what the parameters name itself (gis/worker_inputs.py).
        self.context.setTransformContext(QgsProject.instance().transformContext())
        self.context.setEllipsoid(QgsProject.instance().ellipsoid())
        self.steps_feedback.setCurrentStep(self._index)
        self.stepChanged.emit(self._step_text(step.label))
        try:
            parameters = self._task_parameters(step)
        except OSError as exc:
            self._finish(False, tr("An input layer could not be copied for the run: {0}", str(exc)))
            return
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.steps_feedback)
        task.executed.connect(self._on_executed)
        self.task = task
        QgsApplication.taskManager().addTask(task)

    def _task_parameters(self, step) -> dict:
        """The step's parameters, with the outputs to load marked "load on completion": the algorithm then hands
        back its finished layers through the context (processing/common.py hand_over)."""
        parameters = {name: self._worker_value(value) for name, value in step.parameters.items()}
        for name, layer_name in step.load:
            definition = QgsProcessingOutputLayerDefinition(str(parameters[name]), QgsProject.instance())
            definition.destinationName = layer_name
            parameters[name] = definition
        return parameters

    def _worker_value(self, value):
        """A project layer named by a parameter becomes a source the worker opens itself (gis/worker_inputs.py)."""
        if isinstance(value, (list, tuple)):
            return [self._worker_value(v) for v in value]
        layer = worker_inputs.project_layer(value, QgsProject.instance())
        if layer is None:
            return value
        if self._inputs is None:
            self._inputs = Path(tempfile.mkdtemp(prefix="ccsg_inputs_"))
        return worker_inputs.worker_source(layer, self._inputs)

    def _on_progress(self, percent: float) -> None:
        self.progressChanged.emit(percent)

    def _on_feedback_text(self, text: str) -> None:
        if 0 <= self._index < len(self.plan.steps) and not self.done:
            self.stepChanged.emit(self._step_text(f"{self.plan.steps[self._index].label} — {text}"))

    def _release_step(self) -> None:
        """Drop the finished step's context once the task has returned from its finished()."""
        spent = self.context
        self.context = None
        QTimer.singleShot(0, lambda: spent)

    def _on_executed(self, ok: bool, results: dict) -> None:
        self.task = None
        try:
            if self.cancelled or not ok:
                step = self.plan.steps[self._index]
                if self.cancelled or not step.optional:
                    self._finish(False, CANCELLED if self.cancelled else self._error_text())
                    return
                self.warnings.append(tr("{0} failed: {1}", step.label, self._error_text()))
                self.feedback.errors.clear()
            else:
                self.plan.results[self._index] = dict(results)
                self._take_layers(self.plan.steps[self._index], results)
        finally:
            self._release_step()
        self._next_step()

    def _take_layers(self, step, results: dict) -> None:
        """The step's finished layers, out of the context's temporary store (moved to the main thread by
        Processing), named as the plan says. Cheap: nothing is opened, styled or written here."""
        store = self.context.temporaryLayerStore()
        by_source = {_file_of(layer.source()): layer for layer in store.mapLayers().values()}
        for name, layer_name in step.load:
            path = str(results.get(name) or step.parameters[name])
            layer = by_source.get(_file_of(path))
            if layer is None:  # not handed back (e.g. QGIS could not open it): say so rather than guess
                self.feedback.reportError(tr("The result file {0} could not be opened.", path))
                continue
            store.takeMapLayer(layer)
            layer.setName(layer_name)
            self.layers.append(layer)

    def _error_text(self) -> str:
        if self.feedback.errors:
            return "\n".join(dict.fromkeys(e.strip() for e in self.feedback.errors if e.strip()))
        return tr("The algorithm failed without a message; see the Processing log.")

    def _finish(self, ok: bool, message: str) -> None:
        self.done = True
        if self._inputs is not None:
            shutil.rmtree(self._inputs, ignore_errors=True)
        self.elapsed = time.perf_counter() - self.started_at
        layers = []
        if ok:
            layers = list(self.layers)
            for path, name in self.plan.extra_layers:
                layers.append(_open_existing(Path(path), name))
        else:
            self.layers.clear()
            if self.plan.run_dir is not None:
                analysis_outputs.remove_run_folder(self.plan.run_dir)
            for path in self.plan.discard:
                with contextlib.suppress(OSError):
                    writers.remove_output(path)
        layers = [layer for layer in layers if layer is not None]
        order = {name: i for i, name in enumerate(self.plan.layer_order)}
        layers.sort(key=lambda layer: order.get(layer.name(), len(order)))
        self.progressChanged.emit(100.0 if ok else 0.0)
        self.runFinished.emit(ok, layers, message)


def start_in_panel(runner: PlanRunner, run_button, cancel_button, progress_bar, on_finished, on_step=None) -> None:
    """What the one-plan panels (check, monitoring, rivers) do to start their runner: progress into the bar, the
    outcome to on_finished (and step texts to on_step), Run off and Cancel on while it runs."""
    runner.progressChanged.connect(lambda value: progress_bar.setValue(int(round(value))))
    runner.runFinished.connect(on_finished)
    if on_step is not None:
        runner.stepChanged.connect(on_step)
    progress_bar.setValue(0)
    run_button.setEnabled(False)
    cancel_button.setEnabled(True)
    runner.start()


def end_in_panel(runner: Optional[PlanRunner], run_button, cancel_button) -> None:
    """The panel's runner has finished (its runFinished is being handled): let it go, Run on and Cancel off."""
    if runner is not None:
        runner.deleteLater()
    run_button.setEnabled(True)
    cancel_button.setEnabled(False)


def _file_of(source: str) -> str:
    return str(Path(source.split("|")[0]).resolve())


def _open_existing(path: Path, name: str):
    """An existing result file of an earlier run (its style and metadata are in it already)."""
    if path.suffix.lower() in (".tif", ".tiff"):
        layer = QgsRasterLayer(str(path), name)
    else:
        layer = QgsVectorLayer(str(path), name, "ogr")
    return layer if layer.isValid() else None


def _forget_detached(*_args) -> None:
    for runner in [r for r in _DETACHED if r.done]:
        _DETACHED.discard(runner)
