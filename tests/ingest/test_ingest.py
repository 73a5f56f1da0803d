"""Ingest: text, HTML and JSON Lines, with clear errors for bad input."""

import json

import pytest

from armsledger.errors import InputError
from armsledger.ingest import iter_documents
from armsledger.ingest.document import document_id, make_document, normalize_text
from armsledger.model import Document


def _split(items):
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    return docs, errors


def test_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Russia delivers S-300\n\nRussia delivered S-300 systems to Iran.\r\n", encoding="utf-8")
    (doc,), errors = _split(list(iter_documents([path], published="2016-10-01")))
    assert not errors
    assert doc.title == "Russia delivers S-300"
    assert doc.published == "2016-10-01"
    assert "\r" not in doc.text and doc.source == str(path)


def test_same_text_same_id_whatever_the_layout():
    assert document_id("Russia  delivered\nS-300.") == document_id("Russia delivered S-300.")
    assert normalize_text("a \r\nb  ") == "a\nb"


def test_html_main_text_title_and_date(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        """<!doctype html><html><head><title>Russia ships S-400 parts - Example News</title>
        <meta property="article:published_time" content="2019-07-12T10:00:00Z">
        <meta property="og:site_name" content="Example News"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <div class="cookie">We use cookies. Accept all cookies to continue.</div>
        <article><h1>Russia ships S-400 parts</h1>
        <p>The first parts of the S-400 air defense system arrived at an air base near Ankara on Friday, the Turkish Defense Ministry said in a statement.</p>
        <p>The delivery will continue over the coming days, the ministry added, as a Russian cargo plane landed at the base.</p>
        <p>Washington has warned that the purchase could lead to sanctions and to Turkey's removal from the F-35 program.</p>
        </article><footer>Copyright Example News. All rights reserved.</footer></body></html>""",
        encoding="utf-8",
    )
    (doc,), errors = _split(list(iter_documents([page])))
    assert not errors
    assert "S-400 air defense system arrived" in doc.text
    assert "cookies" not in doc.text and "All rights reserved" not in doc.text
    assert doc.published == "2019-07-12"
    assert doc.title.startswith("Russia ships S-400 parts")


def test_manifest_with_paths_text_and_bad_lines(tmp_path):
    (tmp_path / "one.txt").write_text("Egypt ordered Rafale jets from France.", encoding="utf-8")
    lines = [
        {"path": "one.txt", "published": "2015-02-16", "outlet": "afp", "extra": 1},
        {"text": "India ordered S-400 systems from Russia.", "published": "2018-10-05", "url": "https://example.org/x"},
        {"path": "missing.txt"},
        {"nothing": True},
    ]
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    docs, errors = _split(list(iter_documents([manifest])))
    assert [d.outlet for d in docs] == ["afp", None]
    assert docs[1].url == "https://example.org/x"
    assert len(errors) == 3
    assert any("missing.txt" in str(e) and "does not exist" in str(e) for e in errors)
    assert any("m.jsonl:5" in str(e) and "not valid JSON" in str(e) for e in errors)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"   \n\n ", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("bad.txt", b"\xff\xfe\x00\x00caf\x81", "binary"),
    ],
)
def test_bad_input_gives_one_clear_error_and_the_batch_goes_on(tmp_path, name, content, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Russia delivered S-300 systems to Iran.", encoding="utf-8")
    docs, errors = _split(list(iter_documents([bad, good, tmp_path / "absent.txt"])))
    assert [d.source for d in docs] == [str(good)]
    assert len(errors) == 2
    assert str(bad) in str(errors[0]) and message in str(errors[0])
    assert "absent.txt" in str(errors[1]) and "does not exist" in str(errors[1])
    assert all("\n" not in str(e) for e in errors)


def test_undecodable_bytes(tmp_path):
    bad = tmp_path / "mixed.txt"
    bad.write_bytes(b"Russia \x81\x8d\x90 delivered S-300 systems.")
    docs, errors = _split(list(iter_documents([bad])))
    assert not docs
    assert "is not UTF-8 text" in str(errors[0]) and str(bad) in str(errors[0])


def test_latin1_text_is_read(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 owners in S\u00e3o Paulo bought tanks.".encode("cp1252"))
    (doc,), errors = _split(list(iter_documents([path])))
    assert "Caf\u00e9" in doc.text


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("One text about tanks.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("Another text about jets.", encoding="utf-8")
    docs, errors = _split(list(iter_documents([tmp_path / "a"])))
    assert len(docs) == 2 and not errors


def test_language_guess():
    assert make_document("The ministry said the tanks were delivered to the army.", source="x").language == "en"
    assert make_document("Le ministère a déclaré que les chars avaient été livrés.", source="x").language != "en"
