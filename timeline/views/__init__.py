"""Views, one module per page: timeline (the chart, list, detail, exports) and upload."""
from .timeline import index
from .upload import result, retry, upload

__all__ = ["index", "result", "retry", "upload"]
