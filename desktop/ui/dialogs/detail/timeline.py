"""The voucher's event timeline as a table model: when, what happened, source, who, why."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QTextBrowser

from desktop.ui.dialogs.detail.wording import (
    actor_label,
    describe_event,
    evidence_file,
    reason_text,
    source_label,
)
from desktop.ui.format import lima_datetime
from desktop.ui.i18n import QT_TRANSLATE_NOOP

WHEN, WHAT, SOURCE, ACTOR, REASON = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("EventTableModel", "Fecha y hora"),
    QT_TRANSLATE_NOOP("EventTableModel", "Qué pasó"),
    QT_TRANSLATE_NOOP("EventTableModel", "Origen"),
    QT_TRANSLATE_NOOP("EventTableModel", "Quién"),
    QT_TRANSLATE_NOOP("EventTableModel", "Motivo"),
)
SEQUENCE_ROLE = Qt.ItemDataRole.UserRole + 1
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 2  # the kept slip's sha256, or None

_Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """Rows are plain snapshots of the voucher's events (never ORM objects), oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._sequences: list[int] = []
        self._kinds: list[str] = []
        self._evidence: list[str | None] = []

    def set_events(self, events: Sequence[Any], late: Collection[int] | None = None) -> None:
        """``late``: the sequences of the payments that were late by the rule
        (services.lateness); None trusts the code each move was recorded with."""
        self.beginResetModel()
        self._rows = []
        for e in events:
            paid_late = None if late is None else e.sequence in late
            self._rows.append(
                (
                    lima_datetime(e.created_at),
                    describe_event(e, late=paid_late),
                    source_label(e.source),
                    actor_label(e.actor),
                    reason_text(e.reason, late=paid_late),
                )
            )
        self._sequences = [e.sequence for e in events]
        self._kinds = [e.kind for e in events]
        kept = [evidence_file(getattr(e, "evidence", None)) for e in events]
        self._evidence = [found[0] if found else None for found in kept]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[row][index.column()]
        if role == SEQUENCE_ROLE:
            return self._sequences[row]
        if role == EVIDENCE_ROLE:
            return self._evidence[row]
        if role == Qt.ItemDataRole.ForegroundRole and self._kinds[row] == "discrepancy":
            return QColor("#a33a3a")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("EventTableModel", HEADERS[section])
        return None


class TimelineView(QTextBrowser):
    """The model's events read top to bottom, wrapping instead of clipping in a narrow pane.
    An event that kept a payment slip links to it ("Ver constancia")."""

    evidence_requested = Signal(str)  # the slip's sha256

    def __init__(self, model: EventTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.setFrameShape(QFrame.Shape.NoFrame)
        model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    def _on_model_reset(self) -> None:
        model = self._model
        if model.rowCount() == 0:
            self.setHtml("")
            return
        rows = []
        for row in range(model.rowCount()):
            when, what, source, actor, reason = (
                escape(str(model.index(row, column).data() or "")) for column in range(5)
            )
            color = model.index(row, WHAT).data(Qt.ItemDataRole.ForegroundRole)
            style = f' style="color:{color.name()}"' if isinstance(color, QColor) else ""
            who = " · ".join(part for part in (source, actor) if part)
            why = f'<br><span style="color:#333">{reason}</span>' if reason else ""
            slip = ""
            if model.index(row, WHAT).data(EVIDENCE_ROLE):
                slip = f'<br><a href="evidence:{row}">{escape(self.tr("Ver constancia"))}</a>'
            rows.append(
                f'<tr><td width="118" style="color:#555">{when}</td>'
                f"<td><b{style}>{what}</b><br>"
                f'<span style="color:#666">{who}</span>{why}{slip}</td></tr>'
            )
        self.setHtml(
            '<table width="100%" cellspacing="0" cellpadding="6">' + "".join(rows) + "</table>"
        )

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme, _, row = url.toString().partition(":")
        if scheme == "evidence" and row.isdigit():
            sha256 = self._model.index(int(row), WHAT).data(EVIDENCE_ROLE)
            if sha256:
                self.evidence_requested.emit(sha256)
