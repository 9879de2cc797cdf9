from django.urls import path

from . import views
from .views import article, exports, options, timeline

app_name = "timeline"

urlpatterns = [
    path("", views.index, name="index"),
    path("upload/", views.upload, name="upload"),
    path("upload/<int:pk>/retry/", views.retry, name="retry"),
    path("upload/<int:pk>/", views.result, name="result"),
    path("events/", timeline.events, name="events"),
    path("events/undated/", timeline.undated, name="undated"),
    path("events/<int:pk>/", timeline.detail, name="detail"),
    path("chart.json", timeline.chart, name="chart"),
    path("actors/", options.actor_options, name="actor_options"),
    path("articles/", options.article_options, name="article_options"),
    path("articles/<int:pk>/", article.article, name="article"),
    path("export/<slug:fmt>/", exports.export, name="export"),
]
