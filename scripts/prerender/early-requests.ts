// embed.html's one inline script: it reads the page's address and sends the data requests of the reader's spec at
// once, while the embed's scripts still download, so the chart does not wait for chart-core to arrive and run
// before its data leaves (measured, README: Page-load benchmarks). It knows files only through the table the
// build computes from the app's own rules (src/embed/early-requests.ts); a link it cannot read with certainty
// makes it send nothing, and the app fetches as before. The app takes each response it sent
// (src/data/fetch-text.ts: takeEarlyResponse), so no file is fetched twice. Allowed by its hash in the
// Content-Security-Policy (scripts/csp/policy.ts), never by 'unsafe-inline'.
import { scriptHash } from '../csp/policy.ts';
import { EARLY_RESPONSES } from '../../src/data/fetch-text.ts';
import type { EarlyRequestTable } from '../../src/embed/early-requests.ts';

/**
 * The script's text. `base`: the app's base URL as Vite has it (BASE_URL), so each request's address is exactly
 * the one the app's dataUrl makes (the app finds the response by it). Own-property lookups only (a token such
 * as "__proto__" finds nothing), and any error means no request.
 */
export function earlyRequestScript(table: EarlyRequestTable, base: string): string {
  const json = JSON.stringify({ ...table, b: base }).replace(/</g, '\\u003c');
  return (
    `(()=>{try{const T=${json},h=Object.hasOwn,s=location.search,q=new URLSearchParams(s);` +
    `if(s.length>T.max||q.get("v")!==T.v)return;` +
    `for(const k of q.keys())if(k!=="v"&&k!=="d"&&k!=="p"&&!T.ok.includes(k))return;` +
    `const d=q.get("d")??T.d;if(!h(T.files,d))return;` +
    `const p=q.get("p"),t=p===null?[""]:p.split(",").map((x)=>x.trim());if(t.length>T.n)return;` +
    `const f=new Set;for(const x of t){if(!h(T.files[d],x))return;for(const y of T.files[d][x])f.add(y)}` +
    `const e={};for(const y of f){const u=new URL(T.b+"data/"+y,document.baseURI).href;` +
    `e[u]=fetch(u);e[u].catch(()=>{})}self.${EARLY_RESPONSES}=e}catch{}})()`
  );
}

/**
 * `html` (embed.html) with the script just before its first module script, so the requests leave as soon as the
 * parser reaches it, beside the scripts' own; and its hash, for the page's policy.
 */
export function withEarlyRequests(html: string, script: string): { html: string; hash: string } {
  const at = html.indexOf('<script type="module"');
  if (at < 0) throw new Error('early requests: embed.html has no module script');
  if (/<\/script/i.test(script)) throw new Error('early requests: the script contains "</script"');
  return {
    html: `${html.slice(0, at)}<script>${script}</script>\n    ${html.slice(at)}`,
    hash: scriptHash(script),
  };
}
