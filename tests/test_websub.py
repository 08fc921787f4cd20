"""feedtool.websub.ping against hubs the tests serve on 127.0.0.1 (tests/hub_support.py)."""

from __future__ import annotations

import time

from feedtool.websub import ping
from hub_support import Hub

FEED = "https://www.example.nl/atom.xml"


def no_sleep(waits: list):
    return waits.append


def test_success_posts_the_publish_form():
    with Hub([204]) as hub:
        result = ping(hub.url, FEED, timeout=5)
    assert result.ok and result.status == 204 and result.attempts == 1
    assert result.message == "204 No Content"
    [request] = hub.received
    assert request.content_type == "application/x-www-form-urlencoded"
    assert request.form == {"hub.mode": ["publish"], "hub.url": [FEED]}


def test_a_4xx_is_not_retried():
    waits: list = []
    with Hub([400]) as hub:
        result = ping(hub.url, FEED, timeout=5, retries=3, sleep=no_sleep(waits))
    assert not result.ok and result.status == 400 and result.attempts == 1
    assert result.message.startswith("400 Bad Request")
    assert len(hub.received) == 1 and waits == []


def test_5xx_then_success_is_retried_with_a_doubling_backoff():
    waits: list = []
    with Hub([503, 500, 202]) as hub:
        result = ping(hub.url, FEED, timeout=5, retries=3, backoff=0.25, sleep=no_sleep(waits))
    assert result.ok and result.status == 202 and result.attempts == 3
    assert waits == [0.25, 0.5]
    assert len(hub.received) == 3


def test_retries_are_bounded():
    waits: list = []
    with Hub([502]) as hub:
        result = ping(hub.url, FEED, timeout=5, retries=2, backoff=0.1, sleep=no_sleep(waits))
    assert not result.ok and result.attempts == 3 and result.status == 502
    assert len(hub.received) == 3 and waits == [0.1, 0.2]


def test_a_hub_that_never_answers_times_out_each_try():
    with Hub(["hang"]) as hub:
        started = time.monotonic()
        result = ping(hub.url, FEED, timeout=0.5, retries=1, backoff=0.05)
        elapsed = time.monotonic() - started
    assert not result.ok and result.status is None and result.attempts == 2
    assert str(result.message) == "no answer within 0.5 s"
    assert elapsed < 3  # two deadlines of 0.5 s and a short backoff, not the server's 30 s


def test_a_refused_connection_is_retried_then_reported():
    with Hub([204]) as hub:
        url = hub.url
    waits: list = []
    result = ping(url, FEED, timeout=2, retries=1, backoff=0.01, sleep=no_sleep(waits))
    assert not result.ok and result.attempts == 2 and str(result.message) == "connection refused"


def test_a_307_redirect_keeps_the_post_and_is_followed():
    with Hub([(307, "/elders"), 204]) as hub:
        result = ping(hub.url, FEED, timeout=5)
    assert result.ok and result.status == 204
    assert [r.path for r in hub.received] == ["/hub", "/elders"]
    assert hub.received[1].form == {"hub.mode": ["publish"], "hub.url": [FEED]}


def test_a_302_redirect_is_reported_with_its_new_address_not_followed():
    with Hub([(302, "/elders")]) as hub:
        result = ping(hub.url, FEED, timeout=5, retries=3)
    assert not result.ok and result.status == 302 and result.attempts == 1
    assert "redirects (302) to http://127.0.0.1:" in str(result.message) and "/elders" in str(result.message)
    assert len(hub.received) == 1  # never turned into a GET to the new address
