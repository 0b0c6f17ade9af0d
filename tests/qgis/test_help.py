"""The offline user guide: every page in every language, links that resolve inside the plugin, no web addresses,
small screenshots, and the Help actions / algorithm help opening the page for QGIS's language."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices

from ccsg_plugin import help_pages, paths

HELP = paths.help_dir()
LANGS = help_pages.LANGUAGES
PAGES = list(help_pages.PAGES.values())
MAX_IMAGE_BYTES = 150 * 1024


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.lang = ""
        self.images: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if attrs.get(key):
                self.links.append(attrs[key])
        if tag == "img":
            self.images.append(attrs.get("src", ""))
            assert attrs.get("alt"), "every screenshot needs an alt text"

    def handle_data(self, data):
        self.text.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


ALL_PAGES = [(lang, name) for lang in LANGS for name in PAGES]


@pytest.mark.parametrize(("lang", "name"), ALL_PAGES)
def test_page_exists_in_its_language(lang, name):
    path = HELP / lang / name
    assert path.is_file(), f"missing help page {path.relative_to(HELP)}"
    page = _parse(path)
    assert page.lang == lang
    assert len("".join(page.text).split()) > 80, "page has hardly any text"


@pytest.mark.parametrize(("lang", "name"), ALL_PAGES)
def test_links_resolve_inside_the_plugin(lang, name):
    path = HELP / lang / name
    for link in _parse(path).links:
        parts = urlsplit(link)
        assert not parts.scheme and not parts.netloc, f"{lang}/{name}: external link {link}"
        target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
        assert target.is_file(), f"{lang}/{name}: broken link {link}"
        assert HELP.resolve() in target.parents, f"{lang}/{name}: link leaves the help folder: {link}"
        if parts.fragment and target.suffix == ".html":
            assert parts.fragment in _parse(target).ids, f"{lang}/{name}: no anchor #{parts.fragment} in {target.name}"


def test_no_web_addresses_in_pages_or_css():
    url = re.compile(r"(?:https?|ftp):|//[a-z0-9.-]+\.[a-z]{2,}", re.IGNORECASE)
    offenders = [p.relative_to(HELP) for p in HELP.rglob("*") if p.suffix in (".html", ".css")
                 and url.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_each_panel_page_shows_its_screenshot_in_the_same_language():
    for lang in LANGS:
        for panel in ("designer", "analysis", "check", "processing", "monitoring", "rivers"):
            images = _parse(HELP / lang / f"{panel}.html").images
            assert f"../img/{panel}_{lang}.png" in images, f"{lang}/{panel}.html lacks its screenshot"


def test_screenshots_are_real_and_small():
    from qgis.PyQt.QtGui import QImage

    images = sorted((HELP / "img").glob("*.png"))
    assert images
    for image_path in images:
        assert image_path.stat().st_size < MAX_IMAGE_BYTES, f"{image_path.name} is larger than 150 KB"
        image = QImage(str(image_path))
        assert not image.isNull() and image.width() >= 250 and image.height() >= 250, image_path.name


def test_glossary_uses_the_established_terms():
    """The glossary page carries the agreed terms (the same table as i18n/GLOSSARY.md)."""
    glossary_md = (paths.PACKAGE_DIR.parent / "i18n" / "GLOSSARY.md").read_text(encoding="utf-8")
    expected = {
        "es": ["corredor ecológico", "área protegida", "área núcleo", "costo-distancia", "ruta de menor costo",
               "resistencia"],
        "fr": ["corridor écologique", "aire protégée", "zone cœur", "distance de coût", "chemin de moindre coût",
               "résistance"],
        "pt": ["corredor ecológico", "área protegida", "área núcleo", "custo-distância", "caminho de menor custo",
               "resistência"],
    }
    for lang in LANGS:
        text = " ".join(_parse(HELP / lang / "glossary.html").text)
        for terms in expected.values():
            for term in terms:
                assert term in text and term in glossary_md, (lang, term)


# ----- opening pages ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("locale", "expected"), [("es", "es"), ("fr_FR", "fr"), ("pt_BR", "pt"), ("en_GB", "en"), ("de_DE", "en")]
)
def test_help_path_follows_the_locale_with_english_fallback(locale, expected):
    for page in help_pages.PAGES:
        path = help_pages.help_path(page, locale)
        assert path == HELP / expected / help_pages.PAGES[page]
        assert path.is_file()


class _UrlCatcher(QObject):
    """Takes file:// URLs instead of the system browser (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @pyqtSlot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls():
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")




@pytest.mark.parametrize("code", ["fr_FR", "pt", "en_US"])
def test_help_action_in_menu_and_plugin_help_menu_opens_the_local_page(plugin, iface, opened_urls, ui_locale, code):
    ui_locale(code)
    in_menu = [a for a in plugin.menu.actions() if a.objectName() == "CcsgHelpAction"]
    assert len(in_menu) == 1
    assert in_menu[0] in iface.pluginHelpMenu().actions()
    in_menu[0].trigger()
    assert len(opened_urls) == 1 and opened_urls[0].isLocalFile()
    assert Path(opened_urls[0].toLocalFile()) == HELP / code[:2] / "index.html"


def test_help_action_leaves_the_plugin_help_menu_on_unload(iface, qgis_processing, qgis_new_project):
    import ccsg_plugin
    from tests.conftest import process_deferred_deletes

    instance = ccsg_plugin.classFactory(iface)
    instance.initGui()
    assert any(a.objectName() == "CcsgHelpAction" for a in iface.pluginHelpMenu().actions())
    instance.unload()
    process_deferred_deletes()
    assert not any(a.objectName() == "CcsgHelpAction" for a in iface.pluginHelpMenu().actions())


def test_algorithm_help_opens_its_local_section(plugin):
    from qgis.core import QgsApplication

    algorithms = QgsApplication.processingRegistry().providerById("ccsg").algorithms()
    for alg in algorithms:
        url = QUrl(alg.helpUrl())
        assert url.isLocalFile(), f"{alg.id()} help is not a local page: {alg.helpUrl()}"
        page = Path(url.toLocalFile())
        assert page.is_file() and page.name == "processing.html"
        assert url.fragment() in _parse(page).ids, f"no section #{url.fragment()} for {alg.id()}"


@pytest.mark.parametrize("code", ["es", "en_US"])
def test_each_dock_has_a_help_button_for_its_page(plugin, opened_urls, ui_locale, code):
    from qgis.PyQt.QtWidgets import QToolButton

    from ccsg_plugin.gui.help import DOCK_PAGES

    ui_locale(code)
    for object_name, page in DOCK_PAGES.items():
        action = next(a for a in plugin.actions if a.objectName() == object_name + "Action")
        action.setChecked(True)
        dock = plugin.docks[object_name]
        buttons = [b for b in dock.findChildren(QToolButton) if b.objectName() == "CcsgHelpButton"]
        assert len(buttons) == 1, object_name
        # In the panel's own layout, below the contents: not loose at the dock's corner over its title bar.
        assert dock.widget().isAncestorOf(buttons[0]), object_name
        opened_urls.clear()
        buttons[0].click()
        assert [Path(u.toLocalFile()) for u in opened_urls] == [HELP / code[:2] / f"{page}.html"]


# QGIS's own menus, tools and options as QGIS 3.22 shows them in each language (checked in its qgis_<lang>.qm;
# QGIS leaves "Override System Locale" untranslated in Spanish), and the layer-tree group names.
QGIS_LABELS = {
    "en": {"Plugins", "Manage and Install Plugins", "Install from ZIP", "Settings", "Options", "General",
           "Override System Locale", "Processing Toolbox", "Vertex Tool"},
    "es": {"Complementos", "Administrar e instalar complementos", "Instalar a partir de ZIP", "Configuración",
           "Opciones", "General", "Override System Locale", "Caja de herramientas de Procesos",
           "Herramienta de vértices"},
    "fr": {"Extensions", "Installer/Gérer les extensions", "Installer depuis un ZIP", "Préférences", "Options",
           "Général", "Remplacer les paramètres régionaux du système", "Boîte à outils de traitements",
           "Outil de nœud"},
    "pt": {"Módulos", "Gerir e instalar módulos", "Instalar de um ZIP", "Configurações", "Opções", "Geral",
           "Substituir locale do sistema", "Ferramentas de processamento", "Ferramenta de vértice"},
}
GROUPS = {"CCSG", "CCSG demo", "?"}


def test_guide_names_the_real_labels():
    """Every label the guide shows as a UI element (<span class="ui">, menu paths with ▸) is the plugin's own text
    in that language (from the .ts files) or one of QGIS's own labels: renamed buttons make this fail."""
    import html as html_module
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("ccsg_translations", paths.PACKAGE_DIR.parent / "scripts"
                                                  / "translations.py")
    translations = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
    if spec.name not in sys.modules:
        sys.modules[spec.name] = translations
        spec.loader.exec_module(translations)
    wrong = []
    for lang in LANGS:
        messages = translations.read_ts(translations.ts_path("es" if lang == "en" else lang))
        known = {m.source if lang == "en" else m.translation for m in messages} | QGIS_LABELS[lang] | GROUPS
        known = {" ".join(k.split()) for k in known if k}  # as the labels below: any space (also U+00A0) is one
        for page in sorted((HELP / lang).glob("*.html")):
            for label in re.findall(r'<span class="ui">(.*?)</span>', page.read_text(encoding="utf-8"), re.S):
                for part in html_module.unescape(" ".join(label.split())).split(" ▸ "):
                    if part not in known:
                        wrong.append(f"{lang}/{page.name}: {part!r}")
    assert not wrong, "labels the interface does not show:\n" + "\n".join(sorted(set(wrong)))


def test_workshop_exercise_action_opens_the_exercise(plugin, opened_urls, ui_locale):
    ui_locale("pt_PT")
    action = next(a for a in plugin.menu.actions() if a.objectName() == "CcsgExerciseAction")
    action.trigger()
    assert [Path(u.toLocalFile()) for u in opened_urls] == [HELP / "pt" / "exercise.html"]
