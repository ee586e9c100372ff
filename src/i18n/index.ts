export { formatMessage, parseMessage, type Message, type MessagePart } from './format.js';
export { formatNumber, parseQuantity, type ParsedQuantity } from './number.js';
export {
  LocalizeController,
  isLocaleLoaded,
  loadLocale,
  registerTranslation,
  resolveLocale,
  type EnMessages,
  type LocalizeOptions,
  type MessageKey,
  type Messages,
} from './localize.js';
