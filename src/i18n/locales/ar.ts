import type { EnMessages } from './en.js';

// Modern Standard Arabic. Terms: وجهة (destination), خيار الشحن, منتج (item), توزيع (allocate);
// "checkout" is "إتمام الطلب". Arabic counts in six forms: zero, one, two, few (3–10, 103–110…),
// many (11–99, 111–199…), other (100–102, 1000, fractions): منتج واحد، منتجان، # منتجات، # منتجًا،
// # منتج. A verb before a counted subject stays singular.
const ar: EnMessages = {
  // Loading and whole-checkout states
  loading: 'جارٍ تحميل خيارات الشحن…',
  stillLoading: 'لا تزال صفحة إتمام الطلب قيد التحميل.',
  loadFailed: 'تعذّر تحميل صفحة إتمام الطلب.',
  emptyCart: 'سلة التسوق فارغة. أضف أولًا منتجًا لشحنه.',
  nothingToShip: 'لا يحتاج أي منتج في سلة التسوق إلى الشحن.',
  digitalItems:
    '{count, plural, zero {تُسلَّم هذه المنتجات رقميًا ولا تحتاج إلى شحن:} one {يُسلَّم هذا المنتج رقميًا ولا يحتاج إلى شحن:} two {يُسلَّم هذان المنتجان رقميًا ولا يحتاجان إلى شحن:} few {تُسلَّم هذه المنتجات رقميًا ولا تحتاج إلى شحن:} many {تُسلَّم هذه المنتجات رقميًا ولا تحتاج إلى شحن:} other {تُسلَّم هذه المنتجات رقميًا ولا تحتاج إلى شحن:}}',
  retry: 'إعادة المحاولة',
  actionFor: '{action}: {name}',

  // Mode
  modeLegend: 'كيف تريد شحن طلبك؟',
  modeOne: 'الشحن إلى عنوان واحد',
  modeMultiple: 'الشحن إلى عدة عناوين',
  confirmTitle: 'هل تريد شحن كل شيء إلى عنوان واحد؟',
  confirmText:
    '{count, plural, zero {سيُشحن كل شيء إلى {name}.} one {سيُشحن كل شيء إلى {name}، وستُحذف الوجهة الأخرى.} two {سيُشحن كل شيء إلى {name}، وستُحذف الوجهتان الأخريان.} few {سيُشحن كل شيء إلى {name}، وستُحذف # وجهات أخرى.} many {سيُشحن كل شيء إلى {name}، وستُحذف # وجهةً أخرى.} other {سيُشحن كل شيء إلى {name}، وستُحذف # وجهة أخرى.}}',
  confirmYes: 'الشحن إلى عنوان واحد',
  confirmNo: 'الإبقاء على عدة عناوين',

  // Items
  itemsToPlace: 'المنتجات المطلوب توزيعها',
  itemLeft:
    '{left, plural, =0 {تم توزيع {total} من {total}} zero {تم توزيع {total} من {total}} one {# من {total} بانتظار التوزيع} two {# من {total} بانتظار التوزيع} few {# من {total} بانتظار التوزيع} many {# من {total} بانتظار التوزيع} other {# من {total} بانتظار التوزيع}}',
  itemTimes: '{count} × {name}',
  itemsFor: 'المنتجات المشحونة إلى {name}',
  itemsShippingHere: 'منتجات هذه الوجهة',
  itemForDestination: '{item}، إلى {name}',
  shipAllRemaining: 'شحن كل المنتجات المتبقية إلى هنا',
  clear: 'مسح',

  // Quantity field
  quantityLabel: 'كمية {label}',
  quantityDecrease: 'إنقاص الكمية بواحد: {label}',
  quantityIncrease: 'زيادة الكمية بواحد: {label}',
  quantityEmpty: 'أدخل كمية (0 لعدم شحن أي منها).',
  quantityNotANumber: 'أدخل عددًا صحيحًا، مثل 2.',
  quantityFraction: 'استخدم عددًا صحيحًا: لا يمكن تجزئة المنتجات.',
  quantityNegative: 'لا يمكن أن تقل الكمية عن 0.',
  quantityTooMany:
    '{max, plural, =0 {لم يتبقَّ شيء للتوزيع: قلّل الكمية في وجهة أخرى أولًا.} zero {لم يتبقَّ شيء للتوزيع: قلّل الكمية في وجهة أخرى أولًا.} one {لا يمكن وضع أكثر من وحدة واحدة هنا.} two {لا يمكن وضع أكثر من وحدتين هنا.} few {لا يمكن وضع أكثر من # وحدات هنا.} many {لا يمكن وضع أكثر من # وحدةً هنا.} other {لا يمكن وضع أكثر من # وحدة هنا.}}',

  // Destinations
  destinationsLabel: 'الوجهات',
  destinationNumber: 'الوجهة {number}',
  destinationName: '{recipient}، {place}',
  newDestination: 'وجهة جديدة',
  shippingAddress: 'عنوان الشحن',
  addDestination: 'إضافة وجهة',
  addressFor: 'عنوان {name}',
  editAddress: 'تعديل العنوان',
  duplicate: 'تكرار',
  remove: 'إزالة',
  statusNeedsAddress: 'بحاجة إلى عنوان',
  statusNeedsItems: 'لا توجد منتجات بعد',
  statusSaving: 'جارٍ الحفظ…',
  statusSaved: 'تم الحفظ',
  statusError: 'لم يتم الحفظ',

  // Address form
  shipTo: 'الشحن إلى',
  newAddress: 'عنوان جديد',
  requiredHint: 'الحقول المميزة بعلامة * مطلوبة.',
  useAddress: 'استخدام هذا العنوان',
  saveAddress: 'حفظ العنوان',
  cancel: 'إلغاء',
  choose: 'اختر…',
  numberRange: 'من {min} إلى {max}',
  fieldRequired: 'هذا الحقل مطلوب.',
  fieldChoose: 'اختر خيارًا.',
  fieldTooLong:
    '{max, plural, zero {لا يُسمح بإدخال أي حرف} one {استخدم حرفًا واحدًا على الأكثر} two {استخدم حرفين على الأكثر} few {استخدم # أحرف على الأكثر} many {استخدم # حرفًا على الأكثر} other {استخدم # حرف على الأكثر}} (عدد الأحرف الحالي: {count}).',
  fieldNotAnOption: 'اختر أحد الخيارات المتاحة.',
  fieldNotANumber: 'أدخل عددًا صحيحًا.',
  fieldTooSmall: 'أدخل قيمة لا تقل عن {min}.',
  fieldTooLarge: 'أدخل قيمة لا تزيد على {max}.',
  fieldNotADate: 'أدخل تاريخًا صحيحًا.',
  fieldDateTooEarly: 'اختر تاريخًا لا يسبق {min}.',
  fieldDateTooLate: 'اختر تاريخًا لا يتجاوز {max}.',

  // Shipping options
  shippingOptionFor: 'خيار الشحن إلى {name}',
  optionsLoading: 'جارٍ جلب خيارات الشحن…',
  optionsNeedItems: 'أضف منتجات لعرض خيارات الشحن.',
  free: 'مجاني',
  recommended: 'موصى به',

  // Summary
  summaryTitle: 'ملخص الشحن',
  shippingTotal: 'الشحن',
  handlingIncluded: 'يشمل {amount} رسوم تجهيز',
  shippingTotalPending: 'لم يُحدَّد بعد',
  noItemsYet: 'لا توجد منتجات بعد',
  noOptionYet: 'لم يُحدَّد خيار الشحن بعد',
  itemsLeft:
    '{count, plural, =0 {تم توزيع كل المنتجات} zero {لم يتبقَّ أي منتج للتوزيع} one {بقي منتج واحد للتوزيع} two {بقي منتجان للتوزيع} few {بقيت # منتجات للتوزيع} many {بقي # منتجًا للتوزيع} other {بقي # منتج للتوزيع}}',
  whatIsLeft: 'الخطوات المتبقية',
  readyToContinue: 'كل شيء جاهز للشحن.',
  reasonNeedsAddress: 'أضف عنوان {name}',
  reasonNeedsShippingAddress: 'أضف عنوانًا للشحن',
  reasonNeedsItems: 'أضف منتجات إلى {name} أو أزِل هذه الوجهة',
  reasonUnallocated:
    '{count, plural, zero {لم يبقَ أي منتج دون توزيع} one {لم يُوزَّع منتج واحد بعد} two {لم يُوزَّع منتجان بعد} few {لم تُوزَّع # منتجات بعد} many {لم يُوزَّع # منتجًا بعد} other {لم يُوزَّع # منتج بعد}}',

  // Announcements and errors
  announceSaved:
    '{count, plural, =0 {تم الحفظ.} zero {تم الحفظ.} one {تم الحفظ. بقي منتج واحد للتوزيع.} two {تم الحفظ. بقي منتجان للتوزيع.} few {تم الحفظ. بقيت # منتجات للتوزيع.} many {تم الحفظ. بقي # منتجًا للتوزيع.} other {تم الحفظ. بقي # منتج للتوزيع.}}',
  announceReady: 'تم الحفظ. كل شيء جاهز للشحن.',
  errorAt: '{name}: {error}',
  errorInvalid: 'تعذّر على المتجر قبول هذا العنوان. راجعه وحاول مرة أخرى.',
  errorConflict: 'تغيّرت صفحة إتمام الطلب في علامة تبويب أخرى، لذا أُعيد تحميلها. راجع وجهاتك.',
  errorUnavailable: 'المتجر لا يستجيب. تم الاحتفاظ بتغييراتك؛ حاول مرة أخرى بعد قليل.',
  errorRetrying: 'المتجر لا يستجيب. تغييراتك محفوظة؛ جارٍ إعادة المحاولة…',
  errorEmptyCart: 'سلة التسوق فارغة.',
  errorNotConverging: 'يواصل المتجر إعادة هذه المنتجات إلى ما كانت عليه. حاول مرة أخرى أو تواصل مع المتجر.',
  errorOptionUnavailable: 'لم يعد خيار الشحن الذي اخترته متاحًا هنا. اختر خيارًا آخر.',
  errorNoOptions: 'لا يشحن المتجر هذه المنتجات إلى هذا العنوان. جرّب عنوانًا آخر.',
  errorUnknown: 'حدث خطأ ما. حاول مرة أخرى.',
  errorCheckoutMissing: 'تعذّر العثور على عملية إتمام الطلب هذه. أعد تحميل الصفحة للبدء من جديد.',
  errorConfig: 'هذه الصفحة غير مهيأة للشحن إلى عدة عناوين. يمكن لمالك الموقع الاطلاع على التفاصيل في وحدة تحكم المتصفح.',
};

export default ar;
