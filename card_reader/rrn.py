"""The National Register's certificate on a card: its key, and whether a trusted root signed it.

Every card of a period carries the same RRN and root certificate files, so the outcome is
remembered per `TrustStore` for those exact bytes: parsing them and checking the chain (a
P-384 signature check on applet 1.8) is done once per process, not once per card.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes

from card_reader.der import is_empty_file, strip_der_padding
from card_reader.errors import MalformedData
from card_reader.files import CardFiles
from card_reader.trust import TrustStore, issued_by

_UNUSABLE = "no usable RRN certificate"


@dataclass(frozen=True)
class RrnCheck:
    """The key that signs identity and address (or why there is none), and the chain verdict."""

    key: CertificatePublicKeyTypes | None
    key_problem: str
    certificate_problem: str | None
    chain_valid: bool
    chain_detail: str


def rrn_check(files: CardFiles, trust: TrustStore) -> RrnCheck:
    """Check ``files``' RRN certificate against ``trust`` (remembered for the same bytes)."""
    return trust.remembered((files.rrn_cert, files.root_cert), lambda: _check(files, trust))


def _check(files: CardFiles, trust: TrustStore) -> RrnCheck:
    try:
        cert = _rrn_certificate(files)
    except MalformedData as exc:
        return RrnCheck(None, _UNUSABLE, str(exc), False, _UNUSABLE)
    try:
        key: CertificatePublicKeyTypes | None = cert.public_key()
        key_problem = ""
    except (ValueError, UnsupportedAlgorithm) as exc:
        key, key_problem = None, str(exc)
    valid, detail = _chain(cert, files, trust)
    return RrnCheck(key, key_problem, None, valid, detail)


def _rrn_certificate(files: CardFiles) -> x509.Certificate:
    if is_empty_file(files.rrn_cert):
        raise MalformedData("RRN certificate (503C) missing")
    assert files.rrn_cert is not None
    try:
        return x509.load_der_x509_certificate(strip_der_padding(files.rrn_cert))
    except ValueError as exc:
        raise MalformedData("RRN certificate (503C) unreadable") from exc


def _chain(cert: x509.Certificate, files: CardFiles, trust: TrustStore) -> tuple[bool, str]:
    try:
        return _find_chain(cert, files, trust)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:  # odd keys or names
        return False, f"certificate not usable: {type(exc).__name__}"


def _find_chain(cert: x509.Certificate, files: CardFiles, trust: TrustStore) -> tuple[bool, str]:
    if not is_empty_file(files.root_cert):
        assert files.root_cert is not None
        try:
            card_root = x509.load_der_x509_certificate(strip_der_padding(files.root_cert))
        except (ValueError, MalformedData):
            return False, "card root certificate (503B) unreadable"
        anchor = trust.trusted_root_matching(card_root)
        if anchor is None:
            return False, "card root certificate is not a trusted root"
        candidates = [anchor]
    else:
        candidates = trust.roots_named(cert.issuer)
        if not candidates:
            return False, f"untrusted issuer {cert.issuer.rfc4514_string()}"
    for root in candidates:
        if issued_by(cert, root):
            return True, f"signed by {root.subject.rfc4514_string()}"
    return False, "RRN certificate not signed by a trusted root"
