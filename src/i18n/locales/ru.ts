/*eslint-disable*/ import type { Messages } from '@lingui/core';
export const messages = JSON.parse(
  '{"chart.no-data":["нет данных"],"header.language":["Язык"],"nav.explorer":["Обзор данных"],"nav.import":["Ваш файл"],"nav.main":["Основная навигация"],"nav.skip-chart":["К графику"],"nav.skip-content":["К содержанию"],"nav.sources":["Данные и источники"],"nav.story":["Статья"]}',
) as Messages;
