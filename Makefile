# CCSG Corridor Toolkit: every workflow. Quick start: `make demo`, then `make test`.
SHELL       := /bin/bash
SYS_PY      := /usr/bin/python3
VENV        := .venv
PY          := $(VENV)/bin/python
PKG         := ccsg_plugin
DEMO_OUT    := demo_output
QGIS_PLUGIN_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins
export QT_QPA_PLATFORM ?= offscreen

# System packages (Debian 12 / Ubuntu): QGIS Python bindings and providers, shapely, Qt translation tools.
BASE_DEBS   := python3-qgis qgis-providers python3-shapely python3-numpy python3-gdal python3-venv \
               pyqt5-dev-tools qttools5-dev-tools
# Tests also compare the engine with scikit-image (a reference only; the plugin never needs it).
TEST_DEBS   := $(BASE_DEBS) python3-skimage
RUN_DEBS    := $(BASE_DEBS) qgis xvfb xauth

.PHONY: help deps test-deps venv package demo test lint run install bench translations clean

help:
	@echo "make demo    - install what is missing, run the demo analysis, show where the results are"
	@echo "make test    - install what is missing and run the whole test suite (offscreen)"
	@echo "make run     - start QGIS with the plugin and the demo project"
	@echo "make install - install the plugin into your QGIS profile"
	@echo "make package - build dist/$(PKG).zip (installable with Plugins > Install from ZIP)"
	@echo "make bench   - time the least-cost engine (GRASS r.cost, scikit-image), the circuit solver (pyamg), the guideline check at scale and river DCI"
	@echo "make lint    - ruff, mypy (core), flake8-qgis"
	@echo "make translations - refresh i18n/ccsg_{es,fr,pt}.ts from the code (pylupdate5), list new/unfinished strings"

deps:
	@scripts/install_deps.sh $(BASE_DEBS)

test-deps:
	@scripts/install_deps.sh $(TEST_DEBS)

$(VENV)/.installed: requirements-dev.txt
	$(SYS_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: test-deps $(VENV)/.installed

package: deps
	@$(SYS_PY) scripts/package.py build

demo: package
	@$(SYS_PY) scripts/run_demo.py build $(DEMO_OUT)

test: venv package
	$(PY) -m pytest tests -q -p no:cacheprovider --qgis_disable_gui

# ruff everywhere; mypy on the pure core; flake8-qgis's import rules (QGS101-104, 106: qgis.PyQt not PyQt5,
# no qgis._core, no qgis.core.* star paths). QGS105 (iface as an argument) is off: the plugin receives iface in
# classFactory and hands it to its docks, which is what lets the tests give them pytest-qgis's iface.
lint: venv
	$(PY) -m ruff check $(PKG) tests scripts
	$(PY) -m mypy
	$(PY) -m flake8 --select=QGS101,QGS102,QGS103,QGS104,QGS106 $(PKG) tests scripts

run: package
	@scripts/install_deps.sh $(RUN_DEBS)
	@[ -f $(DEMO_OUT)/ccsg_demo.qgz ] || $(SYS_PY) scripts/run_demo.py build $(DEMO_OUT)
	@scripts/run_qgis.sh build $(DEMO_OUT)/ccsg_demo.qgz

install: package
	mkdir -p "$(QGIS_PLUGIN_DIR)"
	rm -rf "$(QGIS_PLUGIN_DIR)/$(PKG)"
	cp -r build/$(PKG) "$(QGIS_PLUGIN_DIR)/$(PKG)"
	@echo "Installed into $(QGIS_PLUGIN_DIR)/$(PKG). In QGIS: Plugins > Manage and Install Plugins > Installed > tick 'CCSG Corridor Toolkit'."

# Refresh the .ts files from every .py/.ui file (pylupdate5 -noobsolete, no .pro) and report what needs translating.
translations:
	@$(SYS_PY) scripts/translations.py update

clean:
	rm -rf build dist $(DEMO_OUT) .pytest_cache

# Least-cost engine benchmark: GRASS r.cost and scikit-image are references for the benchmark only.
BENCH_DEBS  := grass-core python3-skimage python3-gdal
.PHONY: bench-deps
bench-deps:
	@scripts/install_deps.sh $(BENCH_DEBS)

# BENCH_ARGS: e.g. "--sizes 1000 --noise-sizes" for a shorter run (see scripts/bench.py --help).
# The 10 000 x 10 000, 30-core corridors run (peak memory, time, pair windows) is off by default (tens of minutes,
# ~10 GB): make bench BENCH_ARGS="--scale 10000", or only it and the 2-process speed-up: "--only-scale --scale 10000".
BENCH_ARGS ?=
# The circuit section compares with pyamg (Circuitscape's solver); pyamg pulls numpy 2, so it lives in its own plain
# venv, called as a subprocess.
REFVENV     := bench_output/refvenv
$(REFVENV)/.installed:
	$(SYS_PY) -m venv $(REFVENV)
	$(REFVENV)/bin/pip install -q --disable-pip-version-check pyamg scipy
	touch $@

bench: bench-deps venv $(REFVENV)/.installed
	$(PY) scripts/bench.py $(BENCH_ARGS)
