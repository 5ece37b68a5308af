// What the profile form's parts share: the values, a setter, and each field's error sentence,
// plus the labelled text field every part draws its inputs with.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from '../ui/Field';
import type { FormErrorKey, FormValues } from './form-model';

/** The form's state as its parts see it. */
export interface FormKit {
  values: FormValues;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  /** The sentence to show beside a field (once touched, or from main's answer). */
  errorOf: (key: FormErrorKey) => string | undefined;
  /** Marks a field as touched, so its sentence shows. */
  touch: (key: FormErrorKey) => () => void;
}

type InputExtras = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
  hint?: ReactNode;
};

/** A labelled text input bound to one string field of the form. */
export function KitField({
  kit,
  name,
  label,
  ...extra
}: { kit: FormKit; name: keyof FormValues; label: string } & InputExtras) {
  return (
    <Field
      label={label}
      name={name}
      value={kit.values[name] as string}
      error={kit.errorOf(name)}
      onBlur={kit.touch(name)}
      onChange={(e) => {
        kit.set(name, e.target.value);
      }}
      {...extra}
    />
  );
}
