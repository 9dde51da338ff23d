"""The specimen vectors copied into the repository, loaded as `CardFiles`.

``alice``: a real applet 1.7 card image (RSA, SHA-1) from the eID test PKI, with its own
root. ``rsa_integrity``: the same PKI, a re-issued Alice. ``ec_p384``: an EC card
(ECDSA P-384/SHA-384) whose root, "eID TEST EC Root CA", is not among the vectors; its
SHA-256 photo hash and missing tag 1A make it a re-keyed applet 1.7 card, not a 1.8 one.
"""

from __future__ import annotations

from pathlib import Path

from card_reader.files import Applet, CardFiles

VECTORS = Path(__file__).parent / "vectors"
ALICE = VECTORS / "alice-rsa-1.7"
RSA_INTEGRITY = VECTORS / "rsa-integrity"
EC_P384 = VECTORS / "ec-p384"
ALICE_ROOT = ALICE / "Alice_RootCertificate.tlv"


def alice() -> CardFiles:
    """Alice as read from the card, every file."""

    def r(name: str) -> bytes:
        return (ALICE / f"Alice_{name}.tlv").read_bytes()

    return CardFiles(
        applet=Applet.V17,
        identity=r("Identity"),
        identity_signature=r("IdentitySignature"),
        address=r("Address"),
        address_signature=r("AddressSignature"),
        photo=r("Photo"),
        rrn_cert=r("RRNCertificate"),
        root_cert=r("RootCertificate"),
        ca_cert=r("CACertificate"),
        auth_cert=r("AuthentificationCertificate"),
        sign_cert=r("SigningCertificate"),
    )


def rsa_integrity() -> CardFiles:
    """The re-issued Alice; the vector holds no root certificate file."""

    def r(name: str) -> bytes:
        return (RSA_INTEGRITY / name).read_bytes()

    return CardFiles(
        applet=Applet.V17,
        identity=r("test-identity.tlv"),
        identity_signature=r("test-identity-sign.der"),
        address=r("test-address.tlv"),
        address_signature=r("test-address-sign.der"),
        photo=r("test-photo.jpg"),
        rrn_cert=r("test-rrn-cert.der"),
    )


def ec_p384() -> CardFiles:
    """The EC card; the vector holds no root certificate and no basic public key."""

    def r(name: str) -> bytes:
        return (EC_P384 / name).read_bytes()

    return CardFiles(
        applet=Applet.V17,
        identity=r("identity.tlv"),
        identity_signature=r("identity-signature.der"),
        address=r("address.tlv"),
        address_signature=r("address-signature.der"),
        photo=r("photo.jpg"),
        rrn_cert=r("rrn-cert.der"),
    )
