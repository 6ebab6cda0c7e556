import de from '../../i18n/de/coach.json';
import en from '../../i18n/en/coach.json';
import { addBundles } from '../../i18n/lazy';

addBundles('coach', { de, en });
