"""Who may see what: staff upload and correct; the timeline is public or for logged-in users."""
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect


def to_login(request):
    """To the login page, then back. An htmx request (say, once the session has expired) is told
    to load the login page as a whole page rather than swap it into a part of the page, and to
    come back to the page it was made from, not to a fragment."""
    if request.htmx:
        login = reverse("admin:login") + "?" + urlencode({"next": request.htmx.current_url_abs_path or
                                                                   request.get_full_path()})
        return HttpResponseClientRedirect(login)
    return redirect_to_login(request.get_full_path())


def viewer_required(view):
    """Let anyone through when settings.TIMELINE_PUBLIC, otherwise only logged-in users."""
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if settings.TIMELINE_PUBLIC or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        return to_login(request)
    return wrapper
