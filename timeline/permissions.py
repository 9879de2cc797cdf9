"""Who may see what: staff upload and correct; the timeline is public or for logged-in users."""
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login


def viewer_required(view):
    """Let anyone through when settings.TIMELINE_PUBLIC, otherwise only logged-in users."""
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if settings.TIMELINE_PUBLIC or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        return redirect_to_login(request.get_full_path())
    return wrapper
