import { useTranslation } from '../i18n/useTranslation';
import type { Lang } from '../core/text';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}
