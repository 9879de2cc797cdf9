"""Fixtures for every test. Browser fixtures (staff_page, wait_for_htmx) are in tests/browser/conftest.py."""
import pytest


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def staff_user(django_user_model):
    """A staff member (a superuser, so that every admin page is open to them)."""
    return django_user_model.objects.create_user(
        "staff", "staff@example.com", "staff-password", is_staff=True, is_superuser=True)


@pytest.fixture
def staff_client(client, staff_user):
    """The Django test client, logged in as `staff_user`."""
    client.force_login(staff_user)
    return client


@pytest.fixture
def uploader(client, django_user_model):
    """Staff who upload (the permission to add articles), logged in with the test client."""
    from django.contrib.auth.models import Permission
    user = django_user_model.objects.create_user("staff", password="pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="add_article"))
    client.force_login(user)
    return user
