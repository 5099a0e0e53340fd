import { describe, expect, it } from 'vitest';
import {
  hashRouteLinks,
  STATIC_STORY_FILE,
  staticStoryPage,
  withStaticStoryLink,
} from '../../../scripts/prerender/static-page';

// A hand-made index.html in the shape Vite writes (Prettier splits the <noscript> over lines).
const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <title>Story</title>
    <script type="module" crossorigin src="./assets/main-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/chart-core-abc.js">
    <link rel="stylesheet" crossorigin href="./assets/main-abc.css">
  </head>
  <body>
    <div id="root"></div>
    <noscript
      >This site needs JavaScript.</noscript
    >
  </body>
</html>`;

const STORY =
  '<header><a href="/">Story</a><a href="/sources#hs-relation">Sources</a></header>' +
  '<main id="main" tabindex="-1" class="wrap"><h1>Story</h1><a href="https://example.org/x">x</a></main>' +
  '<script>restoreScroll()</script>';

const FACTS = {
  dataVersion: 'abc123',
  generatedAt: '2026-12-03T07:00:00Z',
  explorerFile: 'embed-explorer-default.html',
};

describe('the static story page', () => {
  it("turns the app's links into hash routes and leaves other links alone", () => {
    expect(
      hashRouteLinks('<a href="/explorer?v=1">e</a><a href="//cdn">c</a><a href="https://x.org/">x</a>'),
    ).toBe('<a href="./#/explorer?v=1">e</a><a href="//cdn">c</a><a href="https://x.org/">x</a>');
  });

  it('holds the story with its notice in <main>, the stylesheets, and no script', () => {
    const page = staticStoryPage(INDEX, STORY, FACTS);
    expect(page).not.toMatch(/<script/);
    expect(page).not.toMatch(/modulepreload/);
    expect(page).not.toMatch(/<noscript/);
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/main-abc.css">');
    expect(page).toMatch(
      /<div id="root" data-static-story="true"><header>.*<main id="main" tabindex="-1" class="wrap"><p class="static-story-notice" role="note">.*data version abc123, 2026-12-03.*<\/p><h1>Story<\/h1>/,
    );
    expect(page).toContain('href="./#/sources#hs-relation"');
    expect(page).toContain('<a href="embed-explorer-default.html">');
    expect(page).toContain('href="https://example.org/x"');
  });

  it('refuses a template or story it cannot place the story in', () => {
    expect(() => staticStoryPage('<html><body></body></html>', STORY, FACTS)).toThrow(/no <div id="root">/);
    expect(() => staticStoryPage(INDEX, '<div>no main</div>', FACTS)).toThrow(/has no <main>/);
  });
});

describe('index.html without JavaScript', () => {
  it('sends the browser to the static story and says where it is', () => {
    const page = withStaticStoryLink(INDEX);
    expect(page).toMatch(
      new RegExp(
        `<noscript><meta http-equiv="refresh" content="0; url=${STATIC_STORY_FILE}" /></noscript>\\s*</head>`,
      ),
    );
    expect(page).toContain(`<a href="${STATIC_STORY_FILE}">`);
    expect(page).not.toContain('This site needs JavaScript.');
    expect(page).toContain('<script type="module" crossorigin src="./assets/main-abc.js"></script>');
  });

  it('only links to the static story when index.html holds the story itself', () => {
    const page = withStaticStoryLink(INDEX, { redirect: false });
    expect(page).not.toContain('http-equiv="refresh"');
    expect(page).toContain(`<a href="${STATIC_STORY_FILE}">`);
  });
});
