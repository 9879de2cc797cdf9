"""Build the POST data of admin change forms, as the browser would send them."""
from __future__ import annotations

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from timeline.models import Event


def _management(prefix: str, rows: list[dict]) -> dict:
    data = {f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": str(sum("id" in r for r in rows)),
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{k}": "" if v is None else str(v) for k, v in row.items()})
    return data


def event_form_data(event: Event, participants: list[dict] | None = None, evidence: list[dict] | None = None,
                    **changes) -> dict:
    """The event's change form as it stands, with `changes`; inline rows as they are unless given."""
    fields = {"type": event.type, "status": event.status, "date": event.date, "summary": event.summary,
              "location": event.location, "article": event.article_id or "", "confidence": event.confidence}
    if event.verified:
        fields["verified"] = "on"
    fields.update(changes)
    if fields.get("verified") is False:
        del fields["verified"]
    if participants is None:
        participants = [{"id": p.pk, "event": event.pk, "actor": p.actor_id, "role": p.role}
                        for p in event.participants.all()] if event.pk else []
    if evidence is None:
        evidence = [{"id": e.pk, "event": event.pk, "article": e.article_id, "quote": e.quote, "start": e.start,
                     "end": e.end, "sentence_start": e.sentence_start, "sentence_end": e.sentence_end}
                    for e in event.evidence.all()] if event.pk else []
    data = {k: "" if v is None else str(v) for k, v in fields.items()}
    data.update(_management("participants", participants))
    data.update(_management("evidence", evidence))
    return data


def action_data(action: str, objects, **extra) -> dict:
    return {"action": action, ACTION_CHECKBOX_NAME: [str(o.pk) for o in objects], "index": "0",
            **{k: str(v) for k, v in extra.items()}}


def changelist(model) -> str:
    return reverse(f"admin:timeline_{model._meta.model_name}_changelist")


def change(obj) -> str:
    return reverse(f"admin:timeline_{obj._meta.model_name}_change", args=[obj.pk])
