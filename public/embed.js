/*
 * China–Russia dual-use trade explorer: embed.js for host pages.
 * Fits each embedded chart's iframe to the chart's height. It only listens, and acts on a message only when
 *  - it is exactly { type: "chpl-explorer:height", version: 1, height: <number> },
 *  - it comes from an origin this script trusts: the origin embed.js was loaded from, or one the host page
 *    lists in window.chplEmbedOrigins (e.g. ["https://charts.example.org"]) when it copies embed.js to itself,
 *  - its sender (event.source) is the window of one of this page's chart iframes (marked data-chpl-embed, or
 *    loading a page named embed.html) whose address has that same origin.
 * It then sets that iframe's height, at most MAX_HEIGHT pixels. Nothing else.
 * Without this script the iframe keeps its own fixed height, which works too.
 */
/* global window, document, URL */
(function () {
  'use strict';
  if (window.chplEmbedHost) return;
  window.chplEmbedHost = true;

  var TYPE = 'chpl-explorer:height';
  // Taller than any chart the embed draws (small multiples on a phone are ~2,500 px); a frame can never be
  // made to cover a whole article.
  var MAX_HEIGHT = 4000;

  function originOf(address, base) {
    try {
      var origin = new URL(address, base).origin;
      return origin === 'null' ? null : origin;
    } catch {
      return null;
    }
  }

  // Read once, while this script runs: currentScript is only set then.
  var script = document.currentScript;
  var scriptOrigin = script && script.src ? originOf(script.src, document.baseURI) : null;

  function trustedOrigin(origin) {
    if (origin === scriptOrigin) return origin !== null;
    var listed = window.chplEmbedOrigins;
    if (!Array.isArray(listed)) return false;
    for (var i = 0; i < listed.length; i++) {
      if (typeof listed[i] === 'string' && listed[i] === origin) return true;
    }
    return false;
  }

  function isChartFrame(frame) {
    if (frame.hasAttribute('data-chpl-embed')) return true;
    try {
      // The page's own name, not any text in its address: `ad.html?ref=embed.html` is not a chart.
      return /\/embed\.html$/.test(new URL(frame.src, document.baseURI).pathname);
    } catch {
      return false;
    }
  }

  function isHeightMessage(data) {
    return (
      typeof data === 'object' &&
      data !== null &&
      Object.keys(data).length === 3 &&
      data.type === TYPE &&
      data.version === 1 &&
      typeof data.height === 'number' &&
      isFinite(data.height) &&
      data.height > 0
    );
  }

  function senderFrame(event) {
    if (!event.source) return null;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source) {
        var ok = isChartFrame(frame) && originOf(frame.src, document.baseURI) === event.origin;
        return ok ? frame : null;
      }
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (!trustedOrigin(event.origin) || !isHeightMessage(event.data)) return;
    var frame = senderFrame(event);
    if (frame) frame.style.height = Math.min(Math.ceil(event.data.height), MAX_HEIGHT) + 'px';
  });
})();
