// The store's customer accounts and what signing in gives the SDK: the checkout's `customer`
// (storefront shape, with saved addresses) and the internal API's sign-in answer.
import { toAddress } from './checkouts.js';
import { problem } from './http.js';
import type { SignedInCustomer } from './checkout-model.js';
import type { Address, Checkout } from './sdk-types.js';

export type CheckoutCustomer = Checkout['customer'];
export type CustomerAddress = CheckoutCustomer['addresses'][number];

export interface StoreCustomer extends SignedInCustomer {
  /** Plain text: seeded demo accounts only. */
  password: string;
}

/** What a checkout keeps of the account it is attached to. */
export function signedIn(account: StoreCustomer): SignedInCustomer {
  const { password: _password, ...customer } = structuredClone(account);
  return customer;
}

function saved(id: number, fields: Record<string, unknown>, type: CustomerAddress['type'] = 'residential'): CustomerAddress {
  const address: Address = toAddress(fields, `customer address ${id}`);
  return { ...address, id, type };
}

/** Seeded accounts; every saved address is in a country and state the seeded shipping zones quote. */
export function seededCustomers(): StoreCustomer[] {
  return [
    {
      id: 11,
      email: 'ada@example.com',
      password: 'lovelace',
      firstName: 'Ada',
      lastName: 'Lovelace',
      group: { id: 1, name: 'Retail' },
      addresses: [
        saved(101, {
          firstName: 'Ada', lastName: 'Lovelace', address1: '500 Congress Ave', city: 'Austin',
          stateOrProvinceCode: 'TX', countryCode: 'US', postalCode: '78701', phone: '5125550100',
        }),
        saved(102, {
          firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical Engines Ltd', address1: '400 Broad St', address2: 'Suite 12',
          city: 'Seattle', stateOrProvinceCode: 'WA', countryCode: 'US', postalCode: '98109', phone: '2065550100',
          // The store's "Address type" radio (field_31): Commercial.
          customFields: [{ fieldId: 'field_31', fieldValue: '1' }],
        }, 'commercial'),
        saved(103, {
          firstName: 'Charles', lastName: 'Babbage', address1: '100 Queen St W', city: 'Toronto',
          stateOrProvinceCode: 'ON', countryCode: 'CA', postalCode: 'M5H 2N2', phone: '4165550100',
        }),
      ],
    },
    {
      id: 12,
      email: 'grace@example.com',
      password: 'hopper',
      firstName: 'Grace',
      lastName: 'Hopper',
      group: { id: 1, name: 'Retail' },
      addresses: [],
    },
    {
      // An office manager's long address book: the widget's picker becomes one select.
      id: 13,
      email: 'katherine@example.com',
      password: 'johnson',
      firstName: 'Katherine',
      lastName: 'Johnson',
      group: { id: 1, name: 'Retail' },
      addresses: offices.map(([city, state, postalCode, address1], i) =>
        saved(
          201 + i,
          { firstName: 'Katherine', lastName: 'Johnson', company: 'Langley Supplies', address1, city, stateOrProvinceCode: state, countryCode: 'US', postalCode, phone: '7575550100' },
          'commercial',
        ),
      ),
    },
  ];
}

const offices = [
  ['Hampton', 'VA', '23681', '1 NASA Dr'],
  ['Houston', 'TX', '77058', '2101 E NASA Pkwy'],
  ['Huntsville', 'AL', '35812', '4200 Rideout Rd'],
  ['Cleveland', 'OH', '44135', '21000 Brookpark Rd'],
  ['Pasadena', 'CA', '91109', '4800 Oak Grove Dr'],
  ['Greenbelt', 'MD', '20771', '8800 Greenbelt Rd'],
  ['Mountain View', 'CA', '94035', 'Moffett Field'],
  ['Merritt Island', 'FL', '32899', 'Space Commerce Way'],
  ['Stennis Space Center', 'MS', '39529', '1 Bldg 1100'],
  ['Edwards', 'CA', '93523', '4800 Lilly Dr'],
  ['Las Cruces', 'NM', '88004', '12600 NASA Rd'],
  ['Washington', 'DC', '20546', '300 E St SW'],
] as const;

export class Customers {
  private accounts = seededCustomers();

  reset(): void {
    this.accounts = seededCustomers();
  }

  find(id: number | undefined): StoreCustomer | undefined {
    return id === undefined ? undefined : this.accounts.find((c) => c.id === id);
  }

  /** `{ email, password }` → the account; 400 naming a missing field, 401 for wrong credentials. */
  authenticate(body: unknown): StoreCustomer {
    const input = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    for (const field of ['email', 'password'] as const) {
      const value = input[field];
      if (typeof value !== 'string' || value.trim() === '') {
        throw problem(400, `${field} is required`, `Send { "email": "…", "password": "…" }; ${field} is missing or empty.`);
      }
    }
    const email = String(input.email).trim().toLowerCase();
    const account = this.accounts.find((c) => c.email === email);
    // One answer for an unknown email and a wrong password, so sign-in does not reveal accounts.
    if (!account || account.password !== input.password) {
      throw problem(401, 'Your email address or password is incorrect. Please try again.', 'No customer account matches this email address and password.');
    }
    return account;
  }
}

const guest = (withGroup: boolean): CheckoutCustomer => ({
  id: 0,
  addresses: [],
  storeCredit: 0,
  email: '',
  firstName: '',
  fullName: '',
  isGuest: true,
  lastName: '',
  shouldEncourageSignIn: false,
  ...(withGroup ? { customerGroup: { id: 0, name: 'Guests' } } : {}),
});

/** The checkout's `customer`: the signed-in account, or a guest. */
export function customerView(account: SignedInCustomer | undefined, withGroup: boolean): CheckoutCustomer {
  if (!account) return guest(withGroup);
  return {
    id: account.id,
    addresses: structuredClone(account.addresses),
    storeCredit: 0,
    email: account.email,
    firstName: account.firstName,
    fullName: `${account.firstName} ${account.lastName}`,
    isGuest: false,
    lastName: account.lastName,
    shouldEncourageSignIn: false,
    ...(withGroup ? { customerGroup: { ...account.group } } : {}),
  };
}

/**
 * The internal API's answer to sign-in and sign-out, `{ data: { customer }, meta }` with the SDK's
 * InternalCustomer fields. The SDK reads only `data.persistentCartRetrievalInformation` (absent: it
 * reloads the current checkout, which is where `getCustomer()` comes from).
 */
export function internalCustomerBody(account: SignedInCustomer | undefined): unknown {
  const customer = customerView(account, true);
  return {
    data: {
      customer: {
        addresses: customer.addresses.map((a) => ({
          id: a.id,
          firstName: a.firstName,
          lastName: a.lastName,
          company: a.company,
          addressLine1: a.address1,
          addressLine2: a.address2,
          city: a.city,
          province: a.stateOrProvince,
          provinceCode: a.stateOrProvinceCode,
          postCode: a.postalCode,
          country: a.country,
          countryCode: a.countryCode,
          phone: a.phone,
          customFields: a.customFields,
          type: a.type,
        })),
        customerId: customer.id,
        isGuest: customer.isGuest,
        storeCredit: customer.storeCredit,
        email: customer.email,
        firstName: customer.firstName,
        lastName: customer.lastName,
        name: customer.fullName,
        customerGroupName: customer.customerGroup?.name ?? '',
      },
    },
    meta: {},
  };
}
