"""Check a National Register signature file against the RRN certificate's public key.

RSA cards sign with PKCS#1 v1.5; the hash is SHA-1 on older cards and SHA-256 on re-signed
ones (whose photo hash stays SHA-1), so both are tried. EC cards (applet 1.8 and re-keyed
1.7 cards) sign with ECDSA P-384/SHA-384 and store the DER signature followed by zeros;
the DER length is ``byte[1] + 2``.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from card_reader.der import strip_der_padding
from card_reader.errors import MalformedData

_RSA_HASHES: tuple[type[hashes.HashAlgorithm], ...] = (hashes.SHA256, hashes.SHA1)
_EC_HASHES: dict[int, type[hashes.HashAlgorithm]] = {
    256: hashes.SHA256,
    384: hashes.SHA384,
    521: hashes.SHA512,
}


class SignatureInvalid(Exception):
    """The signature does not match; ``str()`` says why (no personal data)."""


def check_signature(key: CertificatePublicKeyTypes, signature_file: bytes, data: bytes) -> str:
    """Verify ``signature_file`` over ``data``; return the algorithm that matched.

    Raises `SignatureInvalid` for a wrong, malformed or unsupported signature.
    """
    if isinstance(key, rsa.RSAPublicKey):
        return _check_rsa(key, signature_file, data)
    if isinstance(key, ec.EllipticCurvePublicKey):
        return _check_ec(key, signature_file, data)
    raise SignatureInvalid(f"unsupported RRN key type {type(key).__name__}")


def _check_rsa(key: rsa.RSAPublicKey, signature_file: bytes, data: bytes) -> str:
    size = (key.key_size + 7) // 8
    signature = signature_file
    if len(signature) > size and not any(signature[size:]):
        signature = signature[:size]
    for algorithm in (cls() for cls in _RSA_HASHES):
        try:
            key.verify(signature, data, padding.PKCS1v15(), algorithm)
        except (InvalidSignature, ValueError, UnsupportedAlgorithm):
            continue
        return f"RSA PKCS#1 v1.5 {algorithm.name.upper()}"
    raise SignatureInvalid("RSA signature does not match (tried SHA-256 and SHA-1)")


def ec_signature_der(signature_file: bytes, coordinate_size: int) -> bytes:
    """The DER ECDSA signature in a card file: DER plus zero padding, or raw ``r || s``."""
    if signature_file[:1] == b"\x30":
        try:
            return strip_der_padding(signature_file)
        except MalformedData as exc:
            raise SignatureInvalid(f"EC signature file is malformed: {exc}") from exc
    if len(signature_file) == 2 * coordinate_size:
        r = int.from_bytes(signature_file[:coordinate_size], "big")
        s = int.from_bytes(signature_file[coordinate_size:], "big")
        return encode_dss_signature(r, s)
    raise SignatureInvalid("EC signature file holds neither DER nor r||s")


def _check_ec(key: ec.EllipticCurvePublicKey, signature_file: bytes, data: bytes) -> str:
    algorithm_class = _EC_HASHES.get(key.curve.key_size)
    if algorithm_class is None:
        raise SignatureInvalid(f"unsupported curve {key.curve.name}")
    algorithm = algorithm_class()
    signature = ec_signature_der(signature_file, (key.curve.key_size + 7) // 8)
    try:
        key.verify(signature, data, ec.ECDSA(algorithm))
    except (InvalidSignature, ValueError, UnsupportedAlgorithm) as exc:
        raise SignatureInvalid(f"ECDSA {algorithm.name.upper()} signature does not match") from exc
    return f"ECDSA {key.curve.name} {algorithm.name.upper()}"
