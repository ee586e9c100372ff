import { css } from 'lit';
import { tokens } from '../shared/styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-block-end: 0.5rem;
    }
    label {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding-block: 0.6rem;
      padding-inline: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.8);
      cursor: pointer;
      background: var(--_surface);
    }
    label:has(input:checked) {
      border-color: var(--_accent);
      background: var(--_accent-soft);
      box-shadow: 0 0 0 1px var(--_accent);
    }
    label:has(input:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    input:focus-visible {
      outline: none;
    }
    .name {
      font-weight: 500;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .cost {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
      text-align: end;
    }
    .detail {
      grid-column: 2 / -1;
      font-size: 0.875rem;
      color: var(--_muted);
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
    }
    .badge {
      color: var(--_success);
      font-weight: 600;
    }
  `,
];
