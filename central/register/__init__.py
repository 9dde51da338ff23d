"""The population register adapter: one interface, a synthetic backend (MAGDA later).

`open_register` is the one place that maps the ``--register`` option to a backend.
"""

from __future__ import annotations

from central.register.model import (
    Address,
    Cohabitation,
    HouseholdMember,
    Identity,
    LifeStatus,
    PersonNotFound,
    PopulationRegister,
    RegisterError,
    RegisterUnavailable,
    Relation,
    Residence,
    Sex,
    VoterRegistration,
)
from central.register.synthetic import SyntheticRegister

BACKENDS = ("synthetic",)

__all__ = [
    "BACKENDS",
    "Address",
    "Cohabitation",
    "HouseholdMember",
    "Identity",
    "LifeStatus",
    "PersonNotFound",
    "PopulationRegister",
    "RegisterError",
    "RegisterUnavailable",
    "Relation",
    "Residence",
    "Sex",
    "SyntheticRegister",
    "VoterRegistration",
    "open_register",
]


def open_register(backend: str) -> PopulationRegister:
    """The register backend named ``backend`` (one of `BACKENDS`).

    Raises:
        ValueError: an unknown backend name.
    """
    if backend == "synthetic":
        return SyntheticRegister()
    raise ValueError(f"unknown register backend {backend!r} (known: {', '.join(BACKENDS)})")
