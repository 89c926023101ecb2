"""Follow-up drafts: a plan and the candidate's profile in, one message per person and step out.

    from cardcap.letters import generate_letters, load_profile, write_drafts
    drafts = generate_letters(plan, load_profile(), templates=None)
    write_drafts(drafts, Path("acme/letters"))
"""
from __future__ import annotations

from .generate import Draft, generate_letters
from .profile import PROFILE_TEMPLATE, CandidateProfile, load_profile, profile_from_mapping
from .salutation import address, salutation
from .tone import Finding, check_draft
from .writer import write_drafts

__all__ = [
    "CandidateProfile",
    "Draft",
    "Finding",
    "PROFILE_TEMPLATE",
    "address",
    "check_draft",
    "generate_letters",
    "load_profile",
    "profile_from_mapping",
    "salutation",
    "write_drafts",
]
