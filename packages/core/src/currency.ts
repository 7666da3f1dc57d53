import { VitrineError } from './errors.js';

/** ISO 4217 minor-unit exponents that differ from the common 2. */
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

let known: ReadonlySet<string> | undefined;
function knownCurrencies(): ReadonlySet<string> | undefined {
  if (known === undefined && typeof Intl.supportedValuesOf === 'function') {
    known = new Set(Intl.supportedValuesOf('currency'));
  }
  return known;
}

let lastKnown = '';

/** True for an upper-case ISO 4217 code that this runtime knows. */
export function isCurrencyCode(code: unknown): code is string {
  if (typeof code !== 'string') return false;
  // Nearly every call asks about the shop's one currency.
  if (code === lastKnown) return true;
  // The runtime's list holds upper-case three-letter codes only: one lookup answers.
  const list = knownCurrencies();
  const ok = list ? list.has(code) : /^[A-Z]{3}$/.test(code);
  if (ok) lastKnown = code;
  return ok;
}

export function assertCurrencyCode(code: unknown): asserts code is string {
  if (!isCurrencyCode(code)) {
    throw new VitrineError('invalid-input', `Unknown currency code: ${String(code)}`);
  }
}

/** Number of decimal digits of the currency's minor unit (JPY 0, EUR 2, KWD 3). */
export function currencyExponent(code: string): number {
  assertCurrencyCode(code);
  return EXPONENTS[code] ?? 2;
}
