import type { EnMessages } from './en.js';

// Arabic counts in six forms: zero, one, two, few (3–10), many (11–99), other (100, 1000, …).
const ar: EnMessages = {
  itemsLeft:
    '{count, plural, =0 {تم توزيع كل المنتجات} zero {لم يتبقَّ أي منتج للتوزيع} one {بقي منتج واحد للتوزيع} two {بقي منتجان للتوزيع} few {بقيت # منتجات للتوزيع} many {بقي # منتجًا للتوزيع} other {بقي # منتج للتوزيع}}',
  progress:
    '{left, number} من {total, plural, zero {# منتج} one {منتج واحد} two {منتجين} few {# منتجات} many {# منتجًا} other {# منتج}} بانتظار التوزيع',
  destinationNumber: 'الوجهة {number}',
  shipsTo:
    '{count, plural, =0 {لا يُشحن شيء إلى {name} بعد} zero {لا يُشحن أي منتج إلى {name}} one {يُشحن منتج واحد إلى {name}} two {يُشحن منتجان إلى {name}} few {تُشحن # منتجات إلى {name}} many {يُشحن # منتجًا إلى {name}} other {يُشحن # منتج إلى {name}}}',
  deliveryTo: '{method, select, pickup {الاستلام من {place}} other {التوصيل إلى {place}}}',
  quantityFor: 'كمية {item} المرسلة إلى {destination}',
  quantityTooLarge:
    '{max, plural, zero {لم تتبقَّ أي وحدة} one {تتبقى وحدة واحدة فقط} two {تتبقى وحدتان فقط} few {تتبقى # وحدات فقط} many {تتبقى # وحدة فقط} other {تتبقى # وحدة فقط}} لهذه الوجهة',
  wholeNumbers: 'لا يمكن تجزئة الكميات: أدخل عددًا صحيحًا',
  retry: 'إعادة المحاولة',
  saving: 'جارٍ الحفظ…',
  saved: 'تم الحفظ',
};

export default ar;
