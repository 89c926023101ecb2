"""Follow-up plan: who to thank after an interview, when, and through which channel."""
from __future__ import annotations

from cardcap.plan.model import (
    Interview,
    PersonNotes,
    Plan,
    PlanEntry,
    RoleAssessment,
    Step,
)

__all__ = ["Interview", "PersonNotes", "Plan", "PlanEntry", "RoleAssessment", "Step"]
