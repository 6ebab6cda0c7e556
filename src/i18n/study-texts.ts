import de from './de/study.json';
import en from './en/study.json';
import { addBundles } from './lazy';

addBundles('study', { de, en });
