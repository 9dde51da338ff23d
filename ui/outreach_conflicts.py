"""Conflicts side by side: two laptops changed the same field; a staff member picks one.

Central keeps both values (`offline_sync.conflicts`); the choice is written locally as a
``resolve`` op by the signed-in staff member and synced at once, so every laptop of the
team ends with the same value.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ui.outreach_desk import named
from ui.screen import KioskScreen, set_text

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from offline_sync.conflicts import Conflict
    from ui.outreach_desk import OutreachDesk

ID_ROLE = Qt.ItemDataRole.UserRole


def shown(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v.get("text", v)) if isinstance(v, dict) else str(v) for v in value)
    return "" if value is None else value if isinstance(value, str) else json.dumps(value)


class ConflictsScreen(KioskScreen):
    name = "outreach-conflicts"

    def __init__(self, desk: OutreachDesk) -> None:
        super().__init__()
        self._desk = desk
        self._conflicts: dict[str, Conflict] = {}
        self.heading = named(QLabel(), "heading")
        self.back = named(QPushButton(), "conflicts-back")
        self.items = named(QListWidget(), "conflicts")
        self.server_title = QLabel()
        self.device_title = QLabel()
        self.server_value = named(QLabel(), "conflict-server-value")
        self.device_value = named(QLabel(), "conflict-device-value")
        for label in (self.server_value, self.device_value):
            label.setWordWrap(True)
        self.keep_server = named(QPushButton(), "conflict-keep-server")
        self.keep_device = named(QPushButton(), "conflict-keep-device")
        self.message = named(QLabel(), "conflicts-message")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back)
        sides = QGridLayout()
        sides.addWidget(self.server_title, 0, 0)
        sides.addWidget(self.device_title, 0, 1)
        sides.addWidget(self.server_value, 1, 0)
        sides.addWidget(self.device_value, 1, 1)
        sides.addWidget(self.keep_server, 2, 0)
        sides.addWidget(self.keep_device, 2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.items, 1)
        layout.addLayout(sides)
        layout.addWidget(self.message)
        self.items.currentItemChanged.connect(lambda _now, _before: self._show_selected())
        self.keep_server.clicked.connect(lambda: self._keep(server=True))
        self.keep_device.clicked.connect(lambda: self._keep(server=False))
        self.back.clicked.connect(lambda: desk.show_page(desk.day))
        desk.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Changes made on two laptops at once"))
        set_text(self.back, self.tr("Back to the day list"))
        set_text(self.server_title, self.tr("Kept for now"))
        set_text(self.device_title, self.tr("The other change"))
        set_text(self.keep_server, self.tr("Keep this one"))
        set_text(self.keep_device, self.tr("Keep this one instead"))
        self.items.setAccessibleName(self.tr("Changes made on two laptops at once"))

    def show_conflicts(self) -> None:
        self.message.clear()
        self._reload()
        self._desk.show_page(self)

    def _changed(self) -> None:
        if self._desk.currentWidget() is self:
            self._reload()

    def _reload(self) -> None:
        self._desk.read(_load, self._show)

    def _show(self, conflicts: list[Conflict]) -> None:
        self._conflicts = {c.conflict_id: c for c in conflicts}
        self.items.clear()
        for conflict in conflicts:
            row = QListWidgetItem(f"{conflict.entity} · {conflict.field}")
            row.setData(ID_ROLE, conflict.conflict_id)
            self.items.addItem(row)
        if conflicts:
            self.items.setCurrentRow(0)
        else:
            set_text(self.message, self.tr("Nothing to resolve."))
        self._show_selected()

    def _selected(self) -> Conflict | None:
        item = self.items.currentItem()
        return None if item is None else self._conflicts.get(str(item.data(ID_ROLE)))

    def _show_selected(self) -> None:
        conflict = self._selected()
        self.server_value.setText("" if conflict is None else shown(conflict.server_value))
        self.device_value.setText("" if conflict is None else shown(conflict.device_value))
        self.server_value.setProperty("fixedText", True)
        self.device_value.setProperty("fixedText", True)
        for button in (self.keep_server, self.keep_device):
            button.setEnabled(conflict is not None)

    def _keep(self, *, server: bool) -> None:
        conflict = self._selected()
        if conflict is None:
            return
        value = conflict.server_value if server else conflict.device_value
        conflict_id = conflict.conflict_id

        def work(engine: Engine, staff: Any) -> str:
            from offline_sync.conflicts import resolve
            from offline_sync.outbox import set_actor

            with engine.begin() as conn:
                set_actor(conn, staff.staff_id)
                return resolve(conn, conflict_id, value)

        self._desk.write(
            work,
            lambda _op: set_text(self.message, self.tr("Resolved.")),
            lambda _error: set_text(self.message, self.tr("Already resolved elsewhere.")),
        )

    def reset(self) -> None:
        super().reset()
        self._conflicts = {}
        self.items.clear()
        self.server_value.clear()
        self.device_value.clear()
        self.message.clear()


def _load(engine: Engine) -> list[Conflict]:
    from offline_sync.conflicts import open_conflicts

    with engine.connect() as conn:
        return open_conflicts(conn)
