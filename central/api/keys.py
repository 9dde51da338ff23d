"""Keys a device needs for its work (``/v1/device``): the municipality's pseudonym secret.

Only an enrolled, unrevoked kiosk or outreach device gets it, and only its own
municipality's: the device's credential decides which, never a parameter.
"""

from __future__ import annotations

from fastapi import APIRouter, Response

from central.api.deps import DeviceDep, EngineDep
from central.api.errors import ApiError, documented
from central.pseudonyms import pseudonym_secret
from offline_sync.protocol import PseudonymSecret

router = APIRouter(prefix="/v1/device", tags=["device"])
DEVICE_ROLES = ("kiosk", "outreach")


@router.get("/pseudonym-secret", response_model=PseudonymSecret, responses=documented(401, 403))
def get_pseudonym_secret(
    device: DeviceDep, engine: EngineDep, response: Response
) -> PseudonymSecret:
    """The secret behind person and voter keys; devices keep it in the OS keyring."""
    if device.role not in DEVICE_ROLES:
        raise ApiError(403, "forbidden", f"a {device.role!r} device does not need this secret")
    response.headers["Cache-Control"] = "no-store"
    secret = pseudonym_secret(engine, device.municipality_id)
    return PseudonymSecret(municipality_id=device.municipality_id, secret=secret.hex())
