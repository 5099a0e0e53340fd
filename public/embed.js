/*
 * China–Russia dual-use trade explorer: embed.js for host pages.
 * Fits each embedded chart's iframe to the chart's height. It only listens: for a message from one of this
 * page's chart iframes (marked data-chpl-embed, or loading embed.html) that is exactly
 * { type: "chpl-explorer:height", version: 1, height: <number> }, it sets that iframe's height. Nothing else.
 * Without this script the iframe keeps its own fixed height, which works too.
 */
/* global window, document, URL */
(function () {
  'use strict';
  if (window.chplEmbedHost) return;
  window.chplEmbedHost = true;

  var TYPE = 'chpl-explorer:height';
  var MAX_HEIGHT = 20000;

  function isChartFrame(frame) {
    return (
      frame.hasAttribute('data-chpl-embed') || /embed\.html([?#]|$)/.test(frame.getAttribute('src') || '')
    );
  }

  function frameOrigin(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
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
      data.height > 0 &&
      data.height <= MAX_HEIGHT
    );
  }

  function senderFrame(event) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && isChartFrame(frame)) {
        return frameOrigin(frame) === event.origin ? frame : null;
      }
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (!isHeightMessage(event.data)) return;
    var frame = senderFrame(event);
    if (frame) frame.style.height = Math.ceil(event.data.height) + 'px';
  });
})();
