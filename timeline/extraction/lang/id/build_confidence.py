"""Fit confidence.py: the weights that turn what extraction knows of an event into the
probability that it is right (see timeline/extraction/confidence.py).

Every event extracted from the gold articles below is one example: right when the scorer
(../shared/eval/score.py) matches it to a gold event, required or optional, wrong otherwise.
A logistic regression with an L2 penalty is fitted on them, and its log-odds are rescaled on
tuned sets it is not fitted on (CALIBRATED: the penalty pulls every log-odds toward the base rate);
it prints how well the weights rank and calibrate, on the articles fitted, on those it is rescaled
on and on the measure-only held-out sets (in aggregate), and writes confidence.py. Run it after a
change to extraction or to the gold, and commit the output; the runtime needs neither the gold nor
the scorer:

    .venv/bin/python -m timeline.extraction.lang.id.build_confidence
"""
from __future__ import annotations

import bisect
import datetime as dt
import importlib.util
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
SHARED = ROOT.parent / "shared"
HELDOUT = ROOT / "bench" / "heldout"
OUT = Path(__file__).with_name("confidence.py")

# The articles fitted: dev and the held-out sets rules were tuned on (bench/heldout/README.md);
# the measure-only sets are scored, in aggregate, to see how well the weights carry over.
FITTED = ["diplo", "diplo2", "diplo3", "diplo4", "diplo6", "diplo7", *(f"diplo{i}" for i in range(9, 21)),
          *(f"diplo{i}" for i in range(29, 41)), "diplo45", "diplo46", "diplo47", "diplo48",
          "diplo53", "diplo54", "diplo55", "diplo56"]
MEASURED = ["diplo5", "diplo8", *(f"diplo{i}" for i in range(21, 29)), *(f"diplo{i}" for i in range(41, 45))]
# Tuned sets the weights are not fitted on: the scale of the log-odds is set on them (`rescale`),
# so that a confidence says how often such events were right on articles the weights never saw.
CALIBRATED = ["diplo65", "diplo66", "diplo69", "diplo70", "diplo73", "diplo74", "diplo77", "diplo78"]
PENALTY = 3.0       # L2, on every weight but the bias
ROUNDS = 400        # of AdaGrad over all examples
STEP = 0.5


def load_scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def matched(score, text: str, gold: dict, pred: dict) -> list[bool]:
    """Which predicted events the scorer pairs with a gold event (its greedy rule: required gold
    first, then optional; same type, a date inside the gold's, a shared party; higher scores first)."""
    resolve = score.gold_actor_index(gold.get("actors", []), pred.get("actors", []))
    gold_events = gold.get("events", [])
    spans = []
    for g in gold_events:
        i = text.find(g["evidence"])
        spans.append({"start": i, "end": i + len(g["evidence"])})
    parties = [set().union(*[resolve(a) for a in p["actors"]] or [set()]) for p in pred["events"]]
    used: set[int] = set()
    for optional in (False, True):
        pairs = []
        for gi, g in enumerate(gold_events):
            if bool(g.get("optional")) != optional:
                continue
            for pi, p in enumerate(pred["events"]):
                shared = parties[pi] & set(g["actors"])
                if p["type"] != g["type"] or not shared or not score.dates_agree(g.get("date"), p.get("date")):
                    continue
                rank = (2 if p.get("date") == g.get("date") else 0) + len(shared) + (
                    3 if score.overlap(spans[gi], {"start": p["start"], "end": p["end"]}) else 0)
                pairs.append((rank, gi, pi))
        taken: set[int] = set()
        for _, gi, pi in sorted(pairs, reverse=True):
            if gi not in taken and pi not in used:
                taken.add(gi)
                used.add(pi)
    return [pi in used for pi in range(len(pred["events"]))]


def examples(score, folders: list[Path]) -> list[tuple[list[str], bool]]:
    """(feature names, right?) for every event extracted from the gold articles in `folders`."""
    from timeline.extraction import extract
    from timeline.extraction.confidence import features_of
    out = []
    for folder in folders:
        for gold_path in sorted(folder.glob("*.json")):
            text_path = gold_path.with_suffix(".txt")
            if not text_path.exists():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = text_path.read_text(encoding="utf-8")
            dct = dt.date.fromisoformat(gold["dct"])
            found = extract(text, dct, min_confidence=0.0)     # (every event the weights will weigh)
            right = matched(score, text, gold, found.to_json())
            out.extend(zip(features_of(found.events, text, dct), right))
    return out


def fit(rows: list[tuple[list[str], bool]]) -> dict[str, float]:
    """Logistic regression by AdaGrad on the mean log-loss plus PENALTY/2 * |w|^2 / n."""
    w: dict[str, float] = defaultdict(float)
    seen: dict[str, float] = defaultdict(float)
    n = len(rows)
    for _ in range(ROUNDS):
        grad: dict[str, float] = defaultdict(float)
        for names, ok in rows:
            p = 1.0 / (1.0 + math.exp(-sum(w[f] for f in names)))
            for f in names:
                grad[f] += p - ok
        for f, g in grad.items():
            g = g / n + (PENALTY * w[f] / n if f != "bias" else 0.0)
            seen[f] += g * g
            w[f] -= STEP * g / (math.sqrt(seen[f]) + 1e-8)
    return {f: round(v, 4) for f, v in sorted(w.items()) if round(v, 4) != 0.0}


def rescale(weights: dict[str, float], rows: list[tuple[list[str], bool]]) -> dict[str, float]:
    """The weights with their log-odds z rescaled to a*z + b, a and b fitted (unpenalized logistic
    regression of right on z, by Newton's method) on `rows`, events the weights were not fitted on.
    The penalty that keeps the weights from fitting noise also pulls every log-odds toward the
    base rate, so that raw confidences of unsure events run high; the rescaling undoes that. The
    order of the events, and so the AUC, is unchanged."""
    zs = [(sum(weights.get(f, 0.0) for f in names), ok) for names, ok in rows]
    a, b = 1.0, 0.0
    for _ in range(50):
        ga = gb = haa = hab = hbb = 0.0
        for z, ok in zs:
            p = 1.0 / (1.0 + math.exp(-(a * z + b)))
            ga += (p - ok) * z
            gb += p - ok
            v = p * (1.0 - p)
            haa += v * z * z
            hab += v * z
            hbb += v
        det = haa * hbb - hab * hab
        if det <= 0:
            break
        a -= (hbb * ga - hab * gb) / det
        b -= (haa * gb - hab * ga) / det
    out = {f: round(a * v, 4) for f, v in weights.items() if f != "bias"}
    out["bias"] = round(a * weights.get("bias", 0.0) + b, 4)
    return {f: v for f, v in sorted(out.items()) if v != 0.0}


def measures(pairs: list[tuple[float, bool]]) -> str:
    """AUC (how well it ranks right above wrong), Brier score, expected calibration error (ten bins),
    and the share of the wrong events found in the least confident fifth."""
    pos = sorted(c for c, ok in pairs if ok)
    neg = sorted(c for c, ok in pairs if not ok)
    wins = sum(bisect.bisect_left(neg, c) + 0.5 * (bisect.bisect_right(neg, c) - bisect.bisect_left(neg, c)) for c in pos)
    auc = wins / (len(pos) * len(neg)) if pos and neg else float("nan")
    brier = sum((c - ok) ** 2 for c, ok in pairs) / len(pairs)
    bins: dict[int, list] = defaultdict(list)
    for c, ok in pairs:
        bins[min(int(c * 10), 9)].append((c, ok))
    ece = sum(abs(sum(c for c, _ in b) - sum(ok for _, ok in b)) for b in bins.values()) / len(pairs)
    first = sorted(pairs, key=lambda x: x[0])[:len(pairs) // 5]
    caught = sum(1 for _, ok in first if not ok) / max(len(neg), 1)
    return (f"{len(pairs)} events, {len(pos) / len(pairs):.3f} right: AUC {auc:.3f}, Brier {brier:.4f}, "
            f"ECE {ece:.3f}, wrong ones in the least confident fifth {caught:.2f}")


def write(weights: dict[str, float], fitted: str, measured: str) -> None:
    lines = [
        '"""Weights of the event confidence model (timeline/extraction/confidence.py), fitted by',
        "build_confidence.py on the events extracted from the gold articles; do not edit by hand.",
        "",
        f"Fitted ({fitted}).",
        f"Measure-only held-out sets ({measured}).",
        '"""',
        "",
        "WEIGHTS = {",
        *(f"    {name!r}: {value!r}," for name, value in weights.items()),
        "}",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    score = load_scorer()
    if score is None:
        print(f"no scorer at {SHARED / 'eval' / 'score.py'}: nothing to fit")
        return 0
    fitted = examples(score, [SHARED / "gold" / "dev", *(HELDOUT / f for f in FITTED)])
    scaled = examples(score, [HELDOUT / f for f in CALIBRATED])
    measured = examples(score, [HELDOUT / f for f in MEASURED])
    weights = rescale(fit(fitted), scaled)
    from timeline.extraction.confidence import estimate
    on_fitted = measures([(estimate(f, weights), ok) for f, ok in fitted])
    on_scaled = measures([(estimate(f, weights), ok) for f, ok in scaled])
    on_measured = measures([(estimate(f, weights), ok) for f, ok in measured])
    print(f"fitted:   {on_fitted}\nrescaled: {on_scaled}\nmeasured: {on_measured}\n"
          f"{len(weights)} weights written to {OUT}")
    write(weights, on_fitted, on_measured)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
