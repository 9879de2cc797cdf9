"""The site's answer to a request it cannot take (400): why, when the reason is one a person can
act on (too many files chosen, too much pasted), else the plain page."""
from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpResponseBadRequest
from django.template import loader

from timeline.documents import human_size


def bad_request(request, exception=None):
    # (an upload sent by htmx stays on its page, which shows this reason by the form: no "go back")
    back = "" if request.headers.get("HX-Request") else "Go back and "
    reason = ""
    if isinstance(exception, TooManyFilesSent):
        reason = (f"More files were chosen than one upload takes ({settings.UPLOAD_MAX_FILES}): nothing was "
                  f"stored. {back}{'u' if back else 'U'}pload them in several batches.")
    elif isinstance(exception, RequestDataTooBig):
        reason = (f"The text sent is larger than the site takes (a pasted article up to {human_size(settings.UPLOAD_MAX_BYTES)}): "
                  f"nothing was stored. {back}{'s' if back else 'S'}end less at once.")
    elif isinstance(exception, TooManyFieldsSent):
        reason = "The form sent had too many fields: nothing was stored."
    return HttpResponseBadRequest(loader.get_template("400.html").render({"reason": reason}))
