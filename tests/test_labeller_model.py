"""The committed line labeller is the one its training script builds from
the committed data and today's features: a change to the features or the
line splitting that is not followed by a retrain fails here."""
from __future__ import annotations

from cardcap.resources import models_dir
from training.labeller import train


def test_the_committed_model_is_what_training_rebuilds(tmp_path, capsys):
    assert train.main(["--out", str(tmp_path)]) == 0
    capsys.readouterr()
    rebuilt = (tmp_path / "crf.model").read_bytes()
    committed = (models_dir() / "labeller" / "crf.model").read_bytes()
    assert rebuilt == committed, "run: .venv/bin/python -m training.labeller.train"
