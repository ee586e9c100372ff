import { css } from 'lit';
import { tokens } from '../shared/styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
    }
    section {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_sunken);
      padding: var(--_gap);
      display: grid;
      gap: 0.75rem;
    }
    h3 {
      margin: 0;
      font-size: 1.05rem;
    }
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.6rem;
    }
    .entry {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0.15rem 1rem;
      padding-block-end: 0.6rem;
      border-block-end: 1px solid var(--_border);
    }
    .entry > * {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .name {
      font-weight: 600;
    }
    .cost,
    .total dd {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    .detail {
      grid-column: 1 / -1;
      color: var(--_muted);
      font-size: 0.9rem;
    }
    dl {
      margin: 0;
    }
    .total {
      display: flex;
      justify-content: space-between;
      font-weight: 700;
    }
    .total dd {
      margin: 0;
    }
    .progress {
      margin: 0;
      font-weight: 600;
    }
    .progress.ready {
      color: var(--_success);
      display: flex;
      gap: 0.4rem;
      align-items: center;
    }
    .reasons {
      display: grid;
      gap: 0.4rem;
    }
    .reasons button {
      text-align: start;
      inline-size: 100%;
      justify-content: flex-start;
      font-weight: 500;
      border-color: var(--_border);
      background: var(--_surface);
    }
    .reasons button::before {
      content: '→';
      margin-inline-end: 0.5rem;
      color: var(--_accent);
      display: inline-block;
    }
    .reasons button:dir(rtl)::before {
      transform: scaleX(-1);
    }
  `,
];
