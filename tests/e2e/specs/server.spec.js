// The production server itself: deploy/nginx.conf serving the release build,
// as every other spec here runs against it. Headers, the single-page
// fallback, caching and the precompressed files.
import { test, expect, open } from "./fixtures.js";

/** The built index.html, as the server sends it. */
async function indexHtml(request) {
  const res = await request.get("/index.html");
  expect(res.status()).toBe(200);
  return res.text();
}

/** Local files the built index.html links to whose names carry Trunk's content hash. */
function hashedAssets(html) {
  const refs = [...html.matchAll(/(?:href|src|data-wasm)="([^"]+)"/g)].map((m) => m[1]);
  return refs.filter((ref) => /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(ref)).map((ref) => new URL(ref, "http://x/").pathname);
}

/** Files never shown as a page: nosniff, and none of the document policies. */
function expectFileHeaders(res) {
  const h = res.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("no-referrer");
  expect(h["content-security-policy"]).toBeUndefined();
  expect(h["permissions-policy"]).toBeUndefined();
}

function expectSecurityHeaders(res) {
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("default-src 'self'");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("no-referrer");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["permissions-policy"]).toContain("microphone=()");
  expect(h["permissions-policy"]).toContain("geolocation=()");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  // No version in the Server header.
  expect(h.server ?? "").not.toMatch(/\d/);
}

test("the CSP header is the page's own policy plus frame-ancestors, with the other security headers", async ({ request }) => {
  const res = await request.get("/");
  expect(res.status()).toBe(200);
  expectSecurityHeaders(res);
  const meta = (await res.text()).match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
  expect(meta, "index.html carries its CSP in a meta tag").not.toBeNull();
  expect(res.headers()["content-security-policy"]).toBe(`${meta[1]}; frame-ancestors 'none'`);
});

// The home is plain HTML that needs no WebAssembly to show; every other
// address is drawn by the app, so its page asks for the WebAssembly from
// <head> (app.html: index.html plus that one tag).
test("app routes get the page, never cached; away from home it asks for the app at once", async ({ request }) => {
  const index = await indexHtml(request);
  const wasm = index.match(/data-wasm="([^"]+)"/)?.[1];
  expect(wasm, "boot.js's tag names the WebAssembly").toBeTruthy();
  const preload = /<link rel="preload" href="([^"]+)"[^>]* as="fetch" type="application\/wasm">\s*/;
  expect(index, "the home does not preload the WebAssembly").not.toMatch(preload);
  for (const path of ["/", "/results", "/check-up?q=3", "/results/part/money", "/shared"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"], path).toMatch(/^text\/html/);
    expect(res.headers()["cache-control"], path).toBe("no-cache");
    const body = await res.text();
    if (path === "/") {
      expect(body, path).toBe(index);
    } else {
      expect(body.match(preload)?.[1], path).toBe(wasm);
      expect(body.replace(preload, ""), path).toBe(index);
    }
    expectSecurityHeaders(res);
  }
  expect((await request.get("/index.html")).headers()["cache-control"]).toBe("no-cache");
});

test("hashed build files are immutable; a missing one is a 404, not index.html", async ({ request }) => {
  const index = await indexHtml(request);
  const assets = hashedAssets(index);
  expect(assets.some((a) => a.endsWith(".js"))).toBe(true);
  expect(assets.some((a) => a.endsWith(".css"))).toBe(true);
  for (const asset of assets) {
    const res = await request.get(asset);
    expect(res.status(), asset).toBe(200);
    expect(res.headers()["cache-control"], asset).toBe("public, max-age=31536000, immutable");
    expectFileHeaders(res);
  }
  for (const missing of ["/fulcrum-deadbeefdeadbeef.js", "/fulcrum-deadbeefdeadbeef_bg.wasm", "/no-such-icon.png"]) {
    const res = await request.get(missing);
    expect(res.status(), missing).toBe(404);
    expect(res.headers()["cache-control"], missing).toBeUndefined();
    expect(await res.text(), missing).not.toBe(index);
    // The icon's location keeps the document headers (an SVG can be a page).
    if (missing.endsWith(".png")) expectSecurityHeaders(res);
    else expectFileHeaders(res);
  }
});

test("the WebAssembly is sent precompressed, brotli or gzip as asked, as application/wasm", async ({ request }) => {
  const wasm = hashedAssets(await indexHtml(request)).find((a) => a.endsWith(".wasm"));
  expect(wasm, "index.html links the WebAssembly").toBeTruthy();
  const plain = await request.get(wasm, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(plain.headers()["content-type"]).toBe("application/wasm");
  const size = Number(plain.headers()["content-length"]);
  const sizes = {};
  for (const encoding of ["br", "gzip"]) {
    const res = await request.get(wasm, { headers: { "accept-encoding": encoding } });
    expect(res.status()).toBe(200);
    expect(res.headers()["content-encoding"]).toBe(encoding);
    expect(res.headers()["content-type"]).toBe("application/wasm");
    expect(res.headers().vary).toMatch(/Accept-Encoding/i);
    expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    // Playwright decompresses the body: the same module either way.
    expect((await res.body()).length).toBe(size);
    sizes[encoding] = Number(res.headers()["content-length"]);
  }
  expect(sizes.br).toBeLessThan(sizes.gzip);
  expect(sizes.gzip).toBeLessThan(size);
});

test("manifest, service worker and icons: types and caching", async ({ request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  expect(manifest.headers()["cache-control"]).toBe("no-cache");
  // The service worker, when the build has one, is never cached; without one
  // its address is a 404 like any missing file.
  const sw = await request.get("/sw.js");
  if (sw.status() === 200) {
    expect(sw.headers()["cache-control"]).toBe("no-cache");
    expect(sw.headers()["content-type"]).toMatch(/^text\/javascript/);
  } else {
    expect(sw.status()).toBe(404);
  }
  // A script without a hash in its name is checked with the server every time.
  const unhashed = (await indexHtml(request)).match(/<script src="([^"]+)"/);
  expect(unhashed, "index.html loads a script without a hash first").not.toBeNull();
  const script = await request.get(new URL(unhashed[1], "http://x/").pathname);
  expect(script.status()).toBe(200);
  expect(script.headers()["cache-control"]).toBe("no-cache");
  expectFileHeaders(script);
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  expect(icon.headers()["cache-control"]).toBe("public, max-age=86400");
  expectSecurityHeaders(icon);
});

test("language files: served under a name of their own, as UTF-8 text, precompressed, never cached", async ({ request }) => {
  const plain = await request.get("/locales/ar.lines", { headers: { "accept-encoding": "identity" } });
  expect(plain.status()).toBe(200);
  expect(plain.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(plain.headers()["cache-control"]).toBe("no-cache");
  const text = await plain.text();
  expect(text).toMatch(/^# Fulcrum words [0-9a-f]{16}/);
  expect(text).toContain("العربية");
  const gzip = await request.get("/locales/ar.lines", { headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  expect(Number(gzip.headers()["content-length"])).toBeLessThan(Number(plain.headers()["content-length"]));
  // The translators' keyed files, in another format, are not served at all.
  expect((await request.get("/locales/ar.txt")).status()).toBe(404);
});

test("the app runs under the header policy with no console error", async ({ page }) => {
  const response = await page.goto("/results");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.locator("main#content")).toBeVisible();
  await open(page, "/check-up?q=1");
  await expect(page.locator(".progress .count")).toHaveText(/^Question 1 of/);
});
