// A React page: the React entry, with the checkout id as a prop and the events as typed props.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SplitShip } from 'split-ship/react';

function Checkout() {
  const [status, setStatus] = useState('Choose where each item goes');
  return (
    <>
      <SplitShip
        checkoutId={new URLSearchParams(location.search).get('checkout') ?? ''}
        onSplitShipChange={(event) => setStatus(`${event.detail.destinations.length} destinations`)}
        onSplitShipComplete={(event) => setStatus(`Ready for payment: ${event.detail.checkout.consignments.length} destinations`)}
      />
      <p role="status">{status}</p>
    </>
  );
}

createRoot(document.querySelector('main')).render(<Checkout />);
