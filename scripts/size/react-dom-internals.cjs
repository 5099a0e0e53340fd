// What react-dom's client (react-dom-client.production.js, the hydrateRoot and createRoot every page runs) takes
// from the `react-dom` package itself: only its shared internals, the object through which the client and the
// package's own functions reach each other. The package's index is CommonJS, so the bundler keeps all of it
// (createPortal, flushSync, the preload and preinit helpers, the form hooks: ~0.5 KB gzip in every page) though
// no module here calls any of it: nothing in src/ or in our dependencies imports `react-dom` but that client
// (./react-dom-client-only.ts stops the build if one does). This is that object, as react-dom.production.js 19
// creates it: a dispatcher whose methods do nothing until the client installs its own (the client keeps this one
// as the one before it, so each is called as the real one would be). CommonJS, as the module it stands for, so
// the client's require() needs no ES-module interop helpers in the bundle.
/* global exports */
'use strict';

function noop() {}

exports.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = {
  d: {
    f: noop,
    // requestFormReset with no root to reset it: React's own error 522.
    r: function () {
      throw Error(
        'Minified React error #522; visit https://react.dev/errors/522 for the full message or use the ' +
          'non-minified dev environment for full errors and additional helpful warnings.',
      );
    },
    D: noop,
    C: noop,
    L: noop,
    m: noop,
    X: noop,
    S: noop,
    M: noop,
  },
  p: 0,
  findDOMNode: null,
};
