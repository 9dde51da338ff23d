"""A resident asks for a home visit (the kiosk's offer to people of 65 and over).

The request is written to the local store (actor ``citizen``, or assisted by staff) and
synced; central routes it to an outreach team, which plans the visit or declines. It
carries what a team needs to get in touch (names, address from the verified card) and
the ``person_key`` when the device has the municipality's secret; never the national
number.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy import Engine, text

from kiosk.citizen import Citizen, actor_for
from offline_sync.outbox import set_actor
from offline_sync.protocol import new_id

log = logging.getLogger(__name__)

REQUESTED = "requested"


def request_home_visit(
    engine: Engine,
    citizen: Citizen,
    *,
    reason: str = "kiosk-offer-65-plus",
    channel: str = "kiosk",
    assisted_by: str | None = None,
    now: datetime | None = None,
) -> str:
    """Store the request (its outbox op in the same transaction); returns its id."""
    request_id = new_id()
    requested_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    with engine.begin() as connection:
        set_actor(connection, actor_for(assisted_by))
        connection.execute(
            text(
                "INSERT INTO visit_request (id, person_key, first_names, surname,"
                " street_and_number, zip, reason, requested_at, status, channel, assisted_by)"
                " VALUES (:id, :key, :first, :surname, :street, :zip, :reason, :at, :status,"
                " :channel, :assisted)"
            ),
            {
                "id": request_id,
                "key": citizen.person_key or None,
                "first": citizen.first_names,
                "surname": citizen.surname,
                "street": citizen.street_and_number,
                "zip": citizen.postcode,
                "reason": reason,
                "at": requested_at,
                "status": REQUESTED,
                "channel": channel,
                "assisted": assisted_by,
            },
        )
    log.info("home visit requested (%s)", request_id)
    return request_id
