"""manage.py staffgroup [--add USERNAME ...]

Creates the "Newsline staff" group with exactly the permissions a staff member who uploads and
corrects needs (timeline/staff.py), or sets it back to them; `--add` puts users in it and makes them
staff. Idempotent: `make run` and `make superuser` run it after `migrate`.
"""
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from timeline.staff import GROUP, codenames, staff_group


class Command(BaseCommand):
    help = f"Create (or set back) the “{GROUP}” group of the permissions correcting staff need; --add puts users in it."

    def add_arguments(self, parser):
        parser.add_argument("--add", nargs="+", default=[], metavar="USERNAME", help="users to make staff and put in it")

    def handle(self, *args, add: list[str], verbosity: int = 1, **options):
        try:
            group = staff_group()
        except LookupError as error:
            raise CommandError(str(error)) from error
        users = get_user_model().objects
        for name in add:
            user = users.filter(username=name).first()
            if user is None:
                raise CommandError(f"no such user: {name}")
            user.is_staff = True
            user.save(update_fields=["is_staff"])
            user.groups.add(group)
        if verbosity:
            self.stdout.write(f"“{GROUP}”: {len(codenames())} permissions"
                              + (f"; added {', '.join(add)}" if add else "") + ".")
