import { useTranslation } from './use-translation';
import type { Lang } from '../core/common/text';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}
