/** The `surface` value of a valley typed as a formula (its text is in `settings.formula`). */
export const FORMULA = 'formula';

/** Formulas worth trying, each showing something; the first is the default. */
export const FORMULA_EXAMPLES: readonly { readonly label: string; readonly formula: string }[] = [
  { label: 'a tilted bowl', formula: 'x^2 + 3*y^2 + x*y' },
  { label: 'two valleys (1-D)', formula: 'x^4 - 4*x^2 + x' },
  { label: 'Rosenbrock’s banana', formula: '(1 - x)^2 + 100*(y - x^2)^2' },
  { label: 'an egg crate', formula: 'sin(2*x)*cos(2*y) + (x^2 + y^2)/4' },
  { label: 'a sharp V', formula: 'abs(x) + 2*abs(y)' },
  { label: 'a saddle', formula: 'x^2 - y^2' },
  { label: 'a gentle trough', formula: 'log(1 + x^2 + 10*y^2)' },
];
