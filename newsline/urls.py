from django.contrib import admin
from django.contrib.auth.views import LogoutView
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    # (the admin's logout is for staff only: a viewer of a private timeline logs out here)
    path("logout/", LogoutView.as_view(next_page="timeline:index"), name="logout"),
    path("", include("timeline.urls")),
]

handler400 = "newsline.errors.bad_request"
