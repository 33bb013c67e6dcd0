import { runFirstRenderBench } from "./support/benchFirstRender";

/**
 * The web portal's weight and first render, as `npm run bench:portal` measures them:
 * - weight: the production build (`npm run build`), every JavaScript file the portal may load
 *   (portal.js, its chunks and MSAL, loaded when signing in with Microsoft) gzipped (level 9);
 *   target ≤ 250 KB;
 * - first render: headless Chromium (Debian's), a fresh browser context per run, from navigation
 *   start to the portal's `portal:first-render` mark (config read, the sign-in view rendered);
 *   target < 1 s.
 */
runFirstRenderBench({
  title: "Portal",
  name: "portal",
  viewport: { width: 1280, height: 800 },
  path: "/",
  mark: "portal:first-render",
  weights: (built) => ({ initial: built.portal.initial.gzipBytes, all: built.portal.all.gzipBytes, label: "" }),
});
