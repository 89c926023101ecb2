"""Follow-up plan: who to thank after an interview, when, and through which channel.

    contacts = load_contacts(Path("acme/contacts.json"))
    interview = make_interview("2026-11-27 14:00", timezone="Europe/London", company="Acme Corp",
                               position="Data Analyst", country="GB")
    plan = build_plan(contacts, interview)
    write_plan(plan, Path("acme"))          # plan.md, plan.json, plan.ics
"""
from __future__ import annotations

from cardcap.plan.files import load_contacts, write_plan
from cardcap.plan.interview import interview_template, load_interview_file, make_interview
from cardcap.plan.model import (
    Interview,
    PersonNotes,
    Plan,
    PlanEntry,
    RoleAssessment,
    Step,
)
from cardcap.plan.planner import build_plan
from cardcap.plan.render import plan_table, render_ics, render_json, render_markdown
from cardcap.plan.roles import classify_panel, classify_role

__all__ = [
    "Interview",
    "PersonNotes",
    "Plan",
    "PlanEntry",
    "RoleAssessment",
    "Step",
    "build_plan",
    "classify_panel",
    "classify_role",
    "interview_template",
    "load_contacts",
    "load_interview_file",
    "make_interview",
    "plan_table",
    "render_ics",
    "render_json",
    "render_markdown",
    "write_plan",
]
