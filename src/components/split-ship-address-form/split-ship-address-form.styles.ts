import { css } from 'lit';
import { tokens } from '../shared/styles.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    form {
      display: grid;
      gap: 0.9rem;
    }
    .fields {
      display: grid;
      gap: 0.9rem 1rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @container (min-inline-size: 30rem) {
      .fields {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .field:not(.half) {
        grid-column: 1 / -1;
      }
    }
    .field {
      display: grid;
      gap: 0.3rem;
      align-content: start;
      min-inline-size: 0;
    }
    label,
    legend {
      font-size: 0.9rem;
      font-weight: 500;
    }
    .required {
      color: var(--_danger);
      margin-inline-start: 0.15rem;
    }
    .hint {
      margin: 0;
      font-size: 0.85rem;
      color: var(--_muted);
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-inline-size: 0;
    }
    fieldset legend {
      padding: 0;
      margin-block-end: 0.4rem;
    }
    .choices {
      display: grid;
      gap: 0.4rem;
    }
    .choice {
      display: flex;
      align-items: flex-start;
      gap: 0.6rem;
      padding-block: 0.35rem;
      cursor: pointer;
    }
    .saved .choice {
      padding: 0.6rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.8);
    }
    .saved .choice:has(input:checked) {
      border-color: var(--_accent);
      background: var(--_accent-soft);
    }
    .lines {
      display: grid;
      overflow-wrap: anywhere;
    }
    .saved-select select {
      min-inline-size: 0;
      text-overflow: ellipsis;
    }
    .saved-select .lines {
      margin: 0;
      padding: 0.6rem 0.75rem;
      border: 1px solid var(--_accent);
      border-radius: calc(var(--_radius) * 0.8);
      background: var(--_accent-soft);
    }
    .lines span:first-child {
      font-weight: 600;
    }
    textarea {
      resize: vertical;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.6rem;
    }
  `,
];
