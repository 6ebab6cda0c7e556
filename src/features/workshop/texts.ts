import de from '../../i18n/de/workshop.json';
import en from '../../i18n/en/workshop.json';
import { addBundles } from '../../i18n/lazy';

addBundles('workshop', { de, en });
