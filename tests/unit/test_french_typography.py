"""French typography in the translations and the French guide: guillemets and the high punctuation (: ; ? !) keep
a non-breaking space (U+00A0 or U+202F) on their inner side, so a line never breaks between « and its word."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0\u202f"
BAD = [
    (re.compile(r"«(?![" + NBSP + "])"), "« without a non-breaking space after it"),
    (re.compile(r"(?<![" + NBSP + "])»"), "» without a non-breaking space before it"),
    (re.compile(r"[ \t\n]+[:;?!](?=[\s<]|$)"), "ordinary space before : ; ? or !"),
]


def _french_texts():
    for message in ET.parse(ROOT / "i18n" / "ccsg_fr.ts").getroot().iter("message"):
        node = message.find("translation")
        forms = node.findall("numerusform") if node is not None else []
        for text in [f.text for f in forms] or [node.text if node is not None else None]:
            if text:
                yield f"ccsg_fr.ts: {message.findtext('source')[:50]!r}", text
    for page in sorted((ROOT / "resources" / "help" / "fr").glob("*.html")):
        html = re.sub(r"<style.*?</style>|<script.*?</script>", "", page.read_text(encoding="utf-8"), flags=re.S)
        for text in re.split(r"<[^>]*>", html):  # the text between tags
            yield page.name, text


def test_french_guillemets_and_high_punctuation_use_non_breaking_spaces():
    problems = []
    for where, text in _french_texts():
        for pattern, what in BAD:
            for m in pattern.finditer(text):
                problems.append(f"{where}: {what}: …{text[max(0, m.start() - 20):m.end() + 10]!r}")
    assert not problems, "\n".join(problems[:20])


def test_the_check_catches_an_ordinary_space():
    texts = ["dans « Enregistrer dans ».", "Problème :", "au-dessus ; rien"]
    assert all(any(p.search(t) for p, _ in BAD) for t in texts)
    assert not any(p.search("dans «\u00a0Enregistrer\u202f»\u00a0: ok") for p, _ in BAD)
