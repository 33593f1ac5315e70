"""The two-instance scenario of bench/two-instances.sh, through the balancer (nginx round-robin) and, for the
public side, against each instance directly. Standard library only.
Usage: two_instances.py LB APP1 APP2 ANSWERS RESULTS_CSV JAR (the command line reaches the database through the
ICC_DB_* environment of bench/two-instances.sh)"""
import csv
import io
import os
import subprocess
import tempfile
import http.cookiejar
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

LB, APP1, APP2, ANSWERS, RESULTS, JAR = sys.argv[1:7]
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')
checks = 0
failures = 0


def check(ok, what):
    global checks, failures
    checks += 1
    if not ok:
        failures += 1
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    return ok


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Cookies and the CSRF token of one person, every request through the balancer."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.csrf = None

    def send(self, path, data=None, headers=None, base=LB):
        request = urllib.request.Request(base + path, data=data, headers=headers or {})
        try:
            response = self.opener.open(request, timeout=60)
            status, body, head = response.status, response.read(), response.headers
        except urllib.error.HTTPError as e:
            status, body, head = e.code, e.read(), e.headers
        text = body.decode("utf-8", "replace")
        token = CSRF.search(text)
        if token:
            self.csrf = token.group(1)
        return status, text, head

    def post(self, path, fields, headers=None):
        data = urllib.parse.urlencode(dict(fields, _csrf=self.csrf)).encode()
        head = {"Content-Type": "application/x-www-form-urlencoded"}
        head.update(headers or {})
        return self.send(path, data, head)

    def upload(self, path, name, content):
        boundary = uuid.uuid4().hex
        body = (
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{self.csrf}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/yaml\r\n\r\n"
        ).encode() + content + f"\r\n--{boundary}--\r\n".encode()
        return self.send(path, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def sign_in(self, username):
        self.send("/login")
        status, _, head = self.post("/login", {"username": username, "password": "demo-password"})
        return status == 302 and "error" not in (head.get("Location") or "")


def version(page, question):
    found = re.search(r'id="version-q-' + re.sub(r"[^a-z0-9]+", "-", question) + r'" value="(\d+)"', page)
    return int(found.group(1)) if found else None


def public(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


coordinator = Browser()
check(coordinator.sign_in("coordinator.valmonte@example.org"), "coordinator signs in through the balancer")
status, rounds, _ = coordinator.send("/rounds")
check(status == 200 and "Valmonte" in rounds, "the session holds on the next request, whichever instance serves it")
draft = re.search(r'href="/rounds/(\d+)"[^<]*</a>(?:(?!</tr>).)*2026', rounds, re.S)
if not check(draft is not None, "Valmonte's draft 2026 round is listed"):
    print(f"two instances: {checks} checks, {failures} failures")
    sys.exit(1)
round_id = draft.group(1)

# autosaves, as htmx sends them: round-robin puts them on both instances, each based on the version the last gave
_, area, _ = coordinator.send(f"/rounds/{round_id}/areas/profile")
current = version(area, "profile.population")
served = []
saved = 0
for i in range(1, 7):
    status, body, head = coordinator.post(
        f"/rounds/{round_id}/answers/profile.population",
        {"value": str(150000 + i), "version": str(current)},
        {"HX-Request": "true"})
    served.append(head.get("X-Upstream"))
    new = version(body, "profile.population")
    if status == 200 and "Saved." in body and new is not None and new > current:
        saved += 1
        current = new
check(saved == 6, f"6 autosaves acknowledged in a row, each on the version the previous one returned ({saved})")
check(len(set(served)) == 2, f"the autosaves were served by both instances ({sorted(set(served))})")
status, answers, _ = coordinator.send(f"/rounds/{round_id}/answers.json")
check('"profile.population" : 150006' in answers, "the last acknowledged value is the one stored")

# a conflicting edit: someone saves on one instance from a version another save has moved on from
editor = Browser()
editor.sign_in("contributor.valmonte@example.org")
_, theirs, _ = editor.send(f"/rounds/{round_id}/areas/profile")
stale = version(theirs, "profile.population")
status, _, first = coordinator.post(
    f"/rounds/{round_id}/answers/profile.population", {"value": "160000", "version": str(current)},
    {"HX-Request": "true"})
status, body, second = editor.post(
    f"/rounds/{round_id}/answers/profile.population", {"value": "170000", "version": str(stale)})
if second.get("X-Upstream") == first.get("X-Upstream"):  # make it cross instances: the balancer alternates
    status, body, second = editor.post(
        f"/rounds/{round_id}/answers/profile.population", {"value": "170000", "version": str(stale)})
check(second.get("X-Upstream") != first.get("X-Upstream"), "the two edits went to different instances")
check(status == 409 and "someone else saved this answer" in body,
      f"the stale edit is refused as a conflict, with both versions shown (HTTP {status})")
_, answers, _ = coordinator.send(f"/rounds/{round_id}/answers.json")
check('"profile.population" : 160000' in answers, "the first edit is kept, the stale one not saved")

# publish the round: the city's answers (the demo answers file, for this round), submitted, validated, published
before = {base: (public(base, "/cities/valmonte?round=2026"), public(base, "/api/v1/cities/valmonte/rounds/2026"))
          for base in (APP1, APP2)}
check(all(v == (404, 404) for v in before.values()), f"before: no 2026 result on either instance ({before})")
content = open(ANSWERS, "rb").read().replace(b"round: 2023", b"round: 2026")
status, body, _ = coordinator.upload(f"/rounds/{round_id}/answers-file", "valmonte-2026.yaml", content)
check(status in (200, 302), f"the answers file is accepted (HTTP {status})")
coordinator.send(f"/rounds/{round_id}")
status, _, _ = coordinator.post(f"/rounds/{round_id}/submit", {})
check(status == 302, f"the coordinator submits the round (HTTP {status})")
analyst = Browser()
check(analyst.sign_in("analyst@example.org"), "the analyst signs in")
analyst.send(f"/rounds/{round_id}")
status, _, _ = analyst.post(f"/rounds/{round_id}/validate", {})
check(status == 302, f"the analyst validates it (HTTP {status})")
status, _, head = analyst.post(f"/rounds/{round_id}/publish", {})
check(status == 302, f"the analyst publishes it (HTTP {status}, on {head.get('X-Upstream')})")
published_at = time.monotonic()

# both instances show it: the one that committed on its next request, the other within its version recheck
# interval (icc.publication.version-recheck, 200 ms); asked every 20 ms for at most 5 s
# (the time counts the rendering of the new pages on a loaded machine: the number of asks says more)
# the instance that did not publish is asked first, at once
publisher = head.get("X-Upstream") or ""
order = (APP2, APP1) if APP1.endswith(publisher) else (APP1, APP2)
seen = {}
for base in order:
    asks = 0
    while True:
        asks += 1
        page = public(base, "/cities/valmonte?round=2026")
        api = public(base, "/api/v1/cities/valmonte/rounds/2026")
        if (page, api) == (200, 200) or time.monotonic() - published_at > 5:
            seen[base] = (page, api, asks, round((time.monotonic() - published_at) * 1000))
            break
        time.sleep(0.02)
for base, (page, api, asks, ms) in seen.items():
    check((page, api) == (200, 200), f"{base} ({'published there' if base.endswith(publisher) else 'the other'}): public page {page} and API {api} show the 2026 result"
          f" ({'on the first ask' if asks == 1 else f'after {asks} asks'}, {ms} ms after the publication answered)")



def shown(base, path, text):
    """Asks every 20 ms for at most 5 s until the page or API answer holds the text; returns (found, asks)."""
    start, asks = time.monotonic(), 0
    while True:
        asks += 1
        try:
            with urllib.request.urlopen(base + path, timeout=60) as response:
                body = response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError:
            body = ""
        if text in body or time.monotonic() - start > 5:
            return text in body, asks
        time.sleep(0.02)


# a correction: a published real result (Guro-gu 2020, aggregate 87) corrected by the results importer of the command
# line, a third process on the same database; both instances then give the new version and say it was corrected
with open(RESULTS, newline="", encoding="utf-8") as f:
    table = list(csv.reader(f))
header = table[0]
row = next(r for r in table[1:] if r[header.index("slug")] == "guro-gu" and r[header.index("round")] == "2020")
check(row[header.index("aggregate")] == "87", "Guro-gu's 2020 aggregate is 87 before the correction")
row[header.index("aggregate")] = "88"
out = io.StringIO()
csv.writer(out, lineterminator="\n").writerows([header + ["correction_reason"], row + ["aggregate misread (bench)"]])
with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as f:
    f.write(out.getvalue())
imported = subprocess.run(["java", "-Xmx512m", "-jar", JAR, "import", "results", f.name],
                          capture_output=True, text=True, env=os.environ, timeout=300)
os.unlink(f.name)
check(imported.returncode == 0 and "1 correction" in imported.stdout,
      f"the command line imports the correction (exit {imported.returncode}: {imported.stdout.strip()[-120:]})")
for base in (APP1, APP2):
    found, asks = shown(base, "/api/v1/cities/guro-gu/rounds/2020", '"correctedOn"')
    check(found, f"{base}: the API gives the corrected version of Guro-gu 2020 (after {asks} asks)")
    found, asks = shown(base, "/cities/guro-gu?round=2020", "This result was corrected on")
    check(found, f"{base}: the city page says the result was corrected (after {asks} asks)")
    found, _ = shown(base, "/api/v1/cities/guro-gu/rounds/2020", '"version":2')
    check(found, f"{base}: the API lists both versions, the earlier one kept")

print(f"two instances: {checks} checks, {failures} failures")
sys.exit(1 if failures else 0)
