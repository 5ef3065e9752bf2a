#!/usr/bin/env python3
"""Opens an HTML page in headless Chromium and checks that it renders as a reader would see it.

    browser_check.py PAGE.html SCREENSHOT.png

Drives Chromium through the DevTools protocol over a pipe (--remote-debugging-pipe: JSON
messages ended by a NUL byte on file descriptors 3 and 4), so no network port and no websocket
library are needed. After the page's load event it checks, and exits 1 naming every failure:

- every <img> finished loading with naturalWidth > 0 (no broken picture);
- no console error, no uncaught exception, no failed load of any resource;
- every relative href and src names a file that exists beside the page, every "#anchor" an id;
- the screenshot (1280 px wide, the whole page up to 4000 px) is not blank: it holds many
  distinct colours.

Chromium runs as root with its sandbox off and everything that would reach the network off, in
a fresh profile folder.
"""
import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from html.parser import HTMLParser

TIMEOUT_S = 60.0
WIDTH, HEIGHT = 1280, 4000
MIN_COLOURS = 64  # a blank or single-colour page has a handful; a report with maps has thousands


class Browser:
    """A Chromium process and its DevTools pipe; commands answered in order, events collected."""

    def __init__(self, executable, profile):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def give_pipes():  # the child's fds 3 and 4 are the protocol's, by Chromium's convention
            # Through copies above 4 first: a pipe end may itself be fd 3 or 4.
            os.dup2(to_child_r, 100)
            os.dup2(from_child_w, 101)
            os.dup2(100, 3)
            os.dup2(101, 4)

        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}",
                 "--remote-debugging-pipe", "about:blank"]
        self.process = subprocess.Popen([executable] + flags, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=open(os.path.join(profile, "chromium.log"), "wb"),
                                        preexec_fn=give_pipes, close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer, self.next_id, self.events = b"", 0, []

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self.from_child], [], [], left)
            if ready:
                chunk = os.read(self.from_child, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed its DevTools pipe (see chromium.log)")
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method):
        deadline = time.monotonic() + TIMEOUT_S
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._read_message(deadline)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


class References(HTMLParser):
    """Every href and src of the page, and every id."""

    def __init__(self):
        super().__init__()
        self.references, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.references.append((tag, name, value))
            if name == "id":
                self.ids.add(value)


def broken_references(page):
    parser = References()
    parser.feed(open(page, encoding="utf-8").read())
    folder, problems = os.path.dirname(os.path.abspath(page)), []
    for tag, name, value in parser.references:
        parts = urllib.parse.urlsplit(value)
        if parts.scheme in ("http", "https", "mailto", "data"):
            continue
        if parts.scheme:
            problems.append(f'<{tag} {name}="{value}">: not a relative link')
            continue
        if not parts.path:
            if parts.fragment and parts.fragment not in parser.ids:
                problems.append(f'<{tag} {name}="{value}">: no element has id "{parts.fragment}"')
            continue
        target = os.path.join(folder, urllib.parse.unquote(parts.path))
        if not os.path.isfile(target):
            problems.append(f'<{tag} {name}="{value}">: {target} does not exist')
    return problems, len(parser.references)


# Runs in the page: what became of each picture.
IMAGES_SCRIPT = """JSON.stringify(Array.from(document.images).map(i => (
  {src: i.getAttribute('src'), complete: i.complete, width: i.naturalWidth, height: i.naturalHeight})))"""


def distinct_colours(png_path):
    import numpy as np
    from PIL import Image
    pixels = np.asarray(Image.open(png_path).convert("RGB")).reshape(-1, 3).astype(np.uint32)
    return len(np.unique((pixels[:, 0] << 16) | (pixels[:, 1] << 8) | pixels[:, 2]))


def check(page, screenshot, executable):
    failures = []
    profile = tempfile.mkdtemp(prefix="gwplume-chromium-")
    browser = Browser(executable, profile)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable", session=session)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False}, session=session)
        url = "file://" + urllib.parse.quote(os.path.abspath(page))
        navigation = browser.send("Page.navigate", {"url": url}, session=session)
        if navigation.get("errorText"):
            failures.append(f"the page did not open: {navigation['errorText']}")
        browser.wait_for("Page.loadEventFired")
        images = json.loads(browser.send("Runtime.evaluate", {"expression": IMAGES_SCRIPT, "returnByValue": True},
                                         session=session)["result"]["value"])
        for image in images:
            if not image["complete"] or image["width"] <= 0 or image["height"] <= 0:
                failures.append(f"picture {image['src']} is broken (naturalWidth {image['width']})")
        shot = browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False},
                            session=session)
        with open(screenshot, "wb") as out:
            out.write(base64.b64decode(shot["data"]))
        for event in browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                failures.append(f"uncaught exception: {params['exceptionDetails'].get('text')}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                failures.append("console error: " + " ".join(str(a.get("value")) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                failures.append(f"console error: {params['entry'].get('text')} ({params['entry'].get('url', '')})")
            elif method == "Network.loadingFailed":
                failures.append(f"a resource failed to load: {params.get('errorText')}")
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)
    problems, references = broken_references(page)
    failures += problems
    colours = distinct_colours(screenshot)
    if colours < MIN_COLOURS:
        failures.append(f"the screenshot looks blank: {colours} distinct colours (expected at least {MIN_COLOURS})")
    return failures, len(images), references, colours


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: browser_check.py PAGE.html SCREENSHOT.png")
    executable = shutil.which("chromium")
    if executable is None:
        print("FAIL: chromium is not installed (scripts/setup installs it: apt-get install chromium)")
        sys.exit(1)
    failures, images, references, colours = check(sys.argv[1], sys.argv[2], executable)
    for f in failures:
        print("FAIL:", f)
    print(f"{sys.argv[1]}: {images} pictures, {references} links and sources, screenshot with {colours} colours")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
