"""Each stage keeps its room: data flows one way (ingest → nlp → extract →
fuse → store → serve), and the web's routers do not import the application."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "armsledger"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("path", sorted((SRC / "store").rglob("*.py")), ids=lambda p: p.name)
def test_the_store_does_not_fuse(path):
    assert not {name for name in _imports(path) if name.split(".")[-1] in {"fuse", "refresh", "ledger", "web"}}


@pytest.mark.parametrize("name", ["browse.py", "pages.py", "views.py"])
def test_web_routers_do_not_import_the_app(name):
    assert ".app" not in _imports(SRC / "web" / name)


def test_no_module_is_much_over_400_lines():
    long = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 420}
    assert long == {}
