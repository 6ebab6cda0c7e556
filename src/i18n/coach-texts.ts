import de from './de/coach.json';
import en from './en/coach.json';
import { addBundles } from './lazy';

addBundles('coach', { de, en });
