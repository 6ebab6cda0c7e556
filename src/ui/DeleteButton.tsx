import { useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { ConfirmDialog } from './Dialog';

/**
 * A row's small "Delete" (named for screen readers by what it deletes) that asks first: the
 * dialog says what goes, and `onDelete` runs once it is confirmed.
 */
export function DeleteButton({
  name,
  title,
  onDelete,
  children,
}: {
  name: string;
  title: string;
  onDelete(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button small danger" onClick={() => setAsking(true)}>
        {t('action.delete')}
        <span className="visually-hidden">: {name}</span>
      </button>
      <ConfirmDialog
        open={asking}
        title={title}
        confirm={t('action.delete')}
        cancel={t('action.cancel')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          onDelete();
        }}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
