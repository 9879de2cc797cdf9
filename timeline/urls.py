from django.urls import path

from . import views

app_name = "timeline"

urlpatterns = [
    path("", views.index, name="index"),
    path("upload/", views.upload, name="upload"),
    path("upload/<int:pk>/retry/", views.retry, name="retry"),
]
