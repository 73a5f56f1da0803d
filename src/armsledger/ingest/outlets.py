"""A document's outlet: from the catalog by web domain or name, else the site name."""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from ..catalog import normalize_key, read_outlets
from ..errors import CatalogError


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(domain -> id, normalized name -> id); empty when the catalog is missing,
    since an outlet name is still better than none."""
    try:
        entries = read_outlets()
    except CatalogError:
        return {}, {}
    domains = {d.lower(): e.id for e in entries for d in e.domains}
    names: dict[str, str] = {}
    for entry in entries:
        for name in (entry.id, entry.name, *entry.aliases):
            names.setdefault(normalize_key(name), entry.id)
    return domains, names


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def outlet_for(url: str | None, site_name: str | None = None) -> str | None:
    """The catalog id for the URL's domain (or any parent domain), else for
    the site name, else the site name, else the host."""
    domains, names = _tables()
    host = host_of(url)
    if host:
        labels = host.split(".")
        for i in range(len(labels) - 1):
            found = domains.get(".".join(labels[i:]))
            if found:
                return found
    if site_name:
        found = names.get(normalize_key(site_name))
        return found or site_name.strip()[:200] or host
    return host
