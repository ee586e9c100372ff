// The checkout as the API last returned it, reduced to what split-ship reads. These are
// structural: the SDK's own Checkout is assignable to CheckoutTruth, so core needs no SDK import.

export interface TruthItemOption {
  readonly nameId: number;
  readonly valueId: number | null;
  readonly name?: string;
  readonly value?: string;
}

export interface TruthPhysicalItem {
  readonly id: string | number;
  readonly productId: number;
  readonly variantId: number;
  readonly quantity: number;
  readonly name?: string;
  readonly sku?: string;
  readonly imageUrl?: string;
  readonly options?: readonly TruthItemOption[];
  readonly isShippingRequired?: boolean;
}

export interface TruthCustomItem {
  readonly id: string;
  readonly quantity: number;
  readonly sku: string;
  readonly name: string;
}

export interface TruthDigitalItem {
  readonly id: string | number;
  readonly productId: number;
  readonly variantId: number;
  readonly quantity: number;
  readonly name?: string;
  readonly options?: readonly TruthItemOption[];
}

export interface TruthGiftCertificate {
  readonly id: string | number;
}

export interface TruthLineItems {
  readonly physicalItems: readonly TruthPhysicalItem[];
  readonly digitalItems: readonly TruthDigitalItem[];
  readonly customItems?: readonly TruthCustomItem[];
  readonly giftCertificates: readonly TruthGiftCertificate[];
}

export interface AddressCustomField {
  readonly fieldId: string;
  readonly fieldValue: string | number | readonly string[];
}

/** A postal address in the API's field names; only countryCode is always present. */
export interface AddressFields {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly company?: string;
  readonly address1?: string;
  readonly address2?: string;
  readonly city?: string;
  readonly stateOrProvince?: string;
  readonly stateOrProvinceCode?: string;
  readonly countryCode: string;
  readonly postalCode?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly customFields?: readonly AddressCustomField[];
}

export interface TruthShippingOption {
  readonly id: string;
  readonly isRecommended?: boolean;
  readonly description?: string;
  readonly cost?: number;
  readonly type?: string;
  readonly transitTime?: string;
}

export interface TruthConsignment {
  readonly id: string;
  readonly address: AddressFields;
  readonly lineItemIds: readonly string[];
  readonly availableShippingOptions?: readonly TruthShippingOption[];
  readonly selectedShippingOption?: TruthShippingOption | null;
  /** The store's handling fee for this consignment, on top of the option's cost. */
  readonly handlingCost?: number;
}

/** The cart's currency: amounts in the checkout are in it. */
export interface TruthCurrency {
  readonly code: string;
  readonly decimalPlaces?: number;
}

export interface CheckoutTruth {
  readonly id: string;
  readonly version?: number;
  readonly cart: { readonly id?: string; readonly currency?: TruthCurrency; readonly lineItems: TruthLineItems };
  readonly consignments: readonly TruthConsignment[];
}
