"""Every named URL of the project and every API operation's methods: what the access meta-tests walk."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, get_resolver


def _walk(resolver: URLResolver, prefix: str = "", namespace: str | None = None):
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            yield from _walk(p, prefix + str(p.pattern), p.namespace or namespace)
        elif isinstance(p, URLPattern) and p.name:
            yield (f"{namespace}:{p.name}" if namespace else p.name), prefix + str(p.pattern)


def routes() -> dict[str, str]:
    """URL name (with its namespace) → route."""
    return dict(_walk(get_resolver()))


def api_methods() -> dict[str, list[str]]:
    """Ninja operation name → HTTP methods."""
    import sangathan.urls  # noqa: F401 - mounts the routers
    from sangathan.api.base import api

    out: dict[str, list[str]] = {}
    for _prefix, router in api._routers:
        for view in router.path_operations.values():
            for op in view.operations:
                out[f"api:{op.view_func.__name__}"] = list(op.methods)
    return out
