/** A request the order store turns down: the router picks the wire format (V2 array or problem+json). */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
