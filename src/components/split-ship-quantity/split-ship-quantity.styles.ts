import { css } from 'lit';
import { tokens } from '../shared/styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: inline-block;
    }
    .stepper {
      display: inline-flex;
      align-items: stretch;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.6);
      background: var(--_surface);
    }
    .stepper:focus-within {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .stepper.invalid {
      border-color: var(--_danger);
      box-shadow: 0 0 0 1px var(--_danger);
    }
    input {
      inline-size: 3.25rem;
      text-align: center;
      border: 0;
      border-radius: 0;
      background: transparent;
      font-variant-numeric: tabular-nums;
      box-shadow: none;
    }
    input:focus-visible {
      outline: none;
    }
    button {
      border: 0;
      border-radius: 0;
      background: transparent;
      padding: 0;
      font-size: 1.15rem;
      line-height: 1;
      color: var(--_accent);
      min-inline-size: var(--_control);
    }
    button:disabled {
      color: var(--_muted);
    }
    .message {
      max-inline-size: 16rem;
    }
  `,
];
