import answer from './answer.json';
import common from './common.json';
import firm from './firm.json';
import start from './start.json';

export const de = { common, start, firm, answer };
