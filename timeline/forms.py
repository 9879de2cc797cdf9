"""Forms. UploadForm turns pasted text and files into `documents.Document`s, or explains
what is wrong with each. A file refused among good ones is listed with its reason and the
others go on (`refused`); when nothing can be stored, or the pasted text or the fields that
apply to every article are wrong, the form is invalid and nothing is stored."""
import datetime as dt

from django import forms
from django.conf import settings

from timeline import documents

ACCEPT = ",".join(documents.SUFFIXES)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (the pattern from Django's documentation). An empty file
    passes: documents refuses it by name, as one more file that cannot be read, whereas
    Django's own "The submitted file is empty." names none and stops every other file."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class UploadForm(forms.Form):
    text = forms.CharField(
        label="Paste an article", required=False, strip=False,
        widget=forms.Textarea(attrs={"rows": 10, "placeholder": "Paste the article's text here…"}))
    files = MultipleFileField(label="or choose files", required=False)
    title = forms.CharField(max_length=500, required=False,
                            help_text="Optional. For one article; found in the file when it is a web page.")
    outlet = forms.CharField(label="Outlet / source", max_length=200, required=False)
    url = forms.URLField(label="URL", max_length=1000, required=False, assume_scheme="https",
                         help_text="Optional. For one article; found in the file when it is a web page.")
    published = forms.DateField(
        label="Publication date", required=False, widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Optional; given to every article of this upload. Otherwise taken from each page's metadata, "
                  "a day in the file's name (20141128-0825.txt), or the dateline, or inferred from the text.")

    separate = forms.BooleanField(
        label="Keep as a separate article", required=False,
        help_text="An upload very close to an article already stored (the same URL or title, or most of its "
                  "sentences: an outlet's update) is taken as a new version of it, its corrections kept. "
                  "Tick to store it as an article of its own instead.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # the limits, said before anything is sent (the page checks them as files are chosen: a file
        # over the limit was refused only once the whole upload had been sent)
        files = self.fields["files"]
        files.help_text = (f"One or more .txt, .html or .md files, each up to {documents.human_size(settings.UPLOAD_MAX_BYTES)} "
                           f"(at most {settings.UPLOAD_MAX_FILES} at once: more in several uploads).")
        files.widget.attrs.update({"data-max-files": settings.UPLOAD_MAX_FILES,
                                   "data-max-bytes": settings.UPLOAD_MAX_BYTES})

    def clean_published(self):
        published = self.cleaned_data["published"]
        if published is not None and not documents.plausible_year(published.year):
            # (a typo such as 0204 or 2204: every relative date of the article would be resolved from it)
            raise forms.ValidationError(
                f"Give a year between {documents.EARLIEST_YEAR} and {dt.date.today().year + 1}.", code="year")
        return published

    def clean(self):
        cleaned = super().clean()
        docs: list[documents.Document] = []
        text = cleaned.get("text") or ""
        files = cleaned.get("files") or []
        if not text.strip() and not files and "files" not in self.errors:
            if text:
                self.add_error("text", "The pasted text is empty.")
            else:
                raise forms.ValidationError("Paste the article's text or choose at least one file.", code="empty")
        if text.strip():
            try:
                docs.append(documents.from_pasted(text))
            except documents.DocumentError as exc:
                self.add_error("text", str(exc))
        refused = []
        for upload in files:
            try:
                docs.append(documents.from_upload(upload))
            except documents.DocumentError as exc:
                refused.append(str(exc))      # (the message names the file)
        if refused and not docs:
            for message in refused:
                self.add_error("files", message)
            refused = []
        cleaned["documents"], cleaned["refused"] = docs, refused
        return cleaned
