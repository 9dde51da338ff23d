"""Demo slots: a week of counter times, home visits and video calls for `seed_demo_slots`.

The demo's central service (`kiosk.demo_services`) and tests use it; a municipality
publishes its real slots with ``fygitaal central admin slots publish``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from central.appointments import publish_slot

DEMO_SERVICES = ("population", "eid", "civil_status", "building_permits")
"""The counter services of the demo (the kiosk's `kiosk.queue.COUNTER_SERVICES`)."""


def seed_demo_slots(
    engine: Engine, municipality_id: str, first_day: dt.date, *, days: int = 5
) -> int:
    """Publish a demo week: counter slots every half hour, home visits and video calls.

    Times are in this machine's time zone; returns how many slots were published.
    """
    zone = dt.datetime.now().astimezone().tzinfo
    published = 0
    for offset in range(days):
        day = first_day + dt.timedelta(days=offset)
        if day.weekday() >= 5:  # Saturday and Sunday: closed
            continue
        for hour, minute in ((9, 0), (9, 30), (10, 0), (10, 30), (14, 0), (14, 30), (16, 0)):
            starts = dt.datetime.combine(day, dt.time(hour, minute), zone)
            for service in DEMO_SERVICES:
                publish_slot(
                    engine,
                    municipality_id,
                    service=service,
                    channel="counter",
                    starts_at=starts,
                    minutes=30,
                    capacity=2,
                )
                published += 1
        for channel, hour in (("home_visit", 10), ("video", 15)):
            publish_slot(
                engine,
                municipality_id,
                service="population" if channel == "home_visit" else "building_permits",
                channel=channel,
                starts_at=dt.datetime.combine(day, dt.time(hour), zone),
                minutes=60,
                capacity=1,
            )
            published += 1
    return published
