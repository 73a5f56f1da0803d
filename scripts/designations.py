"""The designation grammar of the systems catalog (used by
scripts/build_systems_catalog.py): slugs and comparison keys, and the generic
rule that gives a SIPRI designation its family, id and display name.  The
reviewed exceptions to the rule are data: scripts/catalog/sipri_overrides.csv
and family_patterns.csv."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

_TERMS = yaml.safe_load((Path(__file__).resolve().parent / "catalog" / "terms.yaml")
                        .read_text(encoding="utf-8"))
VARIANT_WORDS = set(_TERMS["variant_words"])          # 'Block', 'Mk', 'turret'...
NAME_REPLACEMENTS = _TERMS["name_replacements"]       # 'Phantom-2' -> 'Phantom II'
CALIBRE_RE = re.compile(r"^\d+(\.\d+)?(mm|-inch|inch|in)$", re.I)
CYRILLIC = str.maketrans("МСЕАВКТОРН", "MSEABKTOPH")   # Cyrillic look-alikes in Oryx names
ORYX_FOR = re.compile(r"\((?:[^()]*?\bfor\s+)([^()]+)\)")


def slugify(text: str) -> str:
    """Lowercase ASCII slug: letters, digits and single hyphens ('.' kept)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("'", "").replace("\u2019", "").replace("&", " and ")
    return re.sub(r"-{2,}", "-", re.sub(r"[^A-Za-z0-9.]+", "-", text).strip("-").lower())


def norm_key(text: str) -> str:
    """Key used to compare names and aliases: lowercase letters and digits only."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


def alnum(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def normalize_code(token: str, origin: str | None, category: str | None) -> str:
    """Base model of a designation code: 'F-16C' -> 'f-16', 'Su-30MKI' -> 'su-30',
    'M-1A2' (US) -> 'm1', '2S19' -> '2s19', 'Type-209/1400' -> 'type-209'."""
    tok = re.sub(r"^EL/([MW])-", r"EL\1-", token, flags=re.I)
    if re.match(r"^AN/", tok) and origin == "USA":
        tok = tok[3:]
        category = category if category in {"radar", "sensor"} else "sensor"
    tok = re.sub(r"^AN/", "", tok)
    tok = re.sub(r"^([A-Za-z]{1,2})/(?=[A-Za-z]*-?\d)", r"\1-", tok)   # M/40, J/FPS-3
    tok = tok.split("/")[0] or tok
    if m := re.match(r"^(\d+)-(\d+)$", tok):                            # 53-65
        return f"{m.group(1)}-{m.group(2)}"
    if m := re.match(r"^(\d+[A-Za-z]+)(-?)(\d+)", tok):                 # 2S19, 9M723, 3M-14E
        return (m.group(1) + m.group(2) + m.group(3)).lower()
    m = re.match(r"^([A-Za-z]+\d+[A-Za-z]+)(?:-\d+)?[A-Za-z]*$", tok)   # F4U, SB2C, A400M
    if m and not re.match(r"^[A-Za-z]+-", tok):
        return m.group(1).lower()
    m = re.match(r"^([A-Za-z]+)(-?)(\d+)(-\d+)?", tok)                  # F-16C, A330, ZSU-23-4
    if not m:
        return slugify(tok)
    prefix, sep, num, tail = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    if origin == "USA" and category in {"radar", "sensor"} and sep and \
            re.fullmatch(r"[ABFGMPSTUV][A-Z]{2}", prefix):
        return f"an/{prefix.lower()}-{num}"                           # JETDS: APG-68 -> an/apg-68
    if prefix.upper() == "ZSU" and tail:
        return f"zsu-{num}{tail}"
    if prefix == "M" and origin == "USA":
        return f"m{num}"
    if category == "helicopter" and prefix.upper() in {"AS", "SA", "EC", "AW", "NH"}:
        sep = ""
    return f"{prefix.lower()}{sep}{num}"


def rule_family(designation: str, origin: str | None = None, category: str | None = None,
                description: str | None = None) -> str:
    """The family the generic rule gives (no overrides)."""
    text = re.sub(r"^(Project|Type) (\d)", r"\1-\2", designation.strip().replace("F/A-", "F-"))
    tokens = text.split()
    if tokens and CALIBRE_RE.match(tokens[0]):                 # '40mm Twin Bofors'
        return slugify(" ".join(tokens))
    kept = [t for t in tokens if not CALIBRE_RE.match(t)]
    calibre = next((t for t in tokens if CALIBRE_RE.match(t)), None)
    if not kept:
        return slugify(text)
    if kept[0].isdigit() and len(kept) > 1:                    # '20 de Julio'
        return slugify(" ".join(kept))
    if re.search(r"\d", kept[0]):
        return normalize_code(kept[0], origin, category)
    words = []
    for t in kept:
        base = t.split("/")[0]
        if re.search(r"\d", base) or base in VARIANT_WORDS:
            # 'Ground Master-400': a capitalised word with a model number is part
            # of the name; marks such as 'HAS-1', 'FB-6' or 'Mk-3' are variants.
            if words and re.fullmatch(r"[A-Z][a-z]{2,}-\d+", base) and \
                    base.split("-")[0] not in VARIANT_WORDS:
                words.append(base)
            break
        words.append(base)
        if "/" in t:
            break
    fam = slugify(" ".join(words)) or slugify(kept[0])
    if calibre and (category == "naval weapon" or (description or "") in {
            "mortar", "AA gun", "anti-aircraft gun", "coastal defence gun", "mortar turret"}):
        fam = f"{fam}-{calibre.lower()}"
    return fam


def compact_id(designation: str, origin: str | None) -> str:
    """Id of a SIPRI entry: the designation slug without calibre and trailing
    popular name ('AH-64D Apache' -> 'ah-64d', 'M-1A2 Abrams' -> 'm1a2')."""
    tokens = [t for t in designation.strip().split() if not CALIBRE_RE.match(t)] or \
        designation.split()
    if re.search(r"\d", tokens[0]) and not tokens[0].isdigit():
        while len(tokens) > 1 and not re.search(r"\d", tokens[-1]):
            tokens = tokens[:-1]
    first = re.sub(r"^M-(\d)", r"M\1", tokens[0]) if origin == "USA" else tokens[0]
    return slugify(" ".join([first] + tokens[1:]))


def tidy_name(designation: str) -> str:
    name = designation.strip()
    for k, v in NAME_REPLACEMENTS.items():
        name = name.replace(k, v)
    name = re.sub(r"\bProject-(\d)", r"Project \1", re.sub(r"\bType-(\w)", r"Type \1", name))
    return re.sub(r"\s{2,}", " ", name).strip(" -")


def designation_keys(row: dict) -> set[str]:
    """The keys under which armsledger.nlp.systems files a row: alphanumerics of
    id, name, aliases, NATO names and NATO codes that contain a digit."""
    nato = row["nato_names"]
    keys = {alnum(t) for t in [row["id"], row["name"], *row["aliases"], *nato,
                               *(n.split()[0] for n in nato)]}
    return {k for k in keys if re.search(r"\d", k)}



def display_name(designation: str, family: str, category: str, kind: str, suffix: str = "",
                 reviewed: str = "") -> str:
    """Display name of a SIPRI-derived row: the reviewed name, else the tidied
    designation; ships without a number are '<name>-class <kind>', a bare word
    or a row split off by kind (suffix) takes its kind ('Explorer survey ship')."""
    number = re.search(r"\d", designation)
    if category in {"surface ship", "submarine"} and not (suffix and number):
        name = (not suffix and reviewed) or tidy_name(designation) + ("" if number else f"-class {kind}")
    elif suffix:
        name = f"{tidy_name(designation)} {kind}"
    elif reviewed:
        name = reviewed
    elif re.fullmatch(r"[A-Za-z\u00c0-\u024f]+", designation.strip()):
        name = f"{designation.strip()} {kind}"
    else:
        name = tidy_name(designation)
    return f"AN/{name}" if family.startswith("an/") and not name.startswith("AN/") else name  # JETDS

def oryx_designation(model: str, section: str) -> tuple[str, str | None]:
    """The designation in an Oryx model name, and what it is a version for
    ('1V13(M) battery command vehicle (for D-30)' -> ('1V13M', 'D-30')); ''
    for an unknown or improvised model."""
    model = model.translate(CYRILLIC).replace("'", "").replace('"', "").strip()
    if "Unknown" in model or " with " in model or "-based" in model:
        return "", None
    model = re.sub(r"\(([^()\s]+)\)", r"\1", model)     # BMP-1(P) -> BMP-1P
    m = ORYX_FOR.search(model)
    text = re.sub(r"\([^()]*\)", "", ORYX_FOR.sub("", model)).split(" and ")[0]
    words = []
    for w in re.sub(r"^\d+(\.\d+)?mm\s+", "", text).split():   # leading calibre dropped
        if re.fullmatch(r"[a-z][a-z-]*", w) or w == "or":
            break
        words.append(w)
    desig = " ".join(words).strip()
    if section == "Naval Ships":
        desig = " ".join(desig.split()[:2])          # 'Project 775'
    return desig, m.group(1).strip() if m else None
