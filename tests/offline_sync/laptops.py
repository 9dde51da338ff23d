"""An outreach laptop for end-to-end tests: a real device database, enrolled, real client."""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from sqlalchemy import text

from central import admin
from offline_sync.conflicts import open_conflicts, resolve
from offline_sync.enroll import DeviceCredentials, enroll
from offline_sync.outbox import pending_count, set_actor
from offline_sync.protocol import ENTITIES, VISIT_TRANSITIONS, new_id
from offline_sync.runner import DeviceSync
from offline_sync.store import LocalStore, open_store
from tests.central.helpers import Municipality
from tests.offline_sync.keyrings import MemoryKeyring


@dataclass
class Laptop:
    name: str
    store: LocalStore
    device_sync: DeviceSync

    @classmethod
    def enrolled(
        cls,
        name: str,
        folder: Path,
        url: str,
        muni: Municipality,
        *,
        team: str = "t1",
        keyring: KeyringBackend | None = None,
    ) -> Laptop:
        """A new laptop enrolled with a fresh one-time code, talking to ``url``."""
        code = admin.create_enrollment_code(muni.engine, muni.municipality_id, "outreach", team)
        store = open_store(folder / f"{name}.sqlite3")
        credentials = DeviceCredentials(keyring or MemoryKeyring())
        enroll(store.engine, url, code, device_name=name, credentials=credentials)
        return cls(name, store, DeviceSync(store.engine, credentials=credentials))

    def write(self, statement: str, **params: Any) -> None:
        """One local transaction by this laptop's staff member (the triggers make the ops)."""
        with self.store.engine.begin() as connection:
            set_actor(connection, f"staff-{self.name}")
            connection.execute(text(statement), params)

    def sync(self) -> None:
        self.device_sync()

    def add_note(self, visit: str, note: str) -> None:
        self.write(
            "UPDATE visit SET notes = json_insert(coalesce(notes, '[]'), '$[#]',"
            " json_object('id', :note_id, 'text', :note)) WHERE id = :id",
            id=visit,
            note_id=new_id(),
            note=note,
        )

    @staticmethod
    def fields(entity: str) -> tuple[str, ...]:
        return ENTITIES[entity].field_names

    def records(self, entity: str) -> dict[str, dict[str, Any]]:
        """Live records as the laptop shows them: JSON fields decoded, unset fields left out."""
        spec = ENTITIES[entity]
        names = spec.field_names
        with self.store.engine.connect() as connection:
            rows = connection.execute(
                text(f"SELECT id, {', '.join(names)} FROM {entity} WHERE _deleted = 0")  # noqa: S608
            )
            result: dict[str, dict[str, Any]] = {}
            for row in rows:
                values: dict[str, Any] = {}
                for name, value in zip(names, row[1:], strict=True):
                    field = spec.field(name)
                    if value is None:
                        continue
                    values[name] = json.loads(value) if field and field.is_json else value
                result[row[0]] = values
            return result

    def open_conflicts(self) -> list[dict[str, Any]]:
        """Unresolved conflicts as the side-by-side view lists them."""
        with self.store.engine.connect() as connection:
            return [asdict(conflict) for conflict in open_conflicts(connection)]

    def resolve(self, conflict_id: str, value: Any) -> None:
        with self.store.engine.begin() as connection:
            set_actor(connection, f"staff-{self.name}")
            resolve(connection, conflict_id, value)

    def committed_op_ids(self) -> list[str]:
        with self.store.engine.connect() as connection:
            return [row[0] for row in connection.execute(text("SELECT op_id FROM outbox"))]

    def pending(self) -> int:
        with self.store.engine.connect() as connection:
            return pending_count(connection)

    def op_status_counts(self) -> Counter[str]:
        with self.store.engine.connect() as connection:
            rows = connection.execute(text("SELECT status FROM outbox_result"))
            return Counter(row[0] for row in rows)

    def random_edit(self, rng: random.Random) -> None:
        """Something a staff member does on a home visit, chosen by ``rng``."""
        visits = list(self.records("visit").items())
        if not visits or rng.random() < 0.2:
            self.write(
                "INSERT INTO visit (id, person_id, status, team_id, notes, checklist)"
                " VALUES (:id, :person, 'planned', 't1', '[]', '[]')",
                id=new_id(),
                person=f"p{rng.randrange(5)}",
            )
            return
        visit, fields = rng.choice(visits)
        action = rng.randrange(4)
        if action == 0:
            self.write(
                "UPDATE visit SET outcome = :value WHERE id = :id",
                id=visit,
                value=f"{self.name} outcome {rng.randrange(1000)}",
            )
        elif action == 1:
            self.add_note(visit, f"{self.name} note {rng.randrange(1000)}")
        elif action == 2:
            item = rng.choice(["itsme", "ebox", "pin-reset", "tablet"])
            checklist = list(fields.get("checklist") or [])
            checklist = (
                [i for i in checklist if i != item] if item in checklist else [*checklist, item]
            )
            self.write(
                "UPDATE visit SET checklist = :value WHERE id = :id",
                id=visit,
                value=json.dumps(checklist),
            )
        else:
            moves = sorted(VISIT_TRANSITIONS.get(str(fields.get("status")), ()))
            if moves:
                self.write(
                    "UPDATE visit SET status = :value WHERE id = :id",
                    id=visit,
                    value=rng.choice(moves),
                )
