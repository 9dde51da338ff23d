"""Citizen authentication: the card signs a fresh challenge with the authentication key.

Proves that the person holds *this* card and knows its PIN: MSE:SET selects the
authentication key (82), VERIFY presents the PIN, PSO:CDS signs the challenge's hash
(``61xx`` then GET RESPONSE under T=0). The signature is checked against the authentication
certificate (5038), which must chain through the card's CA certificate (503A) to a trusted
Belgian root (503B) and be valid today.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import os
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

from card_reader.apdu import Command, Ins
from card_reader.eid import identify
from card_reader.errors import MalformedData, VerificationFailed
from card_reader.filereader import ApduChannel
from card_reader.files import Applet, FileId
from card_reader.pcsc import Pcsc
from card_reader.pin import PinHandler, verify_pin
from card_reader.trust import TrustStore, issued_by, load_certificates

log = logging.getLogger(__name__)

AUTHENTICATION_KEY = 0x82
_ALGORITHM = {Applet.V17: 0x08, Applet.V18: 0x02}  # RSA PKCS#1 SHA-256 / ECDSA SHA-384
_CHALLENGE_SIZE = 32


@dataclass(frozen=True)
class CitizenAuthentication:
    """A verified proof that the card's holder was present; the certificate says who."""

    certificate: x509.Certificate
    challenge: bytes
    signature: bytes


def authenticate(
    pcsc: Pcsc,
    handler: PinHandler,
    trust: TrustStore,
    reader: str | None = None,
    *,
    now: datetime.datetime | None = None,
) -> CitizenAuthentication:
    """Run the whole exchange on the PC/SC thread; raise `VerificationFailed` if it fails.

    PIN errors come through as `WrongPin`/`PinBlocked`/`PinCancelled` only when the handler
    gives up; the card is reset afterwards so that no PIN state outlives the exchange.
    """

    def job() -> CitizenAuthentication:
        connection = pcsc.connect(reader)
        try:
            channel = ApduChannel(connection)
            applet = identify(channel).applet
            certificate = _certificate(channel.read_file(FileId.AUTH_CERT, der=True))
            chain = (
                channel.read_file(FileId.CA_CERT, der=True),
                channel.read_file(FileId.ROOT_CERT, der=True),
            )
            algorithm = _ALGORITHM[applet]
            channel.check(
                Command(0x00, Ins.MSE_SET, 0x41, 0xB6, bytes((4, 0x80, algorithm, 0x84, 0x82))),
                "MSE:SET",
            )
            verify_pin(channel, handler)
            challenge = os.urandom(_CHALLENGE_SIZE)
            digest = _digest(applet, challenge)
            signature = channel.check(Command(0x00, Ins.PSO, 0x9E, 0x9A, digest), "PSO:CDS")
        finally:
            connection.disconnect(reset=True)
        _check_chain(certificate, *chain, trust, now or datetime.datetime.now(datetime.UTC))
        _check_signature(certificate, applet, challenge, signature)
        log.info("citizen authenticated with the card's authentication key")
        return CitizenAuthentication(certificate, challenge, signature)

    return pcsc.run(job)


def _certificate(content: bytes) -> x509.Certificate:
    if not any(content):
        raise VerificationFailed({"authentication": "this card has no authentication key"})
    try:
        return load_certificates(content)[0]
    except MalformedData as exc:
        raise VerificationFailed({"authentication": "unreadable certificate"}) from exc


def _digest(applet: Applet, challenge: bytes) -> bytes:
    if applet is Applet.V18:
        return hashlib.sha384(challenge).digest()
    return hashlib.sha256(challenge).digest()


def _check_chain(
    certificate: x509.Certificate,
    ca_file: bytes,
    root_file: bytes,
    trust: TrustStore,
    now: datetime.datetime,
) -> None:
    ca, root = _certificate(ca_file), _certificate(root_file)
    trusted = trust.trusted_root_matching(root)
    if trusted is None:
        raise VerificationFailed({"authentication": "the card's root is not trusted"})
    if not (issued_by(certificate, ca) and issued_by(ca, trusted)):
        raise VerificationFailed({"authentication": "certificate chain does not verify"})
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise VerificationFailed({"authentication": "certificate not valid today"})


def _check_signature(
    certificate: x509.Certificate, applet: Applet, challenge: bytes, signature: bytes
) -> None:
    key = certificate.public_key()
    try:
        if isinstance(key, ec.EllipticCurvePublicKey) and applet is Applet.V18:
            half = len(signature) // 2
            der = utils.encode_dss_signature(
                int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
            )
            key.verify(der, challenge, ec.ECDSA(hashes.SHA384()))
        elif isinstance(key, rsa.RSAPublicKey) and applet is Applet.V17:
            key.verify(signature, challenge, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise VerificationFailed({"authentication": "unexpected key type"})
    except InvalidSignature as exc:
        raise VerificationFailed(
            {"authentication": "the card's signature does not verify"}
        ) from exc


def check_chip(pcsc: Pcsc, basic_public_key: bytes, reader: str | None = None) -> None:
    """Applet 1.8: prove the chip holds the basic key whose hash the identity file carries.

    Limited to 5000 uses per card, so call it once per visit, never on every poll. Raises
    `VerificationFailed` when the chip's answer does not verify (a cloned file set).
    """
    key = serialization.load_der_public_key(basic_public_key)
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise VerificationFailed({"chip": "the basic key is not an EC key"})
    challenge = os.urandom(_CHALLENGE_SIZE)
    digest = hashlib.sha384(challenge).digest()

    def job() -> bytes:
        connection = pcsc.connect(reader)
        try:
            channel = ApduChannel(connection)
            identify(channel)
            data = bytes((0x94, len(digest))) + digest
            return channel.check(Command(0x00, Ins.INTERNAL_AUTHENTICATE, 0x02, 0x81, data), "IA")
        finally:
            connection.disconnect()

    signature = pcsc.run(job)
    half = len(signature) // 2
    der = utils.encode_dss_signature(
        int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
    )
    try:
        key.verify(der, digest, ec.ECDSA(utils.Prehashed(hashes.SHA384())))
    except InvalidSignature as exc:
        raise VerificationFailed({"chip": "the chip's signature does not verify"}) from exc
