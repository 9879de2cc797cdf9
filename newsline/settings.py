"""Settings for Newsline, read from the environment.

With no environment at all the site runs in development mode on SQLite (`db.sqlite3` next
to manage.py). For production set NEWSLINE_SECRET_KEY, NEWSLINE_DEBUG=0,
NEWSLINE_ALLOWED_HOSTS and, if wanted, the NEWSLINE_DB_* settings below (README: "Configuration
for production").
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    value = os.environ.get(name, default).strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"{name} must be a boolean (1/0, true/false, yes/no, on/off), got {value!r}")


def envint(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


DEBUG = envbool("NEWSLINE_DEBUG", "1")
SECRET_KEY = os.environ.get("NEWSLINE_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise RuntimeError("NEWSLINE_SECRET_KEY must be set when NEWSLINE_DEBUG is off")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = [h for h in os.environ.get("NEWSLINE_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("NEWSLINE_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# Whether anonymous visitors may browse the timeline. Uploading and the admin always need staff.
TIMELINE_PUBLIC = envbool("NEWSLINE_TIMELINE_PUBLIC", "1")
# Largest accepted upload, per file, in bytes.
UPLOAD_MAX_BYTES = envint("NEWSLINE_UPLOAD_MAX_BYTES", 2 * 1024 * 1024)
# Pasted text arrives as a form field: let it through up to the limit, so that an article
# too large gets the form's clear message rather than a 400 page.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(2_621_440, 2 * UPLOAD_MAX_BYTES + 65_536)
# Most files in one upload (the form says so, the page checks it before sending; more is a 400 page
# that says why)
UPLOAD_MAX_FILES = envint("NEWSLINE_UPLOAD_MAX_FILES", 200)
DATA_UPLOAD_MAX_NUMBER_FILES = UPLOAD_MAX_FILES

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "simple_history",
    "timeline",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "newsline.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "newsline.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": os.environ.get("NEWSLINE_DB_ENGINE", "django.db.backends.sqlite3"),
        "NAME": os.environ.get("NEWSLINE_DB_NAME", str(BASE_DIR / "db.sqlite3")),
        "USER": os.environ.get("NEWSLINE_DB_USER", ""),
        "PASSWORD": os.environ.get("NEWSLINE_DB_PASSWORD", ""),
        "HOST": os.environ.get("NEWSLINE_DB_HOST", ""),
        "PORT": os.environ.get("NEWSLINE_DB_PORT", ""),
    }
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # (a relative file name is next to manage.py, wherever the server is started from)
    if not DATABASES["default"]["NAME"].startswith((":", "file:")):    # (":memory:", a URI)
        DATABASES["default"]["NAME"] = str(BASE_DIR / DATABASES["default"]["NAME"])
    # Several people upload at once: a transaction takes the write lock when it begins (a read
    # upgraded to a write later fails at once with "database is locked", whatever the timeout),
    # waits up to 20 s for it, and readers do not block the writer (write-ahead log)
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "admin:login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("NEWSLINE_TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = os.environ.get("NEWSLINE_STATIC_ROOT", str(BASE_DIR / "staticfiles"))
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "timeline.staticfinders.PlotlyFinder",  # vendor/plotly.min.js, from the plotly wheel
]
if not DEBUG:
    # file names carry a hash of their content (site.3f2a1c.css): after an upgrade and collectstatic,
    # browsers fetch the new scripts and styles instead of keeping the old ones
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if not DEBUG:
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SESSION_COOKIE_SECURE = envbool("NEWSLINE_SECURE_COOKIES", "1")
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    # HTTPS: redirect plain HTTP, tell browsers to keep to HTTPS, trust the proxy's scheme header.
    SECURE_SSL_REDIRECT = envbool("NEWSLINE_SSL_REDIRECT", "0")
    SECURE_HSTS_SECONDS = envint("NEWSLINE_HSTS_SECONDS", 0)
    if envbool("NEWSLINE_BEHIND_PROXY", "0"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Errors go to stderr, where the WSGI server's log collects them: server errors with their
# traceback, refused requests (CSRF, a host not served), failed extractions. Django logs them
# nowhere with DEBUG off otherwise.
LOG_LEVEL = os.environ.get("NEWSLINE_LOG_LEVEL", "WARNING").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    # (Django's own handlers write only with DEBUG on, or mail ADMINS: its records go to the root's)
    "loggers": {"django": {"handlers": [], "level": LOG_LEVEL}},
}
