// The sentence a shopper reads for each kind of error; the technical detail goes to the host
// page in split-ship-error.
import type { LocalizeController } from '../../i18n/index.js';

export function errorSentence(t: LocalizeController, kind: string): string {
  switch (kind) {
    case 'invalid':
      return t.term('errorInvalid');
    case 'conflict':
      return t.term('errorConflict');
    case 'unavailable':
    case 'network':
      return t.term('errorUnavailable');
    case 'empty-cart':
      return t.term('errorEmptyCart');
    case 'not-converging':
      return t.term('errorNotConverging');
    case 'option-unavailable':
      return t.term('errorOptionUnavailable');
    case 'no-options':
      return t.term('errorNoOptions');
    default:
      return t.term('errorUnknown');
  }
}

/** Errors the shopper fixes by changing something (not by trying again). */
export function isFixedByEditing(kind: string): boolean {
  return kind === 'option-unavailable' || kind === 'no-options';
}
