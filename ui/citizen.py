"""Who is at the kiosk now, for every screen: set when a card is verified, cleared at the end.

Services read `CitizenHolder.current` and react to ``identified``/``cleared``; the session
end clears it synchronously, so no screen can show a previous citizen afterwards. On the
outreach laptop a staff member does the services *with* the resident: ``assisted_by``
names them, and the services store it on every record (never the resident alone).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.citizen import Citizen


class CitizenHolder(QObject):
    """The identified citizen of this session, or None (a guest, or nobody).

    Signals:
        identified(object): a `Citizen` was identified (card read and verified).
        cleared(): the citizen left (card out, finished, idle); forget them everywhere.
    """

    identified = Signal(object)
    cleared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: Citizen | None = None
        self.assisted_by: str | None = None
        """The staff member doing the services with the citizen, else None."""
        self._assistant: str | None = None  # signed in at the kiosk; outlives a card read
        self.channel = "kiosk"
        """Where the services are done: ``kiosk``, or ``home`` on a home visit."""

    @property
    def current(self) -> Citizen | None:
        """The identified citizen, or None."""
        return self._current

    def identify(
        self, citizen: Citizen, *, assisted_by: str | None = None, channel: str = "kiosk"
    ) -> None:
        """A verified card identified ``citizen`` (with ``assisted_by`` at their side)."""
        self._current = citizen
        self.assisted_by, self.channel = assisted_by or self._assistant, channel
        self.identified.emit(citizen)

    def assist(self, staff_id: str) -> None:
        """A staff member signed in at the kiosk: every later act is done with them."""
        self._assistant = self.assisted_by = staff_id

    def clear(self) -> None:
        """Forget the citizen and whoever assisted them (``cleared`` only if one was here)."""
        self._assistant = None
        self.assisted_by, self.channel = None, "kiosk"
        if self._current is None:
            return
        self._current = None
        self.cleared.emit()
