/*eslint-disable*/ import type { Messages } from '@lingui/core';
export const messages = JSON.parse(
  '{"footer.data":["Trade data: CEPII BACI, UN Comtrade, IMF; product list: the Common High Priority List (BIS with the EU, Japan and the UK)."],"footer.details":["Details, licences and caveats on ",["link"],"."],"footer.software":["Open-source software (MIT licence). No tracking; this site loads nothing from other hosts."],"header.language":["Language"],"nav.explorer":["Explorer"],"nav.import":["Your file"],"nav.main":["Main"],"nav.skip-chart":["Skip to chart"],"nav.skip-content":["Skip to content"],"nav.sources":["Data & sources"],"nav.story":["Story"]}',
) as Messages;
