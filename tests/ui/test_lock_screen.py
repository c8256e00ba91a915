"""The lock screen: the app starts locked until someone signs in with the PIN pad (or the
keyboard's numeric keypad), wrong PINs are said under the field and five lock that user out;
"Cambiar usuario" (Ctrl+L) and the idle lock cover everything and switch who works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.domain.staff import NOBODY, Role
from desktop.services.staff import StaffService
from desktop.ui.app import build_window
from desktop.ui.context import UiContext
from desktop.ui.lock.gate import StaffGate
from desktop.ui.lock.pin_pad import PinPad
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.summary.page import SummaryPage
from tests.ui.test_main_window import show_active


def locked_window(qtbot: QtBot, ctx: UiContext) -> tuple[MainWindow, StaffGate]:
    """The app as it starts: nobody signed in yet."""
    ctx.runtime.use_actor(NOBODY)
    window = build_window(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    gate = window.findChild(StaffGate)
    assert isinstance(gate, StaffGate)
    return window, gate


def press(qtbot: QtBot, pad: PinPad, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(pad.digit_keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.enter_key, Qt.MouseButton.LeftButton)


def test_the_app_starts_locked_and_the_pad_signs_in(qtbot: QtBot, ui_ctx: UiContext) -> None:
    window, gate = locked_window(qtbot, ui_ctx)
    assert gate.is_locked
    assert gate.screen.geometry() == window.rect()  # the whole window, status bar too
    assert not window.centralWidget().isEnabled()
    assert isinstance(window.current_page(), SummaryPage)  # built, but under the lock
    pad = gate.pad
    assert set(pad.user_buttons) == {"Demo", "Sofía", "Ana"}
    assert "Ana 1357" in pad.hint.text() and pad.hint.isVisibleTo(pad)  # the demo's hint
    qtbot.mouseClick(pad.enter_key, Qt.MouseButton.LeftButton)
    assert pad.error.text() == "Elija su nombre."
    pad.choose("Ana")
    with qtbot.waitSignal(gate.unlocked) as signal:
        press(qtbot, pad, "1357")
    actor = ui_ctx.runtime.actor
    assert signal.args == [actor]
    assert (actor.name, actor.role) == ("Ana", Role.CASHIER)
    assert not gate.is_locked and window.centralWidget().isEnabled()
    assert gate.badge.who.text() == "Ana · Cajero"
    assert ui_ctx.runtime.issuer.actor == actor  # every service acts as Ana now
    assert [e.kind for e in ui_ctx.runtime.staff.events()][-1] == "login"


def test_numeric_keypad_wrong_pins_and_the_lockout(qtbot: QtBot, ui_ctx: UiContext) -> None:
    _window, gate = locked_window(qtbot, ui_ctx)
    pad = gate.pad
    pad.choose("Sofía")
    keypad = Qt.KeyboardModifier.KeypadModifier
    for key in (Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_6, Qt.Key.Key_9):
        qtbot.keyClick(pad.pin_edit, key, keypad)
    assert pad.pin_edit.text() == "2469"
    qtbot.keyClick(pad.pin_edit, Qt.Key.Key_Enter, keypad)
    assert pad.error.text() == "PIN incorrecto (intentos restantes: 4)."
    assert pad.pin_edit.text() == "" and gate.is_locked
    for _attempt in range(3):
        press(qtbot, pad, "9999")
    assert pad.error.text() == "PIN incorrecto (intentos restantes: 1)."
    press(qtbot, pad, "9999")
    assert pad.error.text().startswith("Demasiados PIN incorrectos: usuario bloqueado hasta las")
    press(qtbot, pad, "2468")  # the right PIN, too late: locked out
    assert "bloqueado hasta las" in pad.error.text()
    assert gate.is_locked and ui_ctx.runtime.actor == NOBODY
    kinds = [e.kind for e in ui_ctx.runtime.staff.events()]
    assert kinds.count("pin_failed") == 4 and "locked_out" in kinds


def test_switching_user_locks_closes_details_and_changes_the_actor(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    window, gate = locked_window(qtbot, ui_ctx)
    pad = gate.pad
    pad.choose("Demo")
    press(qtbot, pad, "2580")
    assert gate.badge.who.text() == "Demo · Administrador"
    detail = QDialog(window)  # a voucher's detail open over the window
    detail.setWindowTitle("Detalle")
    detail.layout_label = QLabel("cliente@example.com", detail)  # type: ignore[attr-defined]
    detail.show()
    qtbot.waitExposed(detail)
    show_active(qtbot, window)
    with qtbot.waitSignal(gate.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert gate.is_locked and not detail.isVisible()
    assert pad.chosen() is None  # "Cambiar usuario": nobody chosen
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page(), SummaryPage)  # shortcuts are off while locked
    pad.choose("Ana")
    press(qtbot, pad, "1357")
    assert ui_ctx.runtime.actor.name == "Ana"
    assert gate.badge.who.text() == "Ana · Cajero"
    kinds = [e.kind for e in ui_ctx.runtime.staff.events()]
    assert kinds[-3:] == ["login", "lock", "login"]
    qtbot.mouseClick(gate.badge.lock_button, Qt.MouseButton.LeftButton)  # "Bloquear"
    assert gate.is_locked and pad.chosen() == "Ana"  # the same person, chosen


def test_the_app_locks_itself_when_idle(qtbot: QtBot, ui_ctx: UiContext) -> None:
    window = build_window(ui_ctx)  # Ana (caja 1) is signed in: no lock at start
    qtbot.addWidget(window)
    gate = window.findChild(StaffGate)
    assert isinstance(gate, StaffGate) and not gate.is_locked
    assert gate.idle.timer.interval() == 5 * 60_000  # the setting's default
    gate.idle.set_interval_ms(80)
    with qtbot.waitSignal(gate.locked, timeout=3000):
        pass
    assert gate.is_locked and not window.centralWidget().isEnabled()
    assert not gate.idle.timer.isActive()  # armed again only by the next sign-in


def test_a_profile_without_users_asks_for_its_administrator_first(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    runtime = ui_ctx.runtime  # a real profile starts with no user (not the demo's three)
    runtime.__dict__["staff"] = StaffService(runtime.engine, runtime.profile.name, demo=False)
    window, gate = locked_window(qtbot, ui_ctx)
    first = gate.first
    assert gate.screen.card.currentWidget() is first
    from tests.ui.conftest import type_text

    type_text(qtbot, first.name_edit, "Rosa Núñez")
    type_text(qtbot, first.pin_edit, "4826")
    type_text(qtbot, first.again_edit, "4827")
    qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    assert first.rows["again"].error_text == "Los dos PIN no coinciden."
    first.pin_edit.setText("1111")
    first.again_edit.setText("1111")
    qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    assert first.rows["pin"].error_text == "PIN demasiado débil: no repita un solo dígito."
    assert not runtime.staff.has_users()
    first.pin_edit.setText("4826")
    first.again_edit.setText("4826")
    with qtbot.waitSignal(gate.unlocked):
        qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    assert (runtime.actor.name, runtime.actor.role) == ("Rosa Núñez", Role.ADMIN)
    assert gate.badge.who.text() == "Rosa Núñez · Administrador"
    assert [u.name for u in runtime.staff.users()] == ["Rosa Núñez"]
    window.close()


def test_the_idle_minutes_saved_in_ajustes_apply_at_once(qtbot: QtBot, ui_ctx: UiContext) -> None:
    from desktop.domain.settings import GeneralSettings

    window = build_window(ui_ctx)
    qtbot.addWidget(window)
    gate = window.findChild(StaffGate)
    assert isinstance(gate, StaffGate) and gate.idle.timer.isActive()
    ui_ctx.events.settings_changed.emit(GeneralSettings(lock_idle_minutes=12))
    assert gate.idle.timer.interval() == 12 * 60_000 and gate.idle.timer.isActive()
    ui_ctx.events.settings_changed.emit(GeneralSettings(lock_idle_minutes=0))  # never
    assert not gate.idle.timer.isActive()


def test_closing_the_app_records_who_left(ui_ctx: UiContext) -> None:
    from desktop.ui.app import _sign_out

    sofia = ui_ctx.runtime.sign_in("Sofía", "2468")
    _sign_out(ui_ctx.runtime)
    trail = [(e.kind, e.user) for e in ui_ctx.runtime.staff.events()]
    assert trail[-2:] == [("login", sofia.name), ("logout", sofia.name)]
    ui_ctx.runtime.use_actor(NOBODY)
    _sign_out(ui_ctx.runtime)  # nobody signed in: nothing to record
    assert len(ui_ctx.runtime.staff.events()) == len(trail)
