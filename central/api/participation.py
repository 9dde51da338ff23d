"""Participation endpoints: has this voter key voted, and cast a vote atomically.

The kiosk asks central first when it is online, so the citizen hears "you already voted"
before anything is recorded; offline votes arrive by sync under the same derived record
id. Only the per-poll voter key travels, never the national number.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from central import polls
from central.api.deps import DeviceDep, EngineDep
from central.api.errors import ApiError
from offline_sync.protocol import SHA256_PATTERN, ErrorBody

router = APIRouter(prefix="/v1", tags=["participation"])

_STRICT = ConfigDict(extra="forbid", frozen=True)
_POLL = Path(min_length=1, max_length=64, description="the poll's record id")
_KEY = Query(pattern=SHA256_PATTERN, description="the per-poll voter key (HMAC-SHA256, hex)")


def _errors(**described: str) -> dict[int | str, dict[str, Any]]:
    return {int(s): {"model": ErrorBody, "description": d} for s, d in described.items()}


_DEVICE = {
    "401": "no valid device credential (code 'unauthenticated')",
    "403": "this device was revoked (code 'device_revoked')",
    "422": "malformed request (code 'invalid_request')",
}


class Voted(BaseModel):
    model_config = _STRICT
    voted: bool = Field(description="a vote with this key was counted in the poll")


class VoteRequest(BaseModel):
    model_config = _STRICT
    voter_key: str = Field(pattern=SHA256_PATTERN)
    choice: str = Field(min_length=1, max_length=64)
    channel: Literal["kiosk", "home", "paper"] = "kiosk"


class VoteCounted(BaseModel):
    model_config = _STRICT
    vote_id: str = Field(description="the vote's record id, derived from poll and voter key")


@router.get("/polls/{poll_id}/voted", response_model=Voted, responses=_errors(**_DEVICE))
def get_voted(
    poll_id: Annotated[str, _POLL],
    voter_key: Annotated[str, _KEY],
    device: DeviceDep,
    engine: EngineDep,
) -> Voted:
    """Whether this voter key has voted in the poll (never which choice)."""
    return Voted(voted=polls.has_voted(engine, device.municipality_id, poll_id, voter_key))


@router.post(
    "/polls/{poll_id}/votes",
    status_code=201,
    response_model=VoteCounted,
    responses=_errors(
        **_DEVICE,
        **{
            "404": "no such poll (code 'unknown_poll')",
            "409": "already voted with this key (code 'already_voted'), the poll is not open "
            "(code 'poll_closed'), or the choice is not an option (code 'invalid_choice')",
        },
    ),
)
def post_vote(
    poll_id: Annotated[str, _POLL], body: VoteRequest, device: DeviceDep, engine: EngineDep
) -> VoteCounted:
    """Count one vote; a second vote with the same key is refused and the first one stands."""
    try:
        vote_id = polls.record_vote(
            engine, device.municipality_id, poll_id, body.voter_key, body.choice, body.channel
        )
    except polls.UnknownPoll:
        raise ApiError(404, "unknown_poll", "there is no such poll") from None
    except polls.AlreadyVoted:
        raise ApiError(
            409, "already_voted", "a vote was already counted for this citizen in this poll"
        ) from None
    except polls.PollError as exc:
        raise ApiError(409, exc.code, str(exc)) from None
    return VoteCounted(vote_id=vote_id)
