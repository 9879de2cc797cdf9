"""Two people correcting the same row in the admin: the second to save would put back, without a
word, every field the first one changed (the form sends all its fields as they were when it
was opened).

The form remembers, as it is opened, the row's last change (`updated_at`), its last history
record and the time. When it is saved after the row changed (another person, a bulk action, a
merge, re-extraction), nothing is saved: the form is shown again holding their changes to the
fields this person left alone and this person's own changes, says who changed what and when,
and which fields both changed (the form keeps this person's value there). Saving it then saves
the two together. Rows of its inlines changed meanwhile (participants, evidence, aliases: a
merge of actors moves participants) are said too; those the form cannot merge, so it is refused
until the page is reloaded, and says which of this person's changes to make again.
"""
from __future__ import annotations

import datetime as dt

from django import forms
from django.apps import apps
from django.contrib import messages
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone

FIELD = "opened_at"


class UnchangedSinceOpenedForm(forms.ModelForm):
    """A ModelForm that does not save over a change made since it was opened.

    `related_histories`: (model label, its foreign key to this row, how the page calls them) of
    the inline rows whose changes count as changes of this row."""
    opened_at = forms.CharField(widget=forms.HiddenInput, required=False)
    related_histories: tuple[tuple[str, str, str], ...] = ()
    # The history's reasons of the changes nobody made by hand (a summary written again after their
    # correction): a field they changed only so is not one "you both changed"
    automatic_reasons: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.updated_at:
            self.fields[FIELD].initial = _token(self.instance, timezone.now())

    def clean(self):
        cleaned = super().clean()
        opened = _parse(cleaned.get(FIELD) or "")
        if opened is None or not self.instance.pk or not self.instance.updated_at:
            return cleaned
        stamp, base_id, opened_time = opened
        changed_row = stamp != self.instance.updated_at.isoformat()
        rows = self._rows_changed_since(opened_time)
        if not changed_row and not rows:
            return cleaned
        base = self.instance.history.filter(history_id=base_id).first() if base_id else None
        theirs, both = self._merge(base) if changed_row else ([], [])
        # (shown again, the form is as of now: saving it then is a save over what it says; but rows of
        # its inlines changed meanwhile are shown as they were, and saving would put those back: the
        # form stays refused until it is reloaded)
        self.data = self.data.copy()
        self.data[self.add_prefix(FIELD)] = _token(self.instance, opened_time if rows else timezone.now())
        for name, value, _ in theirs:
            self._show(name, value)
        mine = self._mine(base) if rows else []
        self.rows_changed, self.opened_time = bool(rows), opened_time   # (the admin says this person's
                                                                        # changes to the rows: rows_to_redo)
        raise forms.ValidationError(self._message(base_id, base is not None, theirs, both, rows, mine),
                                    code="changed_since_opened")

    def _mine(self, base) -> list[str]:
        """The changes this form makes to the row's own fields (to be made again after a reload)."""
        found = []
        for name, field in self.fields.items():
            if name == FIELD or name not in self.cleaned_data or not _is_model_field(self.instance, name):
                continue
            mine = _plain(self.cleaned_data[name])
            was = _value(base, name) if base is not None else _value(self.instance, name)
            if mine != was:
                found.append(f"{field.label} {_shown(field, mine)}")
        return found

    # --- what changed, and the form holding both sides --------------------------------------

    def _merge(self, base):
        """Their changes to the fields this form left as they were (taken into the form), and the
        fields both changed (this form's value kept): [(field, value, shown)]."""
        theirs, both = [], []
        for name, field in self.fields.items():
            if name == FIELD or name not in self.cleaned_data or not _is_model_field(self.instance, name):
                continue
            now, mine = _value(self.instance, name), _plain(self.cleaned_data[name])
            was = _value(base, name) if base is not None else None
            if now == mine or (base is not None and now == was):
                continue
            shown = _shown(field, now)
            if base is not None and mine == was:    # (with no history to tell, the form keeps its value)
                theirs.append((name, now, f"{field.label} to {shown}"))
            elif base is not None and self._changed_only_automatically(name, base):
                both.append((name, mine, f"{field.label} {shown}", True))
            else:
                both.append((name, mine, f"{field.label} (theirs {shown}, yours {_shown(field, mine)})", False))
        return theirs, both

    def _changed_only_automatically(self, name: str, base) -> bool:
        """Did every change to the field since `base` (a history record) come with one of the
        `automatic_reasons` (their summary written again after they changed the place)?"""
        if not self.automatic_reasons:
            return False
        was = _value(base, name)
        for record in self.instance.history.filter(history_id__gt=base.history_id).order_by("history_id"):
            value = _value(record, name)
            if value != was and record.history_change_reason not in self.automatic_reasons:
                return False
            was = value
        return True

    def _show(self, name, value) -> None:
        key = self.add_prefix(name)
        if isinstance(self.fields[name], forms.BooleanField):
            if value:
                self.data[key] = "on"
            else:
                self.data.pop(key, None)
        else:
            self.data[key] = "" if value is None else (value.isoformat() if isinstance(value, dt.date) else str(value))

    def _rows_changed_since(self, opened_time: dt.datetime) -> list[tuple[str, list]]:
        """(how the page calls them, their history records) of the inline rows changed since."""
        changed = []
        for label, key, called in self.related_histories:
            records = list(apps.get_model(label).history.filter(**{f"{key}_id": self.instance.pk},
                                                               history_date__gt=opened_time)
                           .select_related("history_user"))
            if records:
                changed.append((called, records))
        return changed

    def _message(self, base_id, known, theirs, both, rows, mine=()) -> str:
        name = self.instance._meta.verbose_name
        records = [*self.instance.history.filter(history_id__gt=base_id or 0).select_related("history_user"),
                   *(r for _, found in rows for r in found)]
        who = sorted({_who(r) for r in records}) or ["someone"]
        last = max((r.history_date for r in records), default=self.instance.updated_at)
        parts = [f"{' and '.join(who)} changed this {name} after you opened it (last at "
                 f"{timezone.localtime(last).strftime('%H:%M:%S on %d %b %Y')}; its History lists the changes). "
                 "Nothing was saved."]
        if theirs:
            parts.append("This form now holds their change" + ("s" if len(theirs) > 1 else "") + ": "
                         + "; ".join(shown for _, _, shown in theirs) + ".")
        by_hand = [shown for _, _, shown, automatic in both if not automatic]
        again = [shown for _, _, shown, automatic in both if automatic]
        if by_hand:
            parts.append(("You both changed " if known else "It now differs from this form in ")
                         + "; ".join(by_hand) + ": the form holds yours.")
        if again:
            parts.append("Their " + "; ".join(again) + (" were" if len(again) > 1 else " was")
                         + " written again automatically from their other changes, not by them: the form holds yours.")
        if rows:
            parts.append(f"Its {' and '.join(called for called, _ in rows)} changed too; this form shows them as "
                         "they were and cannot be saved over them. Reload the page to see them as they are now"
                         + (", and make your changes again: " + "; ".join(mine) + "." if mine else "."))
        else:
            parts.append("Check the form, then save it again.")
        return " ".join(parts)


class RowsStillThereFormSet(BaseInlineFormSet):
    """An inline row someone removed after the page was opened: said, not a hidden field's
    invisible "Select a valid choice"."""

    def clean(self):
        super().clean()
        if any("id" in form.errors for form in self.forms):
            raise forms.ValidationError(
                f"A row of {self.model._meta.verbose_name_plural} here was removed by someone else after you "
                "opened the page: reload the page to see them as they are now.")


class UnchangedSinceOpenedMixin:
    """For a ModelAdmin whose form is an UnchangedSinceOpenedForm: the hidden field is on the page;
    a form sent for a row deleted since it was opened says so, and that nothing was saved."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST" and object_id.isdigit() and not self.model.objects.filter(pk=object_id).exists():
            gone = self.model.history.filter(id=int(object_id), history_type="-").order_by("-history_id").first()
            how = (gone.history_change_reason if gone is not None and (gone.history_change_reason or "")
                   .startswith("merged into") else "deleted")       # ("merged into actor #12 Kolombia")
            lost = unsaved(self.model, request.POST, gone)
            self.message_user(request, f"Your changes were not saved: {self.model._meta.verbose_name} #{object_id} "
                                       f"was {how}{removed_by(self.model, int(object_id))} after you opened it."
                                       + (f" What you had changed: {'; '.join(lost)}." if lost else ""),
                              messages.WARNING)
            return HttpResponseRedirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist"))
        return super().change_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        if getattr(form, "rows_changed", False):
            redo = rows_to_redo((f.formset for f in context.get("inline_admin_formsets", ())), form.opened_time)
            if redo:
                form.add_error(None, "Make again your changes to its rows too: " + "; ".join(redo) + ".")
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:
            return fieldsets
        (name, options), *rest = fieldsets
        return [(name, {**options, "fields": [*options["fields"], FIELD]}), *rest]


# --- helpers ----------------------------------------------------------------------------------

def _token(obj, now: dt.datetime) -> str:
    last = obj.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return f"{obj.updated_at.isoformat()}|{last or ''}|{now.isoformat()}"


def _parse(token: str):
    try:
        stamp, base_id, opened = token.split("|")
        return stamp, int(base_id) if base_id else None, dt.datetime.fromisoformat(opened)
    except ValueError:
        return None


def _is_model_field(obj, name: str) -> bool:
    try:
        obj._meta.get_field(name)
    except Exception:  # noqa: BLE001 - FieldDoesNotExist: a form-only field
        return False
    return True


def _value(obj, name: str):
    """A field's value as compared: a related row by its id, empty as None."""
    field = obj._meta.get_field(name)
    return _plain(getattr(obj, field.attname if field.is_relation else name))


def _plain(value):
    value = getattr(value, "pk", value)
    return None if value in ("", None) else value


def _shown(field, value) -> str:
    if value is None:
        return "empty"
    if isinstance(field, forms.ModelChoiceField):
        shown = field.queryset.filter(pk=value).first()
    else:
        shown = dict(getattr(field, "choices", ()) or ()).get(value, value)
    return f"“{shown if shown is not None else value}”"


def _who(record) -> str:
    return record.history_user.get_username() if record.history_user is not None else "extraction"


def rows_to_redo(formsets, opened_time: dt.datetime) -> list[str]:
    """What a refused form changed in its inline rows, against the rows as they were when it was
    opened (the history), said so that it can be done again after a reload: 'participant Donald
    Trump: Role “target”', 'new alias: Name “Kuba”', 'remove evidence “…”'."""
    said = []
    for formset in formsets:
        name = formset.model._meta.verbose_name
        for form in formset.forms:
            if "id" in form.errors:
                continue        # (a row someone else removed: theirs, not a row this form adds)
            data = getattr(form, "cleaned_data", None) or {}
            pk = form.instance.pk
            was = (formset.model.history.filter(id=pk, history_date__lte=opened_time).order_by("-history_date")
                   .first() if pk else None)
            if pk and was is None:
                continue        # (a row added since: not this form's)
            fields = [f for f in form.fields if f not in ("DELETE", "id", formset.fk.name) and f in data]
            changed = [f for f in fields if (was is None and data[f] not in (None, "")) or
                       (was is not None and _plain(data[f]) != _value(was, f))]
            values = ", ".join(f"{form.fields[f].label or f} “{data[f]}”" for f in changed)
            if data.get("DELETE") and was is not None:
                said.append(f"remove {name} {was.instance}")
            elif was is None and changed:
                said.append(f"new {name}: {values}")
            elif changed:
                said.append(f"{name} {was.instance}: {values}")
    return said


def unsaved(model, post, gone) -> list[str]:
    """The row's own fields a form sent for a row deleted (or merged away) since it was opened, where
    they differ from the row as it was deleted: 'Location “Manila”' (its inline rows are not said)."""
    if gone is None:
        return []
    said = []
    for field in model._meta.concrete_fields:
        if field.primary_key or not field.editable or field.name not in post:
            continue
        sent = post.get(field.name, "")
        was = getattr(gone, field.attname, None)
        if isinstance(was, bool):       # (a ticked box is sent as "on")
            if (sent in ("on", "true", "True", "1")) != was:
                said.append(f"{field.verbose_name.capitalize()} “{'yes' if not was else 'no'}”")
            continue
        if str(sent) != ("" if was is None else str(was)):
            said.append(f"{field.verbose_name.capitalize()} “{sent}”")
    return said


def removed_by(model, pk: int) -> str:
    """' by alice at 16:24:19 on 29 Nov 2026', from the row's deletion in the history ('' if none)."""
    record = (model.history.filter(id=pk, history_type="-").select_related("history_user")
              .order_by("-history_id").first())
    if record is None:
        return ""
    return f" by {_who(record)} at {timezone.localtime(record.history_date).strftime('%H:%M:%S on %d %b %Y')}"
