"""The "Newsline staff" group: exactly the permissions a staff member who uploads and corrects needs.

An administrator puts a person in it (`manage.py staffgroup --add NAME`, or the admin's Users page)
rather than ticking two dozen permissions, some of which the admin does not say are needed (without
those of participants and evidence the event page has no Participants and no Evidence sections).
Deleting articles and managing users are left to superusers.
"""
from __future__ import annotations

from django.contrib.auth.models import Group, Permission

GROUP = "Newsline staff"

# (model, actions): what each is for
PERMISSIONS = (
    ("article", ("add", "change", "view")),                # upload and retry; re-run extraction, a new publication date
    ("event", ("add", "change", "delete", "view")),        # correct, create; merge (deletes the others)
    ("participant", ("add", "change", "delete", "view")),  # the event page's Participants
    ("evidence", ("add", "change", "delete", "view")),     # the event page's Evidence
    ("actor", ("add", "change", "delete", "view")),        # correct, rename; merge
    ("actoralias", ("add", "change", "delete", "view")),   # the actor page's aliases
    ("temporalexpression", ("view",)),                     # what the tagger read, to check a date
)


def codenames() -> list[str]:
    return [f"{action}_{model}" for model, actions in PERMISSIONS for action in actions]


def staff_group() -> Group:
    """Create the group, or set it back to exactly these permissions; the group."""
    wanted = codenames()
    permissions = list(Permission.objects.filter(content_type__app_label="timeline", codename__in=wanted))
    missing = set(wanted) - {p.codename for p in permissions}
    if missing:     # (permissions are created after migrations run: `migrate` first)
        raise LookupError("no such permission (run `manage.py migrate` first): " + ", ".join(sorted(missing)))
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(permissions)
    return group
