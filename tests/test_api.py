import armsledger


def test_all_names_are_exported():
    for name in armsledger.__all__:
        assert hasattr(armsledger, name), name


def test_public_names_are_in_all():
    public = {n for n in vars(armsledger) if not n.startswith("_") and n[0].isupper() or n in {
        "analyze", "ingest", "open_store", "evaluate", "fuse_deals", "extract_events",
        "iter_documents", "build_nlp"}}
    modules = {n for n, v in vars(armsledger).items() if type(v).__name__ == "module"}
    assert public - modules <= set(armsledger.__all__)
