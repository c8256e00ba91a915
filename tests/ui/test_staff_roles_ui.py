"""Role-aware screens and Ajustes → Usuarios: what a role may not do is disabled with a
tooltip naming the role needed; administrators add, disable and re-role users there."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.staff import Role
from desktop.ui.app import build_window
from desktop.ui.context import UiContext
from desktop.ui.dialogs.detail.change_dialogs import ExtendDialog
from desktop.ui.lock.gate import StaffGate
from desktop.ui.pages.reconcile.closing_dialog import ClosingDialog
from desktop.ui.pages.reconcile.page import ReconcilePage
from desktop.ui.pages.settings.page import SettingsPage
from desktop.ui.pages.settings.users_panel import UsersPanel
from tests.ui.conftest import type_text
from tests.ui.test_detail_actions import host, open_dialog, start, submit  # noqa: F401  (host: the window details open from)
from tests.ui.test_detail_dialog import issue

SUPERVISOR_NEEDED = "se necesita un supervisor."
ADMIN_NEEDED = "se necesita un administrador."


def test_a_cashier_cannot_annul_nor_extend_past_72_hours(qtbot: QtBot, ui_ctx: UiContext) -> None:
    result = issue(ui_ctx, "25.00")
    ui_ctx.runtime.sign_in("Ana", "1357")  # the demo's cashier
    dialog = open_dialog(qtbot, ui_ctx, result.voucher.id or 0)
    annul = dialog.action_buttons["annul"]
    assert not annul.isEnabled()
    assert annul.toolTip() == "Su rol no permite anular: " + SUPERVISOR_NEEDED
    assert dialog.action_buttons["extend"].isEnabled()
    action = start(qtbot, dialog, "extend", ExtendDialog)
    assert "hasta 72 horas" in action.note.text()
    base = result.voucher.expires_at
    assert base is not None
    action.picker.set_custom(base + timedelta(hours=96))
    submit(qtbot, action)
    assert action.rows["expiry"].error_text == (
        "Su rol no permite extender un vencimiento más de 72 horas: " + SUPERVISOR_NEEDED
    )
    assert action.deadline is None and action.isVisible()
    action.reject()


def test_switching_to_a_cashier_disables_what_the_role_lacks(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    window = build_window(ui_ctx)  # an administrator signed in
    qtbot.addWidget(window)
    settings = window.show_page("settings")
    reconcile = window.show_page("reconcile")
    assert isinstance(settings, SettingsPage) and isinstance(reconcile, ReconcilePage)
    importer = reconcile.tabs.indexOf(reconcile.importer)
    assert reconcile.tabs.isTabEnabled(importer)
    assert all(settings.tabs.isTabEnabled(i) for i in range(settings.tabs.count()))
    gate = window.findChild(StaffGate)
    assert isinstance(gate, StaffGate)
    gate.switch_user()
    gate.pad.choose("Ana")
    gate.pad.pin_edit.setText("1357")
    gate.pad.submit()
    assert ui_ctx.runtime.actor.role == Role.CASHIER
    assert not reconcile.tabs.isTabEnabled(importer)
    assert reconcile.tabs.tabToolTip(importer) == (
        "Su rol no permite importar liquidaciones: " + SUPERVISOR_NEEDED
    )
    assert not any(settings.tabs.isTabEnabled(i) for i in range(settings.tabs.count()))
    users = settings.tabs.indexOf(settings.users.parentWidget().parentWidget())  # type: ignore[union-attr]
    assert settings.tabs.tabToolTip(users) == (
        "Su rol no permite administrar usuarios: " + ADMIN_NEEDED
    )
    assert settings.role_note.isVisibleTo(settings)
    assert not settings.tabs.isVisibleTo(settings)  # the note alone, no empty panel
    assert settings.users is not None and settings.users.table.rowCount() == 0
    closing = ClosingDialog(ui_ctx.runtime, ui_ctx.tasks, window)  # her own section only
    assert closing.cashier_edit.text() == "Ana" and closing.cashier_edit.isReadOnly()
    closing.reject()
    gate.switch_user()  # a supervisor imports settlements, still no settings
    gate.pad.choose("Sofía")
    gate.pad.pin_edit.setText("2468")
    gate.pad.submit()
    assert reconcile.tabs.isTabEnabled(importer)
    assert not any(settings.tabs.isTabEnabled(i) for i in range(settings.tabs.count()))
    gate.switch_user()  # the administrator again: every tab, shown
    gate.pad.choose("Demo")
    gate.pad.pin_edit.setText("2580")
    gate.pad.submit()
    assert settings.tabs.isVisibleTo(settings) and not settings.role_note.isVisibleTo(settings)
    window.close()


def users_panel(qtbot: QtBot, ctx: UiContext) -> UsersPanel:
    actor = ctx.runtime.sign_in("Demo", "2580")
    panel = UsersPanel(ctx.runtime.staff, lambda: actor)
    qtbot.addWidget(panel)
    panel.reload()
    return panel


def row_of(panel: UsersPanel, name: str) -> int:
    return [user.name for user in panel.users].index(name)


def test_usuarios_adds_a_user_and_refuses_beside_the_field(qtbot: QtBot, ui_ctx: UiContext) -> None:
    panel = users_panel(qtbot, ui_ctx)
    assert panel.table.rowCount() == 3
    type_text(qtbot, panel.name_edit, "Sofía")
    panel.new_pin_edit.setText("4826")
    panel.new_again_edit.setText("4826")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.rows["name"].error_text == "Ya existe un usuario con ese nombre."
    panel.name_edit.clear()
    type_text(qtbot, panel.name_edit, "José Ñique")
    panel.new_again_edit.setText("4827")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.rows["new_again"].error_text == "Los dos PIN no coinciden."
    panel.new_pin_edit.setText("1234")
    panel.new_again_edit.setText("1234")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.rows["new_pin"].error_text.startswith("PIN demasiado débil: no use una serie")
    panel.new_pin_edit.setText("4826")
    panel.new_again_edit.setText("4826")
    panel.new_role_box.setCurrentIndex(panel.new_role_box.findData("supervisor"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Usuario José Ñique agregado como supervisor."
    row = row_of(panel, "José Ñique")
    assert panel.table.item(row, 1).text() == "Supervisor"
    assert panel.selected() is not None and panel.selected().name == "José Ñique"  # type: ignore[union-attr]
    assert ui_ctx.runtime.staff.authenticate("José Ñique", "4826").role == Role.SUPERVISOR


def test_usuarios_disables_resets_and_keeps_the_last_admin(qtbot: QtBot, ui_ctx: UiContext) -> None:
    panel = users_panel(qtbot, ui_ctx)
    panel.table.selectRow(row_of(panel, "Ana"))
    assert panel.active_button.text() == "Desactivar"
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    ana = panel.users[row_of(panel, "Ana")]
    assert not ana.active and panel.table.item(row_of(panel, "Ana"), 2).text() == "Desactivado"
    assert panel.active_button.text() == "Activar"
    panel.reset_edit.setText("5173")
    panel.reset_again.setText("5173")
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.reset_edit.text() == ""
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)  # enabled again
    assert ui_ctx.runtime.staff.authenticate("Ana", "5173").name == "Ana"

    panel.table.selectRow(row_of(panel, "Demo"))  # the only administrator
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    assert panel.rows["active"].error_text == (
        "Es el último administrador: no se puede desactivar ni cambiar de rol."
    )
    panel.role_box.setCurrentIndex(panel.role_box.findData("cajero"))
    qtbot.mouseClick(panel.role_button, Qt.MouseButton.LeftButton)
    assert panel.rows["role"].error_text.startswith("Es el último administrador")
    assert all(u.active for u in ui_ctx.runtime.staff.users())


def test_usuarios_reloads_when_another_station_changed_the_user(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    panel = users_panel(qtbot, ui_ctx)
    panel.table.selectRow(row_of(panel, "Ana"))
    shown = panel.users[row_of(panel, "Ana")]
    demo = ui_ctx.runtime.actor
    ui_ctx.runtime.staff.set_role(demo, shown.id, "supervisor", shown.version)  # elsewhere
    panel.role_box.setCurrentIndex(panel.role_box.findData("administrador"))
    qtbot.mouseClick(panel.role_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == (
        "Otra caja cambió este usuario a la vez. Se muestran sus datos actuales."
    )
    assert panel.table.item(row_of(panel, "Ana"), 1).text() == "Supervisor"
    assert panel.selected() is not None and panel.selected().name == "Ana"  # type: ignore[union-attr]
    assert panel.role_box.currentData() == "supervisor"
