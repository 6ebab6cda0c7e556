// English, loaded when it is chosen (German, the first language, comes with the start page).
import answer from './answer.json';
import common from './common.json';
import firm from './firm.json';
import start from './start.json';

export const en = { common, start, firm, answer };
