"""cardcap: business-card photos to contacts, vCards and a follow-up plan."""
from __future__ import annotations

__version__ = "0.1.0"
