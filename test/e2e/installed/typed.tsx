// A TypeScript app's use of the installed package, type-checked with `tsc --noEmit --strict`
// against the published .d.ts files only. Each `@ts-expect-error` is a mistake the types catch.
import { useRef } from 'react';
import 'split-ship/define';
import { registerTranslation, SplitShip as SplitShipElement, SplitShipChangeEvent, type SplitShipErrorEvent } from 'split-ship';
import { SplitShip } from 'split-ship/react';

export function Shipping({ cartId, onReady }: { cartId: string; onReady: (consignments: number) => void }) {
  const widget = useRef<SplitShipElement>(null);
  return (
    <SplitShip
      ref={widget}
      checkoutId={cartId}
      locale="de"
      onSplitShipChange={(event) => {
        const left: number = event.detail.unallocated;
        const ids: string[] = event.detail.destinations.map((d) => d.id);
        console.log(left, ids, event.detail.complete);
      }}
      onSplitShipComplete={(event) => onReady(event.detail.checkout.consignments.length)}
      onSplitShipError={(event: SplitShipErrorEvent) => console.error(event.detail.error.kind, event.detail.destinationId)}
    />
  );
}

// @ts-expect-error: checkoutId is a string
export const wrongProp = <SplitShip checkoutId={42} />;

// The tag is known to the DOM's types, and so are its events.
const element = document.querySelector('split-ship');
if (element) {
  element.checkoutId = 'a-cart-id';
  const ready: boolean = element.reportValidity() && element.checkValidity() && element.complete;
  element.refresh();
  element.addEventListener('split-ship-change', (event) => {
    const complete: boolean = event.detail.complete;
    console.log(ready, complete);
  });
  element.addEventListener('split-ship-complete', (event) => console.log(event.detail.checkout.id));
  // @ts-expect-error: unallocated is a number
  element.addEventListener('split-ship-change', (event) => event.detail.unallocated.toUpperCase());
}

const made: SplitShipElement = document.createElement('split-ship');
console.log(made instanceof SplitShipElement, SplitShipChangeEvent.type);

registerTranslation('fr', { addDestination: 'Ajouter une destination' });
// @ts-expect-error: no such message in the English table
registerTranslation('fr', { addDestinaton: 'Ajouter une destination' });
