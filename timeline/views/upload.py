"""The upload page. Minimal until the upload page lands (issue 2)."""
from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render


@staff_member_required
def upload(request):
    return render(request, "base.html")
