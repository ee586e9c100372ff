// Events a child element sends up to the element that renders it. They stay inside the widget
// (not composed); the public events are in src/events/.
export class WidgetEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: T,
  ) {
    super(type, { bubbles: false, composed: false });
  }
}

/** Dispatches a widget event on `target`. */
export function send<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new WidgetEvent(type, detail));
}

/** The detail of a widget event, typed at the listener. */
export function detailOf<T>(event: Event): T {
  return (event as WidgetEvent<T>).detail;
}
