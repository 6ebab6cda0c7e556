import de from './de/preview.json';
import en from './en/preview.json';
import { addBundles } from './lazy';

addBundles('preview', { de, en });
