"""Role-aware screens: what the signed-in person's role may not do is disabled, its tooltip
naming the role needed (the one permission matrix, ``domain.staff``, decides)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.staff import Action, Actor, NotAllowed
from desktop.ui.staff_words import staff_problem


def refusal(action: Action) -> str:
    """ "Su rol no permite anular: se necesita un supervisor." """
    return staff_problem(NotAllowed(action))[1]


def guard(widget: QWidget, actor: Actor, action: Action, help_text: str = "") -> bool:
    """``widget`` enabled only when ``actor`` may take ``action`` (else the tooltip says who
    may); whether it may."""
    allowed = actor.may(action)
    widget.setEnabled(allowed)
    widget.setToolTip(help_text if allowed else refusal(action))
    return allowed
