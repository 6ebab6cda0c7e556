import de from '../../i18n/de/preview.json';
import en from '../../i18n/en/preview.json';
import { addBundles } from '../../i18n/lazy';

addBundles('preview', { de, en });
