"""armsledger's exceptions.

    ArmsledgerError
    ├── InputError          an input could not be read (names the input)
    │   ├── EmptyInputError
    │   ├── BinaryInputError
    │   └── DecodeError
    ├── CatalogError        a catalog row is malformed (names file and row)
    ├── StoreError          the database could not be opened or written
    └── GoldFileError       a gold file is malformed (names file and line)
"""

from __future__ import annotations


class ArmsledgerError(Exception):
    """Base of every error armsledger raises on purpose."""


class InputError(ArmsledgerError):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class DecodeError(InputError):
    pass


class CatalogError(ArmsledgerError):
    pass


class StoreError(ArmsledgerError):
    pass


class GoldFileError(ArmsledgerError):
    pass
