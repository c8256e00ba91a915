"""Pages of a document on screen (a voucher's preview, a payment slip): pictures one under the
other on a grey desk, fitted to the width, or a message in their place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.message_style import Severity, style_message

DESK = "#e6e9ec"
MESSAGE_LOOK = "font-size:13px;padding:24px;"


class PageView(QScrollArea):
    """``show_images`` (PNG or JPEG bytes) or ``show_message``; pages never grow past their
    own size and shrink to the width of the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QScrollArea{{background:{DESK};}}")
        self.pages = QWidget()
        self.pages.setStyleSheet(f"background:{DESK};")
        self._layout = QVBoxLayout(self.pages)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.message = QLabel(self.pages)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        style_message(self.message, Severity.INFO, extra=MESSAGE_LOOK)
        self._layout.addWidget(self.message)
        self.setWidget(self.pages)
        self._pixmaps: list[QPixmap] = []

    @property
    def page_labels(self) -> list[QLabel]:
        return [label for label in self.pages.findChildren(QLabel) if label is not self.message]

    def show_message(self, text: str, severity: Severity = Severity.INFO) -> None:
        """``text`` where the pages were (they are dropped)."""
        self.clear_pages()
        style_message(self.message, severity, extra=MESSAGE_LOOK)
        self.message.setText(text)
        self.message.show()

    def show_images(self, images: list[bytes]) -> int:
        """The pictures as pages; returns how many could be decoded (0: none shown)."""
        self.clear_pages()
        for data in images:
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                self._pixmaps.append(pixmap)
        if not self._pixmaps:
            return 0
        self.message.hide()
        for _pixmap in self._pixmaps:
            label = QLabel(self.pages)
            label.setStyleSheet("background:white;border:1px solid #c8ccd0;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(label)
        self._fit()
        return len(self._pixmaps)

    def clear_pages(self) -> None:
        for label in self.page_labels:
            label.deleteLater()
            label.setParent(None)
        self._pixmaps = []

    def _fit(self) -> None:
        width = max(self.viewport().width() - 32, 120)
        for label, pixmap in zip(self.page_labels, self._pixmaps, strict=False):
            shown = pixmap
            if pixmap.width() > width:
                shown = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(shown)
            label.setFixedSize(shown.size())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._pixmaps:
            self._fit()
