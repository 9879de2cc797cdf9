"""Two people correcting the same row in the admin: the second to save would put back, without a
word, every field the first one changed (the form sends all its fields as they were when it
was opened). The form remembers when the row was last changed as it was opened; if the row has
changed since (another person, a bulk action, a merge, re-extraction), nothing is saved and the
form says who changed it and when. Saving again then replaces their change on purpose.
"""
from __future__ import annotations

from django import forms
from django.utils import timezone

FIELD = "opened_at"


class UnchangedSinceOpenedForm(forms.ModelForm):
    """A ModelForm refusing to save over a change made since it was opened (the row's
    `updated_at`, which every save of the row moves)."""
    opened_at = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.updated_at:
            self.fields[FIELD].initial = self.instance.updated_at.isoformat()

    def clean(self):
        cleaned = super().clean()
        opened = cleaned.get(FIELD)
        current = self.instance.updated_at.isoformat() if self.instance.pk and self.instance.updated_at else ""
        if opened and current and opened != current:
            # (the form shown again holds the change as it is now: saving it again overwrites on purpose)
            self.data = self.data.copy()
            self.data[self.add_prefix(FIELD)] = current
            raise forms.ValidationError(self._changed_since(), code="changed_since_opened")
        return cleaned

    def _changed_since(self) -> str:
        record = self.instance.history.first() if hasattr(self.instance, "history") else None
        who = "extraction" if record is not None and record.history_user is None else (
            record.history_user.get_username() if record is not None else "someone")
        when = timezone.localtime(self.instance.updated_at).strftime("%H:%M:%S on %d %b %Y")
        name = self.instance._meta.verbose_name
        differences = "; ".join(self._differences())
        return (f"This {name} was changed by {who} at {when}, after you opened it (its History lists the "
                f"change). Nothing was saved."
                + (f" Where it now differs from this form: {differences}." if differences else "")
                + " To keep their change, reload the page and make yours again; to replace it with what this "
                  "form holds, save again.")

    def _differences(self) -> list[str]:
        """'status is planned, this form says hypothetical', for each field the row (as it is now)
        and the form disagree on: their changes and the ones made in this form."""
        found = []
        for name, field in self.fields.items():
            if name == FIELD or name not in self.cleaned_data or not hasattr(self.instance, name):
                continue
            now, here = getattr(self.instance, name), self.cleaned_data[name]
            if (now or None) == (here or None):
                continue
            labels = dict(getattr(field, "choices", ()) or ())
            found.append(f"{field.label or name} is {_shown(labels.get(now, now))}, this form says "
                         f"{_shown(labels.get(here, here))}")
        return found


def _shown(value) -> str:
    return "empty" if value in (None, "") else f"“{value}”"


class UnchangedSinceOpenedMixin:
    """For a ModelAdmin whose form is an UnchangedSinceOpenedForm: the hidden field is on the page."""

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:
            return fieldsets
        (name, options), *rest = fieldsets
        return [(name, {**options, "fields": [*options["fields"], FIELD]}), *rest]
