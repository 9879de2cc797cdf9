"""The site's answer to a request it cannot take (400): why, when the reason is one a person can
act on (too many files chosen, too much pasted), else the plain page."""
from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpResponseBadRequest
from django.template import loader


def bad_request(request, exception=None):
    reason = ""
    if isinstance(exception, TooManyFilesSent):
        reason = (f"More files were chosen than one upload takes ({settings.UPLOAD_MAX_FILES}): nothing was "
                  "stored. Go back and upload them in several batches.")
    elif isinstance(exception, RequestDataTooBig):
        reason = "The text sent is larger than the site takes: nothing was stored. Go back and send less at once."
    elif isinstance(exception, TooManyFieldsSent):
        reason = "The form sent had too many fields: nothing was stored."
    return HttpResponseBadRequest(loader.get_template("400.html").render({"reason": reason}))
