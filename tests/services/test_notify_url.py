"""Changing the notification URL (both engines): a new URL is checked against a real receiver
on loopback, set, marked registered with its date, each step in the staff audit trail with
who did it; a mismatch is told; what is not this profile's receiver is refused."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from desktop.domain.notify_url import NotifyState, NotifyUrlError
from desktop.domain.staff import NotAllowed, Role, StaffEventKind
from desktop.domain.validation import IssueLimits
from desktop.sandbox import SandboxServer
from desktop.services.notify_url import NotifyUrls, ReceiverNotAnswering
from desktop.services.profiles import Environment, Profile, ProfileRegistry
from desktop.services.receiver.app import NOTIFICATION_PATH
from desktop.services.receiver.server import WebhookServer
from desktop.services.runtime import Runtime
from desktop.store.staff import staff_events, verify_staff_chain
from tests.integration.conftest import TEST_CREDENTIALS
from tests.staffing import person, signed_in

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # 10:00 in Lima


def clock() -> datetime:
    return NOW


@pytest.fixture
def registry() -> ProfileRegistry:
    registry = ProfileRegistry()
    registry.add(Profile("pruebas", Environment.SANDBOX, service_id=1035))
    registry.add(Profile("tienda", Environment.PRODUCTION, service_id=19844))
    return registry


def runtime_of(engine: Engine, profile: Profile, role: Role = Role.ADMIN) -> Runtime:
    runtime = Runtime(profile, engine, TEST_CREDENTIALS, IssueLimits(), clock=clock)
    return signed_in(runtime, person("Rosa", role))


@pytest.fixture
def urls(engine: Engine, registry: ProfileRegistry) -> NotifyUrls:
    return NotifyUrls(runtime_of(engine, registry.get("pruebas")), registry)


@pytest.fixture
def receiver(engine: Engine) -> Iterator[WebhookServer]:
    with WebhookServer(engine, "pruebas", TEST_CREDENTIALS.secret_key, clock=clock) as server:
        yield server


def free_url() -> str:
    """A loopback URL where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_a_change_is_checked_set_registered_and_kept_in_the_trail(
    engine: Engine, registry: ProfileRegistry, urls: NotifyUrls, receiver: WebhookServer
) -> None:
    assert urls.status().state is NotifyState.NOT_REGISTERED and urls.status().warns

    probe = urls.check(receiver.base_url)  # the base: the receiver's path is added
    assert probe.ok and probe.profile == "pruebas" and probe.last_notification is None
    assert probe.url == receiver.notification_url
    status = urls.set_receiver_url(receiver.base_url)
    assert status.receiver_url == receiver.notification_url
    assert status.state is NotifyState.NOT_REGISTERED  # set here, not yet in the portal

    status = urls.mark_registered(date(2026, 11, 25))
    assert status.state is NotifyState.MATCH and not status.warns
    assert status.registered is not None and status.registered.on == date(2026, 11, 25)

    with WebhookServer(engine, "pruebas", TEST_CREDENTIALS.secret_key, clock=clock) as moved:
        status = urls.set_receiver_url(moved.notification_url)
        new_url = moved.notification_url
    assert status.state is NotifyState.DIFFERS  # the portal still notifies the old one
    saved = ProfileRegistry().get("pruebas")  # in settings.json, read afresh
    assert saved.receiver_public_url == new_url
    assert saved.notify_registered == status.registered

    history = urls.history()
    assert [(c.kind, c.old, c.new, c.on, c.by) for c in history] == [
        (StaffEventKind.NOTIFY_URL_SET, None, receiver.notification_url, None, "Rosa"),
        (
            StaffEventKind.NOTIFY_URL_REGISTERED,
            None,
            receiver.notification_url,
            date(2026, 11, 25),
            "Rosa",
        ),
        (
            StaffEventKind.NOTIFY_URL_SET,
            receiver.notification_url,
            new_url,
            None,
            "Rosa",
        ),
    ]
    assert all(c.at == NOW for c in history)
    with Session(engine) as session:
        assert verify_staff_chain(session, "pruebas") is None
        (first, *_rest) = staff_events(session, "pruebas")
        assert first.user_id == person("Rosa").user_id
        assert json.loads(first.details or "{}") == {"old": None, "new": probe.url}


def test_what_is_not_this_profiles_receiver_is_refused_and_nothing_recorded(
    engine: Engine, urls: NotifyUrls, sandbox: SandboxServer
) -> None:
    nowhere = urls.check(free_url())
    assert (nowhere.code, nowhere.error) == ("unreachable", "ConnectError")
    assert urls.check(sandbox.base_url).code == "not_receiver"  # answers, is no receiver
    with WebhookServer(engine, "otro", TEST_CREDENTIALS.secret_key, clock=clock) as other:
        found = urls.check(other.base_url)
        assert (found.code, found.profile) == ("other_profile", "otro")
        with pytest.raises(ReceiverNotAnswering) as refused:
            urls.set_receiver_url(other.base_url)
    assert refused.value.code == "notify_url_unreachable"
    assert refused.value.probe.code == "other_profile"
    assert urls.history() == [] and urls.status().receiver_url is None

    # Told not to check (the receiver is not up yet), it is set all the same.
    later = free_url()
    assert urls.set_receiver_url(later, check=False).receiver_url == later + NOTIFICATION_PATH
    assert len(urls.history()) == 1


def test_bad_urls_and_dates_are_refused_with_a_code(
    engine: Engine, registry: ProfileRegistry, urls: NotifyUrls
) -> None:
    shop = NotifyUrls(runtime_of(engine, registry.get("tienda")), registry)
    for url, code in [
        ("", "notify_url_empty"),
        ("cobros.mitienda.pe", "notify_url_bad"),
        ("https://cobros mitienda.pe", "notify_url_bad"),
        ("https://user@cobros.mitienda.pe", "notify_url_bad"),
        ("https://cobros.mitienda.pe/?x=1", "notify_url_bad"),
        ("https://cobros.mitienda.pe/" + "a" * 300, "notify_url_too_long"),
    ]:
        with pytest.raises(NotifyUrlError) as refused:
            urls.set_receiver_url(url, check=False)
        assert refused.value.code == code, url
    for url, code in [
        ("http://cobros.mitienda.pe", "notify_url_insecure"),
        ("https://127.0.0.1:8443", "notify_url_local"),
    ]:
        with pytest.raises(NotifyUrlError) as refused:
            shop.set_receiver_url(url, check=False)
        assert refused.value.code == code, url
    with pytest.raises(NotifyUrlError, match="first"):
        urls.mark_registered()  # nothing to register yet
    urls.set_receiver_url("http://cobros.mitienda.pe", check=False)  # a test profile may
    with pytest.raises(NotifyUrlError) as late:
        urls.mark_registered(date(2026, 11, 27))  # tomorrow in Lima
    assert late.value.code == "registered_date"
    assert urls.mark_registered().registered.on == date(2026, 11, 26)  # type: ignore[union-attr]
    assert [c.kind for c in urls.history()] == [
        StaffEventKind.NOTIFY_URL_SET,
        StaffEventKind.NOTIFY_URL_REGISTERED,
    ]


def test_only_an_administrator_changes_it(engine: Engine, registry: ProfileRegistry) -> None:
    runtime = runtime_of(engine, registry.get("pruebas"), Role.SUPERVISOR)
    urls = NotifyUrls(runtime, registry)
    with pytest.raises(NotAllowed):
        urls.set_receiver_url("https://cobros.mitienda.pe", check=False)
    with pytest.raises(NotAllowed):
        urls.mark_registered()
    assert urls.history() == [] and urls.status().receiver_url is None


def test_the_demo_uses_its_embedded_receiver_and_never_warns(
    engine: Engine, registry: ProfileRegistry
) -> None:
    urls = NotifyUrls(runtime_of(engine, registry.get("demo")), registry)
    status = urls.status()
    assert status.state is NotifyState.DEMO and not status.warns
    with pytest.raises(NotifyUrlError) as refused:
        urls.set_receiver_url("https://cobros.mitienda.pe", check=False)
    assert refused.value.code == "notify_url_demo"
