// `import { SplitShip } from 'split-ship/react'`: <split-ship> as a React component, made with
// @lit/react so properties (`service`) are set as properties and the widget's events arrive as
// typed props. Importing it registers the elements, like `split-ship/define`.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../components/split-ship/define.js';
import { SplitShip as SplitShipElement } from '../components/split-ship/split-ship.js';
import type { SplitShipChangeEvent, SplitShipCompleteEvent, SplitShipErrorEvent } from '../events/index.js';

export const SplitShip = createComponent({
  tagName: 'split-ship',
  elementClass: SplitShipElement,
  react: React,
  events: {
    /** After every settled change: the destinations, what is left to place, the shipping total. */
    onSplitShipChange: 'split-ship-change' as EventName<SplitShipChangeEvent>,
    /** Every unit placed and every destination with an option: go on to payment. */
    onSplitShipComplete: 'split-ship-complete' as EventName<SplitShipCompleteEvent>,
    /** Something the shopper was told about, with the technical detail for the page. */
    onSplitShipError: 'split-ship-error' as EventName<SplitShipErrorEvent>,
  },
  displayName: 'SplitShip',
});

export type { SplitShipChangeEvent, SplitShipCompleteEvent, SplitShipErrorEvent } from '../events/index.js';
