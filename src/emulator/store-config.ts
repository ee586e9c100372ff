// The seeded store's configuration: GET /api/storefront/checkout-settings answers
// `{ storeConfig, context, customization }` (the SDK's Config; its config selector reads
// storeConfig and context), GET /api/storefront/form-fields answers the SDK's FormFields.
import type { CheckoutSettings, FormField } from './sdk-types.js';

export interface FormFields {
  customerAccount: FormField[];
  shippingAddress: FormField[];
  billingAddress: FormField[];
}

/** The id of the store's custom shipping address field "Delivery instructions" (multiline text). */
export const deliveryNoteFieldId = 'field_25';

/**
 * The ids of the seeded store's custom shipping address fields, one of every kind BigCommerce
 * offers. A custom field's `name` is its id, and a consignment address carries its value as
 * `customFields: [{ fieldId, fieldValue }]`.
 */
export const customShippingFieldIds = {
  deliveryInstructions: deliveryNoteFieldId,
  giftMessage: 'field_26',
  deliveryDate: 'field_27',
  apartmentFloor: 'field_28',
  leaveParcelAt: 'field_29',
  deliveryPreferences: 'field_30',
  addressType: 'field_31',
} as const;

const items = (...labels: string[]) => labels.map((label, index) => ({ value: String(index), label }));

/**
 * The seeded custom shipping fields, shaped as BigCommerce's storefront form-fields endpoint
 * answers them. What each kind looks like follows:
 * - bigcommerce/docs reference/form_fields.sf.yml (FormField): `min`/`max` for integer and date
 *   fields only, `maxLength` for strings, `options.helperLabel` is the dropdown's placeholder,
 *   `options.items` serve radio, dropdown and checkbox fields;
 * - bigcommerce/checkout-sdk-js packages/core/src/form/form.mock.ts, getAddressFormFields(): a pick
 *   list is `fieldType: 'dropdown', type: 'array', itemtype: 'string'` with `options.helperLabel`
 *   and items valued '0', '1', '2' (the Checkouts spec's note: a pick list's value is sent as a
 *   number and answered as a string);
 * - bigcommerce/checkout-js packages/core/src/app/address/formField.mock.ts, getFormFields(): text
 *   `fieldType: 'text', type: 'string'`; number `fieldType: 'text', type: 'integer'` with no
 *   default; dropdown `type: 'array'`;
 * - checkout-js ui/form DynamicFormField.tsx and DynamicInput.tsx: `text` + `integer` renders a
 *   number input; a date field's `inputDateFormat` formats the picker and `min`/`max` are read as
 *   `${min}T00:00:00Z` (so 'YYYY-MM-DD'); checkboxes are a group whose value is a string array;
 *   getCustomFormFieldsValidationSchema.ts applies an integer's min/max only when they are numbers.
 * Radio and checkbox fields carry `type: 'array'` and `itemtype: 'string'` like the pick list (no
 * fixture shows them; checkout-js keys their rendering on `fieldType` alone). All are optional.
 */
function customShippingFields(): FormField[] {
  const custom = (id: string, label: string, extra: Partial<FormField>): FormField => ({
    id,
    name: id,
    custom: true,
    label,
    required: false,
    default: '',
    ...extra,
  });
  const ids = customShippingFieldIds;
  return [
    custom(ids.deliveryInstructions, 'Delivery instructions', { fieldType: 'multiline', type: 'string', maxLength: 200, options: { rows: 3 } }),
    custom(ids.giftMessage, 'Gift message', { fieldType: 'text', type: 'string', maxLength: 500 }),
    custom(ids.deliveryDate, 'Delivery date', { fieldType: 'date', type: 'date', min: '2026-01-01', max: '2030-12-31', inputDateFormat: 'MM/dd/yyyy' }),
    { id: ids.apartmentFloor, name: ids.apartmentFloor, custom: true, label: 'Apartment floor', required: false, fieldType: 'text', type: 'integer', min: 0, max: 200 },
    custom(ids.leaveParcelAt, 'Leave parcel at', {
      fieldType: 'dropdown',
      type: 'array',
      itemtype: 'string',
      options: { helperLabel: 'Choose a place', items: items('Front door', 'Back door', 'Reception', 'Neighbour') },
    }),
    custom(ids.deliveryPreferences, 'Delivery preferences', {
      fieldType: 'checkbox',
      type: 'array',
      itemtype: 'string',
      options: { items: items('Call before delivery', 'No signature required', 'Leave out of sight') },
    }),
    custom(ids.addressType, 'Address type', { fieldType: 'radio', type: 'array', itemtype: 'string', options: { items: items('Residential', 'Commercial') } }),
  ];
}

function addressFields(firstId: number, withCustom: boolean): FormField[] {
  const field = (offset: number, name: string, label: string, required: boolean, extra: Partial<FormField> = {}): FormField => ({
    id: `field_${firstId + offset}`,
    name,
    custom: false,
    label,
    required,
    default: '',
    ...extra,
  });
  const fields: FormField[] = [
    field(0, 'firstName', 'First Name', true, { maxLength: 255 }),
    field(1, 'lastName', 'Last Name', true, { maxLength: 255 }),
    field(2, 'company', 'Company Name', false, { maxLength: 255 }),
    field(3, 'phone', 'Phone Number', false, { maxLength: 255 }),
    field(4, 'address1', 'Address Line 1', true, { maxLength: 255 }),
    field(5, 'address2', 'Address Line 2', false, { maxLength: 255 }),
    field(6, 'city', 'Suburb/City', true, { maxLength: 255 }),
    field(7, 'countryCode', 'Country', true, { fieldType: 'dropdown', default: 'US' }),
    field(8, 'stateOrProvince', 'State/Province', true, { fieldType: 'dropdown' }),
    field(9, 'postalCode', 'Zip/Postcode', true, { maxLength: 20 }),
  ];
  if (withCustom) fields.push(...customShippingFields());
  return fields;
}

export function formFields(): FormFields {
  return {
    customerAccount: [
      { id: 'field_1', name: 'email', custom: false, label: 'Email Address', required: true, default: '', fieldType: 'text', type: 'string' },
      {
        id: 'field_2',
        name: 'password',
        custom: false,
        label: 'Password',
        required: true,
        default: '',
        fieldType: 'password',
        type: 'string',
        secret: true,
        requirements: { alpha: '[A-Za-z]', numeric: '[0-9]', minlength: 7, description: 'Passwords must be at least 7 characters and contain both alphabetic and numeric characters.' },
      },
    ],
    shippingAddress: addressFields(14, true),
    billingAddress: addressFields(4, false),
  };
}

/** The SDK's Config (not exported by it): the checkout-settings body. `storeConfig` is the public StoreConfig. */
export interface CheckoutSettingsBody {
  storeConfig: CheckoutSettings;
  context: {
    checkoutId?: string;
    geoCountryCode: string;
    flashMessages: { type: 0 | 1 | 2 | 3; message: string; title?: string }[];
    payment: { formId?: string; token?: string };
  };
  customization: { languageData: unknown[] };
}

/**
 * Where the store is: one source for the REST checkout settings' `storeProfile` and the GraphQL
 * `site.settings.contact` (which names the country, not its code).
 */
export const storeContact = {
  name: 'Split Ship Demo Store',
  address: '1 Market St\nSan Francisco, CA 94105',
  addressType: 'Commercial',
  country: 'United States',
  countryCode: 'US',
  email: 'orders@split-ship.example',
  phone: '555-0100',
} as const;

export interface StoreContext {
  storeHash: string;
  checkoutId?: string;
}

export function checkoutSettings({ storeHash, checkoutId }: StoreContext): CheckoutSettingsBody {
  const siteLink = 'http://localhost';
  const currency = {
    code: 'USD',
    decimalPlaces: '2',
    decimalSeparator: '.',
    isTransactional: true,
    symbolLocation: 'left',
    symbol: '$',
    thousandsSeparator: ',',
  };
  const context: CheckoutSettingsBody['context'] = {
    geoCountryCode: 'US',
    flashMessages: [],
    payment: {},
  };
  if (checkoutId !== undefined) context.checkoutId = checkoutId;
  return {
    context,
    customization: { languageData: [] },
    storeConfig: {
      cdnPath: '/cdn',
      checkoutSettings: {
        features: {},
        checkoutBillingSameAsShippingEnabled: true,
        checkoutUserExperienceSettings: { enhancedCheckoutThemeV1: false, walletButtonsOnTop: false, floatingLabelEnabled: false },
        enableOrderComments: true,
        enableTermsAndConditions: false,
        googleMapsApiKey: '',
        googleRecaptchaSitekey: '',
        isAccountCreationEnabled: true,
        isStorefrontSpamProtectionEnabled: false,
        guestCheckoutEnabled: true,
        hasMultiShippingEnabled: true,
        isAnalyticsEnabled: false,
        isCardVaultingEnabled: false,
        isCouponCodeCollapsed: true,
        isExpressPrivacyPolicy: false,
        isSignInEmailEnabled: false,
        isPaymentRequestEnabled: false,
        isPaymentRequestCanMakePaymentEnabled: false,
        isSpamProtectionEnabled: false,
        isTrustedShippingAddressEnabled: false,
        orderTermsAndConditions: '',
        orderTermsAndConditionsLocation: '',
        orderTermsAndConditionsLink: '',
        orderTermsAndConditionsType: '',
        privacyPolicyUrl: '',
        providerWithCustomCheckout: null,
        shippingQuoteFailedMessage: 'Unfortunately one or more items in your cart can\'t be shipped to your location. Please choose a different delivery address.',
        realtimeShippingProviders: ['Fedex', 'UPS', 'USPS', 'AusPost', 'RoyalMail', 'Zoom2u'],
        requiresMarketingConsent: false,
        remoteCheckoutProviders: [],
        shouldRedirectToStorefrontForAuth: false,
      },
      currency,
      displayDateFormat: 'MM/dd/yyyy',
      displaySettings: { hidePriceFromGuests: false },
      inputDateFormat: 'MM/dd/yyyy',
      formFields: formFields(),
      links: {
        cartLink: `${siteLink}/cart.php`,
        checkoutLink: `${siteLink}/checkout`,
        createAccountLink: `${siteLink}/login.php?action=create_account`,
        forgotPasswordLink: `${siteLink}/login.php?action=reset_password`,
        loginLink: `${siteLink}/login.php`,
        logoutLink: `${siteLink}/login.php?action=logout`,
        siteLink,
        orderConfirmationLink: `${siteLink}/checkout/order-confirmation`,
      },
      paymentSettings: { bigpayBaseUrl: '', clientSidePaymentProviders: [] },
      shopperConfig: {
        defaultNewsletterSignup: false,
        passwordRequirements: { alpha: '[A-Za-z]', numeric: '[0-9]', minlength: 7, error: 'Passwords must be at least 7 characters and contain both alphabetic and numeric characters.' },
        showNewsletterSignup: false,
      },
      storeProfile: {
        orderEmail: storeContact.email,
        shopPath: siteLink,
        storeCountry: storeContact.country,
        storeCountryCode: storeContact.countryCode,
        storeHash,
        storeId: '1001',
        storeName: storeContact.name,
        storePhoneNumber: storeContact.phone,
        storeLanguage: 'en_US',
      },
      imageDirectory: 'product_images',
      isAngularDebuggingEnabled: false,
      shopperCurrency: { ...currency, exchangeRate: 1 },
    },
  };
}
