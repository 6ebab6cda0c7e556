import de from './de/workshop.json';
import en from './en/workshop.json';
import { addBundles } from './lazy';

addBundles('workshop', { de, en });
