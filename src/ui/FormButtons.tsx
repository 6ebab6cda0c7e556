import { useTranslation } from '../i18n/use-translation';

/**
 * The buttons under a form or a step of one: the way back, an address or a handler (none where
 * there is no step before), and the one primary action, held while `busy`.
 */
export function FormButtons({
  back,
  action,
  onAction,
  busy = false,
}: {
  back?: string | (() => void);
  action: string;
  onAction(): void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      {typeof back === 'string' ? (
        <a className="button" href={back}>
          {t('action.back')}
        </a>
      ) : (
        back && (
          <button type="button" className="button" onClick={back}>
            {t('action.back')}
          </button>
        )
      )}
      <button type="button" className="button primary" disabled={busy} onClick={onAction}>
        {action}
      </button>
    </div>
  );
}
