/*eslint-disable*/ import type { Messages } from '@lingui/core';
export const messages = JSON.parse(
  '{"footer.data":["Торговые данные: CEPII BACI, UN Comtrade, МВФ; список товаров: Общий список высокоприоритетных товаров (BIS совместно с ЕС, Японией и Великобританией)."],"footer.details":["Подробности, лицензии и оговорки — на странице ",["link"],"."],"footer.software":["Программа с открытым кодом (лицензия MIT). Без отслеживания: сайт ничего не загружает с других серверов."],"header.language":["Язык"],"nav.explorer":["Обзор данных"],"nav.import":["Ваш файл"],"nav.main":["Основная навигация"],"nav.skip-chart":["К графику"],"nav.skip-content":["К содержанию"],"nav.sources":["Данные и источники"],"nav.story":["Статья"]}',
) as Messages;
