import answer from './answer.json';
import common from './common.json';
import firm from './firm.json';
import problems from './problems.json';
import start from './start.json';

export const de = { common, problems, start, firm, answer };
