// What the plain pages do with the widget's events: say them in a status line.
export function watch(widget) {
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  widget.after(status);
  widget.addEventListener('split-ship-complete', (event) => {
    status.textContent = `Ready for payment: ${event.detail.checkout.consignments.length} destinations`;
  });
  widget.addEventListener('split-ship-error', (event) => console.error('split-ship-error', JSON.stringify(event.detail)));
}
