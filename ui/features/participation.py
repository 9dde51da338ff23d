"""Participation at the kiosk: vote in the municipality's polls, send a proposal.

The flow: polls (read from the local store, published by central) → a poll's options →
PIN → the vote is cast on a worker (`kiosk.participation.cast_vote`: central first,
offline kept for sync) → counted / recorded / "you already voted". The voter key needs
the municipality's pseudonym secret; without it voting says it is unavailable rather
than recording a vote that could not be checked for uniqueness.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.participation import (
    Poll,
    VoteOutcome,
    cast_vote,
    open_polls,
    published_proposals,
    submit_proposal,
)
from kiosk.self_service_client import Refused, SelfServiceClient
from kiosk.services import Service
from ui.citizen_home import CitizenMoreScreen
from ui.features import offer
from ui.features._participation_outcome import (
    Outcome,
    ParticipationResultScreen,
    ProposalScreen,
)
from ui.features._participation_screens import PollsScreen, VoteScreen
from ui.features._self_service import PinStep, ask_pin, client_for, engine_of, secret_for

if TYPE_CHECKING:
    from ui.app import KioskParts, KioskWindow

log = logging.getLogger(__name__)


class ParticipationFlow(QObject):
    """Moves the citizen through the participation screens; forgets everything at the end."""

    def __init__(self, parts: KioskParts) -> None:
        super().__init__()
        self.setObjectName("participation-flow")
        self.parts = parts
        self.secret: Callable[[], bytes | None] = secret_for(parts)
        self.client: Callable[[], SelfServiceClient | None] = client_for(parts)
        self.confirm: PinStep = ask_pin
        """The PIN step (the shared PIN pad); replaceable where no card is at hand."""
        self.polls = PollsScreen()
        self.vote = VoteScreen()
        self.proposal = ProposalScreen()
        self.result = ParticipationResultScreen()
        self._poll: Poll | None = None
        self._choice = ""
        self.polls.poll_chosen.connect(self._poll_chosen)
        self.polls.proposal_requested.connect(self._write_proposal)
        self.polls.back.connect(lambda: parts.shell.show_screen(CitizenMoreScreen.name))
        self.vote.choice_made.connect(self._choice_made)
        self.vote.back.connect(self.start)
        self.proposal.submitted.connect(self._submit)
        self.proposal.back.connect(self.start)
        self.result.done.connect(self.start)

    @property
    def language(self) -> str:
        return self.parts.session.preferences.language

    def start(self) -> None:
        """Show the open polls (read on a worker)."""
        self.parts.shell.show_screen(self.polls.name)
        engine = engine_of(self.parts)
        if engine is None:
            self.polls.show_polls([], self.language)
            return
        self.parts.jobs.run(
            lambda: open_polls(engine),
            self._show_polls,
            lambda error: log.error("reading polls failed", exc_info=error),
        )

    def forget(self) -> None:
        """The session ended."""
        self._poll, self._choice = None, ""

    def _show_polls(self, polls: list[Poll]) -> None:
        self.polls.show_polls(polls, self.language)
        self.parts.narrator.status(self.polls.message.text())

    def _poll_chosen(self, poll: Poll) -> None:
        self._poll = poll
        self.vote.show_poll(poll, self.language)
        self.parts.shell.show_screen(self.vote.name)

    def _choice_made(self, choice: str) -> None:
        self._choice = choice
        purpose = QCoreApplication.translate("Participation", "to cast your vote")
        self.confirm(self.parts, purpose, self._pin_verified, self.parts.shell.go_back)

    def _pin_verified(self) -> None:
        citizen, poll, choice = self.parts.citizen.current, self._poll, self._choice
        engine = engine_of(self.parts)
        if citizen is None or poll is None or not choice:
            return
        self._show(Outcome.WORKING)
        if engine is None or not citizen.national_number:
            self._show(Outcome.NO_KEY)
            return
        number, secret_of, client_of = citizen.national_number, self.secret, self.client
        channel, assisted_by = self.parts.citizen.channel, self.parts.citizen.assisted_by

        def work() -> VoteOutcome | None:
            secret = secret_of()
            if secret is None:
                return None
            client = client_of()
            try:
                return cast_vote(
                    engine,
                    client,
                    poll,
                    choice,
                    secret,
                    number,
                    channel=channel,
                    assisted_by=assisted_by,
                )
            finally:
                if client is not None:
                    client.close()

        self.parts.jobs.run(work, self._voted, self._vote_failed)

    def _voted(self, outcome: VoteOutcome | None) -> None:
        self._choice = ""
        shown = {
            None: Outcome.NO_KEY,
            VoteOutcome.COUNTED: Outcome.COUNTED,
            VoteOutcome.RECORDED_OFFLINE: Outcome.RECORDED_OFFLINE,
            VoteOutcome.ALREADY_VOTED: Outcome.ALREADY_VOTED,
        }[outcome]
        self._show(shown)
        if outcome is VoteOutcome.RECORDED_OFFLINE:
            self.parts.sync.trigger()

    def _vote_failed(self, error: BaseException) -> None:
        if isinstance(error, Refused):
            self._show(Outcome.REFUSED)
            return
        log.error("casting a vote failed", exc_info=error)
        self._show(Outcome.FAILED)

    def _write_proposal(self) -> None:
        self.parts.shell.show_screen(self.proposal.name)
        engine = engine_of(self.parts)
        if engine is not None:
            self.parts.jobs.run(
                lambda: [p.title for p in published_proposals(engine)],
                self.proposal.show_published,
            )

    def _submit(self, title: str, text: str) -> None:
        engine = engine_of(self.parts)
        if engine is None:
            self._show(Outcome.FAILED)
            return
        self._show(Outcome.WORKING)
        assisted_by = self.parts.citizen.assisted_by
        self.parts.jobs.run(
            lambda: submit_proposal(engine, title, text, assisted_by=assisted_by),
            lambda _proposal: self._proposal_sent(),
            self._vote_failed,
        )

    def _proposal_sent(self) -> None:
        self.proposal.reset()
        self._show(Outcome.PROPOSAL_SENT)
        self.parts.sync.trigger()

    def _show(self, outcome: Outcome) -> None:
        self.result.show_outcome(outcome)
        if self.parts.shell.current_name != self.result.name:
            self.parts.shell.show_screen(self.result.name)
        self.parts.narrator.status(self.result.message.text())


def install(parts: KioskParts, window: KioskWindow) -> None:
    """Add the participation screens and offer the service on the citizen's pages."""
    flow = ParticipationFlow(parts)
    flow.setParent(window)
    for screen in (flow.polls, flow.vote, flow.proposal, flow.result):
        parts.shell.add_screen(screen)
    parts.controller.ended.connect(lambda _reason: flow.forget())
    offer(parts, Service.PARTICIPATION, flow.start)
