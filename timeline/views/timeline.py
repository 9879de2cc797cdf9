"""The timeline page. Minimal until the timeline page lands (issue 2/5)."""
from django.shortcuts import render

from timeline.permissions import viewer_required


@viewer_required
def index(request):
    return render(request, "base.html")
