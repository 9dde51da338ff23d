"""Which Belgian root certificates we trust to vouch for the National Register's key.

The production roots (Belgium Root CA2-CA6) ship with the application as package data in
``card_reader/trust_roots/``; the Citizen and Foreigner CA certificates next to them are
kept as intermediates for checking a citizen's authentication certificate. Nothing else is
trusted unless configuration adds it explicitly (`TrustStore.with_extra`), which is how
tests and demos trust their own test PKI. Expiry of a root is not checked: the card's
files were signed when it was valid, and old cards stay valid for years after.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import TypeVar, cast

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from card_reader.der import strip_der_padding
from card_reader.errors import MalformedData

logger = logging.getLogger(__name__)

T = TypeVar("T")

_MEMO_LIMIT = 64
"""Distinct RRN certificates remembered per store; a handful exist, forged cards add more."""
_PEM_MARKER = b"-----BEGIN CERTIFICATE-----"


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """Certificates from PEM (one or more) or DER (optionally zero-padded, as on the card)."""
    try:
        if _PEM_MARKER in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(strip_der_padding(data))]
    except ValueError as exc:
        raise MalformedData("not a PEM or DER certificate") from exc


def load_certificate_file(path: str | os.PathLike[str]) -> list[x509.Certificate]:
    """`load_certificates` on a file; OSError if it cannot be read."""
    with open(path, "rb") as handle:
        return load_certificates(handle.read())


def issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """True if ``issuer``'s name and key match ``cert``'s issuer and signature.

    Done by hand because `Certificate.verify_directly_issued_by` refuses SHA-1, which the
    older Belgian roots and the eID test PKI use.
    """
    if cert.issuer != issuer.subject:
        return False
    key = issuer.public_key()
    try:
        params = cert.signature_algorithm_parameters
        algorithm = cert.signature_hash_algorithm
        if isinstance(key, rsa.RSAPublicKey) and isinstance(params, padding.PKCS1v15 | padding.PSS):
            if algorithm is None:
                return False
            key.verify(cert.signature, cert.tbs_certificate_bytes, params, algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey) and isinstance(params, ec.ECDSA):
            key.verify(cert.signature, cert.tbs_certificate_bytes, params)
        else:
            return False
    except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
        return False
    return True


def is_self_signed(cert: x509.Certificate) -> bool:
    """True for a root: issued by itself, with a signature its own key verifies."""
    return issued_by(cert, cert)


def _public_der(cert: x509.Certificate) -> bytes:
    return cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@dataclass(frozen=True)
class TrustStore:
    """Trust anchors for the RRN certificate, plus known intermediates."""

    roots: tuple[x509.Certificate, ...] = ()
    intermediates: tuple[x509.Certificate, ...] = ()
    _memo: dict[tuple[bytes | None, bytes | None], object] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    @classmethod
    def production(cls) -> TrustStore:
        """The Belgian roots shipped with the application, and nothing else."""
        roots: list[x509.Certificate] = []
        intermediates: list[x509.Certificate] = []
        folder = resources.files("card_reader").joinpath("trust_roots")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith((".pem", ".der", ".crt", ".cer")):
                continue
            for cert in load_certificates(entry.read_bytes()):
                (roots if is_self_signed(cert) else intermediates).append(cert)
        return cls(tuple(roots), tuple(intermediates))

    def with_extra(self, paths: Iterable[str | os.PathLike[str]]) -> TrustStore:
        """A copy that also trusts the certificates in ``paths`` (PEM or DER) as roots."""
        extra = [cert for path in paths for cert in load_certificate_file(path)]
        return self.with_certificates(extra)

    def with_certificates(self, certs: Iterable[x509.Certificate]) -> TrustStore:
        """A copy that also trusts ``certs`` as roots (explicit configuration only)."""
        added = tuple(c for c in certs if c not in self.roots)
        for cert in added:
            logger.info("extra trusted root: %s", cert.subject.rfc4514_string())
        return TrustStore(self.roots + added, self.intermediates)

    def trusted_root_matching(self, cert: x509.Certificate) -> x509.Certificate | None:
        """Our own copy of ``cert`` if it is a trusted root (same bytes, or same name and key)."""
        for root in self.roots:
            if root == cert:
                return root
        key = _public_der(cert)
        for root in self.roots:
            if root.subject == cert.subject and _public_der(root) == key:
                return root
        return None

    def roots_named(self, name: x509.Name) -> list[x509.Certificate]:
        """Trusted roots whose subject is ``name`` (candidates for having issued a cert)."""
        return [root for root in self.roots if root.subject == name]

    def remembered(self, key: tuple[bytes | None, bytes | None], compute: Callable[[], T]) -> T:
        """``compute()`` once per ``key`` (exact certificate bytes) for this store's roots.

        Every card of a period carries the same RRN and root certificates, so their parsing
        and chain check (a P-384 signature check on 1.8 cards) need not be redone per card:
        the outcome depends only on those bytes and on the roots, which never change in a
        store. Bounded, so a stream of cards with forged certificates cannot grow it.
        """
        if key not in self._memo:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[key] = compute()
        return cast(T, self._memo[key])
