import { useTranslation } from '../../i18n/use-translation';
import { ROLES, type Role } from '../../core/records/assessment';
import { FormButtons } from '../../ui/FormButtons';
import { FormError } from '../../ui/FormError';
import { ChoiceField } from '../../ui/inputs';

/**
 * The step that asks who answers, for every new assessment (a firm's, or a workshop
 * participant's): the respondent's role, what stops the step, and back or on.
 */
export function RoleStep({
  name,
  legend,
  help,
  role,
  onRole,
  error,
  back,
  next,
  onNext,
}: {
  name: string;
  legend: string;
  help: string;
  role: Role | null;
  onRole(role: Role): void;
  error: string | null;
  back: string | (() => void);
  next: string;
  onNext(): void;
}) {
  const { t: tc } = useTranslation();
  return (
    <>
      <ChoiceField
        name={name}
        legendId={`${name}-label`}
        legend={legend}
        help={help}
        selected={role}
        onSelect={(v) => onRole(v as Role)}
        options={ROLES.map((r) => ({ value: r, label: tc(`role.${r}`) }))}
      />
      <FormError>{error}</FormError>
      <FormButtons back={back} action={next} onAction={onNext} />
    </>
  );
}
