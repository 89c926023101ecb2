"""After a panel interview people lay all the cards on the table and take
one photo: every card becomes its own contact."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from cardcap import ScanOptions, scan

pytestmark = pytest.mark.slow

PANEL = [
    ("Olivia Bennett", "Hiring Manager", "obennett@harborfinch.com"),
    ("Daniel Cho", "Senior Engineer", "dcho@harborfinch.com"),
    ("Grace Liu", "Talent Acquisition", "grace.liu@harborfinch.com"),
]


def _card(name: str, title: str, email: str) -> np.ndarray:
    card = np.full((330, 560, 3), 248, np.uint8)
    cv2.putText(card, name, (30, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (20, 20, 20), 2, cv2.LINE_AA)
    cv2.putText(card, title, (30, 140), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (50, 50, 50), 2, cv2.LINE_AA)
    cv2.putText(card, email, (30, 230), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 20), 2, cv2.LINE_AA)
    cv2.putText(card, "Harbor & Finch LLP", (30, 290), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 90), 2, cv2.LINE_AA)
    return card


def test_three_cards_on_a_table_give_three_contacts(tmp_path):
    table = np.full((1400, 1900, 3), (45, 70, 95), np.uint8)  # a wooden-brown desk
    noise = np.random.default_rng(3).normal(0, 6, table.shape)
    table = np.clip(table + noise, 0, 255).astype(np.uint8)
    for n, (x, y) in enumerate([(80, 120), (1000, 160), (520, 800)]):
        card = _card(*PANEL[n])
        table[y:y + card.shape[0], x:x + card.shape[1]] = card
    path = tmp_path / "panel.jpg"
    cv2.imwrite(str(path), table)
    [result] = scan([path], ScanOptions(jobs=1, region="US"))
    assert result.error is None
    got = {c.name: c for c in result.contacts}
    assert set(got) == {name for name, _, _ in PANEL}
    for name, title, email in PANEL:
        assert got[name].emails == [email]
        assert got[name].region is not None  # each contact knows where its card lies in the photo
    assert len({c.region for c in result.contacts}) == 3
