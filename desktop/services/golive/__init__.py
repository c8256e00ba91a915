"""The go-live readiness check («Prueba de salida a producción», issue 17): complete flows
through PagoDesk's real services against a test profile, a signed report kept as evidence,
and the warning before a profile goes to production without a recent passing one."""

from desktop.services.golive.check import NotATestProfile
from desktop.services.golive.launcher import (
    GoLive,
    GoLiveRun,
    Readiness,
    copy_report,
    readiness,
    record_override,
    verify_report,
)
from desktop.services.golive.model import (
    FLOWS,
    CheckResult,
    FlowResult,
    FlowStatus,
    Progress,
    Step,
    Target,
)
from desktop.services.golive.report import BadReport, SavedReport

__all__ = [
    "FLOWS",
    "BadReport",
    "CheckResult",
    "FlowResult",
    "FlowStatus",
    "GoLive",
    "GoLiveRun",
    "NotATestProfile",
    "Progress",
    "Readiness",
    "SavedReport",
    "Step",
    "Target",
    "copy_report",
    "readiness",
    "record_override",
    "verify_report",
]
