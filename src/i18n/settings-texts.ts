import de from './de/settings.json';
import en from './en/settings.json';
import { addBundles } from './lazy';

addBundles('settings', { de, en });
