// The checkout subset of BigCommerce's GraphQL Storefront API, written for the emulator: the
// checkout and its cart, the four consignment mutations, the store's shipping address form,
// contact and countries, the signed-in customer with saved addresses, login and logout. Names and
// nullability follow the introspected schema where the project's reference holds it (checkout,
// consignments, their inputs) and the Nov 2025 schema dump Catalyst generates (customer, login,
// logout, contact: fields a subset); Cart, FormField and Geography follow the shapes BigCommerce's
// Catalyst storefront queries (docs/graphql-gateway.md says which is which).
import { buildSchema, type GraphQLSchema } from 'graphql';

export const storefrontSdl = /* GraphQL */ `
interface Node { id: ID! }

scalar BigDecimal
scalar DateTime

type DateTimeExtended { utc: DateTime! }

type Money {
  currencyCode: String!
  value: BigDecimal!
  formattedV2: String
}

type Query {
  site: Site!
  geography: Geography!
  customer: Customer
}

type Site {
  cart(entityId: String): Cart
  checkout(entityId: String): Checkout
  settings: Settings
}

type Settings {
  storeName: String!
  contact: ContactField
  formFields: FormFields!
}

type ContactField {
  address: String!
  country: String!
  addressType: String!
  email: String!
  phone: String!
}

type FormFields {
  shippingAddress: [FormField!]!
}

interface FormField {
  entityId: Int!
  label: String!
  sortOrder: Int!
  isBuiltIn: Boolean!
  isRequired: Boolean!
}

type FormFieldOption { entityId: Int!, label: String! }

type TextFormField implements FormField { entityId: Int!, label: String!, sortOrder: Int!, isBuiltIn: Boolean!, isRequired: Boolean!, defaultText: String, maxLength: Int }
type MultilineTextFormField implements FormField { entityId: Int!, label: String!, sortOrder: Int!, isBuiltIn: Boolean!, isRequired: Boolean!, defaultText: String, rows: Int }
type NumberFormField implements FormField { entityId: Int!, label: String!, sortOrder: Int!, isBuiltIn: Boolean!, isRequired: Boolean!, defaultNumber: Float, maxLength: Int, minNumber: Float, maxNumber: Float, isIntegerOnly: Boolean! }
type DateFormField implements FormField { entityId: Int!, label: String!, sortOrder: Int!, isBuiltIn: Boolean!, isRequired: Boolean!, defaultDate: DateTime, minDate: DateTime, maxDate: DateTime }
type PasswordFormField implements FormField { entityId: Int!, label: String!, sortOrder: Int!, isBuiltIn: Boolean!, isRequired: Boolean!, defaultText: String, maxLength: Int }
type PicklistFormField implements FormField { entityId: Int!, label: String!, sortOrder: Int!, isBuiltIn: Boolean!, isRequired: Boolean!, choosePrefix: String!, options: [FormFieldOption!]! }
type PicklistOrTextFormField implements FormField { entityId: Int!, label: String!, sortOrder: Int!, isBuiltIn: Boolean!, isRequired: Boolean!, choosePrefix: String! }
type RadioButtonsFormField implements FormField { entityId: Int!, label: String!, sortOrder: Int!, isBuiltIn: Boolean!, isRequired: Boolean!, options: [FormFieldOption!]! }
type CheckboxesFormField implements FormField { entityId: Int!, label: String!, sortOrder: Int!, isBuiltIn: Boolean!, isRequired: Boolean!, options: [FormFieldOption!]! }

type Geography {
  countries(filters: CountriesFiltersInput): [Country!]
}
input CountriesFiltersInput { code: String }
type Country {
  entityId: Int!
  name: String!
  code: String!
  statesOrProvinces: [StateOrProvince!]
}
type StateOrProvince { entityId: Int!, name: String!, abbreviation: String! }

# ---- customer ------------------------------------------------------------------------------

scalar Long

type Customer {
  entityId: Int!
  company: String!
  customerGroupId: Int!
  customerGroupName: String
  email: String!
  firstName: String!
  lastName: String!
  phone: String!
  addresses(before: String, after: String, first: Int, last: Int): AddressConnection!
}

type AddressConnection { pageInfo: PageInfo!, edges: [AddressEdge!], collectionInfo: CollectionInfo }
type AddressEdge { node: CustomerAddress!, cursor: String! }
type PageInfo { hasNextPage: Boolean!, hasPreviousPage: Boolean!, startCursor: String, endCursor: String }
type CollectionInfo { totalItems: Long }

enum DestinationAddressType { COMMERCIAL RESIDENTIAL }

type CustomerAddress {
  entityId: Int!
  firstName: String!
  lastName: String!
  address1: String!
  address2: String
  addressType: DestinationAddressType
  city: String!
  country: String
  countryId: Int
  countryCode: String!
  stateOrProvince: String
  stateId: Int
  phone: String
  postalCode: String
  company: String
  formFields: [CustomerFormFieldValue!]!
}

interface CustomerFormFieldValue { entityId: Int!, name: String! }
type CheckboxesFormFieldValue implements CustomerFormFieldValue { entityId: Int!, name: String!, valueEntityIds: [Int!]!, values: [String!]! }
type DateFormFieldValue implements CustomerFormFieldValue { entityId: Int!, name: String!, date: DateTimeExtended! }
type MultilineTextFormFieldValue implements CustomerFormFieldValue { entityId: Int!, name: String!, multilineText: String! }
type MultipleChoiceFormFieldValue implements CustomerFormFieldValue { entityId: Int!, name: String!, valueEntityId: Int!, value: String! }
type NumberFormFieldValue implements CustomerFormFieldValue { entityId: Int!, name: String!, number: Float! }
type PasswordFormFieldValue implements CustomerFormFieldValue { entityId: Int!, name: String!, password: String! }
type TextFormFieldValue implements CustomerFormFieldValue { entityId: Int!, name: String!, text: String! }

type CustomerAccessToken { value: String!, expiresAt: DateTime! }

type LoginResult {
  result: String! @deprecated(reason: "Use customer node instead.")
  customer: Customer
  cart: Cart
  customerAccessToken: CustomerAccessToken
}

type LogoutResult { result: String!, cartUnassignResult: CartUnassignResult! }
type CartUnassignResult { cart: Cart, errors: [CartUnassignError!]! }
interface Error { message: String! }
union CartUnassignError = CartUnassignInaccessibleError | CartUnassignNotAllowedError
type CartUnassignInaccessibleError implements Error { message: String! }
type CartUnassignNotAllowedError implements Error { message: String! }

# ---- cart ----------------------------------------------------------------------------------

type Cart implements Node {
  id: ID!
  entityId: String!
  currencyCode: String!
  isTaxIncluded: Boolean!
  baseAmount: Money!
  amount: Money!
  lineItems: CartLineItems!
  createdAt: DateTimeExtended!
  updatedAt: DateTimeExtended!
}

type CartLineItems {
  physicalItems: [CartPhysicalItem!]!
  digitalItems: [CartDigitalItem!]!
  giftCertificates: [CartGiftCertificate!]!
  customItems: [CartCustomItem!]!
  totalQuantity: Int!
}

interface CartSelectedOption { entityId: Int!, name: String! }
type CartSelectedMultipleChoiceOption implements CartSelectedOption { entityId: Int!, name: String!, value: String!, valueEntityId: Int! }

type CartPhysicalItem {
  entityId: String!
  parentEntityId: String
  productEntityId: Int!
  variantEntityId: Int
  sku: String
  name: String!
  url: String!
  imageUrl: String
  brand: String
  quantity: Int!
  isTaxable: Boolean!
  listPrice: Money!
  salePrice: Money!
  extendedListPrice: Money!
  extendedSalePrice: Money!
  isShippingRequired: Boolean!
  selectedOptions: [CartSelectedOption!]!
}

type CartDigitalItem {
  entityId: String!
  parentEntityId: String
  productEntityId: Int!
  variantEntityId: Int
  sku: String
  name: String!
  url: String!
  imageUrl: String
  brand: String
  quantity: Int!
  isTaxable: Boolean!
  listPrice: Money!
  salePrice: Money!
  extendedListPrice: Money!
  extendedSalePrice: Money!
  selectedOptions: [CartSelectedOption!]!
}

type CartGiftCertificate { entityId: String!, name: String!, amount: Money! }
type CartCustomItem { entityId: String!, sku: String, name: String!, quantity: Int!, listPrice: Money!, extendedListPrice: Money! }

# ---- checkout ------------------------------------------------------------------------------

type Order { entityId: Int! }

type Checkout implements Node {
  id: ID!
  entityId: String!
  currencyCode: String!
  cart: Cart
  shippingConsignments: [CheckoutShippingConsignment!]
  order: Order
  shippingCostTotal: Money
  handlingCostTotal: Money
  taxTotal: Money
  subtotal: Money
  grandTotal: Money
  outstandingBalance: Money
  createdAt: DateTimeExtended!
  updatedAt: DateTimeExtended!
  customerMessage: String
  version: Int
}

type CheckoutShippingConsignment {
  entityId: String!
  address: CheckoutConsignmentAddress!
  availableShippingOptions: [CheckoutAvailableShippingOption!]
  selectedShippingOption: CheckoutSelectedShippingOption
  shippingCost: Money
  handlingCost: Money
  lineItemIds: [String!]!
}

type CheckoutAvailableShippingOption {
  entityId: String!
  description: String!
  type: String!
  cost: Money!
  transitTime: String
  isRecommended: Boolean!
}

type CheckoutSelectedShippingOption {
  entityId: String!
  description: String!
  type: String!
  cost: Money!
  transitTime: String
}

interface CheckoutAddress {
  firstName: String
  lastName: String
  email: String
  company: String
  address1: String
  address2: String
  city: String
  stateOrProvince: String
  stateOrProvinceCode: String
  countryCode: String!
  postalCode: String
  phone: String
  customFields: [CheckoutAddressCustomField!]!
}

type CheckoutConsignmentAddress implements CheckoutAddress {
  firstName: String
  lastName: String
  email: String
  company: String
  address1: String
  address2: String
  city: String
  stateOrProvince: String
  stateOrProvinceCode: String
  countryCode: String!
  postalCode: String
  phone: String
  customFields: [CheckoutAddressCustomField!]!
}

interface CheckoutAddressCustomField { entityId: Int! }
type CheckoutAddressCheckboxesCustomField implements CheckoutAddressCustomField { entityId: Int!, valueEntityIds: [Int!]! }
type CheckoutAddressDateCustomField implements CheckoutAddressCustomField { entityId: Int!, date: DateTimeExtended! }
type CheckoutAddressMultipleChoiceCustomField implements CheckoutAddressCustomField { entityId: Int!, valueEntityId: Int! }
type CheckoutAddressNumberCustomField implements CheckoutAddressCustomField { entityId: Int!, number: Float! }
type CheckoutAddressPasswordCustomField implements CheckoutAddressCustomField { entityId: Int!, password: String! }
type CheckoutAddressTextFieldCustomField implements CheckoutAddressCustomField { entityId: Int!, text: String! }

# ---- mutations -----------------------------------------------------------------------------

type Mutation {
  checkout: CheckoutMutations!
  login(email: String!, password: String!, guestCartEntityId: String): LoginResult!
  logout(cartEntityId: String): LogoutResult!
}

type CheckoutMutations {
  addCheckoutShippingConsignments(input: AddCheckoutShippingConsignmentsInput!): AddCheckoutShippingConsignmentsResult
  updateCheckoutShippingConsignment(input: UpdateCheckoutShippingConsignmentInput!): UpdateCheckoutShippingConsignmentResult
  selectCheckoutShippingOption(input: SelectCheckoutShippingOptionInput!): SelectCheckoutShippingOptionResult
  deleteCheckoutConsignment(input: DeleteCheckoutConsignmentInput!): DeleteCheckoutConsignmentResult
}

input AddCheckoutShippingConsignmentsInput { checkoutEntityId: String!, data: AddCheckoutShippingConsignmentsDataInput!, version: Int }
input AddCheckoutShippingConsignmentsDataInput { consignments: [CheckoutShippingConsignmentInput!]! }
input CheckoutShippingConsignmentInput { address: CheckoutAddressInput!, lineItems: [CheckoutConsignmentLineItemInput!]! }
input CheckoutConsignmentLineItemInput { lineItemEntityId: String!, quantity: Int! }
type AddCheckoutShippingConsignmentsResult { checkout: Checkout }

input UpdateCheckoutShippingConsignmentInput { checkoutEntityId: String!, consignmentEntityId: String!, data: UpdateCheckoutShippingConsignmentDataInput!, version: Int }
input UpdateCheckoutShippingConsignmentDataInput { consignment: CheckoutShippingConsignmentInput! }
type UpdateCheckoutShippingConsignmentResult { checkout: Checkout }

input SelectCheckoutShippingOptionInput { checkoutEntityId: String!, consignmentEntityId: String!, data: SelectCheckoutShippingOptionDataInput!, version: Int }
input SelectCheckoutShippingOptionDataInput { shippingOptionEntityId: String! }
type SelectCheckoutShippingOptionResult { checkout: Checkout }

input DeleteCheckoutConsignmentInput { checkoutEntityId: String!, consignmentEntityId: String!, version: Int }
type DeleteCheckoutConsignmentResult { checkout: Checkout }

input CheckoutAddressInput {
  firstName: String
  lastName: String
  email: String
  company: String
  address1: String
  address2: String
  city: String
  stateOrProvince: String
  stateOrProvinceCode: String
  countryCode: String!
  postalCode: String
  phone: String
  customFields: CheckoutAddressCustomFieldInput
  shouldSaveAddress: Boolean!
}

input CheckoutAddressCustomFieldInput {
  checkboxes: [CheckoutAddressCheckboxesCustomFieldInput!]
  multipleChoices: [CheckoutAddressMultipleChoiceCustomFieldInput!]
  numbers: [CheckoutAddressNumberCustomFieldInput!]
  dates: [CheckoutAddressDateCustomFieldInput!]
  texts: [CheckoutAddressTextCustomFieldInput!]
  passwords: [CheckoutAddressPasswordCustomFieldInput!]
}
input CheckoutAddressCheckboxesCustomFieldInput { fieldEntityId: Int!, fieldValueEntityIds: [Int!]! }
input CheckoutAddressMultipleChoiceCustomFieldInput { fieldEntityId: Int!, fieldValueEntityId: Int! }
input CheckoutAddressNumberCustomFieldInput { fieldEntityId: Int!, number: Float! }
input CheckoutAddressDateCustomFieldInput { fieldEntityId: Int!, date: DateTime! }
input CheckoutAddressTextCustomFieldInput { fieldEntityId: Int!, text: String! }
input CheckoutAddressPasswordCustomFieldInput { fieldEntityId: Int!, password: String! }
`;

let cached: GraphQLSchema | undefined;

/** The schema, built once (buildSchema validates the SDL). */
export function storefrontSchema(): GraphQLSchema {
  cached ??= buildSchema(storefrontSdl);
  return cached;
}
