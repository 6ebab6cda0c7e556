import de from './de/results.json';
import en from './en/results.json';
import { addBundles } from './lazy';

addBundles('results', { de, en });
