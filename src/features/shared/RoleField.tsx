import { useTranslation } from '../../i18n/use-translation';
import { ROLES, type Role } from '../../core/records/assessment';
import { RadioList } from '../../ui/inputs';

/** The respondent's role, asked for every new assessment (a firm's, or a workshop participant's). */
export function RoleField({
  name,
  legend,
  help,
  selected,
  onSelect,
}: {
  name: string;
  legend: string;
  help: string;
  selected: Role | null;
  onSelect(role: Role): void;
}) {
  const { t: tc } = useTranslation();
  return (
    <fieldset
      className="question"
      aria-labelledby={`${name}-label`}
      aria-describedby={`${name}-help`}
    >
      <legend id={`${name}-label`} className="question-text">
        {legend}
      </legend>
      <p id={`${name}-help`} className="help">
        {help}
      </p>
      <RadioList
        name={name}
        labelledBy={`${name}-label`}
        selected={selected}
        onSelect={(v) => onSelect(v as Role)}
        options={ROLES.map((r) => ({ value: r, label: tc(`role.${r}`) }))}
      />
    </fieldset>
  );
}
