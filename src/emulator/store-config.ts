// The seeded store's configuration: GET /api/storefront/checkout-settings answers
// `{ storeConfig, context, customization }` (the SDK's Config; its config selector reads
// storeConfig and context), GET /api/storefront/form-fields answers the SDK's FormFields.
import type { CheckoutSettings, FormField } from './sdk-types.js';

export interface FormFields {
  customerAccount: FormField[];
  shippingAddress: FormField[];
  billingAddress: FormField[];
}

/** The id of the store's custom shipping address field (a free-text delivery note). */
export const deliveryNoteFieldId = 'field_25';

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
  if (withCustom) {
    fields.push({
      id: deliveryNoteFieldId,
      name: deliveryNoteFieldId,
      custom: true,
      label: 'Delivery instructions',
      required: false,
      default: '',
      fieldType: 'multiline',
      type: 'string',
      maxLength: 200,
      options: { rows: 3 },
    });
  }
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
        orderEmail: 'orders@split-ship.example',
        shopPath: siteLink,
        storeCountry: 'United States',
        storeCountryCode: 'US',
        storeHash,
        storeId: '1001',
        storeName: 'Split Ship Demo Store',
        storePhoneNumber: '555-0100',
        storeLanguage: 'en_US',
      },
      imageDirectory: 'product_images',
      isAngularDebuggingEnabled: false,
      shopperCurrency: { ...currency, exchangeRate: 1 },
    },
  };
}
