"""Schemathesis fuzzes every API operation from the OpenAPI document against a live test server,
authenticated with a persona's bearer token: 0 server errors and 0 responses that break the schema.

Both data that fits the schema (positive) and data that does not (negative: wrong types, missing
fields, out-of-range values) are sent. Examples per operation and mode: SANGATHAN_FUZZ_EXAMPLES
(default 15), derandomised so a CI failure repeats locally.
"""

from __future__ import annotations

import os
from collections import Counter

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from sangathan.accounts.models import ApiToken

EXAMPLES = int(os.environ.get("SANGATHAN_FUZZ_EXAMPLES", "15"))
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


def fuzz(base_url: str, token: str, examples: int = EXAMPLES, only: str | None = None):
    """Run every operation in both modes; returns (cases by status, failures)."""
    schema = schemathesis.openapi.from_url(base_url + "/api/openapi.json")
    headers = {"Authorization": f"Bearer {token}"}
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if only and operation.label != only:
            continue
        operations += 1
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
                      phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
            def run(case):
                response = case.call(base_url=base_url, headers=headers, timeout=30)
                statuses[response.status_code] += 1
                try:
                    case.validate_response(response, checks=CHECKS, headers=headers, transport_kwargs={"timeout": 30})
                except (Exception, BaseExceptionGroup) as exc:  # schemathesis' FailureGroup is a BaseExceptionGroup
                    found = getattr(exc, "exceptions", [exc])
                    failures.extend(f"{operation.label} [{mode.value}] {response.status_code}: "
                                    f"{type(e).__name__}: {str(e).strip()[:300]} | {response.request.method} "
                                    f"{response.request.url[:200]} {str(response.request.body)[:200]}" for e in found)

            run()
    return operations, statuses, failures


def test_the_harness_reports_a_server_error(live_server, durg_manager, monkeypatch):
    """The fuzz test below proves nothing unless a 500 is caught: break one operation and look."""
    from sangathan.api.base import TokenAuth

    real = TokenAuth.authenticate

    def broken(self, request, token):
        if request.path == "/api/units" and request.GET.get("offset"):
            raise RuntimeError("deliberate")
        return real(self, request, token)

    monkeypatch.setattr(TokenAuth, "authenticate", broken)
    _operations, statuses, failures = fuzz(live_server.url, ApiToken.issue(durg_manager), examples=10,
                                           only="GET /api/units")
    assert statuses.get(500) and any("Server error" in f for f in failures), (statuses, failures[:3])


def test_the_api_survives_fuzzing_as_a_manager(live_server, durg_manager, capsys):
    operations, statuses, failures = fuzz(live_server.url, ApiToken.issue(durg_manager))
    total = sum(statuses.values())
    with capsys.disabled():
        print(f"\nschemathesis: {operations} operations, {total} cases, statuses {dict(sorted(statuses.items()))}, "
              f"{statuses.get(500, 0)} server errors, {len(failures)} failures")
    assert operations >= 20
    assert total >= operations * 2
    assert not failures, "\n".join(failures[:20])
    assert not any(code >= 500 for code in statuses)
