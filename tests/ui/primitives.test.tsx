import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DeleteButton } from '../../src/ui/DeleteButton';
import { FormButtons } from '../../src/ui/FormButtons';
import { ChoiceField, TextField } from '../../src/ui/inputs';
import { initTestI18n } from '../support/render';

beforeAll(() => initTestI18n());

describe('ChoiceField', () => {
  it('names the fieldset and the radio group by its legend, and is described by its help', () => {
    render(
      <ChoiceField
        name="colour"
        legendId="colour-label"
        legend="Farbe"
        help="Eine genügt."
        selected="red"
        onSelect={() => {}}
        options={[
          { value: 'red', label: 'Rot' },
          { value: 'blue', label: 'Blau' },
        ]}
      />,
    );
    expect(screen.getByRole('group', { name: 'Farbe' })).toHaveAccessibleDescription(
      'Eine genügt.',
    );
    const radios = within(screen.getByRole('radiogroup', { name: 'Farbe' })).getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).checked)).toEqual([true, false]);
  });
});

describe('TextField', () => {
  it('is found by its label and hands on what is typed', async () => {
    function Field() {
      const [value, setValue] = useState('');
      return <TextField id="name" label="Name" value={value} onChange={setValue} maxLength={5} />;
    }
    render(<Field />);
    await userEvent.type(screen.getByLabelText('Name'), 'Muster GmbH');
    expect(screen.getByLabelText('Name'), 'maxLength reaches the input').toHaveValue('Muste');
  });
});

describe('FormButtons', () => {
  it('goes back by an address, by a handler, or not at all', async () => {
    const back = vi.fn();
    const { rerender } = render(<FormButtons back="#/start" action="Weiter" onAction={() => {}} />);
    expect(screen.getByRole('link', { name: 'Zurück' })).toHaveAttribute('href', '#/start');
    rerender(<FormButtons back={back} action="Weiter" onAction={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Zurück' }));
    expect(back).toHaveBeenCalledOnce();
    rerender(<FormButtons action="Weiter" busy onAction={() => {}} />);
    expect(screen.queryByText('Zurück')).toBeNull();
    expect(screen.getByRole('button', { name: 'Weiter' }), 'held while busy').toBeDisabled();
  });
});

describe('DeleteButton', () => {
  it('deletes only once the dialog is confirmed', async () => {
    const onDelete = vi.fn();
    render(
      <DeleteButton name="Entwurf A" title="Löschen?" onDelete={onDelete}>
        <p>Weg ist weg.</p>
      </DeleteButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Löschen: Entwurf A' }));
    const dialog = screen.getByRole('dialog', { name: 'Löschen?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(onDelete, 'cancel deletes nothing').not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Löschen: Entwurf A' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Löschen?' })).getByRole('button', {
        name: 'Löschen',
      }),
    );
    expect(onDelete).toHaveBeenCalledOnce();
  });
});
