// What the panel asks for per carrier: the connection properties of the V2 Shipping spec's
// "Connection Object – Properties" tables, and a sensible first set of delivery services.

export interface CarrierForm {
  id: string;
  /** The method `type` that quotes through this connection. */
  methodType: string;
  name: string;
  fields: Array<{ name: string; label: string; kind: 'text' | 'password' | 'boolean' }>;
  services: string[];
}

export const carrierForms: CarrierForm[] = [
  {
    id: 'fedex',
    methodType: 'fedex',
    name: 'FedEx',
    fields: [
      { name: 'key', label: 'Key', kind: 'text' },
      { name: 'password', label: 'Password', kind: 'password' },
      { name: 'account_number', label: 'Account number', kind: 'text' },
      { name: 'meter_number', label: 'Meter number', kind: 'text' },
    ],
    services: ['FEDEX_GROUND', 'FEDEX_2_DAY', 'PRIORITY_OVERNIGHT'],
  },
  {
    id: 'endicia',
    methodType: 'endicia',
    name: 'USPS by Endicia',
    fields: [
      { name: 'account_id', label: 'Account ID', kind: 'text' },
      { name: 'passphrase', label: 'Passphrase', kind: 'password' },
    ],
    services: ['PriorityExpress', 'Priority'],
  },
  { id: 'upsready', methodType: 'upsready', name: 'UPS Ready', fields: [], services: ['Ground', '2nd_Day_Air', 'Next_Day_Air'] },
  {
    id: 'auspost',
    methodType: 'auspost',
    name: 'Australia Post',
    fields: [
      { name: 'auth_key', label: 'Auth key', kind: 'text' },
      { name: 'test_mode', label: 'Test mode', kind: 'boolean' },
    ],
    services: ['AUS_PARCEL_REGULAR', 'AUS_PARCEL_EXPRESS', 'INT_PARCEL_STD_OWN_PACKAGING'],
  },
  { id: 'royalmail', methodType: 'royalmail', name: 'Royal Mail', fields: [], services: ['StandardFirstClass', 'InternationalTracked'] },
  {
    id: 'zoom2u',
    methodType: 'zoom2u',
    name: 'Zoom2U',
    fields: [
      { name: 'auth_key', label: 'Auth key', kind: 'text' },
      { name: 'test_mode', label: 'Test mode', kind: 'boolean' },
    ],
    services: ['3_hour', 'Same_day', 'VIP'],
  },
];

/** Method types the "add a method" form offers, store methods first. */
export const methodTypeChoices = [
  { type: 'perorder', label: 'Flat rate per order' },
  { type: 'peritem', label: 'Flat rate per item' },
  { type: 'freeshipping', label: 'Free shipping' },
  ...carrierForms.map((c) => ({ type: c.methodType, label: c.name })),
];
