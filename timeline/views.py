from django.http import HttpResponse


def index(request):
    return HttpResponse("Newsline")


def upload(request):
    return HttpResponse("upload")
