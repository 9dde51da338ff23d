"""The HTTP application: `create_app` wires the routers, error handlers and body limit."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import Engine

from central.api import appointments as appointments_api
from central.api import attachments, backoffice, certificates, device, errors
from central.api import keys as device_keys
from central.api import meldingen as meldingen_api
from central.api import my_data as my_data_api
from central.api import participation as participation_api
from central.api import staff_auth as staff_auth_api
from central.api.limits import BodyLimit
from central.api.shedding import MAX_IN_FLIGHT, LoadShedding
from central.certificates import CertificateSettings
from central.register import PopulationRegister
from offline_sync.protocol import MAX_ATTACHMENT_BYTES, PROTOCOL_VERSION

TITLE = "Fygitaal central service"


def create_app(
    engine: Engine | None,
    register: PopulationRegister | None = None,
    certificate_settings: CertificateSettings | None = None,
    *,
    max_attachment_bytes: int = MAX_ATTACHMENT_BYTES,
    max_in_flight: int = MAX_IN_FLIGHT,
) -> FastAPI:
    """The ASGI app; ``engine`` may be None only to render the OpenAPI document.

    Without a ``register`` certificate requests answer 503 ``register_unavailable``.
    """
    app = FastAPI(
        title=TITLE,
        version=f"{PROTOCOL_VERSION}.0",
        description=(
            "Sync hub and back office of a municipality. Every error answers an ErrorBody "
            "{code, message}. A busy server may answer 503 or 429 with Retry-After."
        ),
        docs_url=None,
        redoc_url=None,
    )
    app.state.engine = engine
    app.state.register = register
    app.state.certificates = certificate_settings or CertificateSettings()
    app.state.max_attachment_bytes = max_attachment_bytes
    errors.install(app)
    app.add_middleware(BodyLimit)
    app.add_middleware(LoadShedding, max_in_flight=max_in_flight)  # outermost: sheds first
    for router in (device.router, backoffice.router, certificates.router, attachments.router):
        app.include_router(router, responses=errors.common_errors())
    app.include_router(device_keys.router, responses=errors.common_errors())
    app.include_router(staff_auth_api.router, responses=errors.common_errors())
    app.include_router(my_data_api.router, responses=errors.common_errors())
    app.include_router(participation_api.router, responses=errors.common_errors())
    app.include_router(appointments_api.router, responses=errors.common_errors())
    app.include_router(meldingen_api.router, responses=errors.common_errors())
    return app
