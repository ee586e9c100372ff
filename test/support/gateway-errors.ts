// For gateway tests: the GatewayError a call fails with (the test fails if it succeeds).
import { expect } from '@open-wc/testing';
import { GatewayError } from '../../src/gateway/gateway.js';

export async function failure(promise: Promise<unknown>): Promise<GatewayError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(GatewayError);
    return error as GatewayError;
  }
  throw new Error('expected the call to fail');
}
