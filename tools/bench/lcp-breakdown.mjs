// How Lighthouse's simulation (Lantern) arrives at a page's LCP: runs
// Lighthouse once (mobile defaults, as scripts/bench.sh), then prints the
// simulated LCP and, for its optimistic and pessimistic estimates, when each
// request and each CPU task longer than 8 ms starts and ends in the
// simulation. Shows which downloads the largest paint waits for and how
// they share the simulated link. A diagnostic, not a benchmark.
// SHRINK_WASM=1000,3000 also prints the simulated LCP as if the WebAssembly
// were that many bytes smaller on the wire (the same recorded load), to see
// how far the next 150 ms step is.
//
//   E2E_PORT=4180 bash scripts/nginx_for_tests.sh dist &
//   cd tools/bench && node lcp-breakdown.mjs "http://127.0.0.1:4180/check-up?q=1"
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import puppeteer from "puppeteer-core";
import { LanternLargestContentfulPaint } from "lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js";
const url = process.argv[2];
if (!url) {
  console.error("usage: node lcp-breakdown.mjs <address served by nginx>");
  process.exit(2);
}
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: FLAGS, logLevel: "silent" });
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
const page = await browser.newPage();
const result = await lighthouse(url, { output: "json", logLevel: "error", onlyCategories: ["performance"], disableFullPageScreenshot: true }, undefined, page);
await browser.disconnect(); await chrome.kill();
const a = result.artifacts;
const data = { trace: a.Trace, devtoolsLog: a.DevtoolsLog, gatherContext: a.GatherContext, settings: result.lhr.configSettings,
  simulator: null, URL: a.URL, SourceMaps: a.SourceMaps, HostDPR: a.HostDPR };
const lcp = await LanternLargestContentfulPaint.request(data, { computedCache: new Map() });
for (const bytes of (process.env.SHRINK_WASM || "").split(",").filter(Boolean).map(Number)) {
  const log = structuredClone(a.DevtoolsLog);
  const wasm = log.find((e) => e.method === "Network.requestWillBeSent" && e.params.request.url.endsWith(".wasm"));
  for (const e of log) {
    if (wasm && e.method === "Network.loadingFinished" && e.params.requestId === wasm.params.requestId) e.params.encodedDataLength -= bytes;
  }
  const smaller = await LanternLargestContentfulPaint.request({ ...data, devtoolsLog: log }, { computedCache: new Map() });
  console.log(`LCP with the WebAssembly ${bytes} B smaller`, smaller.timing.toFixed(0));
}
console.log("LCP", lcp.timing, "opt", lcp.optimisticEstimate.timeInMs, "pess", lcp.pessimisticEstimate.timeInMs);
for (const [name, est] of [["optimistic", lcp.optimisticEstimate], ["pessimistic", lcp.pessimisticEstimate]]) {
  console.log("==", name);
  const rows = [...est.nodeTimings.entries()].sort((x, y) => x[1].startTime - y[1].startTime);
  for (const [node, t] of rows) {
    const d = t.endTime - t.startTime;
    if (node.type === "network") console.log(`net ${t.startTime.toFixed(0)}-${t.endTime.toFixed(0)} ${node.request.transferSize} ${node.request.url.slice(-40)}`);
    else if (d > 8) {
      const names = {}; for (const e of node.childEvents) names[e.name] = (names[e.name] || 0) + (e.dur || 0) / 1000;
      const top = Object.entries(names).sort((x, y) => y[1] - x[1]).slice(0, 4).map(([k, v]) => `${k}:${v.toFixed(1)}`).join(" ");
      console.log(`cpu ${t.startTime.toFixed(0)}-${t.endTime.toFixed(0)} (${d.toFixed(0)}) ${top}`);
    }
  }
}
const m = result.lhr.audits.metrics.details.items[0];
console.log("observed LCP", m.observedLargestContentfulPaint, "FCP", m.observedFirstContentfulPaint, "load", m.observedLoad, "DCL", m.observedDomContentLoaded);
for (const it of result.lhr.audits["network-requests"].details.items) console.log("obs", it.networkRequestTime.toFixed(1), it.networkEndTime.toFixed(1), it.resourceType, it.url.slice(-30));
