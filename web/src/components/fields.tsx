// Form controls on React Aria Components: a labelled text field with its hint and its error in
// words, tied to the input for assistive technologies.
import type { ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';

export function TextInput({
  label,
  hint,
  error,
  value,
  onChange,
  onBlur,
  autoComplete,
  name,
  status,
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  autoComplete?: string;
  name: string;
  /** A remark shown when the value is good (announced politely). */
  status?: ReactNode;
}) {
  return (
    <TextField
      className="field"
      name={name}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      {...(autoComplete ? { autoComplete } : {})}
    >
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <Input className="field__input" />
      <FieldError className="field__error">{error}</FieldError>
      {status}
    </TextField>
  );
}
