"""Changing a profile's notification URL (issue 17, part 4): what is registered in
PagoEfectivo's portal against where this installation's receiver is reached, whether a new
URL answers, and each change and registration in the staff audit trail, with who did it.

Changing the URL without registering it in the portal loses notifications: the procedure is
set the receiver's new URL (checked), register it in the portal, mark it registered here,
and keep the old receiver running until the first notification arrives on the new one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlmodel import Session

from desktop.domain.limatime import lima_now
from desktop.domain.notify_url import (
    NotifyState,
    NotifyUrlError,
    RegisteredUrl,
    check_notify_url,
    check_registered_day,
    notify_state,
)
from desktop.domain.staff import Action, StaffEventKind, require
from desktop.services.errors import service
from desktop.services.profiles import Environment, Profile, ProfileRegistry
from desktop.services.receiver.probe import ReceiverProbe, notification_url_of, probe_receiver
from desktop.services.runtime import Runtime
from desktop.store.engine import session_scope
from desktop.store.staff import append_staff_event, staff_events

KINDS = (StaffEventKind.NOTIFY_URL_SET.value, StaffEventKind.NOTIFY_URL_REGISTERED.value)


class ReceiverNotAnswering(NotifyUrlError):
    """The new URL does not lead to this profile's receiver (``probe`` says what it found)."""

    def __init__(self, probe: ReceiverProbe) -> None:
        super().__init__("notify_url_unreachable", f"{probe.health_url}: {probe.code}")
        self.probe = probe


@dataclass(frozen=True)
class NotifyUrlStatus:
    """A profile's notification URL as it stands."""

    profile: str
    environment: Environment
    state: NotifyState
    registered: RegisteredUrl | None
    receiver_url: str | None
    """The receiver's public URL (the demo: its embedded receiver on loopback, if running)."""

    @property
    def warns(self) -> bool:
        return self.state.warns


@dataclass(frozen=True)
class NotifyUrlChange:
    """One entry of the URL's history in the staff audit trail."""

    kind: StaffEventKind
    old: str | None
    new: str
    on: date | None
    by: str
    at: datetime


def status_of(profile: Profile, demo_receiver_url: str | None = None) -> NotifyUrlStatus:
    state = notify_state(
        demo=profile.is_demo,
        registered=profile.notify_registered,
        receiver_url=profile.receiver_public_url,
    )
    receiver = demo_receiver_url if profile.is_demo else profile.receiver_public_url
    return NotifyUrlStatus(
        profile.name, profile.environment, state, profile.notify_registered, receiver
    )


@service
class NotifyUrls:
    """The open profile's notification URL; changes act as ``runtime.actor`` (who must be
    allowed to manage profiles) and are recorded in the profile's staff audit trail."""

    def __init__(self, runtime: Runtime, registry: ProfileRegistry | None = None) -> None:
        self._runtime = runtime
        self._registry = registry or ProfileRegistry()

    def status(self) -> NotifyUrlStatus:
        """As ``settings.json`` says now (another window or the command line may change it)."""
        self._registry.load()
        receiver = self._runtime.receiver
        demo_url = receiver.notification_url if receiver is not None else None
        return status_of(self._profile(), demo_url)

    def check(self, url: str) -> ReceiverProbe:
        """Whether ``url`` (full, or the receiver's base) answers as this profile's receiver.
        A URL the profile could not take is refused first (``NotifyUrlError``)."""
        full = self.normalise(url)
        return probe_receiver(full, self._runtime.profile.name)

    def normalise(self, url: str) -> str:
        """The full notification URL of what was typed, checked (``NotifyUrlError``)."""
        profile = self._profile()
        if profile.is_demo:
            raise NotifyUrlError("notify_url_demo", "the demo has its own receiver")
        full = notification_url_of(url) if url.strip() else url
        return check_notify_url(full, production=profile.environment is Environment.PRODUCTION)

    def set_receiver_url(self, url: str, *, check: bool = True) -> NotifyUrlStatus:
        """Make ``url`` the receiver's public URL, after checking it answers unless told
        not to (``ReceiverNotAnswering``). Recorded as ``notify_url_set``."""
        require(self._runtime.actor, Action.MANAGE_PROFILES)
        full = self.normalise(url)
        if check:
            probe = probe_receiver(full, self._runtime.profile.name)
            if not probe.ok:
                raise ReceiverNotAnswering(probe)
        profile = self._profile()
        details = {"old": profile.receiver_public_url, "new": full}
        self._record(
            StaffEventKind.NOTIFY_URL_SET, details, replace(profile, receiver_public_url=full)
        )
        return self.status()

    def mark_registered(self, on: date | None = None) -> NotifyUrlStatus:
        """The receiver's public URL is registered in PagoEfectivo's portal since ``on``
        (today in Lima by default). Recorded as ``notify_url_registered``."""
        require(self._runtime.actor, Action.MANAGE_PROFILES)
        profile = self._profile()
        if profile.is_demo:
            raise NotifyUrlError("notify_url_demo", "the demo has its own receiver")
        if profile.receiver_public_url is None:
            raise NotifyUrlError("no_receiver_url", "set the receiver's public URL first")
        today = lima_now(self._runtime.clock).date()
        day = check_registered_day(today if on is None else on, today)
        old = profile.notify_registered.url if profile.notify_registered else None
        details = {"old": old, "new": profile.receiver_public_url, "date": day.isoformat()}
        registered = RegisteredUrl(profile.receiver_public_url, day)
        self._record(
            StaffEventKind.NOTIFY_URL_REGISTERED,
            details,
            replace(profile, notify_registered=registered),
        )
        return self.status()

    def history(self) -> list[NotifyUrlChange]:
        """Every change and registration of the URL, oldest first."""
        with Session(self._runtime.engine) as session:
            events = staff_events(session, self._runtime.profile.name)
            return [
                _change(e.kind, e.details, e.user_name, e.created_at)
                for e in events
                if e.kind in KINDS
            ]

    def _profile(self) -> Profile:
        return self._registry.get(self._runtime.profile.name)

    def _record(self, kind: StaffEventKind, details: dict[str, str | None], new: Profile) -> None:
        """The event and the profile's new settings together: a settings file that cannot be
        written leaves no event behind."""
        actor = self._runtime.actor
        with session_scope(self._runtime.engine) as session:
            append_staff_event(
                session,
                new.name,
                kind.value,
                user=(actor.user_id, actor.name),
                at=self._runtime.clock(),
                details=details,
            )
            self._registry.update(new)


def _change(kind: str, details: str | None, by: str, at: datetime) -> NotifyUrlChange:
    data = json.loads(details) if details else {}
    day = data.get("date")
    return NotifyUrlChange(
        StaffEventKind(kind),
        data.get("old"),
        str(data.get("new", "")),
        date.fromisoformat(day) if isinstance(day, str) else None,
        by,
        at,
    )
