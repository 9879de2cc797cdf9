from django.db import migrations


def regroup_reports(apps, schema_editor):
    """The report shown of each event again, now that an event a person entered in the admin counts as
    corrected, as one edited or verified does (timeline/reports.py): one entered before, never marked
    edited, is no longer shown behind another article's report from extraction."""
    from timeline.reports import regroup_stored

    regroup_stored(apps.get_model("timeline", "Event"), apps.get_model("timeline", "Participant"))


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0013_article_versions'),
    ]

    operations = [
        migrations.RunPython(regroup_reports, migrations.RunPython.noop),
    ]
