"""Staff for tests: an ``Actor`` as the sign-in would give (the staff service's own tests
sign in for real; elsewhere the person is an edge, given here)."""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING, TypeVar

from desktop.domain.staff import Actor, Role

if TYPE_CHECKING:
    from desktop.services.runtime import Runtime


def person(name: str, role: Role = Role.ADMIN, user_id: int | None = None) -> Actor:
    """``name`` signed in with ``role`` (every right by default); the id is stable per name
    unless given, so two names are two people."""
    return Actor(name, user_id or 1 + zlib.crc32(name.encode()) % 100_000, role)


R = TypeVar("R", bound="Runtime")


def signed_in(runtime: R, actor: Actor) -> R:
    """``runtime`` with ``actor`` acting in it."""
    runtime.use_actor(actor)
    return runtime
