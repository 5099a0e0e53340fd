/*eslint-disable*/ import type { Messages } from '@lingui/core';
export const messages = JSON.parse(
  '{"chart.no-data":["无数据"],"header.language":["语言"],"nav.explorer":["数据浏览"],"nav.import":["您的文件"],"nav.main":["主导航"],"nav.skip-chart":["跳到图表"],"nav.skip-content":["跳到正文"],"nav.sources":["数据与来源"],"nav.story":["报道"]}',
) as Messages;
