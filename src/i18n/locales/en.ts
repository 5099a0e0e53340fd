/*eslint-disable*/ import type { Messages } from '@lingui/core';
export const messages = JSON.parse(
  '{"chart.no-data":["no data"],"header.language":["Language"],"nav.explorer":["Explorer"],"nav.import":["Your file"],"nav.main":["Main"],"nav.skip-chart":["Skip to chart"],"nav.skip-content":["Skip to content"],"nav.sources":["Data & sources"],"nav.story":["Story"]}',
) as Messages;
