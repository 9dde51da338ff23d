"""Staff sign-in for the back-office API: a bearer token valid for one working day."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, delete, select

from central import tables as t
from central.db import read_tx, write_tx
from central.security import digest, new_token, now, verify_password

TOKEN_SECONDS = 12 * 3600
_S = t.staff.c
_T = t.staff_token.c


@dataclass(frozen=True)
class Staff:
    municipality_id: str
    username: str
    role: str
    team_id: str | None


class LoginRefused(Exception):
    """Unknown user or wrong password (one answer for both)."""


def login(engine: Engine, municipality_id: str, username: str, password: str) -> tuple[str, Staff]:
    with read_tx(engine) as conn:
        row = conn.execute(
            select(_S.role, _S.team_id, _S.password_hash).where(
                _S.municipality_id == municipality_id, _S.username == username
            )
        ).first()
    if row is None or not verify_password(password, row.password_hash):
        raise LoginRefused
    token = new_token()
    with write_tx(engine) as conn:
        conn.execute(delete(t.staff_token).where(_T.expires_at <= now()))
        conn.execute(
            t.staff_token.insert().values(
                token_hash=digest(token),
                municipality_id=municipality_id,
                username=username,
                expires_at=now() + TOKEN_SECONDS,
            )
        )
    return token, Staff(municipality_id, username, row.role, row.team_id)


def staff_for_token(engine: Engine, token: str) -> Staff | None:
    with read_tx(engine) as conn:
        row = conn.execute(
            select(_T.municipality_id, _T.username, _S.role, _S.team_id)
            .join(
                t.staff,
                (_S.municipality_id == _T.municipality_id) & (_S.username == _T.username),
            )
            .where(_T.token_hash == digest(token), _T.expires_at > now())
        ).first()
    if row is None:
        return None
    return Staff(row.municipality_id, row.username, row.role, row.team_id)
