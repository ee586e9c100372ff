import { css } from 'lit';
import { tokens } from '../shared/styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    article {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: var(--_gap);
      display: grid;
      gap: var(--_gap);
    }
    :host([status='error']) article {
      border-color: var(--_danger);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
    }
    h3 {
      margin: 0;
      font-size: 1.05rem;
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
      flex: 1 1 12rem;
    }
    h3:focus {
      outline: none;
    }
    h3:focus-visible {
      outline: 3px solid var(--_focus);
    }
    .number {
      flex: none;
      display: inline-grid;
      place-items: center;
      inline-size: 1.6rem;
      block-size: 1.6rem;
      border-radius: 50%;
      background: var(--_accent);
      color: var(--_on-accent);
      font-size: 0.85rem;
    }
    .status {
      font-size: 0.85rem;
      color: var(--_muted);
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
    .status[data-status='saved'] {
      color: var(--_success);
    }
    .status[data-status='error'] {
      color: var(--_danger);
      font-weight: 600;
    }
    .status svg {
      inline-size: 1rem;
      block-size: 1rem;
    }
    section {
      display: grid;
      gap: 0.6rem;
    }
    h4 {
      margin: 0;
      font-size: 0.95rem;
    }
    .address {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: flex-start;
      gap: 0.5rem 1rem;
    }
    address {
      font-style: normal;
      display: grid;
      overflow-wrap: anywhere;
      min-inline-size: 0;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
    }
    .item {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      gap: 0.25rem 1rem;
      padding-block: 0.6rem;
      border-block-start: 1px solid var(--_border);
    }
    .item:first-child {
      border-block-start: 0;
    }
    .item-name {
      display: grid;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .item-options,
    .left {
      font-size: 0.85rem;
      color: var(--_muted);
    }
    .left.none {
      color: var(--_success);
    }
    .quantity {
      display: grid;
      justify-items: end;
    }
    @container (max-inline-size: 22rem) {
      .item {
        grid-template-columns: minmax(0, 1fr);
      }
      .quantity {
        justify-items: start;
      }
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    footer {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      justify-content: flex-end;
      border-block-start: 1px solid var(--_border);
      padding-block-start: 0.75rem;
    }
    .error {
      display: grid;
      gap: 0.5rem;
      padding: 0.75rem;
      border-radius: calc(var(--_radius) * 0.8);
      background: var(--_danger-soft);
      color: var(--_text);
    }
    .error p {
      margin: 0;
    }
    .waiting {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      color: var(--_muted);
      margin: 0;
    }
    .summary-items {
      margin: 0;
      color: var(--_muted);
    }
  `,
];
