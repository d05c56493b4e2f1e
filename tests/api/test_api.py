"""The web API in-process (FastAPI's TestClient, no port): the same JSON as the command line,
the body and rate limits, and clear JSON errors for bad input."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.services import ApiServices, load_services
from api.settings import ApiSettings, SettingsError, settings_from_environment
from assistant.cli import app as cli

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "tests" / "scenarios" / "001-platform-national-key-lab.yaml"
CONVERSATION = ROOT / "tests" / "conversations" / "single" / "001-hte-first-rd-growth.yaml"
runner = CliRunner()


@pytest.fixture(scope="module")
def services() -> ApiServices:
    return load_services(None, None)


@pytest.fixture(scope="module")
def client(services: ApiServices) -> Iterator[TestClient]:
    with TestClient(create_app(services, ApiSettings(rate_limit="off"))) as test_client:
        yield test_client


def cli_json(*args: str) -> Any:
    result = runner.invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def plain(data: Any) -> Any:
    """YAML data as JSON would carry it (dates as text)."""
    return json.loads(json.dumps(data, default=lambda value: value.isoformat()))


def scenario() -> tuple[dict[str, Any], str]:
    case = yaml.safe_load(SCENARIO.read_text(encoding="utf-8"))
    return plain(case["profile"]), str(case["as_of"])


def test_eligibility_is_the_cli_json(client: TestClient, tmp_path: Path) -> None:
    profile, as_of = scenario()
    profile_file = tmp_path / "company.json"
    profile_file.write_text(json.dumps(profile), encoding="utf-8")
    expected = cli_json("eligibility", "--profile", str(profile_file), "--as-of", as_of, "--format", "json")
    response = client.post("/v1/eligibility", json={"profile": profile, "as_of": as_of})
    assert response.status_code == 200, response.text
    assert response.json() == expected
    assert response.json()["total_min_cny"] == 5_000_000


def test_ask_is_the_cli_json_and_the_state_travels(client: TestClient, tmp_path: Path) -> None:
    case = yaml.safe_load(CONVERSATION.read_text(encoding="utf-8"))
    message, as_of = case["turns"][0]["user"], str(case["as_of"])
    session = tmp_path / "chat.json"
    expected = cli_json("ask", message, "--as-of", as_of, "--session", str(session), "--format", "json")
    first = client.post("/v1/ask", json={"message": message, "as_of": as_of})
    assert first.status_code == 200, first.text
    assert first.json()["reply"] == expected
    assert first.json()["reply"]["eligibility"]["total_min_cny"] == case["turns"][0]["expect"]["total_min_cny"]
    assert first.json()["state"] == json.loads(session.read_text(encoding="utf-8"))

    follow_up = "为什么是100万"
    expected_next = cli_json("ask", follow_up, "--as-of", as_of, "--session", str(session), "--format", "json")
    second = client.post("/v1/ask", json={"message": follow_up, "state": first.json()["state"], "as_of": as_of})
    assert second.status_code == 200, second.text
    assert second.json()["reply"] == expected_next
    assert second.json()["state"]["turns"] == 2


def test_search_get_and_post_are_the_cli_json(client: TestClient) -> None:
    question = "搬走了要退钱吗"
    expected = cli_json("search", question, "-k", "2", "--format", "json")
    by_get = client.get("/v1/search", params={"q": question, "k": 2})
    by_post = client.post("/v1/search", json={"query": question, "k": 2})
    assert by_get.status_code == by_post.status_code == 200, by_get.text
    assert by_get.json() == by_post.json() == expected
    assert by_get.json()["hits"][0]["clause_path"] == ["五", "2"]


def test_provisions_are_the_cli_json(client: TestClient) -> None:
    response = client.get("/v1/provisions")
    assert response.status_code == 200
    assert response.json() == cli_json("provisions", "--format", "json")


def test_sparql_select_ask_and_refusal(client: TestClient) -> None:
    select = client.post("/v1/sparql", json={
        "query": "SELECT ?kind (COUNT(?p) AS ?n) WHERE { ?p pkg:kind ?kind } GROUP BY ?kind"})
    assert select.status_code == 200, select.text
    counts = {row["kind"]: int(row["n"]) for row in select.json()["rows"]}
    assert counts["fixed"] > 0 and select.json()["row_limit"] == 200 and not select.json()["truncated"]
    ask = client.post("/v1/sparql", json={"query": "ASK { ?p pkg:kind \"validity\" }"})
    assert ask.json()["answer"] is True
    update = client.post("/v1/sparql", json={"query": "DELETE WHERE { ?s ?p ?o }"})
    assert update.status_code == 422
    assert update.json()["error"].startswith("query: ") and "refused" in update.json()["error"]


def test_sparql_rows_are_limited(services: ApiServices) -> None:
    with TestClient(create_app(services, ApiSettings(rate_limit="off", sparql_rows=3))) as limited:
        response = limited.post("/v1/sparql", json={"query": "SELECT ?s WHERE { ?s ?p ?o }"})
    assert response.status_code == 200
    assert len(response.json()["rows"]) == 3 and response.json()["truncated"] is True


def test_sparql_beyond_the_concurrent_slots_is_a_503(services: ApiServices) -> None:
    full = ApiServices(services.context, services.dataset, sparql_concurrent=0)
    with TestClient(create_app(full, ApiSettings(rate_limit="off"))) as busy:
        response = busy.post("/v1/sparql", json={"query": "ASK { ?s ?p ?o }"})
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "1" and "already running" in response.json()["error"]


def test_oversized_body_is_refused_before_parsing(client: TestClient) -> None:
    declared = client.post("/v1/eligibility", content=b"{" + b" " * 300_000 + b"}",
                           headers={"content-type": "application/json"})
    assert declared.status_code == 413
    assert "262144" in declared.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        for _ in range(40):
            yield b" " * 10_000

    streamed = client.post("/v1/ask", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    assert "more than 262144 bytes" in streamed.json()["error"]


def test_rate_limit_answers_429_with_retry_after(services: ApiServices) -> None:
    with TestClient(create_app(services, ApiSettings(rate_limit="5/minute"))) as limited:
        statuses = [limited.get("/v1/provisions").status_code for _ in range(5)]
        refused = limited.get("/v1/provisions")
    assert statuses == [200] * 5
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert "5 per 1 minute" in refused.json()["error"]


def test_malformed_profile_is_a_422_naming_the_field(client: TestClient) -> None:
    response = client.post("/v1/eligibility", json={"profile": {"location": {"in_zone": "maybe"}}})
    assert response.status_code == 422
    assert "location.in_zone" in response.json()["error"]
    assert "Traceback" not in response.text
    missing = client.post("/v1/eligibility", json={"profil": {}})
    assert missing.status_code == 422
    assert {d["where"] for d in missing.json()["details"]} == {"body.profile", "body.profil"}
    bad_date = client.post("/v1/eligibility", json={"profile": {}, "as_of": "2023-02-30"})
    assert bad_date.status_code == 422 and "body.as_of" in bad_date.json()["error"]


def test_bad_json_is_a_400_saying_where(client: TestClient) -> None:
    response = client.post("/v1/eligibility", content=b'{"profile": {,}}', headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert re.search(r"not valid JSON at character \d+", response.json()["error"])
    not_json = client.post("/v1/ask", content=b"hello", headers={"content-type": "text/plain"})
    assert not_json.status_code == 400 and "application/json" in not_json.json()["error"]
    deep = b'{"profile": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    too_deep = client.post("/v1/eligibility", content=deep, headers={"content-type": "application/json"})
    assert too_deep.status_code == 400 and "nested too deeply" in too_deep.json()["error"]


def test_forged_state_is_a_422(client: TestClient) -> None:
    response = client.post("/v1/ask", json={"message": "能拿多少", "state": {"as_of": "yesterday"}})
    assert response.status_code == 422
    assert "session state" in response.json()["error"]


def test_server_fault_is_json_without_traceback(services: ApiServices, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: Any) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr("api.routes.evaluate", broken)
    with TestClient(create_app(services, ApiSettings(rate_limit="off")), raise_server_exceptions=False) as faulty:
        response = faulty.post("/v1/eligibility", json={"profile": {}, "as_of": dt.date(2024, 1, 1).isoformat()})
    assert response.status_code == 500
    assert response.json()["error"].startswith("internal error while answering /v1/eligibility (RuntimeError)")
    assert "secret internals" not in response.text and "Traceback" not in response.text


def test_openapi_lists_the_endpoints_and_the_docs_page_is_offline(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/eligibility", "/v1/ask", "/v1/search", "/v1/provisions", "/v1/sparql"} <= set(paths)
    assert {"get", "post"} <= set(paths["/v1/search"])
    page = client.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r"""(?:src|href)=["']([^"']+)""", page.text)
    assert sources and all(source.startswith("/") for source in sources), sources
    assert client.get(next(s for s in sources if s.endswith(".js"))).status_code == 200


def test_settings_refuse_a_wrong_rate_limit_and_read_the_environment() -> None:
    with pytest.raises(SettingsError, match="rate limit 'fast'"):
        ApiSettings(rate_limit="fast")
    settings = settings_from_environment({"POLICYKG_API_RATE_LIMIT": "off", "POLICYKG_API_MAX_BODY_BYTES": "1024"})
    assert settings.rate_limit_item() is None and settings.max_body_bytes == 1024
    assert settings_from_environment(settings.environment()) == settings
    with pytest.raises(SettingsError, match="POLICYKG_API_MAX_BODY_BYTES"):
        settings_from_environment({"POLICYKG_API_MAX_BODY_BYTES": "lots"})


def test_a_forged_remembered_reason_is_a_422_not_a_500(client: TestClient) -> None:
    state = {"as_of": "2024-06-01", "facts": [], "asked": [], "turns": 1, "last_benefits": [],
             "last_reasons": [{"clause_path": ["三"], "quote": "x"}]}  # no title, no reasons
    response = client.post("/v1/ask", json={"message": "为什么没有钱？", "state": state})
    assert response.status_code == 422, response.text
    assert "session state" in response.json()["error"]
