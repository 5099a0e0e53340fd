/*eslint-disable*/ import type { Messages } from '@lingui/core';
export const messages = JSON.parse(
  '{"footer.data":["贸易数据：CEPII BACI、联合国商品贸易统计数据库（UN Comtrade）、国际货币基金组织（IMF）；产品清单：共同高优先级清单（美国商务部工业与安全局会同欧盟、日本和英国制定）。"],"footer.details":["详情、许可与注意事项见",["link"],"。"],"footer.software":["开源软件（MIT 许可）。不做任何追踪；本站不从其他主机加载任何内容。"],"header.language":["语言"],"nav.explorer":["数据浏览"],"nav.import":["您的文件"],"nav.main":["主导航"],"nav.skip-chart":["跳到图表"],"nav.skip-content":["跳到正文"],"nav.sources":["数据与来源"],"nav.story":["报道"]}',
) as Messages;
