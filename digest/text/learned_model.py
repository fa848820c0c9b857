"""What the learned readers of events share: a logistic regression's weights read from the JSON file beside its
module, and the probability it gives a candidate's features."""
from __future__ import annotations

import json
import math
from pathlib import Path


def read_model(path: Path, features: tuple[str, ...]) -> tuple[tuple[float, ...], float] | None:
    """The trained weights (in `features`' order) and threshold, or None when none are trained for these features:
    a reader trained for other features stays off rather than guess."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != features:
        return None
    return tuple(data["weights"]), float(data["threshold"])


def probability(f: dict[str, float], weights: tuple[float, ...], features: tuple[str, ...], more: float = 0.0) -> float:
    """The model's probability for the features `f` (names of `features`), `more` added to its log-odds."""
    z = sum(w * f[n] for n, w in zip(features, weights)) + more
    return 1 / (1 + math.exp(-max(min(z, 50), -50)))
